/**
 * Production is the default: with NODE_ENV unset the API hides introspection, stack traces and field
 * suggestions, shows no landing page, caps request bodies, and sends security headers on every response.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../api/config.js';
import { SECURITY_HEADERS, startServer, type AppServer } from '../../../api/server.js';
import { testDatabase } from '../../support/helpers.js';

const db = testDatabase();
let server: AppServer;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  const n = inject('neo4j');
  // No NODE_ENV: what `npm start` gets.
  const config = loadConfig({ PORT: '0', NEO4J_URI: n.uri, NEO4J_PASSWORD: n.password });
  expect(config.NODE_ENV).toBe('production');
  server = await startServer({ db, config, ready: async () => true });
});
afterAll(async () => {
  await server.close();
  server.server.close();
  await db.close();
});

function expectHeaders(res: Response) {
  // Express's own 404 and error pages tighten the CSP to default-src 'none'; everything else has ours.
  const strict = res.headers.get('content-security-policy') === "default-src 'none'";
  for (const [k, v] of Object.entries(SECURITY_HEADERS))
    if (!(strict && k === 'Content-Security-Policy')) expect(res.headers.get(k), `${res.url} ${k}`).toBe(v);
  if (strict) return;
  const csp = res.headers.get('content-security-policy')!;
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('npm start', () => {
  it('runs in production unless NODE_ENV=development; npm run dev is development', () => {
    expect(loadConfig({}).NODE_ENV).toBe('production');
    expect(loadConfig({ NODE_ENV: 'development' }).NODE_ENV).toBe('development');
    const scripts = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).scripts;
    expect(scripts.start).not.toMatch(/NODE_ENV/);
    expect(scripts.dev).toMatch(/NODE_ENV=development/);
  });
});

describe('the production server', () => {
  it('sends the security headers on every response', async () => {
    const paths = [
      '/healthz',
      '/readyz',
      '/',
      '/initiatives/x',
      '/auth/config',
      '/export/initiatives.csv',
      '/nope.png',
    ];
    for (const p of paths) expectHeaders(await fetch(`${server.url}${p}`));
    expectHeaders(await post({ query: '{ stats { initiatives } }' }));
    expectHeaders(await post('{ bad json'));
    const html = await (await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).text();
    // The explorer itself passes the CSP: no inline script or style, nothing from another origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('sends the headers from the test server as well', async () => {
    expectHeaders(await fetch(`${inject('apiUrl')}/healthz`));
  });

  it('turns off introspection, stack traces and "Did you mean" suggestions', async () => {
    const intro = await (await post({ query: '{ __schema { types { name } } }' })).json();
    expect(intro.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await (await post({ query: '{ stat { initiatives } }' })).json();
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/i);
    expect(JSON.stringify(typo)).not.toMatch(/stacktrace|\.ts:\d+/);
    const arg = await (await post({ query: '{ stats(firs: 1) { initiatives } }' })).json();
    expect(JSON.stringify(arg)).not.toMatch(/Did you mean/i);
  });

  it('has no landing page and loads nothing from a CDN', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(body).not.toMatch(/apollographql\.com|cdn\.|<script/i);
    expectHeaders(res);
  });

  it('caps request bodies, except an import upload within its own limit', async () => {
    const big = JSON.stringify({ query: '{ stats { initiatives } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const res = await post(big);
    expect(res.status).toBe(413);
    const huge = await post(
      JSON.stringify({ query: '{ stats { initiatives } }', variables: { pad: 'x'.repeat(30 * 1024 * 1024) } }),
    );
    expect(huge.status).toBe(413);
    const upload = await post(
      {
        query: 'mutation($c: String!) { importData(format: CSV, contentBase64: $c, dryRun: true) { dryRun } }',
        variables: { c: Buffer.from('x'.repeat(2 * 1024 * 1024)).toString('base64') },
      },
      { authorization: `Bearer ${inject('tokens').ADMIN}` },
    );
    expect(upload.status).not.toBe(413);
  });
});
