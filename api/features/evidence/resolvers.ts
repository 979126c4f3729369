/** Documents: adding one (audited, contributor or above) and reading its stored passages. */
import { requireRole } from '../auth/roles.js';
import { AppError, badInput } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { addSource } from './add.js';
import { SOURCE_LIMITS } from './documents.js';
import { citedBy, passageSearch, uncitedPassages } from './reading.js';
import { reviewQueue } from './review.js';

function decodeFile(s: string): Uint8Array {
  if (s.length > (SOURCE_LIMITS.maxBytes * 4) / 3 + 4) {
    throw new AppError(
      'BAD_USER_INPUT',
      `input.file: the file is too large: a document can be at most ${SOURCE_LIMITS.maxBytes / 1024 / 1024} MB`,
      { field: 'input.file' },
    );
  }
  if (!/^[A-Za-z0-9+/=\s]*$/.test(s)) throw badInput('input.file.contentBase64', 'is not base64');
  return new Uint8Array(Buffer.from(s, 'base64'));
}

type SourceProps = Record<string, unknown>;

export const evidenceResolvers: Resolvers = {
  Source: {
    kind: (s) => ((s as SourceProps).kind as never) ?? null,
    date: (s) => ((s as SourceProps).date as string) ?? null,
    licence: (s) => ((s as SourceProps).licence as string) ?? null,
    contentHash: (s) => ((s as SourceProps).contentHash as string) ?? null,
    versionOf: (s) => ((s as SourceProps).versionOf as string) ?? null,
    textHeld: (s) => Boolean((s as SourceProps).textHeld),
    lineCount: (s) => Number((s as SourceProps).lineCount ?? 0),
    async passages(s, { from, to }, ctx) {
      const a = Math.max(1, from ?? 1);
      const b = Math.min(to ?? a + 499, a + 499);
      if (b < a) throw badInput('to', 'must not be before from');
      const rows = await ctx.db.read('evidence/passage-lines', { id: s.id, from: a, to: b });
      return rows.map((r) => ({
        sourceId: s.id,
        line: Number(r.line),
        text: String(r.text),
        record: (r.record as string | null) ?? null,
      }));
    },
  },
  Passage: {
    citedBy: (p, _a, ctx) => citedBy(ctx, p) as never,
  },
  Query: {
    passageSearch: (_p, { query, first }, ctx) => passageSearch(ctx, query, first) as never,
    uncitedPassages(_p, { sourceId, first, after }, ctx) {
      requireRole(ctx.user, 'CONTRIBUTOR', 'list uncited passages');
      return uncitedPassages(ctx, sourceId, first, after) as never;
    },
    reviewQueue: (_p, args, ctx) => reviewQueue(ctx, args) as never,
  },
  Mutation: {
    async addSource(_p, { input, dryRun, reason }, ctx) {
      const user = requireRole(ctx.user, 'CONTRIBUTOR', 'add documents');
      if (reason && reason.length > 1000) throw badInput('reason', 'must be at most 1000 characters');
      const dry = dryRun ?? true;
      const r = await addSource(
        ctx.db,
        { ...input, file: { name: input.file.name, bytes: decodeFile(input.file.contentBase64) } },
        { dryRun: dry, user: user.username, reason },
      );
      if (!dry) ctx.sources.invalidate();
      return r as never;
    },
  },
};
