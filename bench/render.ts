/**
 * Rendering benchmark (issue 4, section 8): time to first draw, and frames per second while panning, of a
 * generated 2,000-node / 4,000-edge network in headless Chromium, with Cytoscape's canvas renderer and with
 * its WebGL mode (cytoscape >= 3.31), measured side by side in one run. Prints the figures; asserts nothing.
 *   npx tsx bench/render.ts [nodes] [edges]
 * Headless Chromium has no GPU here: WebGL runs on SwiftShader (software), so the WebGL figures are a floor.
 */
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { STYLE } from '../web/src/graph/style.js';

const require = createRequire(import.meta.url);
const NODES = Number(process.argv[2] ?? 2000);
const EDGES = Number(process.argv[3] ?? 4000);
const PAN_MS = 3000;

const browser = await chromium.launch({
  executablePath: process.env.LEVERMAP_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});

interface Result { mode: string; firstDrawMs: number; fps: number; frames: number; webgl: boolean }

async function run(webgl: boolean): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>');
  await page.addScriptTag({ path: require.resolve('cytoscape/dist/cytoscape.min.js') });
  // tsx names functions with a __name helper the page does not have.
  await page.evaluate('window.__name = (f) => f');
  const r = await page.evaluate(async ({ NODES, EDGES, webgl, style, PAN_MS }) => {
    // Deterministic generator: nodes on a jittered grid of the seed graph's types, edges mostly local.
    let seed = 42;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
    const types = ['Organisation', 'Partnership', 'Initiative', 'TargetGroup', 'Place', 'Directorate'];
    const levers = ['DOWNWARD', 'SIDEWARD', 'UPWARD'];
    const side = Math.ceil(Math.sqrt(NODES));
    const els: unknown[] = [];
    for (let i = 0; i < NODES; i++) {
      els.push({ group: 'nodes', data: { id: `n${i}`, display: `Node ${i}`, type: types[i % types.length], placeholder: false, focus: false },
        position: { x: (i % side) * 60 + rnd() * 20, y: Math.floor(i / side) * 60 + rnd() * 20 } });
    }
    for (let j = 0; j < EDGES; j++) {
      const a = Math.floor(rnd() * NODES);
      const b = Math.min(NODES - 1, Math.max(0, a + Math.floor((rnd() - 0.5) * side * 3)));
      const isLever = rnd() < 0.6;
      els.push({ group: 'edges', data: { id: `e${j}`, source: `n${a}`, target: `n${b === a ? (a + 1) % NODES : b}`, type: isLever ? 'LEVER' : 'MEMBER_OF',
        lever: isLever ? levers[j % 3] : null, stance: isLever ? (rnd() < 0.1 ? 'OPPOSES' : 'ENABLES') : null, confidence: 'STATED', display: '' } });
    }
    const probe = document.createElement('canvas');
    const hasWebgl = !!(probe.getContext('webgl2') ?? probe.getContext('webgl'));
    const cytoscape = (window as unknown as { cytoscape: (o: unknown) => any }).cytoscape;
    const t0 = performance.now();
    const cy = cytoscape({ container: document.getElementById('cy'), elements: els, style, layout: { name: 'preset' },
      renderer: { name: 'canvas', webgl }, hideEdgesOnViewport: false, textureOnViewport: false });
    await new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));
    const firstDrawMs = performance.now() - t0;
    cy.fit();
    await new Promise((ok) => setTimeout(ok, 300));
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((ok) => {
      const step = () => {
        frames++;
        const t = performance.now() - start;
        cy.panBy({ x: Math.sin(t / 300) * 12, y: Math.cos(t / 300) * 8 });
        if (t < PAN_MS) requestAnimationFrame(step); else ok();
      };
      requestAnimationFrame(step);
    });
    const fps = frames / ((performance.now() - start) / 1000);
    cy.destroy();
    return { firstDrawMs, fps, frames, webgl: webgl && hasWebgl };
  }, { NODES, EDGES, webgl, style: STYLE, PAN_MS });
  await page.close();
  return { mode: webgl ? 'webgl' : 'canvas', ...r };
}

const results: Result[] = [];
// Alternate the modes so both see the same machine state.
for (let i = 0; i < 2; i++) for (const webgl of [false, true]) results.push(await run(webgl));
await browser.close();

console.log(`Cytoscape rendering, ${NODES} nodes / ${EDGES} edges, headless Chromium 1280x800, panning for ${PAN_MS / 1000} s`);
console.log('mode    run  first draw (ms)  pan FPS  frames  webgl context');
results.forEach((r, i) => console.log(`${r.mode.padEnd(7)} ${String(Math.floor(i / 2) + 1).padStart(3)}  ${r.firstDrawMs.toFixed(0).padStart(15)}  ${r.fps.toFixed(1).padStart(7)}  ${String(r.frames).padStart(6)}  ${r.mode === 'canvas' ? 'not asked' : r.webgl ? 'yes (SwiftShader)' : 'no: fell back to canvas'}`));
for (const mode of ['canvas', 'webgl']) {
  const rs = results.filter((r) => r.mode === mode);
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${mode}: first draw ${med(rs.map((r) => r.firstDrawMs)).toFixed(0)} ms, ${med(rs.map((r) => r.fps)).toFixed(1)} FPS panning (upper median of ${rs.length} runs)`);
}
