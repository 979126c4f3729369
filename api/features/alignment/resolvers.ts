/**
 * Alignment: the rules, the whole-graph report (which reads its page again with evidence: report.ts), a
 * backer's fragility, and the report as CSV.
 */
import { initiativesCsv } from './csv.js';
import { fragility } from './fragility.js';
import { claimsArg, dateArg, intArg } from '../shared/args.js';
import { presentAlignment, refOf } from './present.js';
import { alignmentReport, alignmentRows } from './report.js';
import { RULES } from './rules.js';
import { recordLeverCheck, withdrawLeverCheck } from './checks.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';

const Query: QueryResolvers = {
  alignmentRules: () =>
    RULES.map((r) => ({ flag: r.flag, kind: r.kind, rule: r.rule, why: r.why, sources: r.sources })),

  async alignmentReport(_p, { asOf, status, flags, first, offset, includeUnverified }, ctx) {
    const report = await alignmentReport(ctx.db, {
      asOf: dateArg('asOf', asOf),
      statuses: status?.length ? status : null,
      flags: flags ?? null,
      first: intArg('first', first, 100, 0, 5000),
      offset: intArg('offset', offset, 0, 0, 1_000_000),
      claims: claimsArg(includeUnverified),
    });
    return {
      ...report,
      items: report.items.map((r) => ({
        initiative: refOf({ ...r.facts, label: 'Initiative' }),
        alignment: presentAlignment(r.alignment),
      })),
    };
  },

  async fragility(_p, { backerId, asOf, withParts, includeUnverified }, ctx) {
    return fragility(ctx.db, backerId, dateArg('asOf', asOf), withParts ?? false, claimsArg(includeUnverified));
  },

  async exportInitiativesCsv(_p, { asOf, includeUnverified }, ctx) {
    const date = dateArg('asOf', asOf);
    return initiativesCsv(
      await alignmentRows(ctx.db, { asOf: date, claims: claimsArg(includeUnverified), lists: true }),
      date,
    );
  },
};

const Mutation: MutationResolvers = {
  recordLeverCheck: (_p, { initiativeId, lever, note, reason }, ctx) =>
    recordLeverCheck(ctx, initiativeId, lever, note, reason),
  withdrawLeverCheck: (_p, { initiativeId, lever, reason }, ctx) =>
    withdrawLeverCheck(ctx, initiativeId, lever, reason),
};

export const alignmentResolvers: Resolvers = { Query, Mutation };
