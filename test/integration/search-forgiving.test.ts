/**
 * Search that forgives spelling, over the seeded graph and the real full-text index: accents, case and apostrophes
 * (straight or curly) fold; the exact name comes first and before placeholders; a phrase naming two bodies finds
 * both; and passages come back as their own group.
 */
import { describe, expect, it } from 'vitest';
import { gqlOk } from '../support/helpers.js';
import { seedDataset } from '../support/seed.js';

const Q = 'query($t: String!) { search(text: $t, first: 10) { id name placeholder match } }';
const hits = async (t: string) =>
  (await gqlOk(Q, { t })).search as { id: string; name: string; placeholder: boolean; match: string }[];

describe('search', () => {
  it('matches Esmée and Esmee, and any case', async () => {
    for (const t of ['Esmée Fairbairn', 'esmee fairbairn', 'ESMÉE']) {
      const h = await hits(t);
      expect(h[0]?.name, t).toBe('Esmee Fairbairn Foundation');
    }
  });

  it("matches Barnardo's, Barnardo’s and Barnardos alike, the exact name first", async () => {
    for (const t of ["Barnardo's", 'Barnardo’s', 'Barnardos', 'barnardos']) {
      const h = await hits(t);
      expect(h[0], t).toMatchObject({ name: "Barnardo's", match: 'EXACT' });
    }
  });

  it('puts the initiative whose exact name was typed before placeholders named after it', async () => {
    const h = await hits('Live Well Gateshead');
    expect(h[0]).toMatchObject({ name: 'Live Well Gateshead', placeholder: false, match: 'EXACT' });
    const firstPlaceholder = h.findIndex((x) => x.placeholder);
    if (firstPlaceholder >= 0) expect(firstPlaceholder).toBeGreaterThan(0);
  });

  it('returns each entity a phrase names', async () => {
    const h = await hits('Gateshead Council and Durham County Council');
    const names = h.slice(0, 4).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Gateshead Council', 'Durham County Council']));
  });

  it('finds a name one letter off, ranked as fuzzy', async () => {
    const h = await hits('Fairbarn');
    expect(h.find((x) => x.name === 'Esmee Fairbairn Foundation')?.match).toBe('FUZZY');
  });

  it('gives entities and passages as separate groups', async () => {
    const { searchGroups } = await gqlOk(
      '{ searchGroups(text: "Live Well Gateshead", first: 5) { text entities { name match } passages { passage { sourceId line } exact } } }',
    );
    expect(searchGroups.entities[0]).toEqual({ name: 'Live Well Gateshead', match: 'EXACT' });
    expect(searchGroups.passages.length).toBeGreaterThan(0);
    expect(searchGroups.passages[0].passage.sourceId).toBe('003');
  });

  const GROUPS = `query($t: String!) { searchGroups(text: $t, first: 20) {
    entities { id } findings { finding { id kind text } score } passages { passage { sourceId line text } } } }`;
  const groups = async (t: string) =>
    (await gqlOk(GROUPS, { t })).searchGroups as {
      findings: { finding: { id: string; kind: string; text: string } }[];
      passages: { passage: { sourceId: string; line: number; text: string } }[];
    };

  it('gives findings as their own group, with apostrophes, accents and case forgiven', async () => {
    // A seed finding with a possessive in its text ("Gateshead's implementation"), whichever the seed holds.
    const withApostrophe = [...seedDataset().findings.values()]
      .map((f) => ({ id: f.id, m: /([A-Za-z]{4,})['’]s\s+([A-Za-z]{4,})/.exec(f.text) }))
      .find((x) => x.m);
    expect(withApostrophe, 'a seed finding with an apostrophe in its text').toBeDefined();
    const [, word, next] = withApostrophe!.m!;
    const accented = word!.replace(/e/, 'é');
    for (const t of [
      `${word}'s ${next}`,
      `${word}’s ${next}`,
      `${word}s ${next}`.toUpperCase(),
      `${accented}s ${next}`,
    ]) {
      const ids = (await groups(t)).findings.map((h) => h.finding.id);
      expect(ids, t).toContain(withApostrophe!.id);
    }
  });

  it('forgives a missing curly apostrophe in passages too', async () => {
    const g = await groups('childrens');
    expect(g.passages.some((p) => /children[’']s/i.test(p.passage.text))).toBe(true);
  });
});
