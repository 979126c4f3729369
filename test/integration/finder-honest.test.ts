/**
 * An honest finder on the seeded graph: funders never appear as collaborators (only among sponsors), generic and
 * placeholder bodies rank after every named one and are marked, and reasons name framework elements in words.
 */
import { describe, expect, it } from 'vitest';
import { gqlOk } from '../support/helpers.js';
import { SEED, seedDataset } from '../support/seed.js';

type S = {
  rank: number;
  generic: boolean;
  organisationType: string | null;
  node: { id: string; name: string; placeholder: boolean };
  reasons: { kind: string; text: string }[];
};
const ask = async (field: string, org: string, first = 100) =>
  (
    await gqlOk<{ r: { suggestions: S[] } }>(
      `query($o: ID) { r: ${field}(organisationId: $o, first: ${first}) {
        suggestions { rank generic organisationType node { id name placeholder } reasons { kind text } } } }`,
      { o: org },
    )
  ).r.suggestions;

const isGeneric = (s: S) => s.node.placeholder || s.node.name.includes('(generic');
const funders = new Set(
  [...seedDataset().nodes.values()]
    .filter((n) => n.label === 'Organisation' && n.props.type === 'FUNDER')
    .map((n) => n.props.id as string),
);

describe('an honest finder', () => {
  it('ranks generic and placeholder bodies last, and marks them', async () => {
    const list = await ask('suggestCollaborators', SEED.gatesheadCouncil.id);
    expect(list.length).toBeGreaterThan(3);
    expect(list.map((s) => s.generic)).toEqual(list.map(isGeneric));
    expect(list.some((s) => s.generic)).toBe(true);
    expect(list.some((s) => !s.generic)).toBe(true);
    const firstGeneric = list.findIndex((s) => s.generic);
    expect(list.slice(firstGeneric).every((s) => s.generic)).toBe(true);
    expect(list.map((s) => s.rank)).toEqual(list.map((_, i) => i + 1));
    const sponsors = await ask('suggestSponsors', SEED.gatesheadCouncil.id);
    const g = sponsors.findIndex((s) => s.generic);
    if (g >= 0) expect(sponsors.slice(g).every((s) => s.generic)).toBe(true);
  }, 300_000);

  it('never offers a funder as a collaborator; funders are found among sponsors', async () => {
    const orgs = [SEED.gatesheadCouncil.id, 'org-000-big-lottery'];
    for (const o of orgs) {
      const list = await ask('suggestCollaborators', o);
      expect(list.filter((s) => s.organisationType === 'FUNDER' || funders.has(s.node.id))).toEqual([]);
    }
    // Someone a funder backed is offered funders as sponsors.
    const funded = [...seedDataset().links.values()].find((l) => l.type === 'FUNDS' && funders.has(l.from))!;
    const delivers = [...seedDataset().links.values()].find(
      (l) => l.to === funded.to && (l.type === 'DELIVERS' || l.type === 'COMMISSIONS') && l.from.startsWith('org'),
    );
    if (delivers) {
      const sponsors = await ask('suggestSponsors', delivers.from);
      expect(sponsors.length).toBeGreaterThan(0);
    }
  }, 300_000);

  it('names framework elements in words in its reasons', async () => {
    const list = await ask('suggestCollaborators', SEED.gatesheadCouncil.id);
    const texts = list.flatMap((s) => s.reasons.filter((r) => r.kind === 'FRAMEWORK_ELEMENT').map((r) => r.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/\bE\d+\b/);
  }, 300_000);
});
