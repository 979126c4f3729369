/**
 * How the levers spread over the graph: profiles by grouping, a source's lever evidence, golden threads, sole
 * dependence, and change between two dates. Each root field makes one Cypher round trip.
 */
import { decodeCitations } from '../../../model/citation.js';
import { claimsArg, dateArg, intArg } from '../shared/args.js';
import type { Ref } from '../alignment/present.js';
import { badInput, notFound } from '../../errors.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';

const Query: QueryResolvers = {
  async leverProfile(_p, { groupBy, asOf, includeUnverified }, ctx) {
    const rows = await ctx.db.read('analysis/lever-profile', { groupBy, asOf: dateArg('asOf', asOf), claims: claimsArg(includeUnverified) });
    return rows as never;
  },

  async leverEvidence(_p, { source, asOf, includeUnverified }, ctx) {
    if (!ctx.sourceTitles.has(source)) throw notFound('source', source);
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
};

export const leverResolvers: Resolvers = { Query };
