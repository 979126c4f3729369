/**
 * Outages, on an app of its own with a Neo4j that this test starts (second port, own data folder; never the
 * shared test instance): Neo4j stalled (SIGSTOP) and killed (SIGKILL). /readyz always answers and turns 503,
 * every query and mutation gets HTTP 503, DATABASE_UNAVAILABLE and Retry-After, and the API recovers by itself
 * (after a kill, because the app starts its Neo4j again). The seconds from SIGSTOP or SIGKILL to the first 503 on
 * /readyz and on a GraphQL query, and to recovery, are printed, and the goals asserted: 503 within 6 s, and every
 * /readyz answer within 2 s whatever Neo4j is doing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Running } from '../../../api/bootstrap.js';
import { loadConfig } from '../../../api/config.js';
import { createUser, startSession } from '../../../api/features/auth/users.js';

let dir: string;
let app: Running;
let token: string;
const logs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levermap-outage-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LEVERMAP_DATA_DIR: join(dir, 'neo4j'),
    LEVERMAP_BOLT_PORT: process.env.LEVERMAP_TEST_SECOND_BOLT_PORT ?? '7753',
    LEVERMAP_SEED: 'never',
    LEVERMAP_NEO4J_HEAP: '1g',
  });
  app = await run(config, (s) => logs.push(s));
  await createUser(app.db, 'outage-admin', 'outage-admin-password', 'ADMIN');
  token = await startSession(app.db, 'outage-admin');
}, 240_000);

afterAll(async () => {
  process.stderr.write(`[outage app] ${logs.join('\n[outage app] ')}\n`);
  const pid = app?.neo4j?.pid;
  if (pid) process.kill(pid, 'SIGCONT');
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);
/** The goals: a 503 within this long of Neo4j stalling or dying, and every /readyz answer within READYZ_MS. */
const TO_503_MS = 6000;
const READYZ_MS = 2000;

