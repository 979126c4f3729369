/** Citations in the graph files (api/features/network/export.ts), on a graph built in memory: quotes with XML and separator characters and a dataset record survive GraphML, GEXF and Cytoscape JSON. */
import { MultiDirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';
import graphmlModule from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { cytoscapeJson, EVIDENCE_SEPARATOR, gexfXml, graphmlXml } from '../../api/features/network/export.js';
import type { EdgeAttrs, LinkGraph, NodeAttrs } from '../../api/features/network/network.js';

const cjs = <T>(m: T): T => (m as { default?: T }).default ?? m;
const gexf = cjs(gexfModule);
const graphml = cjs(graphmlModule);

const quote = 'cuts <& "budgets"> | and more';
function graph(): LinkGraph {
  const g: LinkGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const node = (id: string, evidence: NodeAttrs['evidence']): NodeAttrs => ({
    id,
    name: id.toUpperCase(),
    type: 'Organisation',
    placeholder: false,
    kind: null,
    status: null,
    sources: evidence.map((c) => c.sourceId),
    evidence,
  });
  g.addNode('a', node('a', [{ sourceId: '000', line: 884, quote }]));
  g.addNode('b', node('b', []));
  g.addDirectedEdgeWithKey('FUNDS:a:b', 'a', 'b', {
    id: 'FUNDS:a:b',
    source: 'a',
    target: 'b',
    type: 'FUNDS',
    lever: null,
    stance: null,
    class: null,
    confidence: 'STATED',
    validFrom: null,
    validTo: null,
    sources: ['003', 'ds1'],
    evidence: [
      { sourceId: '003', line: 214, quote: 'funds the service' },
      { sourceId: 'ds1', line: 12, quote: 'Row 12', record: 'R-7' },
    ],
  } as EdgeAttrs);
  return g;
}

describe('citations in graph exports', () => {
  it('writes a readable string, parallel lists and JSON that GraphML and GEXF readers get back', () => {
    const g = graph();
    for (const back of [graphml.parse(MultiDirectedGraph, graphmlXml(g)), gexf.parse(MultiDirectedGraph, gexfXml(g))]) {
      const a = back.getNodeAttributes('a');
      expect(a.citations).toBe(`000:L884 “${quote}”`);
      expect(JSON.parse(a.evidence_json)).toEqual([{ sourceId: '000', line: 884, quote }]);
      expect(a.evidence_quotes).toBe('cuts <& "budgets"> ¦ and more');
      expect(a.evidence_records).toBeUndefined();
      expect(back.getNodeAttributes('b').citations).toBeUndefined();
      const e = back.getEdgeAttributes(back.edges('a', 'b')[0]!);
      expect(e.citations).toBe('003:L214 “funds the service”; ds1:L12 record R-7 “Row 12”');
      expect(e.evidence_sources.split(EVIDENCE_SEPARATOR)).toEqual(['003', 'ds1']);
      expect(e.evidence_lines.split(EVIDENCE_SEPARATOR)).toEqual(['214', '12']);
      expect(e.evidence_records.split(EVIDENCE_SEPARATOR)).toEqual(['', 'R-7']);
    }
  });

  it('gives each Cytoscape element an evidence array, a record only where there is one', () => {
    const doc = JSON.parse(cytoscapeJson(graph(), 'x'));
    const [a, b] = doc.elements.nodes;
    expect(a.data.evidence).toEqual([{ sourceId: '000', line: 884, quote }]);
    expect(b.data.evidence).toEqual([]);
    expect(doc.elements.edges[0].data.evidence).toEqual([
      { sourceId: '003', line: 214, quote: 'funds the service' },
      { sourceId: 'ds1', line: 12, quote: 'Row 12', record: 'R-7' },
    ]);
  });
});
