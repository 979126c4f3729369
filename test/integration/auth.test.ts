import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../api/config.js';
import { startServer, type AppServer } from '../../api/server.js';
import { citation, gql, gqlOk, testDatabase, uniqueId, type As, createOrgAndInitiative } from '../support/helpers.js';

const db = testDatabase();
const cleanup: string[] = [];
afterAll(async () => {
  for (const id of cleanup) await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
  await db.close();
});

const stats = async () => (await gqlOk(`{ stats { organisations initiatives relationships } }`)).stats;

const newPair = () =>
  createOrgAndInitiative(cleanup, { org: 'Auth test org', orgType: 'VCSE', initiative: 'Auth test initiative' });

describe('signing in', () => {
  it('refuses a wrong password without saying whether the user exists', async () => {
    const wrong = await gql(
      `mutation { signIn(username: "test-admin", password: "not-the-password") { token } }`,
      {},
      { as: 'ANONYMOUS' },
    );
    const unknown = await gql(
      `mutation { signIn(username: "nobody-here", password: "whatever-password") { token } }`,
      {},
      { as: 'ANONYMOUS' },
    );
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'unknown username or wrong password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie that identifies the user, and signs out', async () => {
    const res = await fetch(`${inject('apiUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { signIn(username: "test-verifier", password: "test-verifier-password") { user { username role } } }',
      }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^levermap_session=[^;]+; Max-Age=43200; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/);
    expect((await res.json()).data.signIn.user).toEqual({ username: 'test-verifier', role: 'VERIFIER' });
    const sessionCookie = cookie.split(';')[0]!;
    const ask = (query: string) =>
      fetch(`${inject('apiUrl')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: sessionCookie },
        body: JSON.stringify({ query }),
      }).then((r) => r.json());
    expect((await ask('{ me { username role } }')).data.me).toEqual({ username: 'test-verifier', role: 'VERIFIER' });
    expect((await ask('mutation { signOut }')).data.signOut).toBe(true);
    expect((await ask('{ me { username } }')).data.me).toBeNull();
  });

  it('stores passwords hashed, never as given', async () => {
    const [row] = await db.runText(
      'READ',
      'test',
      'MATCH (u:LevermapUser {username: "test-admin"}) RETURN u.passwordHash AS h',
    );
    expect(row!.h).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row!.h).not.toContain('test-admin-password');
  });
});

