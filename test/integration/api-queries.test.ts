import { describe, expect, it, onTestFinished } from 'vitest';
import { countByLabel, countByType, loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { Builders } from '../support/builders.js';
import { gql, gqlOk } from '../support/helpers.js';

const ds = loadDataset(SEED_DIR);
const nodesOf = (label: string) => [...ds.nodes.values()].filter((n) => n.label === label).map((n) => n.props);
const links = [...ds.links.values()];

/** The seeded initiative with the most lever links, so the test exercises a rich case. */
const richest = nodesOf('Initiative')
  .map((i) => ({ i, n: links.filter((l) => l.type === 'LEVER' && l.to === i.id).length }))
  .sort((a, b) => b.n - a.n)[0]!.i;

describe('stats', () => {
  it('counts what the seed holds, and every relationship is evidenced', async () => {
    const { stats } = await gqlOk(
      `{ stats { organisations directorates partnerships initiatives targetGroups places sources relationships evidencedRelationships } }`,
    );
    const c = countByLabel(ds);
    const totalLinks = Object.values(countByType(ds)).reduce((a, b) => a + b, 0);
    expect(stats).toEqual({
      organisations: c.Organisation,
      directorates: c.Directorate,
      partnerships: c.Partnership,
      initiatives: c.Initiative,
      targetGroups: c.TargetGroup,
      places: c.Place,
      sources: 5,
      relationships: totalLinks,
      evidencedRelationships: totalLinks,
    });
  });
});

describe('search', () => {
  it('finds an entity by a word of its name, best match first, with its type', async () => {
    const target = nodesOf('Partnership')[0]!;
    const word = target.name
      .split(/\s+/)
      .sort((a, b) => b.length - a.length)[0]!
      .replace(/[^\p{L}\p{N}]/gu, '');
    const { search } = await gqlOk(
      `query($t: String!) { search(text: $t, first: 50) { id name type score match placeholder } }`,
      { t: word },
    );
    expect(search.map((h: { id: string }) => h.id)).toContain(target.id);
    // Best match first: exact names, then whole names or prefixes, then all the words, then fuzzy ones; named
    // bodies before placeholders; then by score.
    type Hit = { score: number; match: string; placeholder: boolean };
    const rank = (h: Hit) => ({ EXACT: 0, NAMED: 1, PREFIX: 1, WORDS: 2, FUZZY: 3 })[h.match] ?? 9;
    search.slice(1).forEach((h: Hit, i: number) => {
      const prev = search[i] as Hit;
      expect(rank(h)).toBeGreaterThanOrEqual(rank(prev));
      if (rank(h) === rank(prev)) {
        expect(Number(h.placeholder)).toBeGreaterThanOrEqual(Number(prev.placeholder));
        if (h.placeholder === prev.placeholder) expect(h.score).toBeLessThanOrEqual(prev.score);
      }
    });
    expect(search.find((h: { id: string }) => h.id === target.id).type).toBe('Partnership');
  });

  it('matches a prefix for typeahead and can be limited to one label', async () => {
    const { search } = await gqlOk(`{ search(text: "Gatesh", types: [Place]) { id type } }`);
    expect(search.length).toBeGreaterThan(0);
    expect(search.every((h: { type: string }) => h.type === 'Place')).toBe(true);
    expect(search.map((h: { id: string }) => h.id)).toContain('place-gateshead');
  });

  it('treats Lucene syntax as plain text and rejects an oversized query', async () => {
    const weird = await gql(`{ search(text: "AND OR (\\"unbalanced [x") { id } }`);
    expect(weird.errors).toBeUndefined();
    const long = await gql(`query($t: String!) { search(text: $t) { id } }`, { t: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toBe('text: must be at most 200 characters');
  });
});

describe('lookups by id', () => {
  const cases = [
    ['organisation', 'Organisation'],
    ['directorate', 'Directorate'],
    ['partnership', 'Partnership'],
    ['targetGroup', 'TargetGroup'],
    ['place', 'Place'],
    ['initiative', 'Initiative'],
  ] as const;
  for (const [field, label] of cases) {
    it(`${field}(id) returns the node with its evidence and every link with evidence`, async () => {
      const node = nodesOf(label).find((n) => links.some((l) => l.from === n.id || l.to === n.id))!;
      const data = await gqlOk(
        `query($id: ID!) { ${field}(id: $id) { id name label placeholder evidence { sourceId sourceTitle line quote }
        links { id type from { id type } to { id type } confidence evidence { sourceId line quote } } } }`,
        { id: node.id },
      );
      const got = data[field];
      expect(got.id).toBe(node.id);
      expect(got.label).toBe(label);
      expect(got.evidence).toEqual(
        node.evidence.map((c) => ({
          sourceId: c.sourceId,
          sourceTitle: ds.sources.find((s) => s.id === c.sourceId)!.title,
          line: c.line,
          quote: c.quote,
        })),
      );
      const expected = links
        .filter((l) => l.from === node.id || l.to === node.id)
        .map((l) => l.id)
        .sort();
      expect(got.links.map((l: { id: string }) => l.id).sort()).toEqual(expected);
      for (const l of got.links) expect(l.evidence.length).toBeGreaterThan(0);
    });
  }

  it('returns null for an unknown id and for an id of another label', async () => {
    const org = nodesOf('Organisation')[0]!;
    const data = await gqlOk(
      `query($id: ID!) { organisation(id: "no-such-id") { id } partnership(id: $id) { id } entity(id: $id) { id label } }`,
      { id: org.id },
    );
    expect(data).toEqual({ organisation: null, partnership: null, entity: { id: org.id, label: 'Organisation' } });
  });

  it('looks up a link and a source by id', async () => {
    const l = links.find((x) => x.type === 'LEVER')!;
    const data = await gqlOk(
      `query($id: ID!) { link(id: $id) { id type lever stance from { id } to { id } evidence { line } } source(id: "003") { id title } }`,
      { id: l.id },
    );
    expect(data.link).toEqual({
      id: l.id,
      type: 'LEVER',
      lever: l.lever,
      stance: l.stance,
      from: { id: l.from },
      to: { id: l.to },
      evidence: l.evidence.map((e) => ({ line: e.line })),
    });
    expect(data.source.id).toBe('003');
  });
});

describe('initiative(id)', () => {
  it('lists its backers with lever, stance and evidence, and counts enabling backers per lever', async () => {
    const { initiative } = await gqlOk(
      `query($id: ID!) { initiative(id: $id) {
      backers { linkId lever stance class confidence backer { id name type } evidence { sourceId line quote } }
      alignment { downward sideward upward status gaps } } }`,
      { id: richest.id },
    );
    const mine = links.filter((l) => l.type === 'LEVER' && l.to === richest.id);
    expect(initiative.backers.map((b: { linkId: string }) => b.linkId).sort()).toEqual(mine.map((l) => l.id).sort());
    const now = new Date().toISOString().slice(0, 10);
    const current = mine.filter(
      (l) =>
        (!l.validTo || l.validTo >= now.slice(0, l.validTo.length)) &&
        (!l.validFrom || l.validFrom <= now.slice(0, l.validFrom.length)),
    );
    const count = (lever: string) => current.filter((l) => l.lever === lever && l.stance === 'ENABLES').length;
    expect(initiative.alignment.downward).toBe(count('DOWNWARD'));
    expect(initiative.alignment.sideward).toBe(count('SIDEWARD'));
    expect(initiative.alignment.upward).toBe(count('UPWARD'));
  });

  it('reports an initiative with no lever recorded as UNKNOWN, not as a gap', async () => {
    // Deleted when this test ends: the tests below count the seed's initiatives.
    const make = new Builders();
    onTestFinished(() => make.dispose());
    const none = await make.initiative();
    const { initiative } = await gqlOk(`query($id: ID!) { initiative(id: $id) { alignment { status gaps } } }`, {
      id: none,
    });
    expect(initiative.alignment).toEqual({ status: 'UNKNOWN', gaps: [] });
  });
});

describe('initiatives(filter)', () => {
  const Q = `query($f: InitiativeFilter, $first: Int, $after: String) { initiatives(filter: $f, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;

  async function all(filter: Record<string, unknown> | null): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { initiatives }: any = await gqlOk(Q, { f: filter, first: 40, after });
      ids.push(...initiatives.edges.map((e: any) => e.node.id));
      if (!initiatives.pageInfo.hasNextPage) {
        expect(ids.length).toBe(initiatives.totalCount);
        return ids;
      }
      after = initiatives.pageInfo.endCursor;
    }
  }

  it('pages through every initiative exactly once, in name order', async () => {
    const ids = await all(null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      nodesOf('Initiative')
        .map((i) => i.id)
        .sort(),
    );
  });

  it('filters by target group, framework element, organisation and partnership as the links say', async () => {
    const tg = links.find((l) => l.type === 'TARGETS')!.to;
    expect((await all({ targetGroup: tg })).sort()).toEqual(
      [...new Set(links.filter((l) => l.type === 'TARGETS' && l.to === tg).map((l) => l.from))].sort(),
    );

    const withE = nodesOf('Initiative')
      .filter((i) => (i.frameworkElements as string[]).includes('E7'))
      .map((i) => i.id)
      .sort();
    expect((await all({ frameworkElement: 'E7' })).sort()).toEqual(withE);

    const backing = ['LEVER', 'COMMISSIONS', 'DELIVERS', 'FUNDS'];
    const org = links.find((l) => backing.includes(l.type) && ds.nodes.get(l.from)!.label === 'Organisation')!.from;
    const viaDirectorates = links.filter((l) => l.type === 'PART_OF' && l.to === org).map((l) => l.from);
    const expectOrg = new Set(
      links
        .filter(
          (l) =>
            backing.includes(l.type) &&
            ds.nodes.get(l.to)!.label === 'Initiative' &&
            (l.from === org || viaDirectorates.includes(l.from)),
        )
        .map((l) => l.to),
    );
    expect((await all({ organisation: org })).sort()).toEqual([...expectOrg].sort());

    const p = links.find((l) => l.type === 'MEMBER_OF')!.to;
    const members = links.filter((l) => l.type === 'MEMBER_OF' && l.to === p).map((l) => l.from);
    const expectP = new Set(
      links
        .filter(
          (l) =>
            backing.includes(l.type) &&
            ds.nodes.get(l.to)!.label === 'Initiative' &&
            (l.from === p || members.includes(l.from)),
        )
        .map((l) => l.to),
    );
    expect((await all({ partnership: p })).sort()).toEqual([...expectP].sort());
  });

  it('filters by place, including places within it', async () => {
    const within = links.filter((l) => l.type === 'WITHIN');
    const place = within[0]?.to ?? links.find((l) => l.type === 'LOCATED_IN')!.to;
    const inside = new Set([place]);
    for (let i = 0; i < 3; i++) for (const w of within) if (inside.has(w.to)) inside.add(w.from);
    const expected = new Set(links.filter((l) => l.type === 'LOCATED_IN' && inside.has(l.to)).map((l) => l.from));
    expect((await all({ place })).sort()).toEqual([...expected].sort());
  });

  it('filters by status alone, and with a place or a lever, as each filter says on its own', async () => {
    // The two commonest statuses: one counted from the index and paged by the name index, one by its matches.
    const byStatus = new Map<string, number>();
    for (const i of nodesOf('Initiative'))
      byStatus.set(i.status as string, (byStatus.get(i.status as string) ?? 0) + 1);
    const statuses = [...byStatus.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([s]) => s);
    expect(statuses).toHaveLength(2);
    const place = links.find((l) => l.type === 'LOCATED_IN')!.to;
    const inPlace = new Set(await all({ place }));
    const withDownward = new Set(await all({ hasLever: ['DOWNWARD'] }));
    for (const status of statuses) {
      const expected = nodesOf('Initiative')
        .filter((i) => i.status === status)
        .map((i) => i.id)
        .sort();
      const only = await all({ status });
      expect([...only].sort()).toEqual(expected);
      expect((await all({ status, place })).sort()).toEqual(expected.filter((id) => inPlace.has(id)));
      expect((await all({ status, hasLever: ['DOWNWARD'] })).sort()).toEqual(
        expected.filter((id) => withDownward.has(id)),
      );
    }
  });

  it('splits initiatives by presence and absence of a lever', async () => {
    const total = nodesOf('Initiative').length;
    for (const lever of ['DOWNWARD', 'SIDEWARD', 'UPWARD']) {
      const has = await all({ hasLever: [lever] });
      const lacks = await all({ lacksLever: [lever] });
      expect(has.length + lacks.length).toBe(total);
      expect(has.filter((id) => lacks.includes(id))).toEqual([]);
      expect(has.length).toBeGreaterThan(0);
    }
    const { initiatives } = await gqlOk(
      `{ initiatives(filter: { hasLever: [DOWNWARD, SIDEWARD, UPWARD] }, first: 500) { edges { node { alignment { downward sideward upward } } } } }`,
    );
    for (const e of initiatives.edges)
      expect(Math.min(e.node.alignment.downward, e.node.alignment.sideward, e.node.alignment.upward)).toBeGreaterThan(
        0,
      );
  });

  it('rejects a bad page size and a forged cursor, naming the argument', async () => {
    const big = await gql(`{ initiatives(first: 501) { totalCount } }`);
    expect(big.errors?.[0]).toMatchObject({
      message: 'first: must be between 1 and 500',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await gql(`{ initiatives(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0]).toMatchObject({
      message: 'after: is not a cursor returned by this API',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('neighbourhood', () => {
  const Q = `query($id: ID!, $d: Int, $l: [Lever!], $n: Int) { neighbourhood(id: $id, depth: $d, levers: $l, limit: $n) {
    focus truncated nodes { id label type depth degree } edges { id source target type lever stance confidence } } }`;

  it('returns the focus and its direct neighbours at depth 1, with the links between them', async () => {
    const { neighbourhood: n } = await gqlOk(Q, { id: richest.id, d: 1 });
    const direct = new Set(
      links.filter((l) => l.from === richest.id || l.to === richest.id).flatMap((l) => [l.from, l.to]),
    );
    expect(n.nodes.map((x: any) => x.id).sort()).toEqual([...direct].sort());
    expect(n.nodes.find((x: any) => x.id === richest.id).depth).toBe(0);
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    const expectedEdges = links
      .filter((l) => ids.has(l.from) && ids.has(l.to))
      .map((l) => l.id)
      .sort();
    expect(n.edges.map((e: any) => e.id).sort()).toEqual(expectedEdges);
    expect(n.truncated).toBe(false);
  });

  it('grows with depth, truncates at the limit with a flag, and follows only the chosen levers', async () => {
    const d1 = (await gqlOk(Q, { id: richest.id, d: 1 })).neighbourhood;
    const d2 = (await gqlOk(Q, { id: richest.id, d: 2, n: 5000 })).neighbourhood;
    expect(d2.nodes.length).toBeGreaterThan(d1.nodes.length);
    expect(Math.max(...d2.nodes.map((x: any) => x.depth))).toBe(2);
    const small = (await gqlOk(Q, { id: richest.id, d: 2, n: 3 })).neighbourhood;
    expect(small.nodes).toHaveLength(3);
    expect(small.truncated).toBe(true);
    const up = (await gqlOk(Q, { id: richest.id, d: 1, l: ['UPWARD'] })).neighbourhood;
    expect(up.edges.filter((e: any) => e.type === 'LEVER').every((e: any) => e.lever === 'UPWARD')).toBe(true);
  });

  it('rejects depth 4 and an unknown id', async () => {
    const deep = await gql(Q, { id: richest.id, d: 4 });
    expect(deep.errors?.[0]).toMatchObject({
      message: 'depth: must be 1, 2 or 3',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await gql(Q, { id: 'no-such-node', d: 1 });
    expect(missing.errors?.[0]).toMatchObject({
      message: 'node "no-such-node" not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('entities(type)', () => {
  it('lists every node of a label by name, in pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { entities }: any = await gqlOk(
        `query($a: String) { entities(type: Partnership, first: 7, after: $a) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      );
      seen.push(...entities.nodes.map((n: any) => n.id));
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(
      nodesOf('Partnership')
        .map((p) => p.id)
        .sort(),
    );
  });
});

describe('initiatives reached through the generic fields', () => {
  it('have their alignment through entity(id) and entities(type: Initiative)', async () => {
    const { entity } = await gqlOk(
      `query($id: ID!) { entity(id: $id) { id ... on Initiative { alignment { status downward } } } }`,
      { id: richest.id },
    );
    const { initiative } = await gqlOk(`query($id: ID!) { initiative(id: $id) { id alignment { status downward } } }`, {
      id: richest.id,
    });
    expect(entity).toEqual(initiative);
    const { entities } = await gqlOk(
      `{ entities(type: Initiative, first: 5) { totalCount nodes { id ... on Initiative { alignment { status } } } } }`,
    );
    expect(entities.totalCount).toBe(nodesOf('Initiative').length);
    expect(entities.nodes).toHaveLength(5);
    for (const n of entities.nodes)
      expect(['ALIGNED', 'PARTIAL', 'CONTESTED', 'UNKNOWN']).toContain(n.alignment.status);
  });
});
