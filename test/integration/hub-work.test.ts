/**
 * A question about one item does not walk a hub: the work Neo4j does (PROFILE's database hits) for initiative(id)
 * and for a neighbourhood stays within a constant factor whether the hub next to it has 20 or 2,000 members, and
 * the counts shown for the hub are right. Database hits, not time: they do not depend on how loaded the machine is.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../../api/db/cypher.js';
import { DEFAULT_CLAIMS } from '../../api/features/shared/args.js';
import { HUB_CAP } from '../../api/features/suggest/engine.js';
import { parseSuggestArgs } from '../../api/features/suggest/input.js';
import { cypherWeights } from '../../api/features/suggest/weights.js';
import { gqlOk, testDatabase, testStatement, uniqueId } from '../support/helpers.js';

const db = testDatabase();
const SMALL = 20;
const LARGE = 2000;
const small = uniqueId('hubs');
const large = uniqueId('hubl');
const n4j = inject('neo4j');
const driver = neo4j.driver(n4j.uri, neo4j.auth.basic(n4j.user, n4j.password));
const asOf = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await db.write(testStatement('hub-partnership'), { p: small, n: SMALL }, 120_000);
  await db.write(testStatement('hub-partnership'), { p: large, n: LARGE }, 120_000);
}, 240_000);
afterAll(async () => {
  for (const p of [small, large]) await db.write(testStatement('hub-partnership-cleanup'), { p }, 120_000);
  await db.close();
  await driver.close();
});

interface Plan {
  dbHits: number;
  children: Plan[];
}
const hits = (p: Plan): number => p.dbHits + p.children.reduce((s, c) => s + hits(c), 0);

/** PROFILE of one product statement: its total database hits. */
async function profile(name: string, params: Record<string, unknown>): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${cypher(name)}`, params);
    return hits(result.summary.profile as unknown as Plan);
  } finally {
    await session.close();
  }
}

const neighbourhood = (id: string, depth: number, limit: number) =>
  profile('queries/neighbourhood', { id, depth, limit, levers: null, claims: DEFAULT_CLAIMS });

/** suggestCollaborators' statement with the parameters the resolver passes. */
function suggestWork(organisationId: string): Promise<number> {
  const req = parseSuggestArgs({ organisationId, first: 10 });
  return profile('suggest/collaborators', {
    organisationId: req.organisationId,
    profile: req.profile,
    first: neo4j.int(req.first),
    includeExisting: req.includeExisting,
    weights: cypherWeights(req.weights),
    checks: req.checks,
    hubCap: neo4j.int(HUB_CAP),
  });
}

describe('work for one item next to a hub', () => {
  it('suggests collaborators for a member of a 2,000-member partnership with no more work than for one of 20', async () => {
    expect(SMALL).toBeLessThan(HUB_CAP);
    expect(LARGE).toBeGreaterThan(HUB_CAP);
    const [few, many] = [await suggestWork(`${small}-o0`), await suggestWork(`${large}-o0`)];
    expect(few).toBeGreaterThan(0);
    // Walking the large hub's members (and their partners, each a member too) would be thousands of times more.
    expect(many).toBeLessThanOrEqual(few * 1.5);
  });

  it('still finds the members of the small partnership as partners, and answers for the large one', async () => {
    const q = `query($o: ID!) { suggestCollaborators(organisationId: $o, includeExisting: true, first: 100) {
      suggestions { node { id } existingPartner reasons { kind sharedBy } } } }`;
    const few = (await gqlOk(q, { o: `${small}-o0` })).suggestCollaborators.suggestions;
    expect(few).toHaveLength(SMALL - 1);
    for (const s of few) {
      expect(s.existingPartner).toBe(true);
      // Each other member is a partner in common, whose partners are the rest of the partnership (the source included).
      const common = s.reasons.filter((r: { kind: string }) => r.kind === 'PARTNER_OF_PARTNER');
      expect(common).toHaveLength(SMALL - 2);
      for (const r of common) expect(r.sharedBy).toBe(SMALL - 1);
    }
    // The large partnership is a hub: shared with the source and nothing else, it finds no one on its own.
    const many = (await gqlOk(q, { o: `${large}-o0` })).suggestCollaborators.suggestions;
    expect(many).toEqual([]);
  });

  it('initiative(id) does as much work beside a partnership of 2,000 members as beside one of 20', async () => {
    const at = (p: string) =>
      profile('queries/initiative-items', {
        ids: [`${p}-i0`],
        asOf,
        claims: DEFAULT_CLAIMS,
        evidence: true,
        links: 'ALL',
      });
    const [few, many] = [await at(small), await at(large)];
    expect(few).toBeGreaterThan(0);
    expect(many).toBeLessThanOrEqual(few * 1.5);
  });

  it('still sees the hub partnership stand for a VCSE partner, and lists the initiative itself whole', async () => {
    const data = await gqlOk(
      `query($id: ID!) { initiative(id: $id) { id links { type } backers { backer { id } } alignment { sideward flags { flag } } } }`,
      { id: `${large}-i0` },
    );
    const i = data.initiative;
    expect(i.id).toBe(`${large}-i0`);
    expect(i.links.map((l: { type: string }) => l.type).sort()).toEqual(['DELIVERS', 'LEVER']);
    expect(i.backers.map((b: { backer: { id: string } }) => b.backer.id)).toEqual([`${large}-hub`]);
    expect(i.alignment.sideward).toBe(1);
    expect(i.alignment.flags.map((f: { flag: string }) => f.flag)).not.toContain('NO_VCSE_PARTNER');
  });

  it('answers a neighbourhood of the hub at depth 2 with no more work than at depth 1 once its own links fill the limit', async () => {
    const hub = `${large}-hub`;
    const [one, two] = [await neighbourhood(hub, 1, 50), await neighbourhood(hub, 2, 50)];
    expect(two).toBeLessThanOrEqual(one * 1.2);
    // The neighbourhood of a small hub that does not fill the limit still goes to depth 2.
    const data = await gqlOk(
      `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 300) { truncated nodes { id depth } } }`,
      { id: `${small}-hub` },
    );
    expect(data.neighbourhood.truncated).toBe(false);
    // The hub, its 20 members and 20 initiatives (depth 1); nothing else is linked to them.
    expect(data.neighbourhood.nodes).toHaveLength(1 + 2 * SMALL);
  });

  it('caps the neighbourhood of the large hub and counts what it left out', async () => {
    const data = await gqlOk(
      `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 50) { truncated nodes { id depth degree hiddenNeighbours } } }`,
      { id: `${large}-hub` },
    );
    const nb = data.neighbourhood;
    expect(nb.truncated).toBe(true);
    expect(nb.nodes).toHaveLength(50);
    expect(Math.max(...nb.nodes.map((n: { depth: number }) => n.depth))).toBe(1);
    const focus = nb.nodes.find((n: { id: string }) => n.id === `${large}-hub`);
    expect(focus.degree).toBe(2 * LARGE);
    // Its 2,000 members and 2,000 initiatives, less the 49 shown.
    expect(focus.hiddenNeighbours).toBe(2 * LARGE - 49);
  });

  it('counts a status page from the status index and reads names for one page only, not for every match', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const params = {
        status: 'ACTIVE',
        ...Object.fromEntries(
          [
            'frameworkElement',
            'source',
            'place',
            'targetGroup',
            'organisation',
            'partnership',
            'hasLever',
            'lacksLever',
            'afterName',
            'afterId',
          ].map((k) => [k, null]),
        ),
        asOf,
        claims: DEFAULT_CLAIMS,
        first: neo4j.int(10),
      };
      const result = await session.run(`PROFILE ${cypher('queries/initiatives')}`, params);
      const total = (result.records[0]!.get('total') as { toNumber(): number }).toNumber();
      expect(total).toBeGreaterThanOrEqual(LARGE);
      expect(result.records[0]!.get('page')).toHaveLength(11);
      // One index entry per match and a page's worth of names; a scan of every initiative with its status, name
      // and id read for each match did about four times the matches.
      expect(hits(result.summary.profile as unknown as Plan)).toBeLessThan(total * 1.5);
    } finally {
      await session.close();
    }
  });

  it('gives a page the same backers and flags whether or not it asks for every link (read without them when not)', async () => {
    const ask = (extra: string) =>
      gqlOk(
        `query($p: ID!) { initiatives(filter: {partnership: $p}, first: 5) { totalCount edges { node { id backers { linkId lever backer { id } } alignment { status flags { flag } } ${extra} } } } }`,
        { p: `${large}-hub` },
      );
    const bare = (await ask('')).initiatives;
    const full = (await ask('links { type }')).initiatives;
    expect(bare.edges).toHaveLength(5);
    expect(full.edges.map((e: { node: { links: unknown[] } }) => e.node.links.length)).not.toContain(0);
    expect(
      full.edges.map(({ node: { links: _, ...rest } }: { node: { links: unknown } & Record<string, unknown> }) => ({
        node: rest,
      })),
    ).toEqual(bare.edges);
    expect(bare.edges[0].node.backers.map((b: { backer: { id: string } }) => b.backer.id)).toEqual([`${large}-hub`]);
  });

  it('gives a page the same alignment whether or not it asks for the citations (read without them when not)', async () => {
    const ask = (extra: string) =>
      gqlOk(
        `query($p: ID!) { initiatives(filter: {partnership: $p}, first: 5) { totalCount edges { node { id alignment { status sideward flags { flag } } leverStates { lever state ${extra} } } } } }`,
        { p: `${small}-hub` },
      );
    const bare = (await ask('')).initiatives;
    const cited = (await ask('sources { sourceId state }')).initiatives;
    expect(bare.totalCount).toBe(SMALL);
    const strip = (c: typeof cited) => ({
      ...c,
      edges: c.edges.map((e: { node: { leverStates: { sources?: unknown }[] } }) => ({
        node: { ...e.node, leverStates: e.node.leverStates.map(({ sources: _, ...l }) => l) },
      })),
    });
    expect(strip(cited)).toEqual(bare);
    // With the citations asked for, the hub's sideward lever is cited by its link's source.
    const sideward = cited.edges[0].node.leverStates.find((l: { lever: string }) => l.lever === 'SIDEWARD');
    expect(sideward.sources).toContainEqual({ sourceId: '000', state: 'PRESENT' });
  });
});
