/** Field resolvers for types whose rows need shaping: citations, links, backers, alignment, a place's partnerships. */
import { Backers, type RawBacker, toFacts } from '../alignment/facts.js';
import { presentAlignment } from '../alignment/present.js';
import { alignmentOf } from '../alignment/alignment.js';
import { DEFAULT_CLAIMS } from '../shared/args.js';
import type { LinkRow, NodeRow } from '../../db/rows.js';
import type { Resolvers } from '../../generated/graphql.js';
import { byLabel, ENTITY_LABELS, type EntityLabel } from '../../../model/vocabulary.js';
import type { InitiativeRow, PlacePartnershipRow } from './rows.js';
import { maySeeAuthors } from '../auth/privacy.js';
import type { User } from '../auth/roles.js';
import type { Context } from '../../context.js';

const links = (parent: NodeRow, { types }: { types?: readonly string[] | null }) =>
  types?.length ? parent.links.filter((l) => types.includes(l.type)) : parent.links;

const entityFields = { links } as const;
/** Every entity type's links; Place and Initiative add their own fields below. */
const entityTypes: Pick<Resolvers, EntityLabel> = byLabel(
  ENTITY_LABELS,
  (l) => l,
  () => entityFields,
);

// Verifiers and admins see every author; anyone else only their own name.
const author = (v: unknown, user: User | null) =>
  typeof v === 'string' && (maySeeAuthors(user) || v === user?.username) ? v : null;

/** A page's backers are one list shared by its initiatives: indexed once, not once per initiative. */
const indexed = new WeakMap<RawBacker[], Backers>();
function backersOf(rows: RawBacker[]): Backers {
  const known = indexed.get(rows);
  if (known) return known;
  const b = new Backers(rows);
  indexed.set(rows, b);
  return b;
}

/** An initiative read by id alone (entity(id)) has no facts: read them as initiative(id) would. */
async function alignmentView(i: InitiativeRow, ctx: Context) {
  const facts =
    i.facts ?? ((await ctx.loaders.node.load({ id: i.id, claims: DEFAULT_CLAIMS })) as InitiativeRow | null)?.facts;
  if (!facts) throw new Error(`initiative ${i.id} not found for its alignment`);
  return alignmentOf(toFacts({ initiative: i, links: facts.links }, backersOf(facts.backers), facts.asOf));
}

export const typeResolvers: Resolvers = {
  Entity: { __resolveType: (n) => n.label },
  Link: {
    claimedBy: (l, _a, ctx) => author(l.claimedBy, ctx.user),
    verifiedBy: (l, _a, ctx) => author(l.verifiedBy, ctx.user),
  },
  LeverCheck: {
    checkedBy: (c, _a, ctx) => author(c.checkedBy, ctx.user),
  },
  ...entityTypes,
  Place: {
    ...entityFields,
    // queries/entity brings them with the place; places reached otherwise are read together (loaders.ts).
    partnerships: (p, _a, ctx) =>
      Array.isArray(p.partnerships)
        ? (p.partnerships as PlacePartnershipRow[])
        : ctx.loaders.placePartnerships.load(p.id),
  },
  Initiative: {
    ...entityFields,
    backers: (i) =>
      i.links.flatMap((l: LinkRow) =>
        l.type === 'LEVER' && l.to.id === i.id && l.lever && l.stance
          ? [
              {
                linkId: l.id,
                lever: l.lever,
                stance: l.stance,
                class: l.class ?? null,
                confidence: l.confidence,
                reason: l.reason ?? null,
                validFrom: l.validFrom ?? null,
                validTo: l.validTo ?? null,
                backer: l.from,
                evidence: l.evidence,
                claimStatus: l.claimStatus,
              },
            ]
          : [],
      ),
    alignment: async (i, _a, ctx) => presentAlignment(await alignmentView(i, ctx)),
    leverStates: async (i, _a, ctx) => (await alignmentView(i, ctx)).leverStates,
  },
  Citation: {
    sourceTitle: (c, _a, ctx) => ctx.sources.title(c.sourceId),
    checked: async (c, _a, ctx) => (await ctx.sources.get(c.sourceId))?.textHeld ?? false,
    record: (c) => (c as { record?: string }).record ?? null,
  },
};
