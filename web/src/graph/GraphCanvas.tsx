/**
 * The Cytoscape island. One instance, created on mount and destroyed on unmount; every change of the drawn
 * graph is pushed in one cy.batch as a diff; events go out through callbacks. Nothing flows back in.
 */
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type EdgeSingular,
  type ElementDefinition,
  type LayoutOptions,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { DrawGraph } from '../model/graph.js';
import { leverLayout, type Point } from '../model/layout.js';
import type { LayoutName } from '../model/url.js';
import { LINK_NAME } from '../model/vocabulary.js';
import { declutter } from './labels.js';
import {
  applyLarge,
  emitWebglRenders,
  isLarge,
  type RendererChoice,
  rendererFor,
  rendererOptions,
  styleFor,
  WEBGL_WHEN_LARGE,
} from './performance.js';
import { recall, remember, shapeKey } from './positions.js';
import { seeded } from './seeded.js';
import { sizeOf } from './style.js';

/** User Timing marks of each step of a draw, `levermap:graph-<step>`, which bench/render.ts reads. */
const mark = (step: string) => {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark(`levermap:graph-${step}`);
};

let registered = false;
function register() {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}

export interface GraphHandle {
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
  /** Moves the keyboard's choice to the canvas (for the list's "show in graph"). */
  focusCanvas(): void;
}

interface Props {
  graph: DrawGraph;
  focus: string;
  layout: LayoutName;
  selected: string | null;
  label: string;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A group's summary node chosen: open the group. */
  onOpenGroup?(key: string): void;
  /** Nodes and links on the shown paths, highlighted over the rest. */
  highlight?: ReadonlySet<string>;
  /** Cytoscape's WebGL mode, fixed when the view is created; by default only for a graph that opens large and WEBGL_WHEN_LARGE. */
  webgl?: boolean;
}

export function elementsOf(graph: DrawGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      display: n.more ? `${n.label} (+${n.more})` : n.label,
      type: n.type,
      placeholder: n.placeholder,
      focus: n.focus,
      hops: n.hops,
      slotKind: n.slot?.kind ?? null,
      degree: n.degree ?? 0,
      size: n.focus ? Math.max(62, sizeOf(n.degree ?? 0)) : n.slot ? 34 : sizeOf(n.degree ?? 0),
      community: n.community ?? null,
      group: n.group ? n.group.members.length : null,
      labelSize: n.focus ? 17 : 14,
      labelWidth: n.focus ? 220 : 170,
    },
  }));
  // Links sharing their two ends (either way round), and loops, are drawn curved apart; every other link is a
  // straight line, which Cytoscape draws without working out a curve for it (graph/style.ts).
  const pairs = new Map<string, number>();
  const pairOf = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const e of graph.edges) pairs.set(pairOf(e.source, e.target), (pairs.get(pairOf(e.source, e.target)) ?? 0) + 1);
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      curved: e.source === e.target || (pairs.get(pairOf(e.source, e.target)) ?? 0) > 1,
      type: e.type,
      lever: e.lever ?? null,
      stance: e.stance ?? null,
      confidence: e.confidence,
      slot: e.slot ?? null,
      claim: e.claim ?? null,
      display: [
        e.slot ? '' : e.stance === 'OPPOSES' ? '✕ opposes' : e.type === 'LEVER' ? '' : LINK_NAME[e.type],
        e.claim === 'UNVERIFIED' ? '? unverified' : e.claim === 'REJECTED' ? '✕ rejected claim' : '',
      ]
        .filter(Boolean)
        .join(' · '),
    },
  }));
  return [...nodes, ...edges];
}

/** Sets only the data fields that changed (each change restyles the element), and never the declutter's label size. */
function updateData(ele: cytoscape.CollectionReturnValue, data: ElementDefinition['data']) {
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of Object.entries(data)) {
    if (k === 'labelSize' || k === 'labelWidth' || ele.data(k) === v) continue;
    changed[k] = v;
    any = true;
  }
  if (any) ele.data(changed);
}

