/**
 * The Cytoscape island. One instance, created on mount and destroyed on unmount; every change of the drawn
 * graph is pushed in one cy.batch as a diff; events go out through callbacks. Nothing flows back in.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { DrawGraph } from '../model/graph.js';
import { leverLayout } from '../model/layout.js';
import type { LayoutName } from '../model/url.js';
import { LINK_NAME } from '../model/vocabulary.js';
import { applyLarge, isLarge, rendererOptions, styleFor } from './performance.js';

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
}

interface Props {
  graph: DrawGraph;
  focus: string;
  layout: LayoutName;
  selected: string | null;
  label: string;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
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
    },
  }));
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
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

function layoutOptions(name: LayoutName, graph: DrawGraph, focus: string): LayoutOptions {
  if (name === 'fcose') {
    return {
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'default',
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110,
      fit: true,
      padding: 30,
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
  const pos = leverLayout(graph.nodes, graph.edges, focus);
  return {
    name: 'preset',
    animate: false,
    fit: true,
    padding: 30,
    positions: (n: { id(): string }) => pos.get(n.id()) ?? { x: 0, y: 0 },
  } as unknown as LayoutOptions;
}

export const GraphCanvas = forwardRef<GraphHandle, Props>(function GraphCanvas(props, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  /** Whether the instance currently draws the large-graph way (graph/performance.ts). */
  const largeRef = useRef(false);

  useEffect(() => {
    register();
    const { graph } = handlers.current;
    const large = isLarge(graph.nodes.length, graph.edges.length);
    largeRef.current = large;
    const cy = cytoscape({
      container: box.current,
      style: styleFor(large),
      elements: [],
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      ...rendererOptions(large),
    });
    cy.on('tap', 'node, edge', (ev) => handlers.current.onSelect(ev.target.id() as string));
    cy.on('tap', (ev) => {
      if (ev.target === cy) handlers.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (ev) => {
      const id = ev.target.id() as string;
      if (!id.startsWith('slot:')) handlers.current.onExpand(id);
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
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const { graph, layout, focus, selected } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || (!graph.nodes.length && cy.elements().empty())) return;
    if (typeof performance !== 'undefined' && performance.mark) performance.mark('levermap:graph-update');
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
      if (typeof performance !== 'undefined' && performance.mark) performance.mark('levermap:graph-render');
    });
    cy.batch(() => {
      cy.elements()
        .filter((e) => !ids.has(e.id()))
        .remove();
      for (const el of next) {
        const existing = cy.getElementById(el.data.id!);
        if (existing.nonempty()) existing.data(el.data);
        else cy.add(el);
      }
    });
    cy.layout(layoutOptions(layout, graph, focus)).run();
  }, [graph, layout, focus]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
    });
  }, [selected, graph]);

  useImperativeHandle(
    ref,
    () => ({
      png: () => cyRef.current!.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
      svg: () => cyRef.current!.svg({ full: true, scale: 1, bg: '#ffffff' }),
      fit: () => {
        cyRef.current?.fit(undefined, 30);
      },
    }),
    [],
  );

  const onKey = (e: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
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
    <div
      ref={box}
      className="graph-canvas"
      role="img"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes focus so that arrow keys pan and +/- zoom it
      tabIndex={0}
      onKeyDown={onKey}
      aria-label={`${props.label}. Arrow keys pan, plus and minus zoom, 0 fits. The same graph is listed as text below.`}
      data-testid="graph-canvas"
      data-nodes={graph.nodes.length}
      data-edges={graph.edges.length}
      data-large={isLarge(graph.nodes.length, graph.edges.length) ? 'true' : undefined}
    />
  );
});