async function readyz(): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const res = await fetch(`${app.server.url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  await res.body?.cancel();
  return { status: res.status, ms: performance.now() - t };
}

async function post(query: string, auth = false) {
  const res = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

const READ = '{ stats { organisations } }';
const MUTATION =
  'mutation { createOrganisation(input: {name: "Outage test", type: VCSE, evidence: [{sourceId: "003", line: 214, quote: "Employer"}]}) { id } }';

/**
 * Polls `probe` (every 100 ms after each answer) until it answers `status`; returns the milliseconds from `since`
 * and the slowest answer seen.
 */
async function until(
  probe: () => Promise<{ status: number }>,
  status: number,
  since: number,
  guardMs: number,
): Promise<{ ms: number; worst: number }> {
  let worst = 0;
  for (;;) {
    const t = performance.now();
    const r = await probe();
    worst = Math.max(worst, performance.now() - t);
    if (r.status === status) return { ms: performance.now() - since, worst };
    if (performance.now() - since > guardMs) throw new Error(`no ${status} within ${guardMs} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Error codes the GraphQL probe met on its way (printed: what a client saw during the outage and recovery). */
const seen = new Set<string>();

/**
 * A GraphQL read as a probe: its HTTP status, except that an answer of 200 counts only when it has data (an HTTP 200
 * with an error is not recovery).
 */
async function queryProbe(): Promise<{ status: number }> {
  const r = await post(READ);
  const code = r.body.errors?.[0]?.extensions?.code;
  if (code) seen.add(`${r.status} ${code}`);
  return { status: r.status === 200 && !r.body.data?.stats ? -1 : r.status };
}

/** /readyz and a GraphQL read, polled side by side from `since` until both say `status`. */
async function both(status: number, since: number, guardMs: number) {
  const [ready, query] = await Promise.all([
    until(readyz, status, since, guardMs),
    until(queryProbe, status, since, guardMs),
  ]);
  return { ready, query };
}

function expectUnavailable(r: Awaited<ReturnType<typeof post>>) {
  expect(r.status).toBe(503);
  expect(Number(r.retryAfter)).toBeGreaterThan(0);
  expect(r.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
}

describe('a database outage', () => {
  it('stalled (SIGSTOP): 503 on /readyz and GraphQL within 6 s, /readyz always within 2 s, then it recovers', async () => {
    await until(readyz, 200, performance.now(), 60_000);
    expect((await post(READ)).status).toBe(200);
    const pid = app.neo4j!.pid!;
    process.kill(pid, 'SIGSTOP');
    const stalled = performance.now();
    let down: Awaited<ReturnType<typeof both>>;
    try {
      down = await both(503, stalled, 30_000);
      // A query and a mutation sent while it is stalled.
      expectUnavailable(await post(READ));
      expectUnavailable(await post(MUTATION, true));
      expect((await readyz()).status).toBe(503);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const resumed = performance.now();
    const up = await both(200, resumed, 60_000);
    expect((await post(READ)).body.data.stats.organisations).toBeGreaterThanOrEqual(0);
    console.log(
      `Neo4j stalled (SIGSTOP): first 503 after ${seconds(down.ready.ms)} s on /readyz and ${seconds(down.query.ms)} s on a GraphQL query ` +
        `(slowest /readyz answer ${seconds(Math.max(down.ready.worst, up.ready.worst))} s); after SIGCONT (${seconds(resumed - stalled)} s in), ` +
        `ready again in ${seconds(up.ready.ms)} s and queries answered in ${seconds(up.query.ms)} s; answers met: ${[...seen].join(', ')}`,
    );
    seen.clear();
    expect(down.ready.ms).toBeLessThan(TO_503_MS);
    expect(down.query.ms).toBeLessThan(TO_503_MS);
    expect(Math.max(down.ready.worst, up.ready.worst)).toBeLessThan(READYZ_MS);
  }, 120_000);

  it('killed (SIGKILL): 503 with Retry-After within 6 s, the app starts its Neo4j again, and the API recovers', async () => {
    await until(readyz, 200, performance.now(), 60_000);
    const pid = app.neo4j!.pid!;
    const restartsBefore = app.neo4j!.restarts;
    process.kill(pid, 'SIGKILL');
    const killed = performance.now();
    const down = await both(503, killed, 30_000);
    expectUnavailable(await post(READ));
    expectUnavailable(await post(MUTATION, true));
    const up = await both(200, killed, 240_000);
    const r = await post(READ);
    expect({ status: r.status, errors: r.body.errors }).toEqual({ status: 200, errors: undefined });
    expect(r.body.data.stats.organisations).toBeGreaterThanOrEqual(0);
    // The driver may reconnect a moment before the launcher's ready line is read.
    for (let i = 0; i < 100 && app.neo4j!.restarts === restartsBefore; i++)
      await new Promise((ok) => setTimeout(ok, 100));
    expect(app.neo4j!.restarts).toBe(restartsBefore + 1);
    expect(app.neo4j!.pid).not.toBe(pid);
    expect(logs.some((l) => /Neo4j exited \(SIGKILL\); starting it again in 1 s/.test(l))).toBe(true);
    console.log(
      `Neo4j killed (SIGKILL): first 503 after ${seconds(down.ready.ms)} s on /readyz and ${seconds(down.query.ms)} s on a GraphQL query ` +
        `(slowest /readyz answer ${seconds(Math.max(down.ready.worst, up.ready.worst))} s); restarted by the app, ready again ` +
        `${seconds(up.ready.ms)} s after the kill and queries answered ${seconds(up.query.ms)} s after it; answers met: ${[...seen].join(', ')}`,
    );
    expect(down.ready.ms).toBeLessThan(TO_503_MS);
    expect(down.query.ms).toBeLessThan(TO_503_MS);
    expect(Math.max(down.ready.worst, up.ready.worst)).toBeLessThan(READYZ_MS);
  }, 300_000);
});
