/** Exports of what is drawn: CSV (links, nodes), GraphML and Cytoscape JSON. Pure text, tested without a browser. */
import type { DrawGraph } from './graph.js';

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
