/** Importing through the API: who may commit, what their links become, and the audit entry it leaves. */
import { afterAll, describe, expect, it } from 'vitest';
import { citation, gql, gqlOk, testDatabase, createOrgAndInitiative } from '../support/helpers.js';

const db = testDatabase();
const cleanup: string[] = [];
afterAll(async () => {
  for (const id of cleanup) await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
  await db.close();
});

const IMPORT = `mutation($c: String!, $dry: Boolean, $r: String) { importData(format: CSV, contentBase64: $c, dryRun: $dry, sheet: "links", reason: $r) { ok committed created problems { reason } } }`;

async function linksFile() {
  const { org, ini } = await createOrgAndInitiative(cleanup, {
    org: 'Import roles org',
    orgType: 'VCSE',
    initiative: 'Import roles initiative',
  });
  const csv = `type,from,to,lever,stance,source,line,quote\nLEVER,${org},${ini},UPWARD,ENABLES,${citation.sourceId},${citation.line},${citation.quote}\n`;
  return { org, ini, content: Buffer.from(csv).toString('base64') };
}

describe('importData through the API', () => {
  it('lets anyone dry-run, but only a contributor or above commit', async () => {
    const { content } = await linksFile();
    expect((await gqlOk(IMPORT, { c: content, dry: true }, { as: 'VIEWER' })).importData).toMatchObject({
      ok: true,
      committed: false,
      created: 1,
    });
    const refused = await gql(IMPORT, { c: content, dry: false }, { as: 'VIEWER' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'import data needs the contributor role; you are a viewer',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await gql(IMPORT, { c: content, dry: false }, { as: 'ANONYMOUS' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("enters a contributor's links as claims and records the import in the audit trail", async () => {
    const { org, ini, content } = await linksFile();
    const r = (await gqlOk(IMPORT, { c: content, dry: false, r: 'Board spreadsheet, May' }, { as: 'CONTRIBUTOR' }))
      .importData;
    expect(r).toMatchObject({ ok: true, committed: true, created: 1 });
    const { link } = await gqlOk(`query($id: ID!) { link(id: $id) { claimStatus claimedBy lever } }`, {
      id: `LEVER:${org}:${ini}:UPWARD`,
    });
    expect(link).toEqual({ claimStatus: 'UNVERIFIED', claimedBy: 'test-contributor', lever: 'UPWARD' });
    const { recentChanges } = await gqlOk(
      `{ recentChanges(first: 20) { action user reason targetKind } }`,
      {},
      { as: 'VERIFIER' },
    );
    expect(recentChanges).toContainEqual({
      action: 'IMPORT',
      user: 'test-contributor',
      reason: 'Board spreadsheet, May',
      targetKind: 'IMPORT',
    });
  });
});
