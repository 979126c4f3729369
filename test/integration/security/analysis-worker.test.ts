/**
 * Whole-graph analysis runs off the event loop: on a generated 20,000-node graph, communities (and a
 * betweenness centrality that runs out of time) leave /healthz answering quickly. Only signed-in people may
 * run it, its size is checked before any work, and a timeout terminates it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../api/config.js';
import { startServer, type AppServer } from '../../../api/server.js';
import { gql, testDatabase, uniqueId } from '../../support/helpers.js';

const N = 20_000;
const prefix = `${uniqueId('big')}-`;
const db = testDatabase();
const file = (name: string) =>
  readFileSync(new URL(`./${name}.cypher`, import.meta.url), 'utf8')
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);

beforeAll(async () => {
  for (const s of file('big-graph')) await db.runText('WRITE', 'test/big-graph', s, { n: N, prefix }, 120_000);
  const [row] = await db.runText(
    'READ',
    'test',
    'MATCH (n:SecurityBigGraph) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n',
    { prefix },
  );
  expect(row!.n).toBe(N);
}, 240_000);
afterAll(async () => {
  for (const s of file('big-graph-cleanup'))
    await db.runText('WRITE', 'test/big-graph-cleanup', s, { prefix }, 120_000);
  await db.close();
});

/** Polls /healthz every 20 ms while `work` runs: the worst latency and how many answers. */
async function healthzDuring<T>(url: string, work: Promise<T>) {
  let done = false;
  const times: number[] = [];
  // The first request of a process loads the HTTP client: not the server's latency.
  await fetch(`${url}/healthz`).then((r) => r.text());
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      const r = await fetch(`${url}/healthz`);
      await r.text();
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = performance.now();
  const result = await work.finally(() => {
    done = true;
  });
  const elapsed = performance.now() - t0;
  await poll;
  return { result, worstMs: Math.max(...times), polls: times.length, elapsed };
}

const COMMUNITIES = '{ communities(first: 5, members: 2) { nodes edges modularity communities { size } } }';

describe('whole-graph analysis on 20,000 nodes', () => {
  it('communities runs in a worker while /healthz stays under 200 ms', async () => {
    const url = inject('apiUrl');
    // The same polling with nothing else asked: on a loaded machine even an idle /healthz has slow moments, which
    // are not the analysis's doing (a blocked event loop would be seconds).
    const idle = await healthzDuring(url, new Promise((r) => setTimeout(r, 3000)));
    const { result: r, worstMs, polls, elapsed } = await healthzDuring(url, gql(COMMUNITIES, {}, { as: 'VIEWER' }));
    console.log(
      `communities on ${r.data?.communities?.nodes} nodes / ${r.data?.communities?.edges} links: ${elapsed.toFixed(0)} ms; /healthz worst ${worstMs.toFixed(1)} ms over ${polls} polls (idle worst ${idle.worstMs.toFixed(1)} ms)`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.communities.nodes).toBeGreaterThanOrEqual(N);
    // The links are read too: Louvain has a graph to work on, not 20,000 lone nodes.
    expect(r.data!.communities.edges).toBeGreaterThanOrEqual(2 * N);
    expect(polls).toBeGreaterThan(3);
    expect(worstMs).toBeLessThan(Math.max(200, 3 * idle.worstMs));
  }, 120_000);

  it('two analyses at once plus /healthz; a third is refused with TOO_MANY_REQUESTS', async () => {
    const url = inject('apiUrl');
    const both = Promise.all([
      gql(COMMUNITIES, {}, { as: 'VIEWER' }),
      gql('{ exportGraph(format: CYTOSCAPE_JSON) { filename } }', {}, { as: 'CONTRIBUTOR' }),
      new Promise((r) => setTimeout(r, 200)).then(() => gql(COMMUNITIES, {}, { as: 'ADMIN' })),
    ]);
    const {
      result: [a, b, c],
      worstMs,
    } = await healthzDuring(url, both);
    // Printed, not asserted: two CPU-bound workers on a 2-core machine share it with Neo4j and the event loop;
    // the 200 ms bound is asserted for one analysis above.
    console.log(`two concurrent analyses: /healthz worst ${worstMs.toFixed(1)} ms`);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(c.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses centrality over more than 20,000 nodes before reading the graph', async () => {
    // Both analysis workers busy: a centrality that wanted one would be told TOO_MANY_REQUESTS.
    const busy = Promise.all([gql(COMMUNITIES, {}, { as: 'VIEWER' }), gql(COMMUNITIES, {}, { as: 'ADMIN' })]);
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    const r = await gql('{ centrality(first: 5) { degree } }', {}, { as: 'CONTRIBUTOR' });
    const ms = performance.now() - t0;
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter' } });
    expect(r.errors?.[0]?.message).toMatch(/narrow it to at most 20000 for centrality/);
    console.log(`centrality over the whole graph (${N} generated nodes and the seed) refused in ${ms.toFixed(0)} ms`);
    // The two that held the workers are not what this test is about (a loaded machine may time them out): let them end.
    await busy;
  }, 180_000);

  it('is only for people who have signed in', async () => {
    const r = await gql(COMMUNITIES, {}, { as: 'ANONYMOUS' });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    for (const q of [
      '{ centrality(first: 1) { degree } }',
      '{ exportGraph(format: GRAPHML) { filename } }',
      '{ paths(from: "a", to: "b") { truncated } }',
    ]) {
      expect((await gql(q, {}, { as: 'ANONYMOUS' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await fetch(`${inject('apiUrl')}/export/graph.graphml`)).status).toBe(401);
    // Refused as unauthenticated (401), not as a server failure (500).
    const res = await fetch(`${inject('apiUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COMMUNITIES }),
    });
    expect(res.status).toBe(401);
  });
});

describe('analysis limits', () => {
  let server: AppServer;
  const ask = async (query: string) => {
    const token = inject('tokens').VIEWER;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return res.json();
  };
  afterAll(async () => {
    await server?.close();
    server?.server.close();
  });

  it('refuses a graph over the size cap before any work, and stops one that outlives its time', async () => {
    const n = inject('neo4j');
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      NEO4J_URI: n.uri,
      NEO4J_PASSWORD: n.password,
      LEVERMAP_ANALYSIS_MAX_NODES: '1000',
      LEVERMAP_ANALYSIS_TIMEOUT_MS: '1000',
    });
    server = await startServer({ db, config, ready: async () => true });
    const big = await ask(COMMUNITIES);
    // The counts come from Neo4j's count store, read before any worker starts or any of the graph is read (a
    // refusal after reading says only that rows were cut off).
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPH_TOO_LARGE',
      nodes: expect.any(Number),
      links: expect.any(Number),
    });
    expect(big.errors![0]!.extensions!.nodes).toBeGreaterThan(1000);
    const config2 = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      NEO4J_URI: n.uri,
      NEO4J_PASSWORD: n.password,
      LEVERMAP_ANALYSIS_TIMEOUT_MS: '1000',
    });
    await server.close();
    server.server.close();
    server = await startServer({ db, config: config2, ready: async () => true });
    const t1 = Date.now();
    const slow = await ask(COMMUNITIES);
    console.log(
      `communities on 20,000 nodes with a 1 s analysis timeout: ${slow.errors?.[0]?.extensions?.code} after ${Date.now() - t1} ms`,
    );
    expect(slow.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
  });
});
