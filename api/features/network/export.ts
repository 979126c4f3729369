/**
 * A (filtered) subgraph as GraphML, GEXF (Gephi) or Cytoscape JSON, for researchers. The attribute names are
 * listed in docs/analysis.md; the lists below are the one place they are defined.
 */
import gexfModule from 'graphology-gexf';
import { GraphRequest, type EdgeAttrs, type LinkGraph, type NodeAttrs } from './network.js';
import type { ExportFile } from '../shared/export-file.js';
import type { Citation } from '../../../model/citation.js';

const list = (xs: readonly string[]) => xs.join('; ');

/**
 * Separator of the parallel `evidence_*` attributes (GraphML and GEXF values cannot be lists): the i-th entry of
 * each belongs to the i-th citation. A `|` inside a quote or record is written as `¦` there; `evidence_json` keeps
 * every citation verbatim.
 */
export const EVIDENCE_SEPARATOR = ' | ';
const EVIDENCE_ATTRIBUTES = [
  'citations',
  'evidence_sources',
  'evidence_lines',
  'evidence_quotes',
  'evidence_records',
  'evidence_json',
] as const;
type EvidenceAttribute = (typeof EVIDENCE_ATTRIBUTES)[number];

/** One citation for reading: `000:L884 “quote”`, with `record R` after the line for a dataset record. */
export const citationText = (c: Citation) =>
  `${c.sourceId}:L${c.line}${c.record ? ` record ${c.record}` : ''} “${c.quote}”`;

function evidenceData(evidence: readonly Citation[]): Record<EvidenceAttribute, string | null> {
  if (!evidence.length)
    return Object.fromEntries(EVIDENCE_ATTRIBUTES.map((k) => [k, null])) as Record<EvidenceAttribute, null>;
  const join = (xs: readonly string[]) => xs.map((x) => x.replace(/\|/g, '¦')).join(EVIDENCE_SEPARATOR);
  return {
    citations: evidence.map(citationText).join('; '),
    evidence_sources: join(evidence.map((c) => c.sourceId)),
    evidence_lines: join(evidence.map((c) => String(c.line))),
    evidence_quotes: join(evidence.map((c) => c.quote)),
    evidence_records: evidence.some((c) => c.record) ? join(evidence.map((c) => c.record ?? '')) : null,
    evidence_json: JSON.stringify(evidence),
  };
}

/** Node and edge attributes written to every graph format (besides id, source and target). */
export const NODE_ATTRIBUTES = [
  'label',
  'type',
  'kind',
  'status',
  'placeholder',
  'sources',
  ...EVIDENCE_ATTRIBUTES,
] as const;
export const EDGE_ATTRIBUTES = [
  'type',
  'lever',
  'stance',
  'class',
  'confidence',
  'validFrom',
  'validTo',
  'sources',
  ...EVIDENCE_ATTRIBUTES,
] as const;

function nodeData(a: NodeAttrs): Record<(typeof NODE_ATTRIBUTES)[number], string | boolean | null> {
  return {
    label: a.name,
    type: a.type,
    kind: a.kind,
    status: a.status,
    placeholder: a.placeholder,
    sources: list([...new Set(a.sources)]),
    ...evidenceData(a.evidence ?? []),
  };
}
function edgeData(a: EdgeAttrs): Record<(typeof EDGE_ATTRIBUTES)[number], string | null> {
  return {
    type: a.type,
    lever: a.lever,
    stance: a.stance,
    class: a.class,
    confidence: a.confidence,
    validFrom: a.validFrom,
    validTo: a.validTo,
    sources: list([...new Set(a.sources)]),
    ...evidenceData(a.evidence ?? []),
  };
}
const present = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== '')) as Partial<T>;

export function cytoscapeJson(g: LinkGraph, name: string): string {
  const evidence = (e: readonly Citation[] | undefined) =>
    (e ?? []).map((c) => (c.record ? { ...c } : { sourceId: c.sourceId, line: c.line, quote: c.quote }));
  const nodes = g.mapNodes((id, a) => ({ data: { id, ...present(nodeData(a)), evidence: evidence(a.evidence) } }));
  const edges = g.mapEdges((id, a) => ({
    data: { id, source: a.source, target: a.target, ...present(edgeData(a)), evidence: evidence(a.evidence) },
  }));
  return JSON.stringify(
    { format_version: '1.0', generated_by: 'levermap', data: { name }, elements: { nodes, edges } },
    null,
    1,
  );
}

const cjs = <T>(m: { default: T }): T => (m as unknown as { default?: T }).default ?? (m as unknown as T);
const gexf = cjs(gexfModule as unknown as { default: typeof gexfModule });

export function gexfXml(g: LinkGraph): string {
  return gexf.write(g, {
    version: '1.3',
    formatNode: (_k, a) => ({ label: a.name, attributes: present(nodeData(a as NodeAttrs)) }),
    formatEdge: (_k, a) => ({ label: (a as EdgeAttrs).type, attributes: present(edgeData(a as EdgeAttrs)) }),
  });
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** graphology-graphml only parses, so GraphML is written here; the tests read it back with that parser. */
export function graphmlXml(g: LinkGraph): string {
  const keys = [
    ...NODE_ATTRIBUTES.map(
      (n) => `  <key id="${n}" for="node" attr.name="${n}" attr.type="${n === 'placeholder' ? 'boolean' : 'string'}"/>`,
    ),
    ...EDGE_ATTRIBUTES.map((n) => `  <key id="e_${n}" for="edge" attr.name="${n}" attr.type="string"/>`),
  ];
  const data = (prefix: string, o: Record<string, string | boolean | null>) =>
    Object.entries(o)
      .filter(([, v]) => v !== null && v !== '')
      .map(([k, v]) => `<data key="${prefix}${k}">${xml(String(v))}</data>`)
      .join('');
  const nodes = g.mapNodes((id, a) => `    <node id="${xml(id)}">${data('', nodeData(a))}</node>`);
  const edges = g.mapEdges(
    (id, a) =>
      `    <edge id="${xml(id)}" source="${xml(a.source)}" target="${xml(a.target)}">${data('e_', edgeData(a))}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="levermap" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export type GraphFormat = 'GRAPHML' | 'GEXF' | 'CYTOSCAPE_JSON';

/** A graph file; for a GraphRequest (network.ts loadGraph) it is made in an analysis worker, off the event loop. */
export function graphFile(g: GraphRequest, format: GraphFormat, name: string): Promise<ExportFile>;
export function graphFile(g: LinkGraph, format: GraphFormat, name: string): ExportFile;
export function graphFile(
  g: LinkGraph | GraphRequest,
  format: GraphFormat,
  name: string,
): ExportFile | Promise<ExportFile> {
  if (g instanceof GraphRequest) return g.run('exportGraph', { format, name });
  const base = `levermap-${name}`;
  if (format === 'GRAPHML')
    return { filename: `${base}.graphml`, mimeType: 'application/graphml+xml', content: graphmlXml(g), count: g.order };
  if (format === 'GEXF')
    return { filename: `${base}.gexf`, mimeType: 'application/gexf+xml', content: gexfXml(g), count: g.order };
  return { filename: `${base}.cyjs`, mimeType: 'application/json', content: cytoscapeJson(g, base), count: g.order };
}
