/** The verifiers' review queue: unverified links filtered in the database (cypher/evidence/review-queue). */
import { requireRole } from '../auth/roles.js';
import { toLink, type LinkRow, type RawLink } from '../../db/rows.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../context.js';
import { pageSize } from '../entities/pagination.js';
import { readRows } from '../shared/rows.js';

export interface ReviewArgs {
  author?: string | null;
  source?: string | null;
  minAgeDays?: number | null;
  maxAgeDays?: number | null;
  first?: number | null;
  skip?: number | null;
}

interface Row {
  total: number;
  authors: string[];
  sources: string[];
  items: { age: number | null; claimedAt: string | null; link: RawLink }[];
}

const days = (name: string, v: number | null | undefined) => {
  if (v === null || v === undefined) return null;
  if (!Number.isInteger(v) || v < 0 || v > 36_500) throw badInput(name, 'must be a whole number of days, 0 or more');
  return v;
};

export async function reviewQueue(ctx: Context, args: ReviewArgs) {
  requireRole(ctx.user, 'VERIFIER', 'see the review queue');
  const minAgeDays = days('minAgeDays', args.minAgeDays);
  const maxAgeDays = days('maxAgeDays', args.maxAgeDays);
  if (minAgeDays !== null && maxAgeDays !== null && maxAgeDays < minAgeDays)
    throw badInput('maxAgeDays', 'must not be less than minAgeDays');
  const skip = args.skip ?? 0;
  if (!Number.isInteger(skip) || skip < 0) throw badInput('skip', 'must be 0 or more');
  const [row] = await readRows<Row>(ctx.db, 'evidence/review-queue', {
    author: args.author?.trim() || null,
    source: args.source?.trim() || null,
    minAgeDays,
    maxAgeDays,
    first: pageSize(args.first, 200),
    skip,
  });
  return {
    totalCount: Number(row!.total),
    authors: row!.authors,
    sources: row!.sources,
    items: row!.items.map((i) => ({
      link: toLink(i.link) as LinkRow,
      claimedAt: i.claimedAt,
      ageDays: i.age === null ? null : Number(i.age),
    })),
  };
}
