/**
 * OpenID Connect sign-in end to end: a real provider (oidc-provider, on loopback), the app configured for it,
 * and real Chromium going through the provider's login and consent pages and back.
 */
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../api/config.js';
import { startServer, type AppServer } from '../../api/server.js';
import { testDatabase } from '../support/helpers.js';
import { launch } from '../support/browser.js';

const db = testDatabase();
let idp: Server;
let app: AppServer;
let browser: Browser;

const listen = (s: Server) =>
  new Promise<number>((ok) => s.listen(0, '127.0.0.1', () => ok((s.address() as { port: number }).port)));

beforeAll(async () => {
  // The app's port must be known before the provider registers its redirect URI.
  const appPortHolder = createServer();
  const appPort = await listen(appPortHolder);
  await new Promise((r) => appPortHolder.close(r));
  const redirect = `http://127.0.0.1:${appPort}/auth/oidc/callback`;

  idp = createServer();
  const idpPort = await listen(idp);
  const issuer = `http://127.0.0.1:${idpPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'levermap-test',
        client_secret: 'levermap-test-secret',
        redirect_uris: [redirect],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'], profile: ['preferred_username'] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: `${sub}@example.org`, preferred_username: sub }),
    }),
  });
  idp.on('request', provider.callback());

  const n = inject('neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(appPort),
    NEO4J_URI: n.uri,
    NEO4J_PASSWORD: n.password,
    LEVERMAP_OIDC_ISSUER: issuer,
    LEVERMAP_OIDC_CLIENT_ID: 'levermap-test',
    LEVERMAP_OIDC_CLIENT_SECRET: 'levermap-test-secret',
    LEVERMAP_OIDC_REDIRECT_URI: redirect,
    LEVERMAP_OIDC_DEFAULT_ROLE: 'CONTRIBUTOR',
  });
  app = await startServer({ db, config, ready: async () => true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  app?.server.close();
  idp?.close();
  await db.close();
});

describe('sign-in through an OpenID Connect provider', () => {
  it('creates an account with the default role on first sign-in and starts a session', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/auth/oidc/login`);
    // oidc-provider's development login and consent pages.
    await page.fill('input[name="login"]', 'hwb.officer');
    await page.fill('input[name="password"]', 'anything');
    await page.click('button[type="submit"]');
    await page.click('button[type="submit"]');
    await page.waitForURL(`${app.url}/`);
    const me = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { username role } }' }),
      });
      return (await r.json()).data.me;
    });
    expect(me).toEqual({ username: 'oidc.hwb.officer', role: 'CONTRIBUTOR' });
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'levermap_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await page.close();
  });

  it('refuses a callback whose state it did not issue', async () => {
    const res = await fetch(`${app.url}/auth/oidc/callback?code=forged&state=forged`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('This sign-in link has expired; start again.');
  });

  it('tells the web app that OIDC sign-in is available', async () => {
    expect(await (await fetch(`${app.url}/auth/config`)).json()).toEqual({ oidc: true, anonymousRead: true });
  });
});
