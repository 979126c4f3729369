import { afterAll, describe, expect, it } from 'vitest';
import { citation, gql, gqlOk, testDatabase, uniqueId, createOrgAndInitiative } from '../support/helpers.js';

const db = testDatabase();
const created: string[] = [];
afterAll(async () => {
  for (const id of created) await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
  await db.close();
});

const stats = async () =>
  (
    await gqlOk(
      `{ stats { organisations directorates partnerships initiatives targetGroups places relationships evidencedRelationships } }`,
    )
  ).stats;

const NODE_CASES = [
  {
    label: 'Organisation',
    create: 'createOrganisation',
    update: 'updateOrganisation',
    extra: { type: 'VCSE' },
    change: { subtype: 'charity' },
  },
  {
    label: 'Directorate',
    create: 'createDirectorate',
    update: 'updateDirectorate',
    extra: { kind: 'PUBLIC_HEALTH' },
    change: { kind: 'HOUSING' },
  },
  {
    label: 'Partnership',
    create: 'createPartnership',
    update: 'updatePartnership',
    extra: { kind: 'BOARD' },
    change: { validFrom: '2013-04' },
  },
  {
    label: 'Initiative',
    create: 'createInitiative',
    update: 'updateInitiative',
    extra: { kind: 'PILOT', frameworkElements: ['E7', 'E9'] },
    change: { status: 'AT_RISK' },
  },
  {
    label: 'TargetGroup',
    create: 'createTargetGroup',
    update: 'updateTargetGroup',
    extra: { kind: 'FAITH' },
    change: { kind: 'IDENTITY' },
  },
  {
    label: 'Place',
    create: 'createPlace',
    update: 'updatePlace',
    extra: { kind: 'NEIGHBOURHOOD' },
    change: { code: 'E08000037' },
  },
] as const;

describe('node mutations', () => {
  for (const c of NODE_CASES) {
    it(`creates, reads, updates and deletes a ${c.label}`, async () => {
      const id = uniqueId(c.label.toLowerCase());
      const input = { id, name: `Test ${c.label}`, aliases: ['An alias'], evidence: [citation], ...c.extra };
      const made = (
        await gqlOk(
          `mutation($i: ${c.label}Input!) { ${c.create}(input: $i) { id name label version aliases evidence { sourceId line quote } } }`,
          { i: input },
        )
      )[c.create];
      expect(made).toEqual({
        id,
        name: input.name,
        label: c.label,
        version: 1,
        aliases: ['An alias'],
        evidence: [citation],
      });

      const field = c.label.charAt(0).toLowerCase() + c.label.slice(1);
      const key = Object.keys(c.change)[0]!;
      const updated = (
        await gqlOk(
          `mutation($id: ID!, $u: ${c.label}Update!) { ${c.update}(id: $id, input: $u, expectedVersion: 1) { id version ${key} description } }`,
          { id, u: { ...c.change, description: 'Changed' } },
        )
      )[c.update];
      expect(updated).toEqual({
        id,
        version: 2,
        [key]: (c.change as Record<string, unknown>)[key],
        description: 'Changed',
      });
      const read = (await gqlOk(`query($id: ID!) { ${field}(id: $id) { ${key} description } }`, { id }))[field];
      expect(read).toEqual({ [key]: (c.change as Record<string, unknown>)[key], description: 'Changed' });

      const cleared = (
        await gqlOk(
          `mutation($id: ID!) { ${c.update}(id: $id, input: { description: null }) { description version } }`,
          { id },
        )
      )[c.update];
      expect(cleared).toEqual({ description: null, version: 3 });

      expect((await gqlOk(`mutation($id: ID!) { deleteEntity(id: $id) { id deleted } }`, { id })).deleteEntity).toEqual(
        { id, deleted: true },
      );
      expect((await gqlOk(`query($id: ID!) { entity(id: $id) { id } }`, { id })).entity).toBeNull();
    });
  }

  it('makes an id from the name when none is given', async () => {
    const { createTargetGroup } = await gqlOk(
      `mutation { createTargetGroup(input: { name: "Carers of people with dementia", kind: PATIENT, evidence: [{ sourceId: "000", line: 884, quote: "golden thread" }] }) { id } }`,
    );
    created.push(createTargetGroup.id);
    expect(createTargetGroup.id).toMatch(/^tg-carers-of-people-with-dementia-[0-9a-f]{6}$/);
  });

  it('stores an injection attempt literally and changes nothing else', async () => {
    const before = await stats();
    const nasty = "x'}) DETACH DELETE n //";
    const id = uniqueId('org');
    created.push(id);
    const { createOrganisation } = await gqlOk(
      `mutation($n: String!, $id: ID!) { createOrganisation(input: { id: $id, name: $n, type: OTHER, description: $n, evidence: [{ sourceId: "000", line: 884, quote: "golden thread" }] }) { name description } }`,
      { n: nasty, id },
    );
    expect(createOrganisation).toEqual({ name: nasty, description: nasty });
    const after = await stats();
    expect(after).toEqual({ ...before, organisations: before.organisations + 1 });
    const { search } = await gqlOk(`{ search(text: "DETACH DELETE", types: [Organisation]) { id } }`);
    expect(search.map((h: { id: string }) => h.id)).toContain(id);
  });
});

