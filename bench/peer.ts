/**
 * `npm run bench:peer`: Levermap against @neo4j/graphql (the peer) on the same database, and against the raw-Bolt
 * floor (the same Cypher through the database door, no HTTP). Four questions: search top 20, the initiative view
 * with backers and evidence, neighbourhood depth 2, the first 50 initiatives with lever counts. Each is asked both
 * ways and the answers are checked equal (bench/peer/questions.ts) before and after timing; a difference stops the
 * run. Rounds are interleaved (Levermap, peer, raw, in turn) so all three see the same machine.
 *
 * Seed size by default (.data/bench-peer); with --scale, the seed plus a generated England (bench/scale/england.ts)
 * in .data/bench-peer-scale, written once and kept between runs (--regenerate on an empty folder writes it again).
 * BENCH_DATA_DIR names the folder, BENCH_BOLT_PORT the port (7745). Options: --rounds N (200), --budget S (120): a
 * question stops after S seconds of rounds (at least 10), since the peer takes seconds on some.
 */
// First: graphql and express read NODE_ENV as they load; the API is measured as `npm start` serves it.
import '../api/node-env.js';
import { patiently } from './support/patiently.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { run } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { entityQuery } from '../api/db/lucene.js';
import { rankedSearch, searchLimit } from '../api/features/search/entities.js';
import { DEFAULT_CLAIMS } from '../api/features/shared/args.js';
import {
  assertSameAnswer,
  LEVERMAP,
  normalInitiative,
  normalList,
  normalNeighbourhood,
  normalSearch,
  peerQuestions,
  peerShape,
} from './peer/questions.js';
import { buildEngland } from './scale/build.js';
import { rawInitiative, rawInitiativesPage } from './support/floor.js';
import { NATIONAL_DEFAULTS } from './scale/england.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    budget: { type: 'string' },
  },
});
const ROUNDS = Number(args.rounds ?? 200);
/** A question whose slowest side takes seconds stops after this long (at least MIN_ROUNDS rounds). */
const BUDGET_MS = Number(args.budget ?? 120) * 1000;
const MIN_ROUNDS = 10;
const WARMUP = 20;
const TEXT = 'health';
const log = (s: string) => process.stderr.write(`${s}\n`);
const bench = (name: string) => fileURLToPath(new URL(`./cypher/${name}.cypher`, import.meta.url));
const TYPE_DEFS = readFileSync(fileURLToPath(new URL('./peer/typedefs.graphql', import.meta.url)), 'utf8');

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

