/** Findings: the query with its filters, the findings of each entity (batched per request), search, and claim checks. */
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { notFound } from '../../errors.js';
import { claimsArg, dateArg, intArg } from '../shared/args.js';
import { readRows } from '../shared/rows.js';
import { exportKnowledge } from './export.js';
import { searchFindings } from './search.js';
import { compareClaim, type LeverCount, type ProfileCounts, type SiteLevers } from './consistency.js';
import { toFinding, type FindingRow } from './rows.js';

type Props = { props: Record<string, unknown> };

// One loader per request, keyed on the request's context, so the findings of many entities are read at once.
const loaders = new WeakMap<Context, DataLoader<string, FindingRow[]>>();
function aboutLoader(ctx: Context): DataLoader<string, FindingRow[]> {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await readRows<{ id: string; findings: Record<string, unknown>[] }>(
        ctx.db,
        'knowledge/findings-about',
        { ids: [...ids] },
      );
      const by = new Map(rows.map((r) => [r.id, r.findings.map(toFinding)]));
      return ids.map((id) => by.get(id) ?? []);
    });
    loaders.set(ctx, l);
  }
  return l;
}

const findingsOf = { findings: (p: { id: string }, _a: unknown, ctx: Context) => aboutLoader(ctx).load(p.id) };

const Query: QueryResolvers = {
  knowledgeExport: (_p, _a, ctx) => exportKnowledge(ctx.db),

  async findings(_p, { about, kind, source, first, after }, ctx) {
    const n = intArg('first', first, 50, 1, 1000);
    const rows = await readRows<Props>(ctx.db, 'knowledge/findings', {
      about: about ?? null,
      kind: kind ?? null,
      source: source ?? null,
      after: after ?? null,
      first: n,
    });
    const items = rows.slice(0, n).map((r) => toFinding(r.props));
    return { items, endCursor: rows.length > n ? items[items.length - 1]!.id : null };
  },

  searchFindings: (_p, { text, first }, ctx) => searchFindings(ctx.db, text, intArg('first', first, 20, 1, 200)),

  async claimChecks(_p, { source }, ctx) {
    if (source && !(await ctx.sources.get(source))) throw notFound('source', source);
    const claims = (
      await readRows<Props>(ctx.db, 'knowledge/findings', {
        about: null,
        kind: 'CLAIM',
        source: source ?? null,
        after: null,
        first: 1000,
      })
    )
      .map((r) => toFinding(r.props))
      .filter((f) => f.checkQuestion);
    const out = [];
    const params = { asOf: dateArg('asOf', null), claims: claimsArg(true) };
    const profiles = claims.length
      ? await readRows<ProfileCounts & { key: string }>(ctx.db, 'analysis/lever-profile', {
          ...params,
          groupBy: 'SOURCE',
        })
      : [];
    for (const src of [...new Set(claims.map((c) => c.evidence[0]!.sourceId))]) {
      const [counts, sites] = await Promise.all([
        readRows<LeverCount>(ctx.db, 'analysis/lever-evidence', { ...params, source: src }),
        readRows<SiteLevers>(ctx.db, 'knowledge/site-levers', { ...params, source: src }),
      ]);
      const profile = profiles.find((p) => p.key === src) ?? null;
      for (const claim of claims.filter((c) => c.evidence[0]!.sourceId === src)) {
        const c = compareClaim(claim, src, counts, sites, profile);
        if (c) out.push({ claim, ...c });
      }
    }
    return out;
  },
};

export const findingResolvers: Resolvers = {
  Query,
  Organisation: findingsOf,
  Directorate: findingsOf,
  Partnership: findingsOf,
  Initiative: findingsOf,
  TargetGroup: findingsOf,
  Place: findingsOf,
};
