/** Exports: CSV of initiatives, GraphML, GEXF and Cytoscape JSON, through GraphQL and the HTTP routes. */
import { parse as parseCsv } from 'csv-parse/sync';
import express from 'express';
import { MultiDirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';
import graphmlModule from 'graphology-graphml';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../api/features/network/export.js';
import { CSV_COLUMNS } from '../../api/features/alignment/csv.js';
import { exportRouter } from '../../api/features/network/http.js';
import { gql, gqlOk, testDatabase } from '../support/helpers.js';
import { SEED } from '../support/seed.js';

const cjs = <T>(m: T): T => (m as { default?: T }).default ?? m;
const gexf = cjs(gexfModule);
const graphml = cjs(graphmlModule);
const db = testDatabase();
const FOCUS = SEED.liveWellGateshead.id;
let base = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  const app = express();
  app.use('/export', exportRouter(db));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close();
  await db.close();
});

const file = async (format: string, filter: Record<string, unknown>) =>
  (
    await gqlOk(
      `query($f: GraphFilter) { exportGraph(format: ${format}, filter: $f) { filename mimeType count content } }`,
      { f: filter },
    )
  ).exportGraph;

describe('CSV of initiatives', () => {
  it('has one row per initiative with the columns documented, matching the alignment report', async () => {
    const { exportInitiativesCsv: f } = await gqlOk(
      `{ exportInitiativesCsv(asOf: "2016") { filename mimeType count content } }`,
    );
    expect({ filename: f.filename, mimeType: f.mimeType }).toEqual({
      filename: 'levermap-initiatives-2016.csv',
      mimeType: 'text/csv; charset=utf-8',
    });
    const rows = parseCsv(f.content, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(CSV_COLUMNS.map(([c]) => c));
    const report = (
      await gqlOk(
        `{ alignmentReport(asOf: "2016", first: 5000) { total items { initiative { id } alignment { status downward sideward upward opposing flags { flag } } } } }`,
      )
    ).alignmentReport;
    expect(rows.length).toBe(report.total);
    expect(f.count).toBe(report.total);
    for (const it of report.items) {
      const row = rows.find((r) => r.id === it.initiative.id)!;
      expect({
        status: row.alignment_status,
        d: row.downward,
        s: row.sideward,
        u: row.upward,
        o: row.opposing,
        flags: row.flags,
        asOf: row.as_of,
      }).toEqual({
        status: it.alignment.status,
        d: String(it.alignment.downward),
        s: String(it.alignment.sideward),
        u: String(it.alignment.upward),
        o: String(it.alignment.opposing),
        flags: it.alignment.flags.map((x: { flag: string }) => x.flag).join('; '),
        asOf: '2016',
      });
    }
  });

  it('serves the same file over HTTP, and refuses a bad date with the field named', async () => {
    const res = await fetch(`${base}/export/initiatives.csv?asOf=2016`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="levermap-initiatives-2016.csv"');
    const { exportInitiativesCsv: f } = await gqlOk(`{ exportInitiativesCsv(asOf: "2016") { content } }`);
    expect(await res.text()).toBe(f.content);
    const bad = await fetch(`${base}/export/initiatives.csv?asOf=yesterday`);
    expect({ status: bad.status, body: await bad.json() }).toEqual({
      status: 400,
      body: {
        error: { code: 'BAD_USER_INPUT', message: 'asOf: must be a date YYYY, YYYY-MM or YYYY-MM-DD', field: 'asOf' },
      },
    });
  });
});

describe('graph exports', () => {
  it('writes a neighbourhood as Cytoscape JSON with the same nodes and edges as the neighbourhood query', async () => {
    const f = await file('CYTOSCAPE_JSON', { focus: FOCUS, depth: 1 });
    const doc = JSON.parse(f.content);
    const hood = (await gqlOk(`{ neighbourhood(id: "${FOCUS}", depth: 1, limit: 5000) { nodes { id } edges { id } } }`))
      .neighbourhood;
    expect(doc.elements.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual(
      hood.nodes.map((n: { id: string }) => n.id).sort(),
    );
    expect(doc.elements.edges.map((e: { data: { id: string } }) => e.data.id).sort()).toEqual(
      hood.edges.map((e: { id: string }) => e.id).sort(),
    );
    const focus = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === FOCUS).data;
    expect(focus).toMatchObject({ id: FOCUS, label: 'Live Well Gateshead', type: 'Initiative' });
    for (const n of doc.elements.nodes)
      for (const k of Object.keys(n.data)) expect(['id', ...NODE_ATTRIBUTES, 'evidence']).toContain(k);
    for (const e of doc.elements.edges)
      for (const k of Object.keys(e.data))
        expect(['id', 'source', 'target', ...EDGE_ATTRIBUTES, 'evidence']).toContain(k);
    expect(f).toMatchObject({
      filename: `levermap-${FOCUS}-depth-1.cyjs`,
      mimeType: 'application/json',
      count: doc.elements.nodes.length,
    });
  });

  it('writes GraphML and GEXF that graphology reads back with the same graph and attributes', async () => {
    const cy = JSON.parse((await file('CYTOSCAPE_JSON', { focus: FOCUS, depth: 1 })).content);
    const want = {
      nodes: cy.elements.nodes.map((n: { data: Record<string, unknown> }) => n.data.id).sort(),
      edges: cy.elements.edges
        .map(
          (e: { data: Record<string, unknown> }) =>
            `${e.data.source}>${e.data.target}:${e.data.type}:${e.data.lever ?? ''}`,
        )
        .sort(),
    };
    const gm = graphml.parse(MultiDirectedGraph, (await file('GRAPHML', { focus: FOCUS, depth: 1 })).content);
    const gx = gexf.parse(MultiDirectedGraph, (await file('GEXF', { focus: FOCUS, depth: 1 })).content);
    for (const g of [gm, gx]) {
      expect({
        nodes: g.nodes().sort(),
        edges: g.mapEdges((_e, a, s, t) => `${s}>${t}:${a.type}:${a.lever ?? ''}`).sort(),
      }).toEqual(want);
      expect(g.getNodeAttributes(FOCUS)).toMatchObject({ label: 'Live Well Gateshead', type: 'Initiative' });
    }
  });

  it('filters the subgraph by lever and source, and serves it over HTTP', async () => {
    const doc = JSON.parse(
      (await file('CYTOSCAPE_JSON', { linkTypes: ['LEVER'], levers: ['UPWARD'], source: '000' })).content,
    );
    expect(doc.elements.edges.length).toBeGreaterThan(0);
    for (const e of doc.elements.edges) expect(e.data).toMatchObject({ type: 'LEVER', lever: 'UPWARD' });
    for (const e of doc.elements.edges) expect(e.data.sources.split('; ')).toContain('000');
    const res = await fetch(`${base}/export/graph.gexf?focus=${FOCUS}&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(await res.text()).toBe((await file('GEXF', { focus: FOCUS, depth: 1 })).content);
    const missing = await fetch(`${base}/export/graph.graphml?focus=no-such-node`);
    expect(missing.status).toBe(404);
  });

  it('names the field when a filter is wrong', async () => {
    const r = await gql(`{ exportGraph(format: GEXF, filter: { asOf: "soon" }) { count } }`);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.asOf' } });
  });
});
