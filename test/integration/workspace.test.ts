import { afterAll, describe, expect, it } from 'vitest';
import { citation, gql, gqlOk, testDatabase, uniqueId } from '../support/helpers.js';

const db = testDatabase();
const published: string[] = [];
afterAll(async () => {
  for (const id of published)
    await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
  await db.close();
});

const visible = async (name: string, as: 'ADMIN' | 'CONTRIBUTOR' | 'VIEWER' | 'ANONYMOUS') => {
  const r = await gqlOk(
    `query($t: String!) { search(text: $t, first: 50) { name } stats { initiatives } initiatives(first: 500) { edges { node { name } } } }`,
    { t: name },
    { as },
  );
  return {
    search: r.search.some((h: { name: string }) => h.name === name),
    listed: r.initiatives.edges.some((e: any) => e.node.name === name),
    count: r.stats.initiatives,
  };
};

describe('workspaces and drafts', () => {
  it('keep a draft visible to members only, and out of search, counts and lists until published', async () => {
    const { createWorkspace: ws } = await gqlOk(
      `mutation { createWorkspace(name: "Gateshead HWB draft map") { id name members } }`,
      {},
      { as: 'CONTRIBUTOR' },
    );
    expect(ws).toMatchObject({ name: 'Gateshead HWB draft map', members: ['test-contributor'] });

    const name = `Draft walking group ${uniqueId('x')}`;
    const id = uniqueId('ini');
    const before = await visible(name, 'ADMIN');
    const { saveDraftNode } = await gqlOk(
      `mutation($w: ID!, $i: JSON!) { saveDraftNode(workspaceId: $w, label: Initiative, input: $i) { id kind label data createdBy } }`,
      { w: ws.id, i: { id, name, kind: 'PILOT', evidence: [citation] } },
      { as: 'CONTRIBUTOR' },
    );
    expect(saveDraftNode).toMatchObject({
      kind: 'NODE',
      label: 'Initiative',
      createdBy: 'test-contributor',
      data: { id, name, kind: 'PILOT' },
    });

    for (const as of ['ADMIN', 'VIEWER', 'ANONYMOUS', 'CONTRIBUTOR'] as const)
      expect(await visible(name, as)).toEqual({ ...before, search: false, listed: false });
    expect((await gqlOk(`{ workspaces { id } }`, {}, { as: 'VERIFIER' })).workspaces).toEqual([]);
    expect(
      (await gqlOk(`query($id: ID!) { workspace(id: $id) { id } }`, { id: ws.id }, { as: 'ADMIN' })).workspace,
    ).toBeNull();
    expect(
      (await gqlOk(`query($id: ID!) { workspace(id: $id) { drafts { id } } }`, { id: ws.id }, { as: 'CONTRIBUTOR' }))
        .workspace.drafts,
    ).toEqual([{ id: saveDraftNode.id }]);

    await gqlOk(
      `mutation($w: ID!) { addWorkspaceMember(workspaceId: $w, username: "test-verifier") { members } }`,
      { w: ws.id },
      { as: 'CONTRIBUTOR' },
    );
    expect(
      (await gqlOk(`query($id: ID!) { workspace(id: $id) { drafts { id } } }`, { id: ws.id }, { as: 'VERIFIER' }))
        .workspace.drafts,
    ).toHaveLength(1);

    const { publishDraft } = await gqlOk(
      `mutation($d: ID!) { publishDraft(id: $d, reason: "Agreed at the board") { entity { id name label } } }`,
      { d: saveDraftNode.id },
      { as: 'CONTRIBUTOR' },
    );
    published.push(id);
    expect(publishDraft.entity).toEqual({ id, name, label: 'Initiative' });
    expect(await visible(name, 'ANONYMOUS')).toEqual({ search: true, listed: true, count: before.count + 1 });
    expect(
      (await gqlOk(`query($id: ID!) { workspace(id: $id) { drafts { id } } }`, { id: ws.id }, { as: 'CONTRIBUTOR' }))
        .workspace.drafts,
    ).toEqual([]);
  });

  it('checks a draft as strictly as the create mutation, and refuses non-members', async () => {
    const { createWorkspace: ws } = await gqlOk(
      `mutation { createWorkspace(name: "Checks") { id } }`,
      {},
      { as: 'CONTRIBUTOR' },
    );
    const bad = await gql(
      `mutation($w: ID!, $i: JSON!) { saveDraftNode(workspaceId: $w, label: Organisation, input: $i) { id } }`,
      { w: ws.id, i: { name: 'No type', evidence: [citation] } },
      { as: 'CONTRIBUTOR' },
    );
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.type' } });
    const stranger = await gql(
      `mutation($w: ID!, $i: JSON!) { saveDraftNode(workspaceId: $w, label: Place, input: $i) { id } }`,
      { w: ws.id, i: { name: 'Somewhere', kind: 'SITE', evidence: [citation] } },
      { as: 'ADMIN' },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const viewer = await gql(`mutation { createWorkspace(name: "Nope") { id } }`, {}, { as: 'VIEWER' });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the console and private data', () => {
  const run = (query: string) =>
    gql(`query($q: String!) { cypherConsole(query: $q) { columns rows truncated } }`, { q: query }, { as: 'VIEWER' });
  it('cannot reach drafts, accounts, sessions or the audit trail, however it asks', async () => {
    for (const q of [
      'MATCH (n) RETURN n LIMIT 5',
      'MATCH (n) RETURN count(n)',
      'MATCH (d:Draft) RETURN d.data',
      'MATCH (a:AuditEntry)-[:BEFORE]->(s) RETURN s',
      'MATCH ()-[r]->() RETURN count(r)',
      'MATCH (w:LevermapWorkspace) RETURN w.members',
      'MATCH (n) WHERE elementId(n) = "4:x:1" RETURN n',
      'MATCH ()-[r:BEFORE]->() RETURN r',
    ]) {
      const r = await run(q);
      expect(r.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(r.data?.cypherConsole ?? null, q).toBeNull();
    }
  });

  it('still answers questions about the shared graph', async () => {
    const r = await run('MATCH (n:Entity) WITH labels(n) AS l RETURN count(*) AS n');
    expect(r.errors).toBeUndefined();
    const byType = await run(
      'MATCH (:Entity)-[r:LEVER]->(:Initiative) RETURN r.lever AS lever, count(*) AS n ORDER BY lever',
    );
    expect(byType.errors).toBeUndefined();
    expect(byType.data!.cypherConsole.rows.map((x: { lever: string }) => x.lever)).toEqual([
      'DOWNWARD',
      'SIDEWARD',
      'UPWARD',
    ]);
  });
});
