/**
 * verifyLinks: a verifier accepts or rejects several contributed links at once, all or none, each audited; a batch
 * with a missing link or the verifier's own claim changes nothing; roles below verifier are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlOk, uniqueId } from '../support/helpers.js';

const ev = [{ sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' }];
const tag = uniqueId('batch');
const ini = `ini-${tag}`;
const groups = [1, 2, 3].map((n) => `tg-${n}-${tag}`);
const links: string[] = [];

const link = async (from: string, as: 'CONTRIBUTOR' | 'VERIFIER') =>
  (
    await gqlOk(
      `mutation($i: LinkInput!) { createLink(input: $i) { id } }`,
      { i: { type: 'LEVER', from, to: ini, lever: 'UPWARD', stance: 'ENABLES', confidence: 'STATED', evidence: ev } },
      { as },
    )
  ).createLink.id as string;
const statuses = async (ids: string[]) =>
  Promise.all(
    ids.map(async (id) => (await gqlOk(`query($id: ID!) { link(id: $id) { claimStatus } }`, { id })).link.claimStatus),
  );
const verify = (ids: string[], accept: boolean, as: 'VERIFIER' | 'CONTRIBUTOR' | 'VIEWER' | 'ANONYMOUS' = 'VERIFIER') =>
  gql(
    `mutation($ids: [ID!]!, $a: Boolean!) { verifyLinks(ids: $ids, accept: $a, reason: "checked against the report") { id claimStatus verifiedBy } }`,
    { ids, a: accept },
    { as },
  );

beforeAll(async () => {
  await gqlOk(`mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }`, {
    i: { id: ini, name: `Batch initiative ${tag}`, kind: 'PILOT', evidence: ev },
  });
  for (const [n, id] of groups.entries())
    await gqlOk(`mutation($i: TargetGroupInput!) { createTargetGroup(input: $i) { id } }`, {
      i: { id, name: `Batch group ${n} ${tag}`, kind: 'PLACE', evidence: ev },
    });
  links.push(await link(groups[0]!, 'CONTRIBUTOR'), await link(groups[1]!, 'CONTRIBUTOR'));
  links.push(await link(groups[2]!, 'VERIFIER'));
}, 120_000);
afterAll(async () => {
  for (const id of [ini, ...groups])
    await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
});

describe('verifyLinks', { timeout: 120_000 }, () => {
  it('changes nothing when one link of the batch is missing', async () => {
    const res = await verify([links[0]!, 'LEVER:tg-nothing:ini-nothing:UPWARD'], true);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statuses([links[0]!])).toEqual(['UNVERIFIED']);
  });

  it("changes nothing when the batch holds the verifier's own claim", async () => {
    const res = await verify([links[0]!, links[2]!], true);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statuses([links[0]!, links[2]!])).toEqual(['UNVERIFIED', 'UNVERIFIED']);
  });

  it('refuses roles below verifier, and a batch without a reason or with a link twice', async () => {
    for (const as of ['CONTRIBUTOR', 'VIEWER'] as const)
      expect((await verify([links[0]!], true, as)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await verify([links[0]!], true, 'ANONYMOUS')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const twice = await verify([links[0]!, links[0]!], true);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const blank = await gql(
      `mutation($ids: [ID!]!) { verifyLinks(ids: $ids, accept: true, reason: " ") { id } }`,
      {
        ids: [links[0]!],
      },
      { as: 'VERIFIER' },
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await statuses([links[0]!])).toEqual(['UNVERIFIED']);
  });

  it('accepts several at once, each audited with the reason', async () => {
    const res = await verify([links[0]!, links[1]!], true);
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifyLinks).toEqual([
      { id: links[0], claimStatus: 'VERIFIED', verifiedBy: 'test-verifier' },
      { id: links[1], claimStatus: 'VERIFIED', verifiedBy: 'test-verifier' },
    ]);
    for (const id of [links[0]!, links[1]!]) {
      const [entry] = (await gqlOk(`query($t: ID!) { history(targetId: $t) { action user reason } }`, { t: id }))
        .history;
      expect(entry).toEqual({ action: 'VERIFY', user: 'test-verifier', reason: 'checked against the report' });
    }
  });
});
