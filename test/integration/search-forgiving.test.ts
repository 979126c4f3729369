/**
 * Search that forgives spelling, over the seeded graph and the real full-text index: accents, case and apostrophes
 * (straight or curly) fold; the exact name comes first and before placeholders; a phrase naming two bodies finds
 * both; and passages come back as their own group.
 */
import { describe, expect, it } from 'vitest';
import { gqlOk } from '../support/helpers.js';

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
});
