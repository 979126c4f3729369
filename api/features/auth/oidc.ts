/**
 * Sign-in through an OpenID Connect provider (Entra ID, Google, Keycloak ...) when LEVERMAP_OIDC_* is set:
 * authorization code flow with PKCE and state, via openid-client. Pending logins are held in memory for
 * ten minutes, so run one app process per deployment (or pin sessions) when OIDC is on.
 */
import type { Express } from 'express';
import * as client from 'openid-client';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { setSessionCookie } from './request.js';
import { Role } from '../../../model/schemas.js';
import { startSession } from './users.js';

const PENDING_MS = 10 * 60_000;

export function mountOidc(app: Express, db: Database, config: Config, log: (s: string) => void) {
  const {
    LEVERMAP_OIDC_ISSUER: issuer,
    LEVERMAP_OIDC_CLIENT_ID: clientId,
    LEVERMAP_OIDC_CLIENT_SECRET: secret,
    LEVERMAP_OIDC_REDIRECT_URI: redirectUri,
  } = config;
  if (!issuer || !clientId || !redirectUri) return;
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    // Discovered on first use, so the app starts even while the provider is briefly unreachable.
    discovered ??= client
      .discovery(
        new URL(issuer),
        clientId,
        secret,
        undefined,
        new URL(issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        discovered = null;
        throw e;
      });
    return discovered;
  };
  const pending = new Map<string, { verifier: string; at: number }>();

  app.get('/auth/oidc/login', async (_req, res) => {
    try {
      const cfg = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const now = Date.now();
      for (const [k, v] of pending) if (now - v.at > PENDING_MS) pending.delete(k);
      pending.set(state, { verifier, at: now });
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      res.redirect(url.href);
    } catch (e) {
      log(`OIDC login failed: ${(e as Error).message}`);
      res
        .status(502)
        .type('text')
        .send('The identity provider could not be reached. Try again, or sign in with a local account.');
    }
  });

  app.get('/auth/oidc/callback', async (req, res) => {
    try {
      const state = String(req.query.state ?? '');
      const p = pending.get(state);
      if (!p || Date.now() - p.at > PENDING_MS) {
        res.status(400).type('text').send('This sign-in link has expired; start again.');
        return;
      }
      pending.delete(state);
      const cfg = await configuration();
      const current = new URL(req.originalUrl, redirectUri);
      const tokens = await client.authorizationCodeGrant(cfg, current, {
        pkceCodeVerifier: p.verifier,
        expectedState: state,
      });
      const claims = tokens.claims()!;
      const name = String(claims.preferred_username ?? claims.email ?? claims.sub)
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '-')
        .slice(0, 50);
      const [user] = await db.write('auth/upsert-oidc-user', {
        username: `oidc.${name}`,
        subject: claims.sub,
        issuer: claims.iss,
        role: Role.parse(config.LEVERMAP_OIDC_DEFAULT_ROLE),
      });
      if (!user?.matches) {
        res.status(409).type('text').send('That username belongs to another account; ask an admin.');
        return;
      }
      setSessionCookie(res, await startSession(db, user.username as string), config.NODE_ENV === 'production');
      res.redirect('/');
    } catch (e) {
      log(`OIDC callback failed: ${(e as Error).message}`);
      res.status(400).type('text').send('Sign-in with the identity provider failed; start again.');
    }
  });
}
