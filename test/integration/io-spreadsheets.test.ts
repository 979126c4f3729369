/**
 * Files as real programs leave them (test/fixtures/spreadsheets/README.md): a Levermap export re-saved by
 * pandas defaults and by LibreOffice Calc, saved as a workbook by Calc, and Calc's <book>-<sheet>.csv set.
 * Also: claims keep their state and authors through export and import, and a stale workbook gives conflicts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedGraph, readGraph, writeXlsx } from '../../api/features/io/export.js';
import { type ImportActor, importData, type ImportOptions } from '../../api/features/io/import.js';
import { CLI_LIMITS, type ImportFormat, type InputFile } from '../../api/features/io/read.js';
import { testDatabase } from '../support/helpers.js';

const DIR = join(import.meta.dirname, '../fixtures/spreadsheets');
const IDS = ['fx-sheets-council', 'fx-sheets-employer', 'fx-sheets-initiative'];
const db = testDatabase();
const wipe = () => db.write('io/delete-by-ids', { ids: IDS });
beforeAll(wipe);
afterAll(async () => {
  await wipe();
  await db.close();
});

const xlsx = (name: string): InputFile[] => [{ name, content: readFileSync(join(DIR, name)) }];
const csvs = (folder: string): InputFile[] =>
  readdirSync(join(DIR, folder))
    .sort()
    .map((f) => ({ name: f, content: readFileSync(join(DIR, folder, f)) }));
const actor = (user: string, verifier: boolean): ImportActor => ({
  auditId: crypto.randomUUID(),
  user,
  reason: 'fixture test',
  verifier,
  selfVerify: false,
});
const CAROL = actor('carol', true);
const load = (format: ImportFormat, files: InputFile[], opts: Partial<ImportOptions> = {}) =>
  importData(db, format, files, {
    dryRun: false,
    limits: CLI_LIMITS,
    ...opts,
    // Each import is its own audit entry.
    actor: { ...(opts.actor ?? CAROL), auditId: crypto.randomUUID() },
  });
const nodes = async () =>
  Object.fromEntries(
    (await db.read('io/node-versions', { ids: IDS })).map((r) => [r.id, r.props as Record<string, unknown>]),
  );
const fixtureLinks = async () =>
  (await readGraph(db, { kind: 'ALL' }, { authors: true })).sheets
    .get('links')!
    .filter((l) => IDS.includes(String(l.from)));

/** The export, cut down to the fixture's rows and the sources they cite, so the test stays small. */
async function fixtureExport(authors: boolean): Promise<ExportedGraph> {
  const g = await readGraph(db, { kind: 'ALL' }, { authors });
  const mine = (s: string, r: Record<string, unknown>) =>
    s === 'sources'
      ? ['000', '003'].includes(String(r.id))
      : s === 'links'
        ? IDS.includes(String(r.from))
        : IDS.includes(String(r.id));
  return { ...g, sheets: new Map([...g.sheets].map(([s, rows]) => [s, rows.filter((r) => mine(s, r))])) };
}

describe('files re-saved by programs that change what they hold', () => {
  it('refuses the pandas-default workbook, with the reason, and writes nothing', async () => {
    const r = await load('XLSX', xlsx('pandas-default.xlsx'));
    expect(r.committed).toBe(false);
    expect(r.ok).toBe(false);
    // to_excel writes the index as a first column with no name; read_excel turned 01234567 into 1234567.
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        sheet: 'organisations',
        row: 3,
        column: '(column 1)',
        reason: 'a value in a column with no name in the header row',
      }),
    );
    expect(await nodes()).toEqual({});
  });

  it('refuses the CSV files pandas and LibreOffice re-saved, naming the mangled value, and writes nothing', async () => {
    const lo = await load('CSV', csvs('libreoffice-csv'));
    expect(lo.committed).toBe(false);
    // Calc read 01234567 as a number; "003" became 3, which resolves to 003 since it is the only id it can be.
    expect(lo.problems).toEqual([
      {
        sheet: 'organisations',
        row: 3,
        column: 'companyNumber',
        reason: 'companyNumber must be 8 capital letters or digits',
      },
      {
        sheet: 'links',
        row: 2,
        column: 'from',
        reason: '"fx-sheets-employer" is the node in organisations row 3, which has problems',
      },
    ]);
    const pd = await load('CSV', csvs('pandas-csv'));
    expect(pd.committed).toBe(false);
    expect(pd.problems.map((p) => p.reason)).toContain('a value in a column with no name in the header row');
    expect(await nodes()).toEqual({});
  });

  it('imports the workbook LibreOffice saved, reading its TRUE() and FALSE() formulas as booleans', async () => {
    const dry = await load('XLSX', xlsx('libreoffice-saved.xlsx'), { dryRun: true });
    expect(dry.problems).toEqual([]);
    const r = await load('XLSX', xlsx('libreoffice-saved.xlsx'));
    expect({ committed: r.committed, created: r.created, problems: r.problems }).toEqual({
      committed: true,
      created: 5,
      problems: [],
    });
    const n = await nodes();
    expect(n['fx-sheets-employer']).toMatchObject({ placeholder: true, companyNumber: '01234567' });
    expect(n['fx-sheets-council']).toMatchObject({ placeholder: false });
  });

  it("recognises Calc's <book>-<sheet>.csv set: the same graph, nothing to change", async () => {
    const r = await load('CSV', csvs('libreoffice-sheets'), { dryRun: true });
    expect(r.problems).toEqual([]);
    expect(r.sheets.map((s) => s.sheet)).toEqual(['sources', 'organisations', 'initiatives', 'links']);
    expect({ created: r.created, updated: r.updated }).toEqual({ created: 0, updated: 0 });
  });
});

