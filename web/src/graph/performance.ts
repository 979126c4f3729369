/**
 * What the views switch on when a graph is large, in one place so bench/render.ts measures
 * exactly what the app does. Small graphs keep the full drawing: arrows, curved parallel edges, labels, crisp
 * text on high-density screens.
 *
 * Measured with `npx tsx bench/render.ts` (see the figures in the report): the cost of a large graph at a
 * fitted zoom is edges (bezier curves with arrows and label backgrounds) and text, so past the threshold
 * edges become haystack lines without arrows or labels and small text is skipped. Cytoscape 3.35 has no
 * `hideLabelsOnViewport` any more; `min-zoomed-font-size` does that job at every zoom.
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { STYLE } from './style.js';

/** Past either count a view draws the simpler way. The explorer opens at 60 nodes; expansions and the console reach these. */
export const LARGE_NODES = 400;
export const LARGE_EDGES = 800;
export const isLarge = (nodes: number, edges: number) => nodes >= LARGE_NODES || edges >= LARGE_EDGES;

export type RendererOptions = Pick<
  CytoscapeOptions,
  'textureOnViewport' | 'hideEdgesOnViewport' | 'motionBlur' | 'pixelRatio'
>;

/** Renderer options: while the user pans or zooms a large graph, a texture of the last frame moves and edges are skipped. */
export function rendererOptions(large: boolean): RendererOptions {
  return large
    ? { textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1 }
    : { textureOnViewport: false, hideEdgesOnViewport: false, motionBlur: false, pixelRatio: 'auto' };
}

/** Appended to STYLE for a large graph: straight haystack edges with no arrows or labels, no text backgrounds, thinner borders. */
export const LARGE_STYLE: StylesheetJson = [
  { selector: 'node', style: { 'border-width': 1 } },
  { selector: 'node.labelled', style: { 'min-zoomed-font-size': 11, 'text-background-opacity': 0 } },
  { selector: 'node[?focus]', style: { 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      label: '',
    },
  },
  // Opposing links keep their meaning without the bar end: wider as well as red.
  { selector: 'edge[stance = "OPPOSES"]', style: { width: 4, 'target-arrow-shape': 'none' } },
];

/**
 * Cytoscape's renderer for a new instance. The WebGL mode (cytoscape >= 3.31) draws nodes and edges as batched
 * textured quads; whether a view uses it past the threshold is WEBGL_WHEN_LARGE, decided by `npm run bench:render`
 * (docs/performance.md). The mode is chosen when the instance is created and cannot be switched on a live one.
 */
export const WEBGL_WHEN_LARGE = false;

export interface RendererChoice {
  name: 'canvas';
  webgl: boolean;
  webglTexSize?: number;
  webglBatchSize?: number;
}

export function rendererFor(webgl: boolean): RendererChoice {
  // A 4096 atlas holds the label and node textures of a few thousand elements in few batches; 4096 quads per draw call.
  return webgl
    ? { name: 'canvas', webgl: true, webglTexSize: 4096, webglBatchSize: 4096 }
    : { name: 'canvas', webgl: false };
}

/**
 * Cytoscape 3.35's WebGL mode replaces the renderer's `render` and never emits the 'render' event the canvas mode
 * does after each frame; the view's first-draw mark (and the render bench) wait on it, so it is emitted here.
 */
export function emitWebglRenders(cy: import('cytoscape').Core): void {
  const r = (cy as unknown as { renderer(): { webgl?: unknown; render(o?: unknown): void } | undefined }).renderer();
  if (!r?.webgl) return;
  const render = r.render;
  r.render = function (this: unknown, o?: unknown) {
    render.call(this, o);
    if (!(o as { forcedContext?: unknown } | undefined)?.forcedContext) cy.emit('render');
  };
}

export const styleFor = (large: boolean): StylesheetJson => (large ? [...STYLE, ...LARGE_STYLE] : STYLE);

/**
 * Switches a live instance between the two ways of drawing. The stylesheet goes through cy.style(); the renderer
 * options are read by the canvas renderer on every frame from fields named like the options (cytoscape 3.35,
 * src/extensions/renderer/base and canvas/drawing-redraw), so a view that grows past the threshold gets them
 * without being recreated. Nothing else in the app touches the renderer.
 */
export function applyLarge(cy: import('cytoscape').Core, large: boolean): void {
  cy.style(styleFor(large));
  const o = rendererOptions(large);
  const r = (cy as unknown as { renderer(): Record<string, unknown> | undefined }).renderer();
  if (!r) return;
  r.textureOnViewport = o.textureOnViewport;
  r.hideEdgesOnViewport = o.hideEdgesOnViewport;
  r.forcedPixelRatio = typeof o.pixelRatio === 'number' ? o.pixelRatio : null;
  cy.resize(); // re-sizes the canvases for the pixel ratio
}
