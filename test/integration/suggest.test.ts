import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { DEFAULT_WEIGHTS } from '../../api/features/suggest/weights.js';
import { gql, gqlOk, testDatabase, testStatement, uniqueId } from '../support/helpers.js';

const db = testDatabase();
const p = uniqueId('sgt');
const id = (x: string) => `${p}-${x}`;

const RESULT = `
  source { id name }
  weights { targetGroup place partnerOfPartner leverComplement existing }
  suggestions {
    rank node { id name type } organisationType partnershipKind score existingPartner
    reasons {
      kind text via { id name type } key weight sharedBy
      sourcePath { nodes { id } links { id } }
      suggestionPath { nodes { id } links { id } }
      path { nodes { id name type } links { id type from { id } to { id } evidence { sourceId sourceTitle line quote } } }
      evidence { sourceId line quote }
    }
  }`;
const Q = (field: string) => `query($o: ID, $p: ProfileInput, $first: Int, $w: SuggestWeights, $x: Boolean) {
  r: ${field}(organisationId: $o, profile: $p, first: $first, weights: $w, includeExisting: $x) { ${RESULT} } }`;
const COLLABORATORS = Q('suggestCollaborators');
const SPONSORS = Q('suggestSponsors');
const PARTNERSHIPS = Q('suggestPartnerships');

type Result = { r: { source: { id: string } | null; suggestions: any[]; weights: Record<string, number> } };
const run = (q: string, vars: Record<string, unknown>) => gqlOk<Result>(q, vars).then((d) => d.r);
const ln = Math.log;
const summary = (s: any[]) =>
  s.map((x) => ({ id: x.node.id, score: Number(x.score.toFixed(4)), existing: x.existingPartner }));
const kinds = (x: any) => x.reasons.map((r: any) => `${r.kind}:${r.via?.id ?? r.key}`).sort();

beforeAll(async () => {
  const [row] = await db.write(testStatement('suggest-graph'), { p });
  expect(row!.links).toBe(22);
});
afterAll(async () => {
  await db.write(testStatement('suggest-cleanup'), { p });
  await db.close();
});

