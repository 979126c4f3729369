/**
 * A small Cytoscape island for the finder's reason paths: created once on mount, each new set of paths pushed
 * in one cy.batch with preset positions from the model (source left, suggestion right). Read-only: taps only
 * report which node was chosen.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { PathGraph } from '../model/suggest.js';
import { elementsOf } from './GraphCanvas.js';
import { STYLE } from './style.js';

export function PathCanvas({ paths, label, onOpen }: { paths: PathGraph; label: string; onOpen(id: string): void }) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  useEffect(() => {
    const cy = cytoscape({
      container: box.current,
      style: STYLE,
      elements: [],
      minZoom: 0.2,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
      userZoomingEnabled: true,
    });
    cy.on('dbltap', 'node', (ev) => openRef.current(ev.target.id() as string));
    cyRef.current = cy;
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cy.resize();
            cy.fit(undefined, 24);
          });
    if (box.current) ro?.observe(box.current);
    return () => {
      ro?.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      // A path is short: every node keeps its label (graph/style.ts labels only nodes marked so).
      cy.add(elementsOf(paths.graph).map((el) => (el.group === 'nodes' ? { ...el, classes: 'labelled' } : el)));
      cy.nodes().positions((n) => paths.positions.get(n.id()) ?? { x: 0, y: 0 });
    });
    cy.fit(undefined, 24);
  }, [paths]);

  return (
    <div
      ref={box}
      className="path-canvas"
      role="img"
      aria-label={label}
      data-testid="path-canvas"
      data-nodes={paths.graph.nodes.length}
      data-edges={paths.graph.edges.length}
    />
  );
}