type Json = Record<string, unknown>;
async function post(url: string, query: string, variables: Json = {}): Promise<Json> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Json; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${res.status} ${JSON.stringify(body.errors).slice(0, 600)}`);
  return body.data;
}

interface Question {
  name: string;
  levermap: () => Promise<unknown>;
  peer: () => Promise<unknown>;
  raw: () => Promise<unknown>;
}

async function main() {
  const dataDir = resolve(process.env.BENCH_DATA_DIR ?? (args.scale ? '.data/bench-peer-scale' : '.data/bench-peer'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    NEO4J_URI: undefined,
    LEVERMAP_DATA_DIR: dataDir,
    LEVERMAP_BOLT_PORT: process.env.BENCH_BOLT_PORT ?? '7745',
    LEVERMAP_NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '2g',
    LEVERMAP_TX_TIMEOUT_SECONDS: '600',
    LEVERMAP_QUERY_TIMEOUT_MS: '600000',
    // The bench asks far more than a client's budget of expensive fields allows.
    LEVERMAP_RATE_LIMIT_POINTS: '0',
  });
  if (args.scale) await buildEngland(config, NATIONAL_DEFAULTS, log, args.regenerate);
  const app = await run(config, log);
  const { db } = app;
  const driver = neo4j.driver(app.neo4j!.uri, neo4j.auth.basic(app.neo4j!.user, app.neo4j!.password));
  const peerServer = new ApolloServer({ schema: await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema() });
  const { url: peerUrl } = await startStandaloneServer(peerServer, { listen: { port: 0, host: '127.0.0.1' } });
  try {
    const levermapUrl = `${app.server.url}/graphql`;
    const peerText = peerQuestions(peerShape(TYPE_DEFS));
    const [focus] = await patiently(() =>
      db.read(
        bench(args.scale ? 'scale-hub-initiative' : 'richest-initiative'),
        args.scale ? { hub: 'org-scale-national-1' } : {},
      ),
    );
    const id = String(focus!.initiative ?? focus!.id);
    const asOf = new Date().toISOString().slice(0, 10);
    const claims = DEFAULT_CLAIMS;
    const questions: Question[] = [
      {
        name: `search "${TEXT}" (top 20)`,
        levermap: async () => normalSearch.levermap(await post(levermapUrl, LEVERMAP.search, { text: TEXT })),
        peer: async () =>
          normalSearch.peer(
            await post(peerUrl, peerText.search, { query: entityQuery(TEXT), limit: searchLimit(20) }),
            TEXT,
          ),
        raw: () => rankedSearch(db, TEXT, 20, null),
      },
      {
        name: 'initiative view (backers, evidence)',
        levermap: async () => normalInitiative.levermap(await post(levermapUrl, LEVERMAP.initiative, { id })),
        peer: async () => normalInitiative.peer(await post(peerUrl, peerText.initiative, { id })),
        raw: () => rawInitiative(db, id),
      },
      {
        name: 'neighbourhood depth 2',
        levermap: async () => normalNeighbourhood.levermap(await post(levermapUrl, LEVERMAP.neighbourhood, { id })),
        peer: async () => normalNeighbourhood.peer(await post(peerUrl, peerText.neighbourhood, { id, claims })),
        raw: () => db.read('queries/neighbourhood', { id, depth: 2, levers: null, limit: 300, claims }),
      },
      {
        name: 'first 50 initiatives, lever counts',
        levermap: async () => normalList.levermap(await post(levermapUrl, LEVERMAP.list)),
        peer: async () => normalList.peer(await post(peerUrl, peerText.list, { claims }), asOf),
        raw: () => rawInitiativesPage(db, 50),
      },
    ];

    const [size] = await db.read('queries/stats');
    console.log(
      `Levermap against @neo4j/graphql and raw Bolt: ${args.scale ? 'seed plus generated England' : 'seed graph'}, ${size!.relationships} relationships; initiative ${id}; up to ${ROUNDS} interleaved rounds (or ${BUDGET_MS / 1000} s) after up to ${WARMUP} warm-up, production mode, HTTP GraphQL`,
    );
    console.log(
      '| question | rounds | Levermap p50 / p95 (ms) | peer p50 / p95 (ms) | Levermap/peer p50 (goal ≤ 0.5) | raw p50 / p95 (ms) | API/raw p50 (goal ≤ 1.2) |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const q of questions) {
      const check = async () => assertSameAnswer(q.name, await q.levermap(), await q.peer());
      await check();
      const warm = performance.now();
      for (let i = 0; i < WARMUP && (i < 2 || performance.now() - warm < BUDGET_MS / 4); i++)
        for (const f of [q.levermap, q.peer, q.raw]) await f();
      const t = { levermap: [] as number[], peer: [] as number[], raw: [] as number[] };
      const order = ['levermap', 'peer', 'raw'] as const;
      const begun = performance.now();
      for (let i = 0; i < ROUNDS && (i < MIN_ROUNDS || performance.now() - begun < BUDGET_MS); i++)
        for (let j = 0; j < 3; j++) {
          const k = order[(i + j) % 3]!;
          const t0 = performance.now();
          await q[k]();
          t[k].push(performance.now() - t0);
        }
      await check();
      const f = (xs: number[]) => `${pct(xs, 50).toFixed(1)} / ${pct(xs, 95).toFixed(1)}`;
      const vsPeer = pct(t.levermap, 50) / pct(t.peer, 50);
      const vsRaw = pct(t.levermap, 50) / pct(t.raw, 50);
      console.log(
        `| ${q.name} | ${t.levermap.length} | ${f(t.levermap)} | ${f(t.peer)} | ${vsPeer.toFixed(2)} ${vsPeer <= 0.5 ? 'met' : 'not met'} | ${f(t.raw)} | ${vsRaw.toFixed(2)} ${vsRaw <= 1.2 ? 'met' : 'not met'} |`,
      );
    }
    console.log('(answers checked equal, same ids and counts, before and after the rounds of each question)');
  } finally {
    await peerServer.stop();
    await driver.close();
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