describe('roles, enforced in the API for every mutation', () => {
  const ROLES: As[] = ['ANONYMOUS', 'VIEWER', 'CONTRIBUTOR', 'VERIFIER', 'ADMIN'];
  type Case = {
    name: string;
    minimum: As;
    run: (as: As) => Promise<{ errors?: { extensions?: { code?: string } }[] }>;
  };
  const cases: Case[] = [
    {
      name: 'createOrganisation',
      minimum: 'CONTRIBUTOR',
      run: async (as) => {
        const id = uniqueId('org');
        cleanup.push(id);
        return gql(
          `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`,
          { i: { id, name: 'Role test', type: 'OTHER', evidence: [citation] } },
          { as },
        );
      },
    },
    {
      name: 'updateInitiative',
      minimum: 'CONTRIBUTOR',
      run: async (as) => {
        const { ini } = await newPair();
        return gql(
          `mutation($id: ID!) { updateInitiative(id: $id, input: { status: ACTIVE }) { id } }`,
          { id: ini },
          { as },
        );
      },
    },
    {
      name: 'createLink',
      minimum: 'CONTRIBUTOR',
      run: async (as) => {
        const { org, ini } = await newPair();
        return gql(
          `mutation($i: LinkInput!) { createLink(input: $i) { id } }`,
          { i: { type: 'DELIVERS', from: org, to: ini, evidence: [citation] } },
          { as },
        );
      },
    },
    {
      name: 'verifyLink',
      minimum: 'VERIFIER',
      run: async (as) => {
        const { org, ini } = await newPair();
        const { createLink } = await gqlOk(
          `mutation($i: LinkInput!) { createLink(input: $i) { id } }`,
          { i: { type: 'DELIVERS', from: org, to: ini, evidence: [citation] } },
          { as: 'CONTRIBUTOR' },
        );
        return gql(
          `mutation($id: ID!) { verifyLink(id: $id, accept: true, reason: "Checked") { id } }`,
          { id: createLink.id },
          { as },
        );
      },
    },
    {
      name: 'deleteEntity',
      minimum: 'VERIFIER',
      run: async (as) => {
        const { ini } = await newPair();
        return gql(`mutation($id: ID!) { deleteEntity(id: $id) { deleted } }`, { id: ini }, { as });
      },
    },
    {
      name: 'createUser',
      minimum: 'ADMIN',
      run: (as) =>
        gql(
          `mutation($u: String!) { createUser(username: $u, password: "a-long-password-1", role: VIEWER) { username } }`,
          { u: uniqueId('user') },
          { as },
        ),
    },
    { name: 'users', minimum: 'ADMIN', run: (as) => gql(`{ users { username } }`, {}, { as }) },
  ];
  for (const c of cases) {
    it(`${c.name} needs ${c.minimum.toLowerCase()} or above`, async () => {
      const results: Record<string, string> = {};
      for (const as of ROLES) {
        const r = await c.run(as);
        results[as] = r.errors?.[0]?.extensions?.code ?? 'OK';
      }
      const rank = ROLES.indexOf(c.minimum);
      expect(results).toEqual(
        Object.fromEntries(
          ROLES.map((r, i) => [r, i >= rank ? 'OK' : r === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN']),
        ),
      );
    });
  }

  it('a refused mutation changes nothing', async () => {
    const before = await stats();
    const r = await gql(
      `mutation { createTargetGroup(input: { name: "Refused", kind: OTHER, evidence: [{ sourceId: "000", line: 884, quote: "golden thread" }] }) { id } }`,
      {},
      { as: 'VIEWER' },
    );
    expect(r.errors?.[0]).toMatchObject({
      message: 'create a TargetGroup needs the contributor role; you are a viewer',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await stats()).toEqual(before);
  });

  it('shows who made a change only to verifiers and admins', async () => {
    const { ini } = await newPair();
    const q = `query($id: ID!) { history(targetId: $id) { action user } }`;
    expect((await gqlOk(q, { id: ini }, { as: 'VIEWER' })).history).toEqual([{ action: 'CREATE', user: null }]);
    expect((await gqlOk(q, { id: ini }, { as: 'VERIFIER' })).history).toEqual([
      { action: 'CREATE', user: 'test-admin' },
    ]);
  });
});

describe('claims', () => {
  it("a contributor's link is UNVERIFIED until a verifier accepts or rejects it with a reason", async () => {
    const { org, ini } = await newPair();
    const { createLink } = await gqlOk(
      `mutation($i: LinkInput!) { createLink(input: $i) { id claimStatus claimedBy } }`,
      { i: { type: 'LEVER', from: org, to: ini, lever: 'UPWARD', stance: 'ENABLES', evidence: [citation] } },
      { as: 'CONTRIBUTOR' },
    );
    expect(createLink).toMatchObject({ claimStatus: 'UNVERIFIED', claimedBy: 'test-contributor' });
    const noReason = await gql(
      `mutation($id: ID!) { verifyLink(id: $id, accept: true, reason: " ") { id } }`,
      { id: createLink.id },
      { as: 'VERIFIER' },
    );
    expect(noReason.errors?.[0]?.message).toBe('reason: say why the link is accepted or rejected');
    const { verifyLink } = await gqlOk(
      `mutation($id: ID!) { verifyLink(id: $id, accept: false, reason: "Not in the cited passage") { claimStatus verifiedBy verificationReason } }`,
      { id: createLink.id },
      { as: 'VERIFIER' },
    );
    expect(verifyLink).toEqual({
      claimStatus: 'REJECTED',
      verifiedBy: 'test-verifier',
      verificationReason: 'Not in the cited passage',
    });
  });

  it('the seed links stand as VERIFIED', async () => {
    const [row] = await db.runText('READ', 'test', 'MATCH ()-[r:LEVER]->() RETURN r.id AS id LIMIT 1');
    expect((await gqlOk(`query($id: ID!) { link(id: $id) { claimStatus } }`, { id: row!.id })).link.claimStatus).toBe(
      'VERIFIED',
    );
  });
});

describe('audit trail', () => {
  const HISTORY = `query($id: ID!) { history(targetId: $id) { id action reason before after revertedBy } }`;

  it('records who, when, what before and after, and why; an admin can revert an edit', async () => {
    const { org } = await newPair();
    await gqlOk(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Renamed org" }, reason: "Name in the 2016 report") { id } }`,
      { id: org },
      { as: 'CONTRIBUTOR' },
    );
    const [edit] = (await gqlOk(HISTORY, { id: org })).history;
    expect(edit).toMatchObject({ action: 'UPDATE', reason: 'Name in the 2016 report', revertedBy: null });
    expect(edit.before).toMatchObject({ id: org, name: 'Auth test org', version: 1 });
    expect(edit.after).toMatchObject({ id: org, name: 'Renamed org', version: 2 });

    const forbidden = await gql(
      `mutation($a: ID!) { revertChange(auditId: $a, reason: "x") { id } }`,
      { a: edit.id },
      { as: 'VERIFIER' },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { revertChange } = await gqlOk(
      `mutation($a: ID!) { revertChange(auditId: $a, reason: "Wrong report") { action reason } }`,
      { a: edit.id },
    );
    expect(revertChange).toEqual({ action: 'REVERT', reason: 'Wrong report' });
    expect(
      (await gqlOk(`query($id: ID!) { organisation(id: $id) { name version } }`, { id: org })).organisation,
    ).toEqual({ name: 'Auth test org', version: 3 });
    const again = await gql(`mutation($a: ID!) { revertChange(auditId: $a, reason: "twice") { id } }`, { a: edit.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reverting a deletion brings back the node and its links', async () => {
    const { org, ini } = await newPair();
    const { createLink } = await gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, {
      i: { type: 'FUNDS', from: org, to: ini, amount: '£5k', evidence: [citation] },
    });
    await gqlOk(`mutation($id: ID!) { deleteEntity(id: $id, detach: true, reason: "Duplicate") { deleted } }`, {
      id: org,
    });
    expect((await gqlOk(`query($id: ID!) { entity(id: $id) { id } }`, { id: org })).entity).toBeNull();
    const [del] = (await gqlOk(HISTORY, { id: org })).history;
    expect(del).toMatchObject({ action: 'DELETE', reason: 'Duplicate', after: null });
    await gqlOk(`mutation($a: ID!) { revertChange(auditId: $a, reason: "Not a duplicate") { id } }`, { a: del.id });
    const back = (
      await gqlOk(`query($id: ID!) { organisation(id: $id) { name links { id amount evidence { quote } } } }`, {
        id: org,
      })
    ).organisation;
    expect(back).toEqual({
      name: 'Auth test org',
      links: [{ id: createLink.id, amount: '£5k', evidence: [{ quote: citation.quote }] }],
    });
  });

  it('reverting a creation removes what was created', async () => {
    const { org, ini } = await newPair();
    const { createLink } = await gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, {
      i: { type: 'DELIVERS', from: org, to: ini, evidence: [citation] },
    });
    const [made] = (await gqlOk(HISTORY, { id: createLink.id })).history;
    await gqlOk(`mutation($a: ID!) { revertChange(auditId: $a, reason: "Added by mistake") { id } }`, { a: made.id });
    expect((await gqlOk(`query($id: ID!) { link(id: $id) { id } }`, { id: createLink.id })).link).toBeNull();
  });

  it('leaves the domain counts untouched by its own records', async () => {
    const s = await stats();
    const [row] = await db.runText('READ', 'test', 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
    expect(s.relationships).toBe(row!.n);
  });
});

describe('a deployment without anonymous reading', () => {
  let server: AppServer;
  beforeAll(async () => {
    const n = inject('neo4j');
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      NEO4J_URI: n.uri,
      NEO4J_PASSWORD: n.password,
      LEVERMAP_ANONYMOUS_READ: 'false',
    });
    server = await startServer({ db, config, ready: async () => true });
  });
  afterAll(async () => {
    await server.close();
    server.server.close();
  });

  it('answers nothing but sign-in until someone signs in', async () => {
    const ask = (query: string, token?: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      }).then((r) => r.json());
    const anon = await ask('{ stats { initiatives } }');
    expect(anon.errors?.[0]).toMatchObject({
      message: 'sign in to use Levermap',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await ask('{ search(text: "council") { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signed = await ask(
      'mutation { signIn(username: "test-viewer", password: "test-viewer-password") { token } }',
    );
    expect((await ask('{ stats { initiatives } }', signed.data.signIn.token)).data.stats.initiatives).toBeGreaterThan(
      0,
    );
  });
});
