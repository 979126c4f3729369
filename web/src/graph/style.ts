/**
 * The Cytoscape stylesheet: lever by colour AND line style; opposing links red with a bar; slots for gaps and
 * unknowns. Node shape and outline say the type, size the degree, fill the community; groups are outlined twice.
 */
import type { StylesheetJson } from 'cytoscape';
import { LEVER_STYLE, OPPOSE_COLOUR, OTHER_EDGE_COLOUR } from '../model/vocabulary.js';

/** Fills for the communities of a neighbourhood, largest first (light, so dark outlines and shapes still read). */
export const COMMUNITY_COLOURS = [
  '#93c5fd',
  '#fdba74',
  '#86efac',
  '#f9a8d4',
  '#c4b5fd',
  '#fde047',
  '#5eead4',
  '#fca5a5',
] as const;
/** Communities past the palette share this fill (the legend says so). */
export const OTHER_COMMUNITY = '#e7e5e4';

/** A node's drawn size from its degree: the square root keeps hubs large without swamping the view. */
export const sizeOf = (degree: number): number => Math.round(22 + 6 * Math.sqrt(Math.min(Math.max(degree, 0), 120)));

const node = (type: string, css: Record<string, string | number>) => ({
  selector: `node[type = "${type}"]`,
  style: css,
});

export const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      color: '#1c1917',
      width: 30,
      height: 30,
      'border-width': 2,
      'background-color': '#e7e5e4',
      'border-color': '#57534e',
    },
  },
  // Only the nodes the declutter (graph/labels.ts) labels at this zoom carry text: every style property costs each
  // element time on the first draw, and a hidden label's text is never measured.
  {
    selector: 'node.labelled',
    style: {
      label: 'data(display)',
      'font-size': 'data(labelSize)',
      'font-family': 'system-ui, sans-serif',
      'text-wrap': 'wrap',
      'text-max-width': 'data(labelWidth)',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      // Labels too small to read are not drawn: the main cost when a large graph is zoomed out.
      'min-zoomed-font-size': 7,
    },
  },
  node('Initiative', {
    shape: 'round-rectangle',
    'background-color': '#334155',
    'border-color': '#0f172a',
    width: 38,
    height: 38,
  }),
  node('Organisation', { shape: 'ellipse', 'background-color': '#dbeafe', 'border-color': '#1e3a8a' }),
  node('Directorate', {
    shape: 'ellipse',
    'background-color': '#ede9fe',
    'border-color': '#5b21b6',
    width: 24,
    height: 24,
  }),
  node('Partnership', {
    shape: 'hexagon',
    'background-color': '#ffedd5',
    'border-color': '#9a3412',
    width: 36,
    height: 32,
  }),
  node('TargetGroup', {
    shape: 'diamond',
    'background-color': '#dcfce7',
    'border-color': '#166534',
    width: 34,
    height: 34,
  }),
  node('Place', { shape: 'round-tag', 'background-color': '#f5f5f4', 'border-color': '#57534e' }),
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  ...COMMUNITY_COLOURS.map((c, i) => ({ selector: `node[community = ${i}]`, style: { 'background-color': c } })),
  {
    selector: `node[community >= ${COMMUNITY_COLOURS.length}]`,
    style: { 'background-color': OTHER_COMMUNITY },
  },
  {
    selector: 'node[type = "Group"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#fff7ed',
      'border-color': '#7c2d12',
      'border-style': 'double',
      'border-width': 6,
      'font-weight': 'bold',
      color: '#7c2d12',
    },
  },
  { selector: 'node[?placeholder]', style: { 'border-style': 'dashed' } },
  {
    selector: 'node[?focus]',
    style: {
      'border-width': 5,
      'border-color': '#b45309',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node[slotKind = "gap"]',
    style: {
      shape: 'round-rectangle',
      width: 34,
      height: 34,
      'background-color': '#fef2f2',
      'border-color': OPPOSE_COLOUR,
      'border-style': 'dashed',
      'border-width': 3,
      color: '#991b1b',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node[slotKind = "unknown"]',
    style: {
      shape: 'ellipse',
      width: 30,
      height: 30,
      'background-color': '#fafaf9',
      'border-color': '#78716c',
      'border-style': 'dotted',
      'border-width': 3,
      color: '#44403c',
      'font-style': 'italic',
    },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#b45309', 'overlay-opacity': 0.25, 'overlay-padding': 8 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'straight',
      'line-color': OTHER_EDGE_COLOUR,
      'target-arrow-color': OTHER_EDGE_COLOUR,
      'target-arrow-shape': 'vee',
      'arrow-scale': 0.8,
    },
  },
  // Links that share their ends with another (or loop) curve apart; the rest are straight (GraphCanvas's elementsOf).
  { selector: 'edge[?curved]', style: { 'curve-style': 'bezier' } },
  // Text only on the links that have a name to show (most lever links have none).
  {
    selector: 'edge[?display]',
    style: {
      label: 'data(display)',
      'font-size': 11,
      color: '#44403c',
      // Link names only once they can be read; the list and the evidence panel name every link.
      'min-zoomed-font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  ...Object.entries(LEVER_STYLE).map(([lever, s]) => ({
    selector: `edge[lever = "${lever}"]`,
    style: {
      width: lever === 'UPWARD' ? 4 : 3.5,
      'line-color': s.colour,
      'target-arrow-color': s.colour,
      'line-style': s.line,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.1,
      color: s.colour,
    },
  })),
  { selector: 'edge[confidence = "INFERRED"]', style: { width: 2 } },
  {
    selector: 'edge[stance = "OPPOSES"]',
    style: {
      'line-color': OPPOSE_COLOUR,
      'target-arrow-color': OPPOSE_COLOUR,
      'target-arrow-shape': 'tee',
      'arrow-scale': 1.6,
      color: OPPOSE_COLOUR,
      'font-weight': 'bold',
      'font-size': 10,
    },
  },
  {
    selector: 'edge[slot = "gap"]',
    style: { width: 1.5, 'line-color': OPPOSE_COLOUR, 'line-style': 'dashed', 'target-arrow-shape': 'none', label: '' },
  },
  {
    selector: 'edge[slot = "unknown"]',
    style: { width: 1.5, 'line-color': '#a8a29e', 'line-style': 'dotted', 'target-arrow-shape': 'none', label: '' },
  },
  // A contributor's claim not yet checked: a yellow halo and the words "? unverified" on the line, so it reads without colour.
  {
    selector: 'edge[claim = "UNVERIFIED"]',
    style: {
      'underlay-color': '#facc15',
      'underlay-opacity': 0.55,
      'underlay-padding': 4,
      'line-opacity': 0.75,
      'font-size': 10,
      color: '#713f12',
    },
  },
  {
    selector: 'edge[claim = "REJECTED"]',
    style: {
      'line-color': '#a8a29e',
      'target-arrow-color': '#a8a29e',
      'line-opacity': 0.6,
      'font-size': 10,
      color: '#57534e',
    },
  },
  { selector: 'edge:selected', style: { 'overlay-color': '#b45309', 'overlay-opacity': 0.3, 'overlay-padding': 5 } },
  // Hover or selection: the neighbourhood stays, the rest fades.
  { selector: '.dim', style: { opacity: 0.18, 'text-opacity': 0 } },
  { selector: 'edge.near', style: { width: 4, 'z-index': 10 } },
  // Paths between two chosen nodes.
  {
    selector: 'node.on-path',
    style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.55, 'underlay-padding': 7, 'z-index': 20 },
  },
  {
    selector: 'edge.on-path',
    style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.6, 'underlay-padding': 5, width: 5, 'z-index': 20 },
  },
];
