/**
 * How the levers spread over the graph: profiles by grouping, a source's lever evidence, golden threads, sole
 * dependence, and change between two dates. Each root field makes one Cypher round trip.
 */
import { decodeCitations } from '../../../model/citation.js';
import { claimsArg, dateArg, intArg } from '../shared/args.js';
import type { Ref } from '../alignment/present.js';
import { badInput, notFound } from '../../errors.js';
import { readRows } from '../shared/rows.js';
import { GraphCache } from '../../db/graph-cache.js';
import { LEVERS, type Lever, type LinkType, type Stance } from '../../../model/vocabulary.js';
import type {
  GraphEdge,
  LeverEvidenceRow,
  LeverProfileRow,
  QueryResolvers,
  Resolvers,
  StatusChange,
} from '../../generated/graphql.js';

/** Rows as the analysis/*.cypher statements return them. */
interface GoldenThreadRow {
  nodes: Ref[];
  sponsor: string;
  via: string | null;
  initiative: string;
  places: Ref[];
  links: GraphEdge[];
}
interface SoleDependenceRow {
  backer: Ref;
  initiatives: number;
  items: { initiative: Ref; levers: Lever[] }[];
}
interface ChangedLinkRow {
  change: 'APPEARED' | 'ENDED';
  type: LinkType;
  props: Record<string, unknown>;
  from: Ref;
  to: Ref;
}
interface CompareRow {
  links: ChangedLinkRow[];
  statusChanges: StatusChange[];
}
/** Profiles by grouping, date and claims while the graph is unchanged: each reads every initiative's lever links. */
const profiles = new GraphCache<LeverProfileRow[]>(32);

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const Query: QueryResolvers = {
  async leverProfile(_p, { groupBy, asOf, includeUnverified }, ctx) {
    const params = { groupBy, asOf: dateArg('asOf', asOf), claims: claimsArg(includeUnverified) };
    return profiles.get(ctx.db, JSON.stringify(params), () =>
      readRows<LeverProfileRow>(ctx.db, 'analysis/lever-profile', params),
    );
  },

  async leverEvidence(_p, { source, asOf, includeUnverified }, ctx) {
    if (!(await ctx.sources.get(source))) throw notFound('source', source);
    return readRows<LeverEvidenceRow>(ctx.db, 'analysis/lever-evidence', {
      source,
      asOf: dateArg('asOf', asOf),
      claims: claimsArg(includeUnverified),
    });
  },

  async goldenThreads(_p, { asOf, place, first, includeUnverified }, ctx) {
    const rows = await readRows<GoldenThreadRow>(ctx.db, 'analysis/golden-threads', {
      asOf: dateArg('asOf', asOf),
      place: place ?? null,
      first: intArg('first', first, 100, 1, 5000),
      claims: claimsArg(includeUnverified),
    });
    return rows.map((r) => {
      const byId = new Map(r.nodes.map((x) => [x.id, x]));
      return {
        sponsor: byId.get(r.sponsor)!,
        via: r.via ? byId.get(r.via)! : null,
        initiative: byId.get(r.initiative)!,
        places: r.places,
        path: { length: r.links.length, nodes: r.nodes, links: r.links },
      };
    });
  },

  async soleDependence(_p, { asOf, first, place, includeUnverified }, ctx) {
    const rows = await readRows<SoleDependenceRow>(ctx.db, 'analysis/sole-dependence', {
      asOf: dateArg('asOf', asOf),
      first: intArg('first', first, 20, 1, 5000),
      place: place ?? null,
      claims: claimsArg(includeUnverified),
    });
    return rows.map((r) => {
      const count = (lever: Lever) => r.items.filter((i) => i.levers.includes(lever)).length;
      return {
        backer: r.backer,
        initiatives: r.initiatives,
        items: r.items,
        byLever: LEVERS.map((lever) => ({ lever, enabling: count(lever), opposing: 0 })),
      };
    });
  },

  async compare(_p, { from, to, includeUnverified }, ctx) {
    const a = dateArg('from', from);
    const b = dateArg('to', to);
    if (a === b) throw badInput('to', 'must differ from `from`');
    const [row] = await readRows<CompareRow>(ctx.db, 'analysis/compare', {
      from: a,
      to: b,
      claims: claimsArg(includeUnverified),
    });
    const links = row!.links.map((l) => ({
      change: l.change,
      linkId: String(l.props.id),
      type: l.type,
      lever: text(l.props.lever) as Lever | null,
      stance: text(l.props.stance) as Stance | null,
      validFrom: text(l.props.validFrom),
      validTo: text(l.props.validTo),
      from: l.from,
      to: l.to,
      evidence: decodeCitations(l.props),
    }));
    return { from: a, to: b, statusChanges: row!.statusChanges, links };
  },
};

export const leverResolvers: Resolvers = { Query };
