/**
 * Exports of what is drawn: CSV (links, nodes), GraphML and Cytoscape JSON (pure text, tested without a browser),
 * and the PNG and SVG pictures in a frame with a title, the date, the legend and a source line.
 */
import { LINE_DASH } from '../../../model/lever-look.js';
import type { DrawGraph } from './graph.js';
import { LEVERS, LEVER_STYLE, OPPOSE_COLOUR, OTHER_EDGE_COLOUR } from './vocabulary.js';

/** Quotes as RFC 4180 needs, and defuses cells a spreadsheet would run as a formula. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvRow = (cells: unknown[]) => cells.map(csvCell).join(',');

const real = (g: DrawGraph) => ({ nodes: g.nodes.filter((n) => !n.slot), edges: g.edges.filter((e) => !e.slot) });

export function linksCsv(g: DrawGraph): string {
  const { nodes, edges } = real(g);
  const name = new Map(nodes.map((n) => [n.id, n]));
  const head = [
    'link_id',
    'from_id',
    'from_name',
    'from_type',
    'link_type',
    'lever',
    'stance',
    'confidence',
    'to_id',
    'to_name',
    'to_type',
  ];
  const rows = edges.map((e) =>
    csvRow([
      e.id,
      e.source,
      name.get(e.source)?.label,
      name.get(e.source)?.type,
      e.type,
      e.lever,
      e.stance,
      e.confidence,
      e.target,
      name.get(e.target)?.label,
      name.get(e.target)?.type,
    ]),
  );
  return [head.join(','), ...rows].join('\r\n') + '\r\n';
}

export function nodesCsv(g: DrawGraph): string {
  const { nodes } = real(g);
  const head = ['id', 'name', 'type', 'placeholder', 'is_focus', 'hops_from_focus', 'neighbours_not_loaded'];
  return (
    [head.join(','), ...nodes.map((n) => csvRow([n.id, n.label, n.type, n.placeholder, n.focus, n.hops, n.more]))].join(
      '\r\n',
    ) + '\r\n'
  );
}

const xml = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export function graphml(g: DrawGraph): string {
  const { nodes, edges } = real(g);
  const keys = [
    ['n_name', 'node', 'name'],
    ['n_type', 'node', 'type'],
    ['n_placeholder', 'node', 'placeholder', 'boolean'],
    ['n_hops', 'node', 'hops', 'int'],
    ['e_type', 'edge', 'type'],
    ['e_lever', 'edge', 'lever'],
    ['e_stance', 'edge', 'stance'],
    ['e_confidence', 'edge', 'confidence'],
  ];
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [id, dom, name, type = 'string'] of keys)
    out.push(`  <key id="${id}" for="${dom}" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="levermap" edgedefault="directed">');
  for (const n of nodes) {
    out.push(
      `    <node id="${xml(n.id)}"><data key="n_name">${xml(n.label)}</data><data key="n_type">${xml(n.type)}</data>` +
        `<data key="n_placeholder">${n.placeholder}</data><data key="n_hops">${n.hops}</data></node>`,
    );
  }
  for (const e of edges) {
    const opt = [
      e.lever && `<data key="e_lever">${xml(e.lever)}</data>`,
      e.stance && `<data key="e_stance">${xml(e.stance)}</data>`,
    ]
      .filter(Boolean)
      .join('');
    out.push(
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="e_type">${xml(e.type)}</data>${opt}` +
        `<data key="e_confidence">${xml(e.confidence)}</data></edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

/** Cytoscape's own JSON (elements.nodes / elements.edges with data), which Cytoscape desktop imports. */
export function cytoscapeJson(g: DrawGraph, focus: string): string {
  const { nodes, edges } = real(g);
  return JSON.stringify(
    {
      data: { focus, generator: 'Levermap explorer' },
      elements: {
        nodes: nodes.map((n) => ({
          data: { id: n.id, name: n.label, type: n.type, placeholder: n.placeholder, hops: n.hops, more: n.more },
        })),
        edges: edges.map((e) => ({
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            type: e.type,
            lever: e.lever ?? null,
            stance: e.stance ?? null,
            confidence: e.confidence,
          },
        })),
      },
    },
    null,
    2,
  );
}

/** What frames an exported picture: a title, the date it was made, and where its facts come from. */
export interface PictureFrame {
  title: string;
  date: string;
  source: string;
  legend: { colour: string; dash: string; words: string }[];
}
const FRAME_TOP = 64;
const FRAME_ROW = 20;
const FRAME_FONT = 'Helvetica, Arial, sans-serif';
const frameBottom = (f: PictureFrame) => 36 + Math.ceil(f.legend.length / 2) * FRAME_ROW + 28;

/**
 * Cytoscape's SVG export writes some labels twice at the same place (once filled, once stroked with no paint),
 * which reads as doubled text in editors and to screen readers. Keeps the first painted copy of each label.
 */
export function dedupeSvgText(doc: Document): number {
  const seen = new Set<string>();
  let removed = 0;
  const transformsOf = (el: Element) => {
    const ts: string[] = [];
    for (let p: Element | null = el; p; p = p.parentElement) ts.push(p.getAttribute('transform') ?? '');
    return ts.join('|');
  };
  const texts = [...doc.getElementsByTagName('text')];
  // Painted copies first, so that a stroke-only twin is the one removed.
  const unpainted = (t: Element) => t.getAttribute('fill') === 'none';
  for (const t of [...texts.filter((t) => !unpainted(t)), ...texts.filter(unpainted)]) {
    const key = [t.textContent, t.getAttribute('x'), t.getAttribute('y'), transformsOf(t)].join('\u0000');
    if (seen.has(key) || unpainted(t)) {
      t.parentNode?.removeChild(t);
      removed++;
    } else seen.add(key);
  }
  return removed;
}

