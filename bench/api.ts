/**
 * `npm run bench`: p50/p95 of search, initiative(id) and neighbourhood(depth 2) through HTTP GraphQL, and of
 * the same Cypher straight through the database door, in the same run; prints API/raw ratios (goal: at most 1.2).
 * Runs against its own Neo4j and data folder (.data/bench-neo4j, or BENCH_DATA_DIR; port BENCH_BOLT_PORT), never the user's.
 */
// First: graphql and express read NODE_ENV as they load; the API is measured as `npm start` serves it.
import '../api/node-env.js';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { DEFAULT_CLAIMS } from '../api/features/shared/args.js';
import { rankedSearch } from '../api/features/search/entities.js';
import { rawInitiative } from './support/floor.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = 30;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

async function main() {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
    PORT: '0',
    NEO4J_URI: undefined,
    LEVERMAP_DATA_DIR: resolve(process.env.BENCH_DATA_DIR ?? '.data/bench-neo4j'),
    LEVERMAP_BOLT_PORT: process.env.BENCH_BOLT_PORT ?? '7741',
  });
  const app = await run(config, (s) => process.stderr.write(`${s}\n`));
  const { db } = app;
  try {
    const [rich] = await db.read(fileURLToPath(new URL('./cypher/richest-initiative.cypher', import.meta.url)));
    const id = rich!.id as string;
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${app.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const cases = [
      {
        name: 'search("health")',
        api: () => post('query($t: String!) { search(text: $t, first: 20) { id name type score } }', { t: 'health' }),
        raw: () => rankedSearch(db, 'health', 20, null),
      },
      {
        name: 'initiative(id)',
        api: () =>
          post(
            `query($id: ID!) { initiative(id: $id) { id name status backers { lever stance class confidence backer { id name type } evidence { sourceId line quote } }
          alignment { downward sideward upward status gaps } } }`,
            { id },
          ),
        raw: () => rawInitiative(db, id),
      },
      {
        name: 'neighbourhood(depth 2)',
        api: () =>
          post(
            'query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id label type depth degree } edges { id source target type lever stance confidence } } }',
            { id },
          ),
        raw: () => db.read('queries/neighbourhood', { id, depth: 2, levers: null, limit: 300, claims: DEFAULT_CLAIMS }),
      },
    ];
    console.log(`Levermap API benchmark: ${ROUNDS} rounds after ${WARMUP} warm-up, seed graph, initiative ${id}`);
    console.log('query                     raw p50   raw p95   api p50   api p95   p50 ratio  p95 ratio');
    for (const c of cases) {
      // Interleave so that both see the same machine state.
      const raw = await time(c.raw);
      const api = await time(c.api);
      const raw2 = await time(c.raw);
      const rawAll = [...raw, ...raw2];
      const f = (n: number) => n.toFixed(2).padStart(8);
      console.log(
        `${c.name.padEnd(24)} ${f(pct(rawAll, 50))}  ${f(pct(rawAll, 95))}  ${f(pct(api, 50))}  ${f(pct(api, 95))}  ${(pct(api, 50) / pct(rawAll, 50)).toFixed(2).padStart(9)}  ${(pct(api, 95) / pct(rawAll, 95)).toFixed(2).padStart(9)}`,
      );
    }
    console.log('(times in ms; ratio = API over HTTP / same Cypher without HTTP)');
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
