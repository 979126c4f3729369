/**
 * `npm run bench:attack`: does whole-graph analysis starve the API? On a generated graph of 127,000 nodes (the
 * size the attack battery used; --nodes N), a signed-in viewer runs communities, centrality, paths and
 * exportGraph(GRAPHML) one after the other while /healthz is polled every 20 ms, and each is printed with its
 * elapsed time, its outcome (a result, or its error code) and /healthz's worst and p99 latency over its polls,
 * beside a baseline (/healthz with nothing else running) and as ratios to it.
 *
 * Its own Neo4j in .data/bench-attack on port 7813 (LEVERMAP_BENCH_BOLT_PORT); the generated graph is kept there for
 * the next run (it takes minutes to write) unless --regenerate, which wipes the folder first. The app runs in a child
 * process in production mode on port 4811 (BENCH_PORT), as `npm start` would with NEO4J_URI, so that the client's
 * work (reading a large export) never runs on the server's event loop. The poller has a thread of its own for the
 * same reason. Settings such as LEVERMAP_ANALYSIS_TIMEOUT_MS pass through to the app.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createUser, startSession } from '../api/features/auth/users.js';
import { freshDatabase } from './support/fresh-database.js';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string' },
    baseline: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
  },
});
const N = Number(args.nodes ?? 127_000);
const BASELINE_MS = Number(args.baseline ?? 10_000);
const PORT = process.env.BENCH_PORT ?? '4811';
const PREFIX = 'org-attack-';
const BATCH = 10_000;
const bench = (name: string) => fileURLToPath(new URL(`./cypher/${name}.cypher`, import.meta.url));
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

/** Polls /healthz every 20 ms after each answer, in its own thread; samples are [absolute start ms, latency ms]. */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const now = () => performance.timeOrigin + performance.now();
const samples = [];
let stop = false;
parentPort.on('message', (m) => { if (m === 'stop') stop = true; });
(async () => {
  while (!stop) {
    const t = now();
    try { const r = await fetch(workerData.url); await r.text(); samples.push([t, now() - t]); }
    catch { samples.push([t, now() - t]); }
    await new Promise((r) => setTimeout(r, 20));
  }
  parentPort.postMessage(samples);
})();
`;
const now = () => performance.timeOrigin + performance.now();

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

async function generate(db: Awaited<ReturnType<typeof freshDatabase>>['db']): Promise<void> {
  const [have] = await db.read(bench('attack-count'), { prefix: PREFIX });
  if (Number(have!.nodes) === N && Number(have!.links) > 0) {
    log(`generated graph already there: ${have!.nodes} nodes, ${have!.links} links`);
    return;
  }
  if (Number(have!.nodes) > 0) throw new Error(`.data/bench-attack holds another graph: run with --regenerate`);
  const t0 = performance.now();
  for (let from = 0; from < N; from += BATCH)
    await db.write(bench('attack-nodes'), { prefix: PREFIX, from, to: Math.min(N, from + BATCH) }, 600_000);
  for (let from = 0; from < N; from += BATCH)
    await db.write(bench('attack-links'), { prefix: PREFIX, n: N, from, to: Math.min(N, from + BATCH) }, 600_000);
  log(`generated ${N} nodes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The app in a child process, on the bench's Neo4j; resolves with its URL once it listens. */
function startApp(uri: string, password: string) {
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, fileURLToPath(new URL('./support/attack-app.ts', import.meta.url))], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT,
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      LEVERMAP_SEED: 'never',
      LEVERMAP_PLACES: 'never',
      // Counting a cold graph of this size at start may take longer than one request's default 10 s.
      LEVERMAP_QUERY_TIMEOUT_MS: process.env.LEVERMAP_QUERY_TIMEOUT_MS ?? '60000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c;
      const m = /^LISTENING (\S+)$/m.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`the app exited (${code}) before it listened`)));
  });
  return { child, url };
}

interface Measured {
  name: string;
  elapsedMs: number;
  outcome: string;
  worst: number;
  p99: number;
  polls: number;
}