/** The graph's SVG inside a frame: the title and date above, the legend and the source line below. */
export function framedSvg(svg: string, f: PictureFrame): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error('the graph did not export as SVG');
  dedupeSvgText(doc);
  const w = Math.max(Number.parseFloat(root.getAttribute('width') ?? '0') || 0, 640);
  const h = Number.parseFloat(root.getAttribute('height') ?? '0') || 0;
  const H = FRAME_TOP + h + frameBottom(f);
  const ns = 'http://www.w3.org/2000/svg';
  const out = doc.implementation.createDocument(ns, 'svg', null);
  const top = out.documentElement;
  for (const [k, v] of Object.entries({ width: w, height: H, viewBox: `0 0 ${w} ${H}` }))
    top.setAttribute(k, String(v));
  const add = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const el = out.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    top.appendChild(el);
    return el;
  };
  add('title', {}, f.title);
  add('rect', { x: 0, y: 0, width: w, height: H, fill: '#ffffff' });
  add(
    'text',
    { x: 16, y: 28, 'font-family': FRAME_FONT, 'font-size': 18, 'font-weight': 'bold', fill: '#1c1917' },
    f.title,
  );
  add('text', { x: 16, y: 50, 'font-family': FRAME_FONT, 'font-size': 12, fill: '#44403c' }, `Made on ${f.date}`);
  const graph = out.importNode(root, true) as Element;
  graph.setAttribute('x', '0');
  graph.setAttribute('y', String(FRAME_TOP));
  top.appendChild(graph);
  const y0 = FRAME_TOP + h + 24;
  add(
    'text',
    { x: 16, y: y0, 'font-family': FRAME_FONT, 'font-size': 12, 'font-weight': 'bold', fill: '#1c1917' },
    'Legend',
  );
  f.legend.forEach((l, k) => {
    const x = 16 + (k % 2) * Math.max(300, w / 2);
    const y = y0 + 18 + Math.floor(k / 2) * FRAME_ROW;
    add('line', {
      x1: x,
      y1: y - 4,
      x2: x + 36,
      y2: y - 4,
      stroke: l.colour,
      'stroke-width': 3,
      ...(l.dash ? { 'stroke-dasharray': l.dash } : {}),
    });
    add('text', { x: x + 44, y, 'font-family': FRAME_FONT, 'font-size': 11, fill: '#1c1917' }, l.words);
  });
  add('text', { x: 16, y: H - 12, 'font-family': FRAME_FONT, 'font-size': 11, fill: '#44403c' }, f.source);
  return new XMLSerializer().serializeToString(out);
}

/** The graph's PNG inside the same frame, drawn on a canvas at the PNG's own scale. */
export async function framedPng(png: Blob, f: PictureFrame, scale = 2): Promise<Blob> {
  const img = await createImageBitmap(png);
  const w = Math.max(img.width, 640 * scale);
  const H = FRAME_TOP * scale + img.height + frameBottom(f) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = H;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('this browser cannot draw on a canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, H);
  g.scale(scale, scale);
  const text = (s: string, x: number, y: number, size: number, bold = false, colour = '#1c1917') => {
    g.font = `${bold ? 'bold ' : ''}${size}px ${FRAME_FONT}`;
    g.fillStyle = colour;
    g.fillText(s, x, y);
  };
  text(f.title, 16, 28, 18, true);
  text(`Made on ${f.date}`, 16, 50, 12, false, '#44403c');
  g.drawImage(img, 0, FRAME_TOP, img.width / scale, img.height / scale);
  const y0 = FRAME_TOP + img.height / scale + 24;
  text('Legend', 16, y0, 12, true);
  f.legend.forEach((l, k) => {
    const x = 16 + (k % 2) * Math.max(300, w / scale / 2);
    const y = y0 + 18 + Math.floor(k / 2) * FRAME_ROW;
    g.strokeStyle = l.colour;
    g.lineWidth = 3;
    g.setLineDash(l.dash ? l.dash.split(' ').map(Number) : []);
    g.beginPath();
    g.moveTo(x, y - 4);
    g.lineTo(x + 36, y - 4);
    g.stroke();
    text(l.words, x + 44, y, 11);
  });
  text(f.source, 16, H / scale - 12, 11, false, '#44403c');
  return new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be made'))), 'image/png'),
  );
}

/** The frame of an exported graph picture: its focus as the title, today's date, the legend and the source line. */
export function pictureFrame(focus: string, href: string, today = new Date()): PictureFrame {
  return {
    title: `${focus}: its links in Levermap`,
    date: today.toISOString().slice(0, 10),
    source: `Source: Levermap, from the documents cited on each link; every citation is at ${href}`,
    legend: [
      ...LEVERS.map((l) => ({
        colour: LEVER_STYLE[l].colour,
        dash: LINE_DASH[LEVER_STYLE[l].line],
        words: `${LEVER_STYLE[l].name} lever (${LEVER_STYLE[l].line}): ${LEVER_STYLE[l].who}`,
      })),
      { colour: OPPOSE_COLOUR, dash: '', words: 'Opposes (red, bar end)' },
      { colour: OTHER_EDGE_COLOUR, dash: '', words: 'Other link (named on the line)' },
    ],
  };
}
