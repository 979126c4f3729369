/** Checks of analysis arguments; each failure names its field (BAD_USER_INPUT). */
import { badInput } from '../../errors.js';
import { DATE_PATTERN, today } from '../alignment/facts.js';

export function dateArg(field: string, v: string | null | undefined, fallback: () => string = today): string {
  if (v === null || v === undefined) return fallback();
  if (!DATE_PATTERN.test(v)) throw badInput(field, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');
  return v;
}

export function intArg(
  field: string,
  v: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = v ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(field, `must be a whole number from ${min} to ${max}`);
  return n;
}

/**
 * Which claims count: VERIFIED always (curated links, and links stored before claims were recorded, are VERIFIED),
 * UNVERIFIED (a contributor's link not yet checked) unless includeUnverified is false, REJECTED only where a
 * view asks to show them (neighbourhood's includeRejected); analysis never counts a rejected link.
 * Every link stores its claimStatus, so the queries test `r.claimStatus IN $claims`.
 */
export type Claim = 'VERIFIED' | 'UNVERIFIED' | 'REJECTED';
export function claimsArg(includeUnverified: boolean | null | undefined, includeRejected = false): Claim[] {
  return [
    'VERIFIED',
    ...(includeUnverified === false ? [] : ['UNVERIFIED' as const]),
    ...(includeRejected ? ['REJECTED' as const] : []),
  ];
}
export const DEFAULT_CLAIMS = claimsArg(true);
