/**
 * signIn is throttled per account and per client address: after the allowed failures, 429 with Retry-After
 * (even for the right password, which is not checked), lockouts double, and each lockout is audited.
 * Measured: wrong guesses answered per second with the throttle effectively off, and with the defaults.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SignInThrottle } from '../../../api/features/auth/throttle.js';
import type { AppServer } from '../../../api/server.js';
import { testDatabase } from '../../support/helpers.js';
import { serverMaker } from '../../support/serve.js';

const db = testDatabase();
// Hooks after tests run last-registered first: the servers close before the database.
afterAll(() => db.close());
const serve = serverMaker(db);
const signIn = async (s: AppServer, username: string, password: string) => {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
};

/** Four clients guessing as fast as they can for `ms`: guesses the server checked (not refused with 429) per second. */
async function guessRate(s: AppServer, username: string, ms = 3000) {
  const until = Date.now() + ms;
  let checked = 0;
  let throttled = 0;
  await Promise.all(
    [0, 1, 2, 3].map(async (c) => {
      for (let i = 0; Date.now() < until; i++) {
        const r = await signIn(s, username, `wrong-${c}-${i}`);
        if (r.status === 429) throttled++;
        else if (r.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') checked++;
      }
    }),
  );
  return { perSecond: checked / (ms / 1000), checked, throttled };
}

describe('the signIn throttle', () => {
  it('locks an account out after the allowed failures: 429, Retry-After, the right password refused too, audited', async () => {
    // Lockouts of 5 s, so that a loaded machine's slow password hashing does not outlast them; the doubling itself
    // is checked on a fake clock below.
    const s = await serve({ LEVERMAP_SIGNIN_MAX_FAILURES: '3', LEVERMAP_SIGNIN_LOCKOUT_SECONDS: '5' });
    for (let i = 0; i < 3; i++)
      expect((await signIn(s, 'test-verifier', `bad-${i}`)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const locked = await signIn(s, 'test-verifier', 'test-verifier-password');
    expect(locked.status).toBe(429);
    const wait = Number(locked.retryAfter);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(5);
    expect(locked.body.errors[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: wait } });
    const [entry] = await db.read('audit/history', { targetId: 'sign-in', first: 1 });
    expect(entry).toMatchObject({
      action: 'LOCKOUT',
      targetKind: 'SIGN_IN',
      targetLabel: 'ACCOUNT',
      user: 'test-verifier',
    });
    // Three more failures after the lockout lock it out for twice as long; after that, the right password works.
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    for (let i = 0; i < 3; i++) expect((await signIn(s, 'test-verifier', `bad-again-${i}`)).status).toBe(200);
    const again = await signIn(s, 'test-verifier', 'test-verifier-password');
    expect(again.status).toBe(429);
    const longer = Number(again.retryAfter);
    expect(longer).toBeGreaterThan(5);
    expect(longer).toBeLessThanOrEqual(10);
    await new Promise((r) => setTimeout(r, longer * 1000 + 100));
    expect((await signIn(s, 'test-verifier', 'test-verifier-password')).body.data.signIn.token).toBeTruthy();
  }, 60_000);

  it('locks a client address out after failures across accounts', async () => {
    const s = await serve({ LEVERMAP_SIGNIN_MAX_FAILURES_PER_CLIENT: '4', LEVERMAP_SIGNIN_MAX_FAILURES: '100' });
    for (let i = 0; i < 4; i++) await signIn(s, `nobody-${i}`, 'whatever-password');
    const r = await signIn(s, 'test-viewer', 'test-viewer-password');
    expect(r.status).toBe(429);
    expect(Number(r.retryAfter)).toBeGreaterThan(0);
    const [entry] = await db.read('audit/history', { targetId: 'sign-in', first: 1 });
    expect(entry).toMatchObject({ action: 'LOCKOUT', targetLabel: 'CLIENT' });
    expect(String(entry!.user)).toMatch(/^client /);
  });

  it('doubles lockouts in a row up to the maximum (unit, on a fake clock)', () => {
    let now = 0;
    const t = new SignInThrottle(
      { maxFailures: 2, maxFailuresPerClient: 1000, windowMs: 60_000, lockoutMs: 10_000, maxLockoutMs: 35_000 },
      () => now,
    );
    const seconds: number[] = [];
    for (let k = 0; k < 4; k++) {
      t.fail('a', 'c');
      seconds.push(...t.fail('a', 'c').map((l) => l.seconds));
      expect(() => t.check('a', 'c')).toThrow(/too many failed sign-ins/);
      now += seconds.at(-1)! * 1000;
      expect(() => t.check('a', 'c')).not.toThrow();
    }
    expect(seconds).toEqual([10, 20, 35, 35]);
  });

  it('cuts the guesses an attacker gets per second (measured)', async () => {
    const open = await serve({
      LEVERMAP_SIGNIN_MAX_FAILURES: '1000',
      LEVERMAP_SIGNIN_MAX_FAILURES_PER_CLIENT: '100000',
    });
    const before = await guessRate(open, 'test-contributor');
    const guarded = await serve();
    const after = await guessRate(guarded, 'test-contributor');
    console.log(
      `wrong sign-in guesses checked per second, 4 clients for 3 s: ${before.perSecond.toFixed(1)}/s without the throttle, ${after.perSecond.toFixed(1)}/s with the defaults (${after.checked} checked, ${after.throttled} refused with 429)`,
    );
    expect(after.checked).toBeLessThanOrEqual(5 + 3);
    expect(after.throttled).toBeGreaterThan(0);
    // Counts, not rates: however slow the machine, the open server checks every guess it is sent, the guarded one
    // only the allowed failures.
    expect(before.checked).toBeGreaterThan(0);
    expect(before.throttled).toBe(0);
  });
});
