/**
 * Claims in analysis: a contributor's UPWARD lever is UNVERIFIED; it counts by default and not with
 * includeUnverified: false; once a verifier rejects it, it counts nowhere: alignment, the report, profiles,
 * sole dependence, fragility, golden threads, compare and the neighbourhood (unless includeRejected).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlOk, uniqueId } from '../support/helpers.js';

const ev = [{ sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' }];
const tag = uniqueId('claims');
const ids = {
  council: `org-council-${tag}`,
  board: `part-board-${tag}`,
  community: `tg-community-${tag}`,
  ini: `ini-${tag}`,
};
const cls = `community voice ${tag}`;
let contributed = '';

const create = (kind: string, input: Record<string, unknown>) =>
  gqlOk(`mutation($i: ${kind}Input!) { create${kind}(input: $i) { id } }`, { i: { ...input, evidence: ev } });
const link = async (input: Record<string, unknown>, as: 'ADMIN' | 'CONTRIBUTOR' = 'ADMIN') =>
  (
    await gqlOk(
      `mutation($i: LinkInput!) { createLink(input: $i) { id claimStatus } }`,
      { i: { ...input, evidence: ev } },
      { as },
    )
  ).createLink as { id: string; claimStatus: string };

beforeAll(async () => {
  await create('Organisation', { id: ids.council, name: `Claims council ${tag}`, type: 'LOCAL_AUTHORITY' });
  await create('Partnership', { id: ids.board, name: `Claims board ${tag}`, kind: 'BOARD' });
  await create('TargetGroup', { id: ids.community, name: `Claims community ${tag}`, kind: 'PLACE' });
  await create('Initiative', { id: ids.ini, name: `Claims initiative ${tag}`, kind: 'PILOT' });
  // Added by the admin and verified by another verifier: a sponsor and a partnership, so the contributed community
  // voice completes a golden thread.
  for (const [from, lever] of [
    [ids.council, 'DOWNWARD'],
    [ids.board, 'SIDEWARD'],
  ] as const) {
    const l = await link({ type: 'LEVER', from, to: ids.ini, lever, stance: 'ENABLES' });
    await gqlOk(
      `mutation($id: ID!) { verifyLink(id: $id, accept: true, reason: "in the document") { id } }`,
      { id: l.id },
      { as: 'VERIFIER' },
    );
  }
  const c = await link(
    {
      type: 'LEVER',
      from: ids.community,
      to: ids.ini,
      lever: 'UPWARD',
      stance: 'ENABLES',
      class: cls,
      validFrom: '2020',
    },
    'CONTRIBUTOR',
  );
  expect(c.claimStatus).toBe('UNVERIFIED');
  contributed = c.id;
  // An officer checked for a community voice and found none, so leaving the claim out leaves a gap.
  await gqlOk(`mutation($id: ID!) { recordLeverCheck(initiativeId: $id, lever: UPWARD) { id } }`, { id: ids.ini });
});

afterAll(async () => {
  for (const id of [ids.ini, ids.community, ids.board, ids.council])
    await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
});

/** Everything the analysis says about the contributed link, read with or without unverified claims. */
async function seen(includeUnverified?: boolean) {
  const v = { id: ids.ini, tg: ids.community, u: includeUnverified };
  const d = await gqlOk(
    `query($id: ID!, $tg: ID!, $u: Boolean) {
    initiative(id: $id, includeUnverified: $u) { alignment { upward status flags { flag } } }
    initiatives(filter: { hasLever: [UPWARD], organisation: $tg }, includeUnverified: $u) { totalCount edges { node { alignment { upward } } } }
    alignmentReport(first: 5000, includeUnverified: $u) { items { initiative { id } alignment { upward status } } }
    leverProfile(groupBy: LEVER_CLASS, includeUnverified: $u) { key upward }
    soleDependence(first: 5000, includeUnverified: $u) { backer { id } }
    fragility(backerId: $tg, includeUnverified: $u) { initiatives affected { initiative { id } } }
    goldenThreads(first: 5000, includeUnverified: $u) { initiative { id } }
    compare(from: "2019", to: "2021", includeUnverified: $u) { links { linkId change } statusChanges { initiative { id } from to } }
    neighbourhood(id: $id, includeUnverified: $u) { nodes { id } edges { id claimStatus } }
  }`,
    v,
  );
  return {
    upward: d.initiative.alignment.upward,
    status: d.initiative.alignment.status,
    noCommunityVoice: d.initiative.alignment.flags.some((f: { flag: string }) => f.flag === 'NO_COMMUNITY_VOICE'),
    filtered: d.initiatives.totalCount,
    report: d.alignmentReport.items.find((i: { initiative: { id: string } }) => i.initiative.id === ids.ini).alignment,
    profile: d.leverProfile.find((r: { key: string }) => r.key === `UPWARD:${cls}`) ?? null,
    sole: d.soleDependence.some((s: { backer: { id: string } }) => s.backer.id === ids.community),
    fragility: d.fragility.initiatives,
    golden: d.goldenThreads.filter((g: { initiative: { id: string } }) => g.initiative.id === ids.ini).length,
    appeared: d.compare.links
      .filter((l: { linkId: string }) => l.linkId === contributed)
      .map((l: { change: string }) => l.change),
    statusChange:
      d.compare.statusChanges.find((s: { initiative: { id: string } }) => s.initiative.id === ids.ini) ?? null,
    edge: d.neighbourhood.edges.find((e: { id: string }) => e.id === contributed) ?? null,
    neighbour: d.neighbourhood.nodes.some((n: { id: string }) => n.id === ids.community),
  };
}

