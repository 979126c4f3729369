/**
 * Graph exports keep the evidence: every node and edge carries its citations in GraphML, GEXF and Cytoscape JSON;
 * the GEXF validates against the GEXF 1.3 schema (xmllint, test/fixtures/gexf-1.3/) and both files load in
 * networkx and python-igraph (test/integration/python/load_graph.py, in the venv .ci/run makes: .venv-test).
 * With CI=true a missing xmllint or venv fails these tests; elsewhere they are skipped with the reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';
import graphmlModule from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_SEPARATOR, citationText } from '../../api/features/network/export.js';
import type { Citation } from '../../model/citation.js';
import { gqlOk } from '../support/helpers.js';
import { SEED } from '../support/seed.js';

const cjs = <T>(m: T): T => (m as { default?: T }).default ?? m;
const gexf = cjs(gexfModule);
const graphml = cjs(graphmlModule);
const FOCUS = SEED.liveWellGateshead.id;
const FILTER = { focus: FOCUS, depth: 1 };
const root = fileURLToPath(new URL('../..', import.meta.url));
const XSD = join(root, 'test/fixtures/gexf-1.3/gexf.xsd');
const PYTHON = join(root, '.venv-test/bin/python');
const LOADER = join(root, 'test/integration/python/load_graph.py');
const CI = process.env.CI === 'true';

type Data = Record<string, unknown> & { id: string; evidence: Citation[] };
interface Files {
  graphml: string;
  gexf: string;
  cy: { elements: { nodes: { data: Data }[]; edges: { data: Data }[] } };
}
let files: Files;
let dir = '';

const file = async (format: string) =>
  (
    await gqlOk<{ exportGraph: { content: string } }>(
      `query($f: GraphFilter) { exportGraph(format: ${format}, filter: $f) { content } }`,
      { f: FILTER },
    )
  ).exportGraph.content;

beforeAll(async () => {
  files = { graphml: await file('GRAPHML'), gexf: await file('GEXF'), cy: JSON.parse(await file('CYTOSCAPE_JSON')) };
  dir = mkdtempSync(join(tmpdir(), 'levermap-export-'));
  writeFileSync(join(dir, 'graph.graphml'), files.graphml);
  writeFileSync(join(dir, 'graph.gexf'), files.gexf);
});

/** An edge of the export with a quoted citation, for the checks that follow it through each reader. */
const citedEdge = () => {
  const e = files.cy.elements.edges.find((x) => x.data.evidence.some((c) => c.quote.length > 10));
  if (!e) throw new Error('no edge with a quoted citation in the neighbourhood export');
  return e.data;
};

describe('Cytoscape JSON', () => {
  it('gives every node and edge an evidence array with source, line and quote', () => {
    const all = [...files.cy.elements.nodes, ...files.cy.elements.edges].map((x) => x.data);
    expect(files.cy.elements.edges.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(Array.isArray(d.evidence)).toBe(true);
      for (const c of d.evidence) {
        expect(typeof c.sourceId).toBe('string');
        expect(Number.isInteger(c.line)).toBe(true);
        expect(typeof c.quote).toBe('string');
        if ('record' in c) expect(typeof c.record).toBe('string');
      }
    }
    const cited = all.filter((d) => d.evidence.length);
    expect(cited.length).toBeGreaterThan(0);
    for (const d of cited) {
      expect(d.citations).toBe(d.evidence.map(citationText).join('; '));
      expect(String(d.sources).split('; ')).toEqual(expect.arrayContaining(d.evidence.map((c) => c.sourceId)));
    }
  });
});

describe('GraphML and GEXF', () => {
  it('carry the citations on each element as a readable string, parallel lists and JSON', () => {
    const gm = graphml.parse(MultiDirectedGraph, files.graphml);
    const gx = gexf.parse(MultiDirectedGraph, files.gexf);
    const byId = new Map(
      [...files.cy.elements.nodes, ...files.cy.elements.edges].map((x) => [x.data.id, x.data.evidence]),
    );
    for (const g of [gm, gx]) {
      const check = (id: string, a: Record<string, unknown>) => {
        const ev = byId.get(id) ?? [];
        if (!ev.length) return expect(a.citations).toBeUndefined();
        expect(a.citations).toBe(ev.map(citationText).join('; '));
        expect(JSON.parse(String(a.evidence_json))).toEqual(ev);
        expect(String(a.evidence_sources).split(EVIDENCE_SEPARATOR)).toEqual(ev.map((c) => c.sourceId));
        expect(String(a.evidence_lines).split(EVIDENCE_SEPARATOR).map(Number)).toEqual(ev.map((c) => c.line));
        expect(String(a.evidence_quotes).split(EVIDENCE_SEPARATOR)).toHaveLength(ev.length);
      };
      g.forEachNode((id, a) => check(id, a));
      g.forEachEdge((id, a) => check(id, a));
    }
  });

  it('writes GEXF 1.3 that validates against the GEXF 1.3 schema', (ctx) => {
    expect(files.gexf).toMatch(/<gexf [^>]*version="1\.3"/);
    expect(files.gexf).toContain('xmlns="http://gexf.net/1.3"');
    const lint = spawnSync('xmllint', ['--version']);
    if (lint.error) {
      if (CI) throw new Error('xmllint is missing (Debian package libxml2-utils; .ci/run installs it)');
      return ctx.skip('xmllint is not installed (apt-get install libxml2-utils)');
    }
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'graph.gexf')], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/validates/);
    expect(r.status).toBe(0);
  });
});

const edgeRef = (e: Data) => ({ id: e.id, source: e.source, target: e.target, type: e.type, lever: e.lever ?? null });

describe('Python readers', () => {
  const python = () => {
    if (existsSync(PYTHON)) {
      const probe = spawnSync(PYTHON, ['-c', 'import networkx, igraph'], { encoding: 'utf8' });
      if (probe.status === 0) return null;
      return `networkx or python-igraph is missing from .venv-test: ${probe.stderr.trim().split('\n').at(-1)}`;
    }
    return '.venv-test is missing (python3 -m venv .venv-test && .venv-test/bin/pip install networkx python-igraph)';
  };

  it('networkx and python-igraph load the GraphML, networkx the GEXF, with the counts and a quote', (ctx) => {
    const missing = python();
    if (missing) {
      if (CI) throw new Error(missing);
      return ctx.skip(missing);
    }
    const e = citedEdge();
    const out = JSON.parse(
      execFileSync(PYTHON, [LOADER, join(dir, 'graph.graphml'), join(dir, 'graph.gexf'), JSON.stringify(edgeRef(e))], {
        encoding: 'utf8',
      }),
    ) as Record<string, { nodes: number; edges: number; citations: string | null; evidence_json: string | null }>;
    const want = { nodes: files.cy.elements.nodes.length, edges: files.cy.elements.edges.length };
    for (const [reader, got] of Object.entries(out)) {
      expect({ reader, nodes: got.nodes, edges: got.edges }).toEqual({ reader, ...want });
      expect(got.citations).toBe(e.evidence.map(citationText).join('; '));
      expect(got.citations).toContain(e.evidence[0]!.quote);
      expect(JSON.parse(got.evidence_json!)).toEqual(e.evidence);
    }
  });
});
