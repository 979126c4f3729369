/**
 * The general budget for expensive fields: past LEVERMAP_RATE_LIMIT_POINTS in the window, a client gets 429,
 * TOO_MANY_REQUESTS and Retry-After, on GraphQL and on the /export downloads alike; a signed-in account has its
 * own budget; cheap fields are never charged; 0 turns it off.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { AppServer } from '../../../api/server.js';
import { testDatabase } from '../../support/helpers.js';
import { serverMaker } from '../../support/serve.js';

const db = testDatabase();
// Hooks after tests run last-registered first: the servers close before the database.
afterAll(() => db.close());
const serve = serverMaker(db);

async function post(s: AppServer, query: string, token?: string) {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

const SEARCH = '{ search(text: "council", first: 1) { id } }';

describe('the budget for expensive fields', () => {
  it('refuses a client past its budget with 429, TOO_MANY_REQUESTS and Retry-After; cheap fields go on', async () => {
    const s = await serve({ LEVERMAP_RATE_LIMIT_POINTS: '3', LEVERMAP_RATE_LIMIT_WINDOW_SECONDS: '60' });
    for (let i = 0; i < 3; i++) expect((await post(s, SEARCH)).status).toBe(200);
    const refused = await post(s, SEARCH);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(refused.body.data ?? null).toBeNull();
    // Not an expensive field: never charged, never refused.
    const stats = await post(s, '{ stats { organisations } }');
    expect(stats.status).toBe(200);
    expect(stats.body.data.stats.organisations).toBeGreaterThan(0);
    // The downloads spend the same budget.
    const csv = await fetch(`${s.url}/export/initiatives.csv`);
    expect(csv.status).toBe(429);
    expect(csv.headers.get('retry-after')).toBeTruthy();
    expect((await csv.json()).error.code).toBe('TOO_MANY_REQUESTS');
    // A signed-in account spends its own budget, not its address's.
    const token = inject('tokens').VIEWER;
    expect((await post(s, SEARCH, token)).status).toBe(200);
  });

  it('charges each expensive root field of one operation', async () => {
    const s = await serve({ LEVERMAP_RATE_LIMIT_POINTS: '2' });
    const two = '{ a: search(text: "council", first: 1) { id } b: search(text: "health", first: 1) { id } }';
    expect((await post(s, two)).status).toBe(200);
    expect((await post(s, SEARCH)).status).toBe(429);
  });

  it('is off with LEVERMAP_RATE_LIMIT_POINTS=0', async () => {
    const s = await serve({ LEVERMAP_RATE_LIMIT_POINTS: '0' });
    for (let i = 0; i < 10; i++) expect((await post(s, SEARCH)).status).toBe(200);
  });
});
