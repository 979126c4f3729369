/**
 * What the explorer asked of the neighbourhood and places: per node its kind, framework elements, places and
 * hidden neighbours; a place's partnerships with their members; sole dependence within a place. A small fixture
 * graph built through the API, asserted as whole values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlOk, uniqueId } from '../support/helpers.js';

const ev = [{ sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' }];
const tag = uniqueId('hood');
const ids = {
  area: `place-area-${tag}`,
  site: `place-site-${tag}`,
  other: `place-other-${tag}`,
  council: `org-council-${tag}`,
  vcse: `org-vcse-${tag}`,
  board: `part-board-${tag}`,
  forum: `part-forum-${tag}`,
  ini: `ini-${tag}`,
};
const created: string[] = [];
const create = async (kind: string, input: Record<string, unknown>) => {
  await gqlOk(`mutation($i: ${kind}Input!) { create${kind}(input: $i) { id } }`, { i: { ...input, evidence: ev } });
  created.push(input.id as string);
};
const link = (input: Record<string, unknown>) =>
  gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, { i: { ...input, evidence: ev } });

beforeAll(async () => {
  await create('Place', { id: ids.area, name: `Hood area ${tag}`, kind: 'LA_AREA' });
  await create('Place', { id: ids.site, name: `Hood site ${tag}`, kind: 'SITE' });
  await create('Place', { id: ids.other, name: `Hood elsewhere ${tag}`, kind: 'LA_AREA' });
  await create('Organisation', { id: ids.council, name: `Hood council ${tag}`, type: 'LOCAL_AUTHORITY' });
  await create('Organisation', { id: ids.vcse, name: `Hood charity ${tag}`, type: 'VCSE' });
  await create('Partnership', { id: ids.board, name: `Hood board ${tag}`, kind: 'BOARD' });
  await create('Partnership', { id: ids.forum, name: `Hood forum ${tag}`, kind: 'NETWORK' });
  await create('Initiative', {
    id: ids.ini,
    name: `Hood initiative ${tag}`,
    kind: 'PILOT',
    frameworkElements: ['E2', 'E5'],
  });
  await link({ type: 'WITHIN', from: ids.site, to: ids.area });
  await link({ type: 'LOCATED_IN', from: ids.ini, to: ids.area });
  await link({ type: 'WORKS_IN', from: ids.council, to: ids.area });
  await link({ type: 'LEVER', from: ids.council, to: ids.ini, lever: 'DOWNWARD', stance: 'ENABLES' });
  await link({ type: 'LEVER', from: ids.board, to: ids.ini, lever: 'SIDEWARD', stance: 'ENABLES' });
  await link({ type: 'MEMBER_OF', from: ids.council, to: ids.board, role: 'chair' });
  await link({ type: 'MEMBER_OF', from: ids.vcse, to: ids.board });
  await link({ type: 'WORKS_IN', from: ids.forum, to: ids.site });
});

afterAll(async () => {
  for (const id of created.reverse())
    await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
});

const NODE = 'id type depth kind frameworkElements places hiddenNeighbours';
const hood = async (limit?: number) =>
  (
    await gqlOk(`query($id: ID!, $n: Int) { neighbourhood(id: $id, limit: $n) { truncated nodes { ${NODE} } } }`, {
      id: ids.ini,
      n: limit,
    })
  ).neighbourhood;
const byId = (nodes: { id: string }[]) => Object.fromEntries(nodes.map((n) => [n.id, n]));

describe('neighbourhood nodes', () => {
  it('carry kind, framework elements, places and the neighbours left out of the result', async () => {
    const n = await hood();
    expect(n.truncated).toBe(false);
    expect(byId(n.nodes)).toEqual({
      [ids.ini]: {
        id: ids.ini,
        type: 'Initiative',
        depth: 0,
        kind: 'PILOT',
        frameworkElements: ['E2', 'E5'],
        places: [ids.area],
        hiddenNeighbours: 0,
      },
      // The area's other neighbours: the site within it (the council is in the result).
      [ids.area]: {
        id: ids.area,
        type: 'Place',
        depth: 1,
        kind: 'LA_AREA',
        frameworkElements: [],
        places: [],
        hiddenNeighbours: 1,
      },
      [ids.council]: {
        id: ids.council,
        type: 'Organisation',
        depth: 1,
        kind: 'LOCAL_AUTHORITY',
        frameworkElements: [],
        places: [ids.area],
        hiddenNeighbours: 0,
      },
      // The board's VCSE member is not in the result.
      [ids.board]: {
        id: ids.board,
        type: 'Partnership',
        depth: 1,
        kind: 'BOARD',
        frameworkElements: [],
        places: [],
        hiddenNeighbours: 1,
      },
    });
  });

  it('counts hidden neighbours of every node when the limit truncates the result', async () => {
    const n = await hood(2);
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(2);
    const focus = n.nodes.find((x: { id: string }) => x.id === ids.ini);
    expect(focus.hiddenNeighbours).toBe(2);
  });

  it('numbers the communities of what it returned, for anyone, the same on every read', async () => {
    const q = `query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } communities { id community } } }`;
    const one = await gqlOk<{
      neighbourhood: { nodes: { id: string }[]; communities: { id: string; community: number }[] };
    }>(q, { id: ids.council }, { as: 'ANONYMOUS' });
    const n = one.neighbourhood;
    expect(n.communities.map((c) => c.id).sort()).toEqual(n.nodes.map((x) => x.id).sort());
    const numbers = [...new Set(n.communities.map((c) => c.community))].sort((a, b) => a - b);
    expect(numbers[0]).toBe(0);
    expect(numbers).toEqual(numbers.map((_, i) => i)); // ranks 0..k-1, none skipped
    // Ranked by size: community 0 is at least as large as any other.
    const size = (k: number) => n.communities.filter((c) => c.community === k).length;
    for (const k of numbers) expect(size(0)).toBeGreaterThanOrEqual(size(k));
    const two = await gqlOk<typeof one>(q, { id: ids.council }, { as: 'ANONYMOUS' });
    expect(two.neighbourhood.communities).toEqual(n.communities);
  });
});

describe('Place.partnerships', () => {
  const Q = `partnerships { partnership { id name type } members { member { id type } role } }`;

  it('lists partnerships backing initiatives located there or working in a place within it, with members and roles', async () => {
    const { place } = await gqlOk(`query($id: ID!) { place(id: $id) { id ${Q} } }`, { id: ids.area });
    // Members by name: "Hood charity" before "Hood council".
    expect(place.partnerships).toEqual([
      {
        partnership: { id: ids.board, name: `Hood board ${tag}`, type: 'Partnership' },
        members: [
          { member: { id: ids.vcse, type: 'Organisation' }, role: null },
          { member: { id: ids.council, type: 'Organisation' }, role: 'chair' },
        ],
      },
      { partnership: { id: ids.forum, name: `Hood forum ${tag}`, type: 'Partnership' }, members: [] },
    ]);
    const { place: other } = await gqlOk(`query($id: ID!) { place(id: $id) { ${Q} } }`, { id: ids.other });
    expect(other.partnerships).toEqual([]);
  });

  it('gives the same partnerships for a place reached through a mutation (read in one batch)', async () => {
    const { place } = await gqlOk(`query($id: ID!) { place(id: $id) { ${Q} } }`, { id: ids.area });
    const { updatePlace } = await gqlOk(
      `mutation($id: ID!) { updatePlace(id: $id, input: { description: "test" }) { ${Q} } }`,
      { id: ids.area },
    );
    expect(updatePlace.partnerships).toEqual(place.partnerships);
  });
});

describe('soleDependence(place)', () => {
  it('ranks only initiatives located in the place or a place within it', async () => {
    const q = `query($p: ID) { soleDependence(place: $p, first: 5000) { backer { id } items { initiative { id } levers } } }`;
    const inArea = (await gqlOk(q, { p: ids.area })).soleDependence;
    expect(inArea.map((s: { backer: { id: string } }) => s.backer.id).sort()).toEqual([ids.council, ids.board].sort());
    expect(inArea.find((s: { backer: { id: string } }) => s.backer.id === ids.council).items).toEqual([
      { initiative: { id: ids.ini }, levers: ['DOWNWARD'] },
    ]);
    expect((await gqlOk(q, { p: ids.other })).soleDependence).toEqual([]);
  });
});