describe('suggestCollaborators on a small graph with known answers', () => {
  it('ranks the partner of a partner who shares group and place first, then the downward backer, and leaves out the rest', async () => {
    const r = await run(COLLABORATORS, { o: id('a') });
    const { targetGroup, place, partnerOfPartner, leverComplement } = DEFAULT_WEIGHTS;
    // T1 and Site Q are reached by A, B and C (4 - 1 = 3 organisations, ln(1 + 3)); F's partners are A and B.
    const b = targetGroup / ln(4) + place / ln(4) + partnerOfPartner / ln(3);
    const c = targetGroup / ln(4) + place / ln(4) + leverComplement;
    expect(summary(r.suggestions)).toEqual([
      { id: id('b'), score: Number(b.toFixed(4)), existing: false },
      { id: id('c'), score: Number(c.toFixed(4)), existing: false },
    ]);
    expect(r.source).toEqual({ id: id('a'), name: `A ${p}` });
    expect(kinds(r.suggestions[0])).toEqual([
      `PARTNER_OF_PARTNER:${id('f')}`,
      `PLACE:${id('site-q')}`,
      `TARGET_GROUP:${id('t1')}`,
    ]);
    expect(kinds(r.suggestions[1])).toEqual([
      'LEVER_COMPLEMENT:UPWARD_DOWNWARD',
      `PLACE:${id('site-q')}`,
      `TARGET_GROUP:${id('t1')}`,
    ]);
    expect(r.suggestions.map((s: any) => s.rank)).toEqual([1, 2]);
  });

  it('explains each reason with the graph path on both sides and the citations of every link', async () => {
    const [b] = (await run(COLLABORATORS, { o: id('a') })).suggestions;
    const tg = b.reasons.find((x: any) => x.kind === 'TARGET_GROUP');
    expect(tg.text).toBe(
      `Both work with BMER communities ${p}, both in Site Q ${p} (A ${p} through I_A ${p}; B ${p} through I_B ${p})`,
    );
    expect(tg.sharedBy).toBe(3);
    expect(tg.sourcePath.links.map((l: any) => l.id)).toEqual([
      `DELIVERS:${id('a')}:${id('ia')}`,
      `TARGETS:${id('ia')}:${id('t1')}`,
    ]);
    expect(tg.suggestionPath.links.map((l: any) => l.id)).toEqual([
      `DELIVERS:${id('b')}:${id('ib')}`,
      `TARGETS:${id('ib')}:${id('t1')}`,
    ]);
    expect(tg.path.nodes.map((n: any) => n.id)).toEqual([id('a'), id('ia'), id('t1'), id('b'), id('ib')]);
    // Links keep their stored direction whichever way the path walked them.
    expect(tg.path.links.map((l: any) => [l.type, l.from.id, l.to.id])).toEqual([
      ['DELIVERS', id('a'), id('ia')],
      ['TARGETS', id('ia'), id('t1')],
      ['DELIVERS', id('b'), id('ib')],
      ['TARGETS', id('ib'), id('t1')],
    ]);
    const cite = { sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' };
    for (const l of tg.path.links) expect(l.evidence).toEqual([{ ...cite, sourceTitle: expect.any(String) }]);
    expect(tg.evidence).toEqual([cite]);

    const partner = b.reasons.find((x: any) => x.kind === 'PARTNER_OF_PARTNER');
    expect(partner.text).toBe(`A partner in common: F ${p} (A ${p} through G1 ${p}; B ${p} through G2 ${p})`);
    expect(partner.path.links.map((l: any) => l.id).sort()).toEqual(
      [
        `MEMBER_OF:${id('a')}:${id('g1')}`,
        `MEMBER_OF:${id('b')}:${id('g2')}`,
        `MEMBER_OF:${id('f')}:${id('g1')}`,
        `MEMBER_OF:${id('f')}:${id('g2')}`,
      ].sort(),
    );
  });

  it('marks existing partners when asked, and leaves them out by default', async () => {
    const shown = await run(COLLABORATORS, { o: id('a'), x: true });
    const f = shown.suggestions.find((s: any) => s.node.id === id('f'));
    expect(f).toMatchObject({ existingPartner: true, score: DEFAULT_WEIGHTS.existing });
    expect(f.reasons.map((r: any) => [r.kind, r.text])).toEqual([
      ['EXISTING', `Already partners (A ${p} through G1 ${p})`],
    ]);
    expect((await run(COLLABORATORS, { o: id('a') })).suggestions.some((s: any) => s.node.id === id('f'))).toBe(false);
  });

  it('applies the weights given and reports them', async () => {
    const r = await run(COLLABORATORS, { o: id('a'), w: { partnerOfPartner: 0, leverComplement: 5 } });
    expect(r.weights).toMatchObject({ partnerOfPartner: 0, leverComplement: 5, place: DEFAULT_WEIGHTS.place });
    expect(r.suggestions.map((s: any) => s.node.id)).toEqual([id('c'), id('b')]);
  });

  it('suggests from a profile, with complementary levers when it says it reaches up', async () => {
    const profile = { targetGroups: [id('t1')], places: [id('site-q')] };
    const plain = await run(COLLABORATORS, { p: profile });
    const each = DEFAULT_WEIGHTS.targetGroup / ln(5) + DEFAULT_WEIGHTS.place / ln(5);
    expect(plain.source).toBeNull();
    expect(summary(plain.suggestions)).toEqual(
      ['a', 'b', 'c'].map((x) => ({ id: id(x), score: Number(each.toFixed(4)), existing: false })),
    );
    expect(plain.suggestions[0].reasons[0].sourcePath).toBeNull();
    const up = await run(COLLABORATORS, { p: { ...profile, levers: ['UPWARD'] } });
    expect(up.suggestions[0]).toMatchObject({
      node: { id: id('c') },
      score: expect.closeTo(each + DEFAULT_WEIGHTS.leverComplement, 6),
    });
    const withPartnership = await run(COLLABORATORS, { p: { ...profile, partnerships: [id('g2')] }, x: true });
    expect(withPartnership.suggestions.find((s: any) => s.node.id === id('b')).existingPartner).toBe(true);
  });
});

describe('suggestSponsors and suggestPartnerships on the small graph', () => {
  it('suggests the council that backs work with the same group in the same place as a sponsor', async () => {
    const r = await run(SPONSORS, { o: id('a') });
    const c = DEFAULT_WEIGHTS.targetGroup / ln(3) + DEFAULT_WEIGHTS.place / ln(3);
    expect(summary(r.suggestions)).toEqual([{ id: id('c'), score: Number(c.toFixed(4)), existing: false }]);
    expect(r.suggestions[0].organisationType).toBe('LOCAL_AUTHORITY');
    expect(r.suggestions[0].reasons.map((x: any) => x.text)).toContain(
      `C ${p} sponsors, commissions or funds work in Site Q ${p} (A ${p} through I_A ${p}; C ${p} through I_C ${p})`,
    );
  });

  it('suggests the partnership a partner sits on first, and marks the one it already belongs to', async () => {
    const r = await run(PARTNERSHIPS, { o: id('a') });
    const g2 =
      DEFAULT_WEIGHTS.partnerOfPartner / ln(4) + DEFAULT_WEIGHTS.targetGroup / ln(5) + DEFAULT_WEIGHTS.place / ln(5);
    const g3 = DEFAULT_WEIGHTS.targetGroup / ln(5) + DEFAULT_WEIGHTS.place / ln(5);
    expect(summary(r.suggestions)).toEqual([
      { id: id('g2'), score: Number(g2.toFixed(4)), existing: false },
      { id: id('g3'), score: Number(g3.toFixed(4)), existing: false },
    ]);
    expect(r.suggestions[0].partnershipKind).toBe('NETWORK');
    const shown = await run(PARTNERSHIPS, { o: id('a'), x: true });
    expect(shown.suggestions.find((s: any) => s.node.id === id('g1')).existingPartner).toBe(true);
  });
});

describe('suggest input', () => {
  const err = async (vars: Record<string, unknown>) => {
    const r = await gql(COLLABORATORS, vars);
    return {
      code: r.errors?.[0]?.extensions?.code,
      field: r.errors?.[0]?.extensions?.field,
      message: r.errors?.[0]?.message,
    };
  };
  it('needs exactly one of organisationId and profile', async () => {
    expect(await err({})).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
      message: 'organisationId: give exactly one of organisationId and profile',
    });
    expect(await err({ o: id('a'), p: { places: [id('site-q')] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'profile',
    });
  });
  it('names the field of an unknown id, or of an id with the wrong label', async () => {
    expect(await err({ o: id('nobody') })).toEqual({
      code: 'NOT_FOUND',
      field: 'organisationId',
      message: `organisationId: no node with id "${id('nobody')}"`,
    });
    expect(await err({ p: { targetGroups: [id('t1'), id('nothing')] } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'profile.targetGroups[1]',
    });
    expect(await err({ p: { places: [id('t1')] } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'profile.places[0]',
      message: `profile.places[0]: "${id('t1')}" is a TargetGroup, not a Place`,
    });
    expect(await err({ o: id('g1') })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
  });
  it('rejects an empty profile, a bad size and a negative weight', async () => {
    expect(await err({ p: { levers: ['UPWARD'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'profile' });
    expect(await err({ o: id('a'), first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await err({ o: id('a'), w: { place: -1 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'weights.place',
    });
  });
});

describe('suggestions on the seed graph', () => {
  const ds = loadDataset(SEED_DIR);
  const acts = new Set(['DELIVERS', 'LEVER', 'COMMISSIONS', 'FUNDS']);
  const targeted = new Set([...ds.links.values()].filter((l) => l.type === 'TARGETS').map((l) => l.from));
  // Organisations that act on an initiative with a target group: picked from the data, not by fixed ids.
  const orgs = [
    ...new Set(
      [...ds.links.values()]
        .filter(
          (l) =>
            acts.has(l.type) &&
            ds.nodes.get(l.from)?.label === 'Organisation' &&
            targeted.has(l.to) &&
            (l.type !== 'LEVER' || l.stance === 'ENABLES'),
        )
        .map((l) => l.from),
    ),
  ].sort();

  it('explains every suggestion with connected paths whose links cite the seed evidence', async () => {
    expect(orgs.length).toBeGreaterThan(5);
    let checked = 0;
    for (const o of orgs.slice(0, 8)) {
      for (const q of [COLLABORATORS, SPONSORS, PARTNERSHIPS]) {
        const r = await run(q, { o, first: 5 });
        for (const s of r.suggestions) {
          expect(s.reasons.length).toBeGreaterThan(0);
          expect(s.score).toBeCloseTo(
            s.reasons.reduce((t: number, x: any) => t + x.weight, 0),
            6,
          );
          for (const reason of s.reasons) {
            const ids = new Set(reason.path.nodes.map((n: any) => n.id));
            expect(ids.has(o)).toBe(true);
            expect(ids.has(s.node.id)).toBe(true);
            if (reason.via) expect(ids.has(reason.via.id)).toBe(true);
            for (const l of reason.path.links) {
              expect(ids.has(l.from.id) && ids.has(l.to.id)).toBe(true);
              const seed = ds.links.get(l.id);
              expect(seed, l.id).toBeDefined();
              expect(l.evidence.map((c: any) => [c.sourceId, c.line, c.quote])).toEqual(
                seed!.evidence.map((c) => [c.sourceId, c.line, c.quote]),
              );
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
