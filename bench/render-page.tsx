/**
 * The page bench/render.ts loads in Chromium: the explorer's own GraphCanvas (style, layouts, label declutter,
 * large-graph switch) and the grouping model, mounted on a generated neighbourhood. Bundled by the bench with Vite.
 */
import { createRoot } from 'react-dom/client';
import { GraphCanvas } from '../web/src/graph/GraphCanvas.js';
import type { DrawEdge, DrawGraph, DrawNode } from '../web/src/model/graph.js';
import { foldGroups } from '../web/src/model/groups.js';
import type { LayoutName } from '../web/src/model/url.js';

const TYPES: DrawNode['type'][] = ['Organisation', 'Partnership', 'Initiative', 'TargetGroup', 'Directorate'];
const LEVERS = ['DOWNWARD', 'SIDEWARD', 'UPWARD'] as const;

/** A deterministic neighbourhood: a focus, its direct neighbours (most of the nodes), the rest one hop further; long names. */
export function neighbourhood(nodes: number, links: number): DrawGraph {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const words = [
    'Gateshead',
    'North East',
    'Community',
    'Health',
    'Trust',
    'Partnership',
    'Voluntary',
    'Action',
    'Council',
    'Network',
    'Carers',
    'Youth',
  ];
  const name = (i: number) =>
    `${words[i % words.length]} ${words[(i * 7 + 3) % words.length]}${i % 3 ? ` ${words[(i * 5 + 1) % words.length]}` : ''} ${i}`;
  const ns: DrawNode[] = [
    {
      id: 'n0',
      label: 'Focus initiative with a long name',
      type: 'Initiative',
      placeholder: false,
      focus: true,
      more: 0,
      hops: 0,
      degree: nodes,
    },
  ];
  const first = Math.floor(nodes * 0.8);
  for (let i = 1; i < nodes; i++)
    ns.push({
      id: `n${i}`,
      label: name(i),
      type: TYPES[i % TYPES.length]!,
      placeholder: false,
      focus: false,
      more: 0,
      hops: i <= first ? 1 : 2,
      degree: 1 + Math.floor(rnd() * 40),
      community: Math.floor(rnd() * 10),
    });
  const es: DrawEdge[] = [];
  const add = (a: number, b: number, j: number) => {
    const isLever = j % 4 !== 3;
    es.push({
      id: `e${j}`,
      source: `n${a}`,
      target: `n${b}`,
      type: isLever ? 'LEVER' : 'MEMBER_OF',
      lever: isLever ? LEVERS[a % 3]! : null,
      stance: isLever ? 'ENABLES' : null,
      confidence: 'STATED',
    });
  };
  let j = 0;
  for (let i = 1; i <= first; i++) add(i, 0, j++);
  for (let i = first + 1; i < nodes; i++) add(i, 1 + Math.floor(rnd() * first), j++);
  while (j < links) {
    const a = 1 + Math.floor(rnd() * (nodes - 1));
    const b = 1 + Math.floor(rnd() * (nodes - 1));
    if (a !== b) add(a, b, j++);
    else j++;
  }
  return { nodes: ns, edges: es, filteredOut: 0 };
}

/** The steps of a draw, in the order GraphCanvas marks them (User Timing `levermap:graph-<step>`). */
const STEPS = ['update', 'elements', 'layout', 'labels', 'render'] as const;
export type Phases = Record<(typeof STEPS)[number], number>;

/**
 * Mounts the canvas and resolves once it has drawn: the time of its first render, and how long each step took
 * (update: React and Cytoscape set up; elements: added; layout: positions; labels: the declutter; render: the first frame).
 */
function mount(
  graph: DrawGraph,
  layout: LayoutName,
  webgl?: boolean,
): Promise<{ firstDrawMs: number; drawnNodes: number; drawnEdges: number; phases: Phases }> {
  const box = document.getElementById('root')!;
  box.innerHTML = '';
  performance.clearMarks();
  const t0 = performance.now();
  const root = createRoot(box);
  root.render(
    <GraphCanvas
      graph={graph}
      focus="n0"
      layout={layout}
      selected={null}
      label="bench"
      onSelect={() => {}}
      onExpand={() => {}}
      webgl={webgl}
    />,
  );
  return new Promise((ok) => {
    const wait = () => {
      const r = performance.getEntriesByName('levermap:graph-render')[0];
      if (!r) return requestAnimationFrame(wait);
      const phases = {} as Phases;
      let last = t0;
      for (const s of STEPS) {
        const at = performance.getEntriesByName(`levermap:graph-${s}`)[0]?.startTime ?? last;
        phases[s] = at - last;
        last = at;
      }
      ok({ firstDrawMs: r.startTime - t0, drawnNodes: graph.nodes.length, drawnEdges: graph.edges.length, phases });
    };
    requestAnimationFrame(wait);
  });
}

Object.assign(window, {
  bench: {
    neighbourhood,
    mount,
    fold: (g: DrawGraph) => foldGroups(g, 'n0', []),
  },
});
