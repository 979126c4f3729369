/**
 * Nobody verifies their own claim: a node or link added through the API or an import enters UNVERIFIED, whoever
 * adds it, and only a verifier other than its author accepts it. LEVERMAP_SELF_VERIFY=true lifts the rule for
 * one-person deployments. Seed, restore and import keep the claim states their data carry.
 */
import type { Config } from '../../config.js';

/** Whether `user` may accept (or reject) a claim made by `claimedBy` (undefined: curated, no author). */
export function mayVerify(
  config: Pick<Config, 'LEVERMAP_SELF_VERIFY'>,
  claimedBy: string | null | undefined,
  user: string,
  accept = true,
): boolean {
  if (!accept || config.LEVERMAP_SELF_VERIFY) return true;
  return !claimedBy || claimedBy !== user;
}