function layoutOptions(name: LayoutName, graph: DrawGraph, focus: string): LayoutOptions {
  if (name === 'fcose') {
    // Tuned for neighbourhoods of tens to hundreds of nodes with long labels: more room per node as it grows.
    const n = graph.nodes.length;
    return {
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'default',
      nodeRepulsion: () => 12000 + 40 * n,
      idealEdgeLength: () => 120 + Math.min(120, n / 2),
      nodeSeparation: 120,
      gravity: 0.15,
      packComponents: true,
      fit: true,
      padding: 30,
      // CoSE runs at least 5 iterations per node whatever this says; past that, more changed little here.
      numIter: 1000,
    } as LayoutOptions;
  }
  if (name === 'concentric') {
    const hops = new Map(graph.nodes.map((n) => [n.id, n.hops]));
    return {
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 30,
      minNodeSpacing: 30,
      concentric: (n) => 10 - (hops.get(n.id()) ?? 9),
      levelWidth: () => 1,
    } as LayoutOptions;
  }
  return presetAt(leverLayout(graph.nodes, graph.edges, focus));
}

/** Nodes at known positions, fitted to the view. */
function presetAt(pos: ReadonlyMap<string, Point>): LayoutOptions {
  return {
    name: 'preset',
    animate: false,
    fit: true,
    padding: 30,
    positions: (n: { id(): string }) => pos.get(n.id()) ?? { x: 0, y: 0 },
  } as unknown as LayoutOptions;
}

/** Marks the closed neighbourhood of `id` (or the highlighted paths) and fades the rest; nothing when neither. */
function emphasise(cy: Core, id: string | null, paths: ReadonlySet<string> | undefined) {
  cy.batch(() => {
    cy.elements().removeClass('dim near on-path');
    if (paths?.size) {
      const on = cy.elements().filter((e) => paths.has(e.id()));
      on.addClass('on-path');
      cy.elements().not(on).addClass('dim');
      return;
    }
    const at = id ? cy.getElementById(id) : null;
    if (!at || at.empty()) return;
    const edge = at as unknown as EdgeSingular;
    const keep = at.isNode() ? at.closedNeighborhood() : edge.connectedNodes().union(edge);
    keep.edges().addClass('near');
    cy.elements().not(keep).addClass('dim');
  });
}

/** The next node from `from` in a direction, for arrow keys: the nearest within a 90° cone, else none. */
function nextNode(cy: Core, from: string | null, key: string): string | null {
  const nodes = cy.nodes().toArray();
  if (!nodes.length) return null;
  const at = from ? cy.getElementById(from) : null;
  if (!at || at.empty() || !at.isNode()) return (cy.nodes('[?focus]').first().id() as string) || nodes[0]!.id();
  const p = at.position();
  const dir: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const [dx, dy] = dir[key]!;
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const n of nodes) {
    if (n.id() === at.id()) continue;
    const q = n.position();
    const vx = q.x - p.x;
    const vy = q.y - p.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n.id();
    }
  }
  return best;
}

/** Nodes in reading order (top to bottom, left to right), for Tab-like cycling with N and P. */
function cycle(cy: Core, from: string | null, step: 1 | -1): string | null {
  const nodes = cy
    .nodes()
    .toArray()
    .sort((a, b) => a.position().y - b.position().y || a.position().x - b.position().x);
  if (!nodes.length) return null;
  const i = from ? nodes.findIndex((n) => n.id() === from) : -1;
  return nodes[(i + step + nodes.length) % nodes.length]!.id();
}

