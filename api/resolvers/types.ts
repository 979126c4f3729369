/** Field resolvers for types whose rows need shaping: citations, links, backers, alignment. */
import { toFacts, type RawFacts } from '../analysis/facts.js';
import { presentAlignment } from '../analysis/present.js';
import { alignmentOf } from '../domain/alignment.js';
import type { InitiativeRow, LinkRow, NodeRow } from '../db/rows.js';
import type { Resolvers } from '../generated/graphql.js';

const links = (parent: NodeRow, { types }: { types?: readonly string[] | null }) =>
  types?.length ? parent.links.filter((l) => types.includes(l.type)) : parent.links;

const entityFields = { links } as const;

export const typeResolvers: Resolvers = {
  Entity: { __resolveType: (n) => n.label as never },
  Organisation: entityFields,
  Directorate: entityFields,
  Partnership: entityFields,
  TargetGroup: entityFields,
  Place: entityFields,
  Initiative: {
    ...entityFields,
    backers: (i: InitiativeRow) => i.links
      .filter((l: LinkRow) => l.type === 'LEVER' && l.to.id === i.id)
      .map((l) => ({
        linkId: l.id, lever: l.lever as never, stance: l.stance as never, class: (l.class as string) ?? null,
        confidence: l.confidence as never, reason: (l.reason as string) ?? null,
        validFrom: (l.validFrom as string) ?? null, validTo: (l.validTo as string) ?? null,
        backer: l.from, evidence: l.evidence,
      })),
    // initiatives.cypher puts the facts the rules read beside the counts (alignment.facts).
    alignment: (i: InitiativeRow) => {
      const facts = (i.alignmentCounts as unknown as { facts: Omit<RawFacts, 'initiative'> & { asOf: string } }).facts;
      return presentAlignment(alignmentOf(toFacts({ ...facts, initiative: i }, facts.asOf))) as never;
    },
  },
  Citation: {
    sourceTitle: (c, _a, ctx) => ctx.sourceTitles.get(c.sourceId) ?? null,
  },
};