describe('claims travel with their state and authors', () => {
  it('keeps an unverified claim unverified, and a verified one verified by its verifier', async () => {
    const links = await fixtureLinks();
    expect(links.map((l) => [l.type, l.claimStatus, l.claimedBy, l.verifiedBy])).toEqual([
      ['DELIVERS', 'UNVERIFIED', 'alice', undefined],
      ['LEVER', 'VERIFIED', 'alice', 'bob'],
    ]);
  });

  it('a claim survives export and import into an empty graph as a claim', async () => {
    const file = await writeXlsx(await fixtureExport(true));
    const without = await writeXlsx(await fixtureExport(false));
    await wipe();
    // Nobody imports a verification of their own claim; a contributor imports no verification at all.
    const own = await load('XLSX', [{ content: file }], { actor: actor('alice', true) });
    expect(own.committed).toBe(false);
    expect(own.problems.map((p) => p.reason)).toContain(
      'alice made this claim, and nobody verifies their own claim: another verifier must accept or reject it',
    );
    const contributor = await load('XLSX', [{ content: without }], { actor: actor('dan', false) });
    expect(contributor.committed).toBe(false);
    expect(
      contributor.problems.some((p) => p.column === 'claimStatus' && /^VERIFIED: only a verifier/.test(p.reason)),
    ).toBe(true);
    expect(await nodes()).toEqual({});
    const r = await load('XLSX', [{ content: file }]);
    expect(r.problems).toEqual([]);
    expect(r.committed).toBe(true);
    expect((await fixtureLinks()).map((l) => [l.type, l.claimStatus, l.claimedBy, l.verifiedBy])).toEqual([
      ['DELIVERS', 'UNVERIFIED', 'alice', undefined],
      ['LEVER', 'VERIFIED', 'alice', 'bob'],
    ]);
  });
});

describe('a stale workbook', () => {
  it('gives conflicts (row, field, both values), applied only with overwrite', async () => {
    await wipe();
    expect((await load('XLSX', xlsx('libreoffice-saved.xlsx'))).committed).toBe(true);
    const edit: InputFile = {
      name: 'organisations.csv',
      content: Buffer.from('id,name,version\nfx-sheets-council,Renamed council (sheets),1\n'),
    };
    expect((await load('CSV', [edit])).committed).toBe(true);
    expect((await nodes())['fx-sheets-council']).toMatchObject({ name: 'Renamed council (sheets)', version: 2 });
    const stale = await load('XLSX', xlsx('libreoffice-saved.xlsx'));
    expect(stale.committed).toBe(false);
    expect(stale.ok).toBe(false);
    expect(stale.problems).toEqual([]);
    expect(stale.conflicts).toEqual([
      {
        sheet: 'organisations',
        row: 2,
        id: 'fx-sheets-council',
        field: 'name',
        fileValue: 'Fixture council (sheets)',
        graphValue: 'Renamed council (sheets)',
        fileVersion: 1,
        graphVersion: 2,
      },
    ]);
    expect((await nodes())['fx-sheets-council']).toMatchObject({ name: 'Renamed council (sheets)' });
    const forced = await load('XLSX', xlsx('libreoffice-saved.xlsx'), { overwrite: true });
    expect({ committed: forced.committed, updated: forced.updated }).toEqual({ committed: true, updated: 1 });
    expect((await nodes())['fx-sheets-council']).toMatchObject({ name: 'Fixture council (sheets)', version: 3 });
    // Its version is older still, but it now says what the graph says: no conflict.
    const again = await load('XLSX', xlsx('libreoffice-saved.xlsx'), { dryRun: true });
    expect({ ok: again.ok, conflicts: again.conflicts, updated: again.updated }).toEqual({
      ok: true,
      conflicts: [],
      updated: 0,
    });
  });

  it('refuses a file with a sheet Levermap does not read, naming the sheets it reads', async () => {
    const grants: InputFile = { name: 'grants.csv', content: Buffer.from('Identifier,Title\n360G-x-1,A grant\n') };
    await expect(load('CSV', [grants])).rejects.toThrow(
      /"grants"; nothing was imported\. Levermap reads the sheets sources, /,
    );
  });
});