export const GraphCanvas = forwardRef<GraphHandle, Props>(function GraphCanvas(props, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [announce, setAnnounce] = useState('');

  /** Whether the instance currently draws the large-graph way (graph/performance.ts). */
  const largeRef = useRef(false);
  const labelsTimer = useRef<number | null>(null);
  /** Labels for the current zoom, once the view has settled (graph/labels.ts). */
  const relabel = useRef(() => {});

  useEffect(() => {
    register();
    const { graph } = handlers.current;
    const large = isLarge(graph.nodes.length, graph.edges.length);
    largeRef.current = large;
    // @types/cytoscape has no `renderer` option; cytoscape reads it (src/core/renderer.mjs).
    const options: CytoscapeOptions & { renderer: RendererChoice } = {
      container: box.current,
      style: styleFor(large),
      elements: [],
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      ...rendererOptions(large),
      renderer: rendererFor(handlers.current.webgl ?? (large && WEBGL_WHEN_LARGE)),
    };
    const cy = cytoscape(options);
    emitWebglRenders(cy);
    const near = () => {
      const sel = handlers.current.selected;
      const at = sel ? cy.getElementById(sel) : null;
      return new Set<string>(
        at?.nonempty()
          ? at
              .closedNeighborhood()
              .nodes()
              .map((n) => n.id())
          : [],
      );
    };
    relabel.current = () => {
      if (labelsTimer.current !== null) window.clearTimeout(labelsTimer.current);
      labelsTimer.current = window.setTimeout(() => {
        labelsTimer.current = null;
        if (!cy.destroyed()) declutter(cy, near());
      }, 60);
    };
    cy.on('zoom', () => relabel.current());
    cy.on('tap', 'node, edge', (ev) => {
      const id = ev.target.id() as string;
      if (ev.target.isNode() && ev.target.data('group')) handlers.current.onOpenGroup?.(id);
      else if (!id.startsWith('group-edge:')) handlers.current.onSelect(id); // a group's carried link has no evidence of its own
    });
    cy.on('tap', (ev) => {
      if (ev.target === cy) handlers.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (ev) => {
      const id = ev.target.id() as string;
      if (!id.startsWith('slot:') && !ev.target.data('group')) handlers.current.onExpand(id);
    });
    // Hovering shows a node's neighbourhood; leaving it goes back to the selection's (or the paths').
    cy.on('mouseover', 'node', (ev) => {
      if (!largeRef.current) emphasise(cy, ev.target.id() as string, handlers.current.highlight);
    });
    cy.on('mouseout', 'node', () => {
      if (!largeRef.current) emphasise(cy, handlers.current.selected, handlers.current.highlight);
    });
    cyRef.current = cy;
    // The canvas is hidden in list mode; when it shows again Cytoscape must re-measure it.
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cy.resize();
          });
    if (box.current) ro?.observe(box.current);
    return () => {
      ro?.disconnect();
      if (labelsTimer.current !== null) window.clearTimeout(labelsTimer.current);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const { graph, layout, focus, selected, highlight } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || (!graph.nodes.length && cy.elements().empty())) return;
    mark('update');
    cy.resize(); // the box may have been hidden (list view) since Cytoscape last measured it
    const next = elementsOf(graph);
    const ids = new Set(next.map((e) => e.data.id!));
    const large = isLarge(graph.nodes.length, graph.edges.length);
    if (large !== largeRef.current) {
      largeRef.current = large;
      applyLarge(cy, large);
    }
    // For the render bench: the first frame drawn after new data (User Timing, next to the client's response marks).
    cy.one('render', () => {
      mark('render');
    });
    cy.batch(() => {
      cy.elements()
        .filter((e) => !ids.has(e.id()))
        .remove();
      const added: ElementDefinition[] = [];
      for (const el of next) {
        const existing = cy.getElementById(el.data.id!);
        if (existing.nonempty()) updateData(existing, el.data);
        // New nodes start unlabelled (graph/style.ts): the first style pass measures no text, and the declutter
        // below labels only the few that fit, so only their text is ever laid out.
        else added.push(el);
      }
      cy.add(added);
    });
    mark('elements');
    // The same graph in the same layout always lands in the same place: the layout's randomness is seeded, and a
    // force-directed layout already computed for this drawing is reused rather than run again (graph/positions.ts).
    const seed = `${focus}|${layout}|${graph.nodes.length}`;
    const shape =
      layout === 'fcose'
        ? shapeKey(
            seed,
            graph.nodes.map((n) => n.id),
            graph.edges.map((e) => e.id),
          )
        : null;
    const known = shape ? recall(shape) : undefined;
    if (known) cy.layout(presetAt(known)).run();
    else {
      seeded(seed, () => cy.layout(layoutOptions(layout, graph, focus)).run());
      if (shape) remember(shape, new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const)));
    }
    mark('layout');
    declutter(cy);
    mark('labels');
  }, [graph, layout, focus]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
    });
    if (!largeRef.current || highlight?.size) emphasise(cy, selected, highlight);
    relabel.current();
  }, [selected, graph, highlight]);

  useImperativeHandle(
    ref,
    () => ({
      png: () => cyRef.current!.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
      svg: () => cyRef.current!.svg({ full: true, scale: 1, bg: '#ffffff' }),
      fit: () => {
        cyRef.current?.fit(undefined, 30);
      },
      focusCanvas: () => box.current?.focus(),
    }),
    [],
  );

  /** Chooses a node from the keyboard: selects it, keeps it on screen and says what it is. */
  const choose = (cy: Core, id: string | null) => {
    if (!id) return;
    const n = cy.getElementById(id);
    if (n.empty()) return;
    const ext = cy.extent();
    const p = n.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(n);
    handlers.current.onSelect(id);
    const links = n.connectedEdges().length;
    setAnnounce(
      n.data('group')
        ? `${n.data('label')}: a group. Enter opens it.`
        : `${n.data('label')}, ${n.data('type') === 'Slot' ? 'missing lever' : String(n.data('type')).toLowerCase()}, ${links} link${links === 1 ? '' : 's'} shown.`,
    );
  };

  const onKey = (e: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
    const sel = handlers.current.selected;
    const selNode = sel && cy.getElementById(sel).nonempty() && cy.getElementById(sel).isNode() ? sel : null;
    if (e.key.startsWith('Arrow') && !e.shiftKey) {
      choose(cy, nextNode(cy, selNode, e.key));
      e.preventDefault();
      return;
    }
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const m = moves[e.key];
    if (m) {
      cy.panBy({ x: m[0], y: m[1] });
      e.preventDefault();
      return;
    }
    if (e.key === 'n' || e.key === 'p') {
      choose(cy, cycle(cy, selNode, e.key === 'n' ? 1 : -1));
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && selNode) {
      const n = cy.getElementById(selNode);
      if (n.data('group')) handlers.current.onOpenGroup?.(selNode);
      else if (!selNode.startsWith('slot:')) handlers.current.onExpand(selNode);
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape' && sel) {
      handlers.current.onSelect(null);
      setAnnounce('Nothing selected.');
      e.preventDefault();
      return;
    }
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (e.key === '+' || e.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: centre });
      e.preventDefault();
    } else if (e.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: centre });
      e.preventDefault();
    } else if (e.key === '0') {
      cy.fit(undefined, 30);
      e.preventDefault();
    }
  };

  return (
    <>
      <div
        ref={box}
        className="graph-canvas"
        role="application"
        aria-roledescription="network graph"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes focus so that keys choose nodes, pan and zoom
        tabIndex={0}
        onKeyDown={onKey}
        aria-label={`${props.label}. Arrow keys move between nodes, N and P go through them in reading order, Enter opens a group or adds a node's neighbours, Escape clears; Shift with arrows pans, plus and minus zoom, 0 fits. The same graph is listed as text below.`}
        data-testid="graph-canvas"
        data-nodes={graph.nodes.length}
        data-edges={graph.edges.length}
        data-large={isLarge(graph.nodes.length, graph.edges.length) ? 'true' : undefined}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announce">
        {announce}
      </p>
    </>
  );
});
