/** Field resolvers for types whose rows need shaping: citations, links, backers, alignment. */
import { Backers, toFacts, type RawBacker, type RawFactLink } from '../alignment/facts.js';
import { presentAlignment } from '../alignment/present.js';
import { alignmentOf } from '../alignment/alignment.js';
import type { InitiativeRow, LinkRow, NodeRow } from '../../db/rows.js';
import type { Context } from '../../context.js';
import type { Resolvers } from '../../generated/graphql.js';

const links = (parent: NodeRow, { types }: { types?: readonly string[] | null }) =>
  types?.length ? parent.links.filter((l) => types.includes(l.type)) : parent.links;

const entityFields = { links } as const;

type PlacePartnerships = { partnership: unknown; members: unknown[] }[];
/**
 * Place.partnerships: queries/entity brings them with the place; places reached otherwise (a list, a mutation)
 * are read together, in one query for all the places resolved in the same tick, not one per place.
 */
const batches = new WeakMap<Context, Map<string, { resolve(v: PlacePartnerships): void; reject(e: unknown): void }>>();
function placePartnerships(ctx: Context, id: string): Promise<PlacePartnerships> {
  let batch = batches.get(ctx);
  if (!batch) {
    const waiting = new Map<string, { resolve(v: PlacePartnerships): void; reject(e: unknown): void }>();
    batch = waiting;
    batches.set(ctx, waiting);
    queueMicrotask(() => {
      batches.delete(ctx);
      ctx.db.read('queries/place-partnerships', { ids: [...waiting.keys()] }).then((rows) => {
        const byId = new Map(rows.map((r) => [r.id as string, r.partnerships as PlacePartnerships]));
        for (const [k, w] of waiting) w.resolve(byId.get(k) ?? []);
      }, (e: unknown) => { for (const w of waiting.values()) w.reject(e); });
    });
  }
  const b = batch;
  return new Promise((resolve, reject) => {
    const prev = b.get(id);
    // The same place twice in one tick: both wait for the one read.
    b.set(id, prev ? { resolve: (v) => { prev.resolve(v); resolve(v); }, reject: (e) => { prev.reject(e); reject(e); } } : { resolve, reject });
  });
}

export const typeResolvers: Resolvers = {
  Entity: { __resolveType: (n) => n.label as never },
  Organisation: entityFields,
  Directorate: entityFields,
  Partnership: entityFields,
  TargetGroup: entityFields,
  Place: {
    ...entityFields,
    partnerships: (p: NodeRow, _a, ctx) => (Array.isArray(p.partnerships) ? p.partnerships : placePartnerships(ctx, p.id)) as never,
  },
  Initiative: {
    ...entityFields,
    backers: (i: InitiativeRow) => i.links
      .filter((l: LinkRow) => l.type === 'LEVER' && l.to.id === i.id)
      .map((l) => ({
        linkId: l.id, lever: l.lever as never, stance: l.stance as never, class: (l.class as string) ?? null,
        confidence: l.confidence as never, reason: (l.reason as string) ?? null,
        validFrom: (l.validFrom as string) ?? null, validTo: (l.validTo as string) ?? null,
        backer: l.from, evidence: l.evidence, claimStatus: l.claimStatus as never,
      })),
    // initiatives.cypher puts the facts the rules read beside the counts (alignment.facts).
    alignment: (i: InitiativeRow) => {
      const facts = (i.alignmentCounts as unknown as { facts: { asOf: string; links: RawFactLink[]; backers: RawBacker[] } }).facts;
      return presentAlignment(alignmentOf(toFacts({ initiative: i, links: facts.links }, new Backers(facts.backers), facts.asOf))) as never;
    },
  },
  Citation: {
    sourceTitle: (c, _a, ctx) => ctx.sources.title(c.sourceId),
    checked: async (c, _a, ctx) => (await ctx.sources.get(c.sourceId))?.textHeld ?? false,
    record: (c) => (c as { record?: string }).record ?? null,
  },
};
