/**
 * The signIn throttle, in memory (one process): failed sign-ins are counted per account and per client address
 * over a sliding window; reaching the limit locks that account or address out for a while, and each lockout
 * in a row doubles the next one (up to a maximum). A locked-out attempt is refused with 429 and Retry-After
 * before the password is checked, so it tells nothing and costs no hashing. A success clears its account.
 * Limits come from api/config.ts (LEVERMAP_SIGNIN_*).
 */
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';

interface Entry {
  failures: number[];
  lockedUntil: number;
  lockouts: number;
  lastLockout: number;
}
export interface Lockout {
  kind: 'ACCOUNT' | 'CLIENT';
  key: string;
  seconds: number;
  failures: number;
}

export interface ThrottleLimits {
  maxFailures: number;
  maxFailuresPerClient: number;
  windowMs: number;
  lockoutMs: number;
  maxLockoutMs: number;
}

export function throttleLimits(config: Config): ThrottleLimits {
  return {
    maxFailures: config.LEVERMAP_SIGNIN_MAX_FAILURES,
    maxFailuresPerClient: config.LEVERMAP_SIGNIN_MAX_FAILURES_PER_CLIENT,
    windowMs: config.LEVERMAP_SIGNIN_WINDOW_SECONDS * 1000,
    lockoutMs: config.LEVERMAP_SIGNIN_LOCKOUT_SECONDS * 1000,
    maxLockoutMs: config.LEVERMAP_SIGNIN_MAX_LOCKOUT_SECONDS * 1000,
  };
}

const MAX_ENTRIES = 100_000;

export class SignInThrottle {
  private readonly accounts = new Map<string, Entry>();
  private readonly clients = new Map<string, Entry>();
  constructor(
    private readonly limits: ThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws TOO_MANY_REQUESTS (HTTP 429, Retry-After) while the account or the address is locked out. */
  check(username: string, client: string): void {
    const t = this.now();
    const wait = Math.max(
      this.lockedFor(this.accounts.get(username.toLowerCase()), t),
      this.lockedFor(this.clients.get(client), t),
    );
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError('TOO_MANY_REQUESTS', `too many failed sign-ins; try again in ${seconds} s`, {
        retryAfter: seconds,
        http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
      });
    }
  }

  /** Records a failed sign-in; returns the lockouts it started (to be audited). */
  fail(username: string, client: string): Lockout[] {
    const t = this.now();
    return [
      this.count(this.accounts, username.toLowerCase(), this.limits.maxFailures, t, 'ACCOUNT'),
      this.count(this.clients, client, this.limits.maxFailuresPerClient, t, 'CLIENT'),
    ].filter((l): l is Lockout => l !== null);
  }

  succeed(username: string): void {
    this.accounts.delete(username.toLowerCase());
  }

  private lockedFor(e: Entry | undefined, t: number): number {
    return e ? Math.max(0, e.lockedUntil - t) : 0;
  }

  private count(map: Map<string, Entry>, key: string, max: number, t: number, kind: Lockout['kind']): Lockout | null {
    if (!map.has(key) && map.size >= MAX_ENTRIES) this.prune(map, t);
    const e = map.get(key) ?? { failures: [], lockedUntil: 0, lockouts: 0, lastLockout: 0 };
    map.set(key, e);
    e.failures = e.failures.filter((f) => t - f < this.limits.windowMs);
    e.failures.push(t);
    if (e.failures.length < max) return null;
    // Lockouts in a row (each within a window of the last) double; a quiet window starts again from one.
    if (t - e.lastLockout > this.limits.windowMs + this.limits.maxLockoutMs) e.lockouts = 0;
    const ms = Math.min(this.limits.maxLockoutMs, this.limits.lockoutMs * 2 ** e.lockouts);
    e.lockouts++;
    e.lastLockout = t;
    e.lockedUntil = t + ms;
    const failures = e.failures.length;
    e.failures = [];
    return { kind, key, seconds: Math.ceil(ms / 1000), failures };
  }

  private prune(map: Map<string, Entry>, t: number): void {
    for (const [k, e] of map)
      if (e.lockedUntil < t && e.failures.every((f) => t - f >= this.limits.windowMs)) map.delete(k);
    if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
  }
}

/** One throttle per configuration object (per running server). */
const throttles = new WeakMap<Config, SignInThrottle>();
export function signInThrottle(config: Config): SignInThrottle {
  let t = throttles.get(config);
  if (!t) {
    t = new SignInThrottle(throttleLimits(config));
    throttles.set(config, t);
  }
  return t;
}
