/**
 * Console queries cannot hold the API: results are capped in bytes as well as rows, the timeout holds whatever
 * one expression does, at most two run at once (then TOO_MANY_REQUESTS), and a query whose client has gone away
 * is stopped in Neo4j. /healthz is timed while they run.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { gql, testDatabase } from '../../support/helpers.js';

const db = testDatabase();
afterAll(() => db.close());
const CONSOLE = `query($q: String!, $t: Int, $m: Int) { cypherConsole(query: $q, timeoutMs: $t, maxRows: $m) { rows truncated } }`;
const REDUCE = "RETURN size(reduce(s = '', x IN range(1, 150000) | s + 'ab')) AS n";

/** Polls /healthz every 20 ms while `work` runs; the worst latency. */
async function healthzDuring<T>(work: Promise<T>): Promise<{ result: T; worstMs: number }> {
  let done = false;
  let worstMs = 0;
  // The first request of a process loads the HTTP client: not the server's latency.
  await fetch(`${inject('apiUrl')}/healthz`).then((r) => r.text());
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      await fetch(`${inject('apiUrl')}/healthz`).then((r) => r.text());
      worstMs = Math.max(worstMs, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const result = await work.finally(() => {
    done = true;
  });
  await poll;
  return { result, worstMs };
}

/** Waits until no console transaction is left in Neo4j (slots are held until then). */
async function consoleIdle(ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const rows = await db.runText(
      'READ',
      'test',
      "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query STARTS WITH 'console/' RETURN count(*) AS n",
    );
    if (rows[0]!.n === 0 || Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // The API frees a stopped query's slot once Neo4j has let it go: wait until a query gets one.
  while (Date.now() < until) {
    const r = await gql(CONSOLE, { q: 'RETURN 1 AS one' }, { as: 'ANONYMOUS' });
    if (r.errors?.[0]?.extensions?.code !== 'TOO_MANY_REQUESTS') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return (
    await db.runText(
      'READ',
      'test',
      "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query STARTS WITH 'console/' RETURN count(*) AS n",
    )
  )[0]!.n as number;
}

describe('console bombs', () => {
  it('refuses a 3,000,000-item list by its size, keeping /healthz quick', async () => {
    const { result: r, worstMs } = await healthzDuring(
      gql(CONSOLE, { q: 'RETURN range(1, 3000000) AS r', t: 20_000 }, { as: 'ANONYMOUS' }),
    );
    console.log(`range(1,3000000): ${JSON.stringify(r).length} bytes back; /healthz worst ${worstMs.toFixed(0)} ms`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESULT_TOO_LARGE' });
    expect(JSON.stringify(r).length).toBeLessThan(10_000);
    expect(worstMs).toBeLessThan(200);
  });

  it('refuses a range() too big to make, from literals or parameters', async () => {
    for (const [q, p] of [
      ['RETURN size(range(1, 5000000)) AS n', null],
      ['RETURN range($a, $b) AS r', { a: 0, b: 2_000_000 }],
    ] as const) {
      const r = await gql(
        `query($q: String!, $p: JSON) { cypherConsole(query: $q, params: $p) { rows } }`,
        { q, p },
        { as: 'ANONYMOUS' },
      );
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESULT_TOO_LARGE' });
    }
  });

  it('caps many rows by bytes and says truncated', async () => {
    const r = await gql(
      CONSOLE,
      {
        q: "UNWIND range(1, 5000) AS i RETURN i, reduce(s = '', x IN range(1, 100) | s + 'abcdefghij') AS pad",
        m: 5000,
      },
      { as: 'ANONYMOUS' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.cypherConsole.truncated).toBe(true);
    expect(JSON.stringify(r.data!.cypherConsole.rows).length).toBeLessThanOrEqual(4_100_000);
    expect(r.data!.cypherConsole.rows.length).toBeLessThan(5000);
  });

  it('stops a reduce over 150,000 items at the timeout, whatever Neo4j checks between rows', async () => {
    await consoleIdle();
    const t0 = Date.now();
    const { result: r, worstMs } = await healthzDuring(gql(CONSOLE, { q: REDUCE, t: 1000 }, { as: 'ANONYMOUS' }));
    const ms = Date.now() - t0;
    console.log(
      `reduce over 150,000 items with timeoutMs 1000: answered after ${ms} ms (${r.errors?.[0]?.extensions?.code ?? 'rows'}); /healthz worst ${worstMs.toFixed(0)} ms`,
    );
    if (!r.errors)
      throw new Error(`the reduce finished within its time (${ms} ms); the bomb is too small for this machine`);
    expect(r.errors[0]).toMatchObject({
      message: 'the query took too long and was stopped',
      extensions: { code: 'TIMEOUT' },
    });
    expect(ms).toBeLessThan(1000 + 1500 + 1000);
    expect(worstMs).toBeLessThan(200);
  });

  it('runs at most two console queries at once, then says TOO_MANY_REQUESTS with HTTP 429', async () => {
    await consoleIdle();
    // Three at once: whatever the timing, at most two hold a slot and the rest are refused at the door.
    const ask = async () => {
      const res = await fetch(`${inject('apiUrl')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CONSOLE, variables: { q: REDUCE, t: 10_000 } }),
      });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
    };
    const all = await Promise.all([ask(), ask(), ask()]);
    const refused = all.filter((r) => r.body.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS');
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(all.length - refused.length).toBeLessThanOrEqual(2);
    for (const r of refused)
      expect({ status: r.status, retryAfter: r.retryAfter }).toEqual({ status: 429, retryAfter: '1' });
    expect(await consoleIdle()).toBe(0);
    expect((await gql(CONSOLE, { q: 'RETURN 1 AS one' }, { as: 'ANONYMOUS' })).data?.cypherConsole.rows).toEqual([
      { one: 1 },
    ]);
  });

  it('stops the query in Neo4j when the client goes away', async () => {
    await consoleIdle();
    const controller = new AbortController();
    const q = 'MATCH (a:Entity), (b:Entity), (c:Entity) WHERE a.name + b.name + c.name = "x" RETURN count(*) AS n';
    const req = fetch(`${inject('apiUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: controller.signal,
      body: JSON.stringify({ query: CONSOLE, variables: { q, t: 30_000 } }),
    }).catch(() => 'aborted');
    const running = async () =>
      (
        await db.runText(
          'READ',
          'test',
          "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query STARTS WITH 'console/' RETURN count(*) AS n",
        )
      )[0]!.n as number;
    const seenUntil = Date.now() + 10_000;
    while ((await running()) === 0 && Date.now() < seenUntil) await new Promise((r) => setTimeout(r, 100));
    expect(await running()).toBeGreaterThan(0);
    const t0 = Date.now();
    controller.abort();
    expect(await req).toBe('aborted');
    expect(await consoleIdle(10_000)).toBe(0);
    console.log(`console query stopped in Neo4j ${Date.now() - t0} ms after its client went away`);
  });
});