const counted = {
  upward: 1,
  status: 'ALIGNED',
  noCommunityVoice: false,
  filtered: 1,
  report: { upward: 1, status: 'ALIGNED' },
  profile: { key: `UPWARD:${cls}`, upward: 1 },
  sole: true,
  fragility: 1,
  golden: 1,
  appeared: ['APPEARED'],
  statusChange: { initiative: { id: ids.ini }, from: 'PARTIAL', to: 'ALIGNED' },
  edge: { id: '', claimStatus: 'UNVERIFIED' },
  neighbour: true,
};
const notCounted = {
  upward: 0,
  status: 'PARTIAL',
  noCommunityVoice: true,
  filtered: 0,
  report: { upward: 0, status: 'PARTIAL' },
  profile: null,
  sole: false,
  fragility: 0,
  golden: 0,
  appeared: [],
  statusChange: null,
  edge: null,
  neighbour: false,
};

describe('claims in analysis', () => {
  it('counts an unverified contributed lever by default, and not with includeUnverified: false', async () => {
    expect(await seen()).toEqual({ ...counted, edge: { id: contributed, claimStatus: 'UNVERIFIED' } });
    expect(await seen(true)).toEqual({ ...counted, edge: { id: contributed, claimStatus: 'UNVERIFIED' } });
    expect(await seen(false)).toEqual(notCounted);
  });

  it('counts a rejected lever nowhere; the neighbourhood shows it only when asked to', async () => {
    const { verifyLink } = await gqlOk(
      `mutation($id: ID!) { verifyLink(id: $id, accept: false, reason: "Not in the cited passage") { claimStatus } }`,
      { id: contributed },
      { as: 'VERIFIER' },
    );
    expect(verifyLink.claimStatus).toBe('REJECTED');
    expect(await seen()).toEqual(notCounted);
    expect(await seen(false)).toEqual(notCounted);
    const q = `query($id: ID!, $r: Boolean) { neighbourhood(id: $id, includeRejected: $r) { nodes { id } edges { id claimStatus } } }`;
    const shown = (await gqlOk(q, { id: ids.ini, r: true })).neighbourhood;
    expect(shown.edges.find((e: { id: string }) => e.id === contributed)).toEqual({
      id: contributed,
      claimStatus: 'REJECTED',
    });
    expect(shown.nodes.map((n: { id: string }) => n.id)).toContain(ids.community);
    // Network analyses and graph exports leave it out too.
    const { exportGraph } = await gqlOk(
      `query($f: GraphFilter) { exportGraph(format: CYTOSCAPE_JSON, filter: $f) { content } }`,
      { f: { focus: ids.ini, depth: 1 } },
    );
    const edges = JSON.parse(exportGraph.content).elements.edges.map((e: { data: { id: string } }) => e.data.id);
    expect(edges).not.toContain(contributed);
    expect(edges.length).toBeGreaterThan(0);
    // The link itself is kept for the record, with its claim, among the initiative's backers.
    const { initiative } = await gqlOk(`query($id: ID!) { initiative(id: $id) { backers { linkId claimStatus } } }`, {
      id: ids.ini,
    });
    expect(initiative.backers).toContainEqual({ linkId: contributed, claimStatus: 'REJECTED' });
  });
});
