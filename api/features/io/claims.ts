/**
 * A link's claim on import: its state and authors travel with the file, but an import never raises a claim's
 * state. Accepting or rejecting (or changing a decision) needs a verifier importing, and never the claim's own
 * author, unless LEVERMAP_SELF_VERIFY (the rule of evidence/claims.ts, applied here to every row).
 */
import { ClaimStatus } from '../../../model/schemas.js';
import { issueMessage } from '../../../model/issues.js';
import { mayVerify } from '../evidence/claims.js';
import type { Rec } from './records.js';

/** Who imports, as the claim rules see them. `user` is null in a dry run without sign-in. */
export interface Claimant {
  user: string | null;
  verifier: boolean;
  selfVerify: boolean;
  /**
   * Code that imports on nobody's behalf (tests, benchmarks): the file's claims are kept as they are, and a
   * link without a state is VERIFIED, as the seed's are. The API and the command line always name a person.
   */
  trusted?: boolean;
}
export const TRUSTED: Claimant = { user: null, verifier: true, selfVerify: true, trusted: true };

type Props = Record<string, unknown>;
export type ClaimPlan = { props: Props; changed: string[] } | { problems: { column: string; reason: string }[] };

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The claim properties a link row stores, or why it may not: `stored` is the link in the graph, if any. */
export function planClaim(r: Rec, stored: Props | undefined, who: Claimant): ClaimPlan {
  const problems: { column: string; reason: string }[] = [];
  let status: ClaimStatus | undefined;
  if (r.values.claimStatus !== undefined) {
    const parsed = ClaimStatus.safeParse(r.values.claimStatus);
    if (!parsed.success)
      return {
        problems: [{ column: 'claimStatus', reason: issueMessage(parsed.error.issues[0]!, r.values.claimStatus) }],
      };
    status = parsed.data;
  }
  const claimedBy = text(r.values.claimedBy);
  const verifiedBy = text(r.values.verifiedBy);
  if (who.trusted) {
    const props: Props = {
      ...(stored ? {} : { claimStatus: status ?? 'VERIFIED' }),
      ...(stored && status ? { claimStatus: status } : {}),
    };
    if (claimedBy) props.claimedBy = claimedBy;
    if (verifiedBy) props.verifiedBy = verifiedBy;
    const changed = Object.keys(props).filter((k) => !stored || stored[k] !== props[k]);
    return { props, changed };
  }
  if (!who.verifier) {
    for (const [column, v] of [
      ['claimedBy', claimedBy],
      ['verifiedBy', verifiedBy],
    ] as const)
      if (v)
        problems.push({
          column,
          reason: `only verifiers and admins import who made or verified a claim; empty the ${column} column (exports for others leave it out)`,
        });
  }
  const decide = (was: string, author: string | undefined, decidedBy: string | undefined) => {
    if (!who.verifier) {
      problems.push({
        column: 'claimStatus',
        reason: `${status}: only a verifier may import a claim as ${status === 'UNVERIFIED' ? 'unverified when it is' : 'accepted or rejected when it is'} ${was}; leave claimStatus as ${was} (or empty), and a verifier will check it`,
      });
      return;
    }
    for (const by of [who.user, decidedBy])
      if (by && !mayVerify({ LEVERMAP_SELF_VERIFY: who.selfVerify }, author, by))
        problems.push({
          column: by === who.user ? 'claimStatus' : 'verifiedBy',
          reason: `${by} made this claim, and nobody verifies their own claim: another verifier must accept or reject it`,
        });
  };
  if (stored) {
    const was = String(stored.claimStatus ?? 'VERIFIED');
    if (!status || status === was) return problems.length ? { problems } : { props: {}, changed: [] };
    decide(was, text(stored.claimedBy), verifiedBy);
    if (problems.length) return { problems };
    const by = verifiedBy ?? who.user ?? undefined;
    return { props: { claimStatus: status, ...(by ? { verifiedBy: by } : {}) }, changed: ['claimStatus'] };
  }
  const state = status ?? 'UNVERIFIED';
  const author = who.verifier && claimedBy ? claimedBy : state === 'UNVERIFIED' ? (who.user ?? undefined) : undefined;
  if (state !== 'UNVERIFIED') decide('UNVERIFIED', author, verifiedBy);
  if (problems.length) return { problems };
  const props: Props = { claimStatus: state };
  if (author) props.claimedBy = author;
  if (state !== 'UNVERIFIED' && verifiedBy) props.verifiedBy = verifiedBy;
  return { props, changed: Object.keys(props) };
}