async function main() {
  const { db, stop } = await freshDatabase('.data/bench-attack', '7813', { keep: !args.regenerate });
  let app: ReturnType<typeof startApp> | undefined;
  try {
    await generate(db);
    // A viewer of this run's own (the folder may keep an earlier run's).
    const viewer = `bench-viewer-${Date.now()}`;
    await createUser(db, viewer, `${viewer}-password`, 'VIEWER');
    const token = await startSession(db, viewer);
    app = startApp(db.opts.uri, db.opts.password);
    const url = await app.url;
    log(`app at ${url}`);
    const poller = new Worker(POLLER, { eval: true, workerData: { url: `${url}/healthz` } });
    const all = new Promise<[number, number][]>((ok) => poller.once('message', ok));
    const windows: { name: string; from: number; to: number; elapsedMs: number; outcome: string }[] = [];

    // Warm up: the first requests load the app's modules and Neo4j's plans.
    await new Promise((r) => setTimeout(r, 2000));
    const b0 = now();
    await new Promise((r) => setTimeout(r, BASELINE_MS));
    windows.push({
      name: 'baseline (nothing else running)',
      from: b0,
      to: now(),
      elapsedMs: BASELINE_MS,
      outcome: '-',
    });

    const ask = async (name: string, query: string, auth = true) => {
      const t0 = now();
      let outcome: string;
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(900_000),
        });
        const text = await res.text();
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string; reason?: string } }[] };
        const e = body.errors?.[0]?.extensions;
        outcome = e
          ? `HTTP ${res.status} ${e.code}${e.reason ? ` (${e.reason})` : ''}`
          : `HTTP ${res.status} result, ${(text.length / 1e6).toFixed(1)} MB`;
      } catch (e) {
        outcome = `no answer: ${(e as Error).message}`;
      }
      const t1 = now();
      windows.push({ name, from: t0, to: t1, elapsedMs: t1 - t0, outcome });
      log(`${name}: ${outcome} in ${((t1 - t0) / 1000).toFixed(1)} s`);
      // Let the machine settle between analyses, so that each window is its own.
      await new Promise((r) => setTimeout(r, 1000));
    };
    await ask(
      'communities, anonymous',
      '{ communities(first: 5, members: 2) { nodes edges modularity communities { size } } }',
      false,
    );
    await ask('communities', '{ communities(first: 5, members: 2) { nodes edges modularity communities { size } } }');
    await ask(
      'centrality (betweenness)',
      '{ centrality(first: 5, orderBy: BETWEENNESS) { degree betweenness node { id } } }',
    );
    await ask(
      'paths (whole graph, maxLength 4)',
      `{ paths(from: "${PREFIX}0", to: "${PREFIX}${Math.floor(N / 2)}", maxLength: 4) { truncated shortest { length } all { length } } }`,
    );
    await ask('exportGraph(GRAPHML)', '{ exportGraph(format: GRAPHML) { filename count content } }');

    poller.postMessage('stop');
    const samples = await all;
    await poller.terminate();
    const rows: Measured[] = windows.map((w) => {
      // A poll counts for a window when it started within it.
      const lat = samples.filter(([t]) => t >= w.from && t < w.to).map(([, ms]) => ms);
      return { ...w, worst: Math.max(...lat), p99: pct(lat, 99), polls: lat.length };
    });
    const base = rows[0]!;
    const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
    console.log(
      `\n${N} nodes, ${(await db.read(bench('attack-count'), { prefix: PREFIX }))[0]!.links} links; /healthz polled every 20 ms after each answer, from its own thread; app in production mode, defaults (LEVERMAP_ANALYSIS_*) unless set.\n`,
    );
    console.log(
      '| analysis | elapsed | outcome | /healthz worst | /healthz p99 | polls | worst / baseline | p99 / baseline |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows)
      console.log(
        `| ${r.name} | ${ms(r.elapsedMs)} | ${r.outcome} | ${ms(r.worst)} | ${ms(r.p99)} | ${r.polls} | ${(r.worst / base.worst).toFixed(1)} | ${(r.p99 / base.p99).toFixed(1)} |`,
      );
  } finally {
    const child = app?.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