describe('bad input changes nothing and names the problem', () => {
  const base = { name: 'Bad test org', type: 'VCSE', evidence: [citation] };
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an empty name', { ...base, name: '  ' }, 'BAD_USER_INPUT', 'input.name'],
    ['no evidence', { ...base, evidence: [] }, 'BAD_USER_INPUT', 'input.evidence'],
    [
      'a 26-word quote',
      { ...base, evidence: [{ ...citation, quote: Array(26).fill('w').join(' ') }] },
      'BAD_USER_INPUT',
      'input.evidence[0].quote',
    ],
    [
      'an unknown source',
      { ...base, evidence: [{ ...citation, sourceId: '999' }] },
      'BAD_USER_INPUT',
      'input.evidence[0].sourceId',
    ],
    ['a malformed id', { ...base, id: 'Has Spaces' }, 'BAD_USER_INPUT', 'input.id'],
    ['a malformed date', { ...base, validFrom: '1st April 2013' }, 'BAD_USER_INPUT', 'input.validFrom'],
  ];
  for (const [what, input, code, field] of cases) {
    it(`rejects ${what}`, async () => {
      const before = await stats();
      const r = await gql(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: input });
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
      expect(r.errors?.[0]?.message.startsWith(`${field}: `)).toBe(true);
      expect(await stats()).toEqual(before);
    });
  }

  it('rejects an enum value the schema does not know, before any resolver runs', async () => {
    const r = await gql(`mutation { createOrganisation(input: { name: "x", type: MARTIAN, evidence: [] }) { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a duplicate id with CONFLICT', async () => {
    const id = uniqueId('org');
    created.push(id);
    await gqlOk(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: { ...base, id } });
    const r = await gql(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, {
      i: { ...base, id, name: 'Other' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gqlOk(`query($id: ID!) { organisation(id: $id) { name } }`, { id })).organisation.name).toBe(
      base.name,
    );
  });

  it('refuses a stale update with CONFLICT and keeps the newer value', async () => {
    const id = uniqueId('org');
    created.push(id);
    await gqlOk(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: { ...base, id } });
    await gqlOk(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "First edit" }, expectedVersion: 1) { version } }`,
      { id },
    );
    const stale = await gql(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Stale edit" }, expectedVersion: 1) { version } }`,
      { id },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await gqlOk(`query($id: ID!) { organisation(id: $id) { name version } }`, { id })).organisation).toEqual({
      name: 'First edit',
      version: 2,
    });
  });

  it('refuses to remove a required field, and to update or delete what does not exist', async () => {
    const id = uniqueId('org');
    created.push(id);
    await gqlOk(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: { ...base, id } });
    const r = await gql(`mutation($id: ID!) { updateOrganisation(id: $id, input: { name: null }) { id } }`, { id });
    expect(r.errors?.[0]).toMatchObject({
      message: 'input.name: is required and cannot be removed',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await gql(`mutation { updatePlace(id: "nowhere", input: { name: "x" }) { id } }`);
    expect(missing.errors?.[0]).toMatchObject({
      message: 'Place "nowhere" not found',
      extensions: { code: 'NOT_FOUND' },
    });
    const del = await gql(`mutation { deleteEntity(id: "nowhere") { id } }`);
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('link mutations', () => {
  const twoNodes = () =>
    createOrgAndInitiative(created, { org: 'Sponsor test', orgType: 'LOCAL_AUTHORITY', initiative: 'Initiative test' });

  it('creates a lever link with evidence, shows it as a backer, updates and deletes it', async () => {
    const { org, ini } = await twoNodes();
    const { createLink } = await gqlOk(
      `mutation($i: LinkInput!) { createLink(input: $i) { id type lever stance confidence version from { id } to { id } evidence { sourceId line quote } } }`,
      {
        i: {
          type: 'LEVER',
          from: org,
          to: ini,
          lever: 'DOWNWARD',
          stance: 'ENABLES',
          class: 'strong system leadership',
          evidence: [citation],
        },
      },
    );
    expect(createLink).toEqual({
      id: `LEVER:${org}:${ini}:DOWNWARD`,
      type: 'LEVER',
      lever: 'DOWNWARD',
      stance: 'ENABLES',
      confidence: 'STATED',
      version: 1,
      from: { id: org },
      to: { id: ini },
      evidence: [citation],
    });

    const view = (
      await gqlOk(
        `query($id: ID!) { initiative(id: $id) { backers { backer { id } lever stance class } alignment { downward status gaps } } }`,
        { id: ini },
      )
    ).initiative;
    expect(view).toEqual({
      backers: [{ backer: { id: org }, lever: 'DOWNWARD', stance: 'ENABLES', class: 'strong system leadership' }],
      alignment: { downward: 1, status: 'PARTIAL', gaps: [] },
    });

    const { updateLink } = await gqlOk(
      `mutation($id: ID!) { updateLink(id: $id, input: { stance: OPPOSES, validTo: "2015-03" }, expectedVersion: 1) { stance validTo version } }`,
      { id: createLink.id },
    );
    expect(updateLink).toEqual({ stance: 'OPPOSES', validTo: '2015-03', version: 2 });

    const stale = await gql(`mutation($id: ID!) { deleteLink(id: $id, expectedVersion: 1) { deleted } }`, {
      id: createLink.id,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      (await gqlOk(`mutation($id: ID!) { deleteLink(id: $id) { id deleted } }`, { id: createLink.id })).deleteLink,
    ).toEqual({ id: createLink.id, deleted: true });
    expect((await gqlOk(`query($id: ID!) { link(id: $id) { id } }`, { id: createLink.id })).link).toBeNull();
  });

  it('refuses links that break the model, naming the field, and changes nothing', async () => {
    const { org, ini } = await twoNodes();
    const before = await stats();
    const attempt = (i: Record<string, unknown>) =>
      gql(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, { i: { evidence: [citation], ...i } });
    const wrongWay = await attempt({ type: 'TARGETS', from: org, to: ini });
    expect(wrongWay.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.type' } });
    expect(wrongWay.errors?.[0]?.message).toBe(
      'input.type: TARGETS cannot go from Organisation to Initiative; it goes from Initiative to TargetGroup',
    );
    const noStance = await attempt({ type: 'LEVER', from: org, to: ini, lever: 'UPWARD' });
    expect(noStance.errors?.[0]).toMatchObject({ message: 'input.stance: LEVER links need a stance' });
    const noReason = await attempt({ type: 'MEMBER_OF', from: org, to: ini, confidence: 'INFERRED' });
    expect(noReason.errors?.[0]).toMatchObject({ message: 'input.reason: INFERRED links need a reason' });
    const missing = await attempt({ type: 'DELIVERS', from: 'no-such-org', to: ini });
    expect(missing.errors?.[0]).toMatchObject({
      message: 'input.from: no node with id "no-such-org"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await stats()).toEqual(before);

    await gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, {
      i: { type: 'DELIVERS', from: org, to: ini, evidence: [citation] },
    });
    const twice = await attempt({ type: 'DELIVERS', from: org, to: ini });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('will not delete a node that still has links unless asked to detach', async () => {
    const { org, ini } = await twoNodes();
    await gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, {
      i: { type: 'FUNDS', from: org, to: ini, amount: '£10,000', evidence: [citation] },
    });
    const r = await gql(`mutation($id: ID!) { deleteEntity(id: $id) { deleted } }`, { id: org });
    expect(r.errors?.[0]).toMatchObject({
      message: `node "${org}" still has 1 link(s); delete them first or pass detach: true`,
      extensions: { code: 'CONFLICT' },
    });
    expect(
      (await gqlOk(`query($id: ID!) { organisation(id: $id) { links { type amount } } }`, { id: org })).organisation
        .links,
    ).toEqual([{ type: 'FUNDS', amount: '£10,000' }]);
  });
});
