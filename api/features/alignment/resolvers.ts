/** Analysis: alignment report and rules, lever profiles, golden threads, network analysis, fragility, change
 * over time, exports and the read-only console. Each root field makes one Cypher round trip, except alignmentReport,
 * which reads its page again with evidence (api/analysis/report.ts). */
import { JSONResolver } from 'graphql-scalars';
import { runConsole } from '../console/console.js';
import { graphFile, initiativesCsv } from '../network/export.js';
import { decodeCitations } from '../../../model/citation.js';
import { fragility } from './fragility.js';
import { claimsArg, dateArg, intArg } from '../analysis-inputs.js';
import { centrality, communities, loadGraph, paths } from '../network/network.js';
import { presentAlignment, refOf, type Ref } from './present.js';
import { alignmentReport, alignmentRows } from './report.js';
import { RULES } from './rules.js';
import { badInput, notFound } from '../../errors.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';

const Query: QueryResolvers = {
  alignmentRules: () => RULES.map((r) => ({ flag: r.flag, kind: r.kind, rule: r.rule, why: r.why, sources: r.sources })),

  async alignmentReport(_p, { asOf, status, flags, first, offset, includeUnverified }, ctx) {
    const report = await alignmentReport(ctx.db, {
      asOf: dateArg('asOf', asOf), statuses: status?.length ? status : null, flags: flags ?? null,
      first: intArg('first', first, 100, 0, 5000), offset: intArg('offset', offset, 0, 0, 1_000_000),
      claims: claimsArg(includeUnverified),
    });
    return {
      ...report,
      items: report.items.map((r) => ({ initiative: refOf({ ...r.facts, label: 'Initiative' }), alignment: presentAlignment(r.alignment) })),
    } as never;
  },

  async leverProfile(_p, { groupBy, asOf, includeUnverified }, ctx) {
    const rows = await ctx.db.read('analysis/lever-profile', { groupBy, asOf: dateArg('asOf', asOf), claims: claimsArg(includeUnverified) });
    return rows as never;
  },

  async leverEvidence(_p, { source, asOf, includeUnverified }, ctx) {
    if (!(await ctx.sources.get(source))) throw notFound('source', source);
    return (await ctx.db.read('analysis/lever-evidence', { source, asOf: dateArg('asOf', asOf), claims: claimsArg(includeUnverified) })) as never;
  },

  async goldenThreads(_p, { asOf, place, first, includeUnverified }, ctx) {
    const rows = await ctx.db.read('analysis/golden-threads', {
      asOf: dateArg('asOf', asOf), place: place ?? null, first: intArg('first', first, 100, 1, 5000), claims: claimsArg(includeUnverified),
    });
    return rows.map((r) => {
      const nodes = r.nodes as Ref[];
      const byId = new Map(nodes.map((x) => [x.id, x]));
      return {
        sponsor: byId.get(r.sponsor as string)!, via: r.via ? byId.get(r.via as string)! : null,
        initiative: byId.get(r.initiative as string)!, places: r.places as Ref[],
        path: { length: (r.links as unknown[]).length, nodes, links: r.links },
      };
    }) as never;
  },

  async paths(_p, { from, to, maxLength, filter, limit }, ctx) {
    const max = intArg('maxLength', maxLength, 4, 1, 4);
    const cap = intArg('limit', limit, 50, 1, 1000);
    return paths(await loadGraph(ctx.db, filter), from, to, max, cap) as never;
  },

  async centrality(_p, { filter, orderBy, first }, ctx) {
    const n = intArg('first', first, 20, 1, 5000);
    return centrality(await loadGraph(ctx.db, filter), orderBy ?? 'DEGREE', n) as never;
  },

  async communities(_p, { filter, first, members }, ctx) {
    return communities(await loadGraph(ctx.db, filter), intArg('first', first, 20, 1, 1000), intArg('members', members, 10, 0, 1000)) as never;
  },

  async fragility(_p, { backerId, asOf, withParts, includeUnverified }, ctx) {
    return fragility(ctx.db, backerId, dateArg('asOf', asOf), withParts ?? false, claimsArg(includeUnverified)) as never;
  },

  async soleDependence(_p, { asOf, first, place, includeUnverified }, ctx) {
    const rows = await ctx.db.read('analysis/sole-dependence', {
      asOf: dateArg('asOf', asOf), first: intArg('first', first, 20, 1, 5000), place: place ?? null, claims: claimsArg(includeUnverified),
    });
    return rows.map((r) => {
      const items = r.items as { initiative: Ref; levers: string[] }[];
      const count = (lever: string) => items.filter((i) => i.levers.includes(lever)).length;
      return {
        backer: r.backer, initiatives: r.initiatives, items,
        byLever: ['DOWNWARD', 'SIDEWARD', 'UPWARD'].map((lever) => ({ lever, enabling: count(lever), opposing: 0 })),
      };
    }) as never;
  },

  async compare(_p, { from, to, includeUnverified }, ctx) {
    const a = dateArg('from', from);
    const b = dateArg('to', to);
    if (a === b) throw badInput('to', 'must differ from `from`');
    const [row] = await ctx.db.read('analysis/compare', { from: a, to: b, claims: claimsArg(includeUnverified) });
    const links = (row!.links as { change: string; type: string; props: Record<string, unknown>; from: Ref; to: Ref }[]).map((l) => ({
      change: l.change, linkId: l.props.id, type: l.type, lever: l.props.lever ?? null, stance: l.props.stance ?? null,
      validFrom: l.props.validFrom ?? null, validTo: l.props.validTo ?? null, from: l.from, to: l.to, evidence: decodeCitations(l.props),
    }));
    return { from: a, to: b, statusChanges: row!.statusChanges, links } as never;
  },

  async exportInitiativesCsv(_p, { asOf, includeUnverified }, ctx) {
    const date = dateArg('asOf', asOf);
    return initiativesCsv(await alignmentRows(ctx.db, { asOf: date, claims: claimsArg(includeUnverified), lists: true }), date);
  },

  async exportGraph(_p, { format, filter }, ctx) {
    const g = await loadGraph(ctx.db, filter);
    return graphFile(g, format, filter?.focus ? `${filter.focus}-depth-${filter.depth ?? 2}` : 'graph');
  },

  async cypherConsole(_p, { query, params, timeoutMs, maxRows }, ctx) {
    return runConsole(ctx.db, { query, params, timeoutMs, maxRows }) as never;
  },
};

export const analysisResolvers: Resolvers = { JSON: JSONResolver, Query };
