/**
 * Import against the shared test database: every kind of bad row, atomicity, idempotency (the same file
 * twice, two imports at once), natural keys and UK identifiers, encodings, formula cells, size limits, and
 * the GraphQL fields. Everything a test creates has a unique id and is deleted afterwards.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../model/ids.js';
import { canonicalHash } from '../../api/features/io/hash.js';
import { importData } from '../../api/features/io/import.js';
import { API_LIMITS, CLI_LIMITS, readXlsx, type ImportFormat, type InputFile } from '../../api/features/io/read.js';
import { builders } from '../support/builders.js';
import { gql, gqlOk, testDatabase, testStatement, uniqueId } from '../support/helpers.js';
import { SEED } from '../support/seed.js';

const db = testDatabase();
const make = builders();
const created = new Set<string>();
const findingsMade = new Set<string>();
afterAll(async () => {
  await db.write(testStatement('delete-findings'), { ids: [...findingsMade] });
  await db.write('io/delete-by-ids', { ids: [...created] });
  await db.close();
});

type CellIn = string | number | boolean | null | { formula: string };
type Sheets = Record<string, CellIn[][]>;

async function xlsx(sheets: Sheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r.map((c) => (c === null ? undefined : c)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const file = (content: Buffer, name?: string): InputFile => ({ content, name });
const run = (format: ImportFormat, files: InputFile[], dryRun: boolean) =>
  importData(db, format, files, { dryRun, limits: CLI_LIMITS });
const counts = async () => (await db.read('io/count-domain'))[0] as { nodes: number; links: number };
const versions = async (ids: string[]) =>
  Object.fromEntries((await db.read('io/node-versions', { ids })).map((r) => [r.id, r.version]));
// Citations of 003 line 214 must be its real text ("Employer\tLocal authority\t7\t2"): import checks every quote.
// Quotes citing a source the file itself adds are not checked (Levermap holds no text for it).
const Q = (n: number) => (n === 1 ? 'Employer' : n === 2 ? 'Local authority' : `a short quote number ${n}`);

/** A small workbook of new things: a source, two organisations (one found by name), a place, an initiative, three links. */
function fixture() {
  const t = uniqueId('io');
  const src = `src-${t}`;
  const ids = { org: `org-${t}`, place: `place-${t}`, ini: `ini-${t}` };
  const councilName = `Council ${t}`;
  const councilId = newId('Organisation', councilName).replace(/-[0-9a-f]{6}$/, '');
  const ods = t.slice(-8).toUpperCase();
  // One place per ONS code (a unique constraint): each fixture's place has its own.
  const code = `E99${ods}`;
  const sheets: Sheets = {
    sources: [
      ['id', 'title', 'year', 'url'],
      [src, `Import test source ${t}`, 2024, 'https://example.org/report.pdf'],
    ],
    organisations: [
      ['id', 'name', 'type', 'aliases', 'odsCode', 'source', 'line', 'quote'],
      [ids.org, `Org ${t}`, 'VCSE', 'First alias; Second alias', null, src, 1, Q(1)],
      [null, councilName, 'Local authority', null, ods, src, 2, Q(2)],
    ],
    places: [
      ['id', 'name', 'kind', 'code', 'source', 'line', 'quote'],
      [ids.place, `Place ${t}`, 'LA_AREA', code, src, 3, Q(3)],
    ],
    initiatives: [
      [
        'id',
        'name',
        'kind',
        'frameworkElements',
        'status',
        'startDate',
        'source',
        'line',
        'quote',
        'source2',
        'line2',
        'quote2',
      ],
      [ids.ini, `Initiative ${t}`, 'PILOT', 'E7; e9', 'active', '2019-04', src, 4, Q(4), src, 5, Q(5)],
    ],
    links: [
      ['type', 'from', 'to', 'lever', 'stance', 'confidence', 'reason', 'source', 'line', 'quote'],
      ['LEVER', ids.org, ids.ini, 'UPWARD', 'ENABLES', 'STATED', null, src, 6, Q(6)],
      ['LOCATED_IN', ids.ini, ids.place, null, null, 'STATED', null, src, 7, Q(7)],
      ['COMMISSIONS', councilName, ids.ini, null, null, 'INFERRED', 'The council holds the budget', src, 8, Q(8)],
    ],
  };
  for (const id of [src, ids.org, ids.place, ids.ini, councilId]) created.add(id);
  return { t, src, ids, councilId, councilName, ods, sheets, nodeIds: [src, ids.org, councilId, ids.place, ids.ini] };
}

describe('import: dry run, commit, and the same file again', () => {
  it('reports what a dry run would do, writes nothing, then commits exactly that, and a second import changes nothing', async () => {
    const f = fixture();
    const buf = await xlsx(f.sheets);
    const before = await counts();
    const dry = await run('XLSX', [file(buf)], true);
    expect(dry.problems).toEqual([]);
    expect({
      ok: dry.ok,
      committed: dry.committed,
      rows: dry.rows,
      created: dry.created,
      updated: dry.updated,
      unchanged: dry.unchanged,
    }).toEqual({ ok: true, committed: false, rows: 8, created: 8, updated: 0, unchanged: 0 });
    expect(dry.changes.map((c) => [c.sheet, c.row, c.action, c.id])).toEqual([
      ['sources', 2, 'CREATE', f.src],
      ['organisations', 2, 'CREATE', f.ids.org],
      ['organisations', 3, 'CREATE', f.councilId],
      ['initiatives', 2, 'CREATE', f.ids.ini],
      ['places', 2, 'CREATE', f.ids.place],
      ['links', 2, 'CREATE', `LEVER:${f.ids.org}:${f.ids.ini}:UPWARD`],
      ['links', 3, 'CREATE', `LOCATED_IN:${f.ids.ini}:${f.ids.place}`],
      ['links', 4, 'CREATE', `COMMISSIONS:${f.councilId}:${f.ids.ini}`],
    ]);
    expect(await counts()).toEqual(before);

    const done = await run('XLSX', [file(buf)], false);
    expect({ ok: done.ok, committed: done.committed, created: done.created }).toEqual({
      ok: true,
      committed: true,
      created: 8,
    });
    expect(await counts()).toEqual({ nodes: before.nodes + 5, links: before.links + 3 });
    expect(await versions(f.nodeIds)).toEqual(Object.fromEntries(f.nodeIds.map((id) => [id, 1])));
    const [ini] = await db.read('io/node-versions', { ids: [f.ids.ini] });
    expect(ini!.props).toMatchObject({
      frameworkElements: ['E7', 'E9'],
      status: 'ACTIVE',
      startDate: '2019-04',
      evLine: [4, 5],
      evSource: [f.src, f.src],
    });
    const [council] = await db.read('io/node-versions', { ids: [f.councilId] });
    expect(council!.props).toMatchObject({ name: f.councilName, type: 'LOCAL_AUTHORITY', odsCode: f.ods });

    const again = await run('XLSX', [file(buf)], false);
    expect({
      created: again.created,
      updated: again.updated,
      unchanged: again.unchanged,
      committed: again.committed,
    }).toEqual({ created: 0, updated: 0, unchanged: 8, committed: true });
    expect(await counts()).toEqual({ nodes: before.nodes + 5, links: before.links + 3 });
    expect(await versions(f.nodeIds)).toEqual(Object.fromEntries(f.nodeIds.map((id) => [id, 1])));
  });

  it('updates a changed node, bumping its version, and finds rows without ids by UK identifier or by name and type', async () => {
    const f = fixture();
    await run('XLSX', [file(await xlsx(f.sheets))], false);
    const sheets: Sheets = {
      organisations: [
        ['id', 'name', 'type', 'description', 'odsCode'],
        [f.ids.org, `Org ${f.t}`, 'VCSE', 'Now with a description', null],
        // No id: the ODS code finds the council although the name changed.
        [null, `Renamed council ${f.t}`, 'LOCAL_AUTHORITY', null, f.ods],
      ],
      // No id: name (any case) and kind find the place.
      places: [
        ['name', 'kind'],
        [`PLACE ${f.t.toUpperCase()}`, 'LA_AREA'],
      ],
    };
    const r = await run('XLSX', [file(await xlsx(sheets))], false);
    expect(r.problems).toEqual([]);
    expect(r.changes.map((c) => [c.sheet, c.row, c.action, c.id, c.changedFields])).toEqual([
      ['organisations', 2, 'UPDATE', f.ids.org, ['description']],
      ['organisations', 3, 'UPDATE', f.councilId, ['name']],
      ['places', 2, 'UPDATE', f.ids.place, ['name']],
    ]);
    expect(r.created).toBe(0);
    expect(await versions([f.ids.org, f.councilId, f.ids.place])).toEqual({
      [f.ids.org]: 2,
      [f.councilId]: 2,
      [f.ids.place]: 2,
    });
    const [council] = await db.read('io/node-versions', { ids: [f.councilId] });
    expect(council!.props).toMatchObject({ name: `Renamed council ${f.t}`, odsCode: f.ods, evLine: [2] });
  });

  it('two imports of the same file at once create each node and link once', async () => {
    const f = fixture();
    const buf = await xlsx(f.sheets);
    const before = await counts();
    const [a, b] = await Promise.all([run('XLSX', [file(buf)], false), run('XLSX', [file(buf)], false)]);
    expect([a.committed, b.committed]).toEqual([true, true]);
    expect(a.created + b.created).toBe(8);
    expect(a.created + a.unchanged).toBe(8);
    expect(b.created + b.unchanged).toBe(8);
    expect(await counts()).toEqual({ nodes: before.nodes + 5, links: before.links + 3 });
    expect(await versions(f.nodeIds)).toEqual(Object.fromEntries(f.nodeIds.map((id) => [id, 1])));
  });
});

describe('import: bad rows', () => {
  it('reports each kind of bad row with its sheet, row, column and reason, and writes nothing', async () => {
    const t = uniqueId('bad');
    const good = `org-${t}`;
    const ini = await make.initiative();
    const tg = await make.targetGroup();
    const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    created.add(good);
    const sheets: Sheets = {
      organisations: [
        ['id', 'name', 'type', 'placeholder', 'validFrom', 'source', 'line', 'quote'],
        [good, `Good ${t}`, 'VCSE', null, null, '003', 214, Q(1)], // row 2
        [`org-type-${t}`, `Bad type ${t}`, 'COUNCILX', null, null, '003', 214, Q(1)], // 3
        [`org-line-${t}`, `Bad line ${t}`, 'VCSE', null, null, '003', 'twelve', Q(1)], // 4
        [`org-quote-${t}`, `No quote ${t}`, 'VCSE', null, null, '003', 214, null], // 5
        [`org-src-${t}`, `Unknown source ${t}`, 'VCSE', null, null, 'nope', 214, Q(1)], // 6
        [`org-long-${t}`, `Long quote ${t}`, 'VCSE', null, null, '003', 214, long], // 7
        ['Bad Id!', `Bad id ${t}`, 'VCSE', null, null, '003', 214, Q(1)], // 8
        [`org-bool-${t}`, `Bad boolean ${t}`, 'VCSE', 'maybe', null, '003', 214, Q(1)], // 9
        [`org-date-${t}`, `Bad date ${t}`, 'VCSE', null, '2019/01', '003', 214, Q(1)], // 10
        [`org-formula-${t}`, { formula: 'CONCAT("a","b")' }, 'VCSE', null, null, '003', 214, Q(1)], // 11
        [good, `Duplicate ${t}`, 'VCSE', null, null, '003', 214, Q(1)], // 12
        [`org-noev-${t}`, `No evidence ${t}`, 'VCSE', null, null, null, null, null], // 13
      ],
      places: [
        ['id', 'name', 'kind', 'colour'],
        [`place-${t}`, `Place ${t}`, 'SITE', 'blue'],
      ],
      links: [
        [
          'type',
          'from',
          'to',
          'lever',
          'stance',
          'confidence',
          'reason',
          'validFrom',
          'validTo',
          'source',
          'line',
          'quote',
        ],
        ['LEVER', good, ini, 'DOWNWARD', 'ENABLES', 'STATED', null, null, null, '003', 214, Q(2)], // 2
        ['LEVER', good, 'no-such-node-xyz', 'DOWNWARD', 'ENABLES', 'STATED', null, null, null, '003', 214, Q(2)], // 3
        ['TARGETS', good, tg, null, null, 'STATED', null, null, null, '003', 214, Q(2)], // 4
        ['LEVER', good, ini, 'UPWARD', null, 'STATED', null, null, null, '003', 214, Q(2)], // 5
        ['DELIVERS', good, ini, null, null, 'INFERRED', null, null, null, '003', 214, Q(2)], // 6
        ['LIKES', good, ini, null, null, 'STATED', null, null, null, '003', 214, Q(2)], // 7
        ['FUNDS', good, ini, null, null, 'STATED', null, '2020', '2019', '003', 214, Q(2)], // 8
        ['FUNDS', `org-type-${t}`, ini, null, null, 'STATED', null, null, null, '003', 214, Q(2)], // 9
      ],
    };
    const before = await counts();
    const hash = await canonicalHash(db);
    const r = await run('XLSX', [file(await xlsx(sheets))], false);
    expect({ ok: r.ok, committed: r.committed }).toEqual({ ok: false, committed: false });
    const where = r.problems.map((p) => [p.sheet, p.row, p.column]);
    expect(where).toEqual([
      ['organisations', 3, 'type'],
      ['organisations', 4, 'line'],
      ['organisations', 5, 'quote'],
      ['organisations', 6, 'source'],
      ['organisations', 7, 'quote'],
      ['organisations', 8, 'id'],
      ['organisations', 9, 'placeholder'],
      ['organisations', 10, 'validFrom'],
      ['organisations', 11, 'name'],
      ['organisations', 12, 'id'],
      ['organisations', 13, 'source'],
      ['places', 1, 'colour'],
      ['links', 3, 'to'],
      ['links', 4, 'type'],
      ['links', 5, 'stance'],
      ['links', 6, 'reason'],
      ['links', 7, 'type'],
      ['links', 8, 'validTo'],
      ['links', 9, 'from'],
    ]);
    const reasons = r.problems.map((p) => p.reason);
    const expected = [
      /is not an organisation type; use one of: local authority \(LOCAL_AUTHORITY\), NHS commissioner/,
      /whole number, not "twelve"/,
      /quote is missing/,
      /^nope is not a source/,
      /at most 25 words/,
      /lower-case letters, digits and hyphens/,
      /true or false, not "maybe"/,
      /YYYY, YYYY-MM or YYYY-MM-DD/,
      /formula.*never evaluates/,
      /same Organisation .* as organisations row 2/,
      /at least one citation/,
      /unknown column "colour"/,
      /no node with the id or name "no-such-node-xyz"/,
      /TARGETS cannot go from Organisation/,
      /LEVER links need a stance/,
      /INFERRED links need a reason/,
      /is not a link type; use one of: /,
      /validTo is before validFrom/,
      /organisations row 3, which has problems/,
    ];
    for (const [i, re] of expected.entries()) expect(reasons[i]).toMatch(re);
    expect(r.sheets.find((s) => s.sheet === 'organisations')).toEqual({
      sheet: 'organisations',
      rows: 12,
      created: 1,
      updated: 0,
      unchanged: 0,
      bad: 11,
    });
    expect(await counts()).toEqual(before);
    expect(await canonicalHash(db)).toEqual(hash);
  });

  it('a bad last row leaves the counts and the canonical hash unchanged (XLSX and CSV)', async () => {
    const f = fixture();
    f.sheets.links!.push([
      'LEVER',
      f.ids.org,
      'no-such-initiative',
      'DOWNWARD',
      'ENABLES',
      'STATED',
      null,
      f.src,
      9,
      Q(9),
    ]);
    const before = await counts();
    const hash = await canonicalHash(db);
    const r = await run('XLSX', [file(await xlsx(f.sheets))], false);
    expect({
      committed: r.committed,
      created: r.created,
      problems: r.problems.map((p) => [p.sheet, p.row, p.column]),
    }).toEqual({ committed: false, created: 8, problems: [['links', 5, 'to']] });
    const csvFiles = Object.entries(f.sheets).map(([s, rows]) =>
      file(
        Buffer.from(rows.map((row) => row.map((c) => (c === null ? '' : `"${String(c)}"`)).join(',')).join('\r\n')),
        `${s}.csv`,
      ),
    );
    const c = await run('CSV', csvFiles, false);
    expect({ committed: c.committed, problems: c.problems.map((p) => [p.sheet, p.row, p.column]) }).toEqual({
      committed: false,
      problems: [['links', 5, 'to']],
    });
    expect(await counts()).toEqual(before);
    expect(await canonicalHash(db)).toEqual(hash);
    expect(await versions(f.nodeIds)).toEqual({});
  });

  it('JSON: a seed-shaped file, its bad rows numbered within their section', async () => {
    const t = uniqueId('json');
    const doc = {
      organisations: [
        { id: `org-${t}`, name: `Org ${t}`, type: 'VCSE', evidence: [{ sourceId: '003', line: 214, quote: Q(1) }] },
        {
          id: `org2-${t}`,
          name: `Org two ${t}`,
          type: 'VCSE',
          colour: 'red',
          evidence: [{ sourceId: '003', line: 214, quote: Q(1) }],
        },
        {
          id: `org3-${t}`,
          name: `Org three ${t}`,
          type: 'VCSE',
          evidence: [{ sourceId: '003', line: -1, quote: Q(1) }],
        },
      ],
    };
    const r = await run('JSON', [file(Buffer.from(JSON.stringify(doc)))], true);
    expect(r.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['organisations', 2, 'colour'],
      ['organisations', 3, 'evidence[0].line'],
    ]);
    expect(r.created).toBe(1);
    const bad = await run('JSON', [file(Buffer.from(JSON.stringify({ organizations: [] })))], true);
    expect(bad.problems[0]!.reason).toMatch(/unknown section\(s\) organizations/);
  });
});

describe('import: the findings sheet', () => {
  const FINDINGS_Q = `query($id: ID!) { findings(about: $id) { items { id kind text about value low high unit period population checkQuestion evidence { sourceId line quote } } } }`;
  it('imports findings from XLSX and CSV, numbers with decimals, a check as three columns, and the same file again changes nothing', async () => {
    const f = fixture();
    const figureId = `finding-${f.t}-figure`;
    const claimId = `finding-${f.t}-claim`;
    findingsMade.add(figureId).add(claimId);
    const link = `LEVER:${f.ids.org}:${f.ids.ini}:UPWARD`;
    const sheets: Sheets = {
      ...f.sheets,
      findings: [
        [
          'id',
          'kind',
          'about',
          'text',
          'value',
          'low',
          'high',
          'unit',
          'checkQuestion',
          'checkLever',
          'source',
          'line',
          'quote',
        ],
        [
          figureId,
          'figure',
          `${f.ids.ini}; ${link}`,
          'Half again as many',
          1.5,
          1.25,
          1.75,
          '%',
          null,
          null,
          f.src,
          9,
          Q(9),
        ],
        [
          claimId,
          'claim',
          f.src,
          'Upward levers were mentioned most',
          null,
          null,
          null,
          null,
          'most mentioned lever',
          'upward',
          '003',
          214,
          Q(1),
        ],
      ],
    };
    const done = await run('XLSX', [file(await xlsx(sheets))], false);
    expect(done.problems).toEqual([]);
    expect(done.sheets.find((s) => s.sheet === 'findings')).toMatchObject({ rows: 2, created: 2, bad: 0 });
    const items = (await gqlOk(FINDINGS_Q, { id: f.ids.ini })).findings.items;
    expect(items).toEqual([
      {
        id: figureId,
        kind: 'FIGURE',
        text: 'Half again as many',
        about: [f.ids.ini, link],
        value: 1.5,
        low: 1.25,
        high: 1.75,
        unit: '%',
        period: null,
        population: null,
        checkQuestion: null,
        evidence: [{ sourceId: f.src, line: 9, quote: Q(9) }],
      },
    ]);
    const [claim] = (await gqlOk(FINDINGS_Q, { id: f.src })).findings.items;
    expect(claim).toMatchObject({ id: claimId, kind: 'CLAIM', checkQuestion: 'MOST_MENTIONED_LEVER' });
    const again = await run('XLSX', [file(await xlsx(sheets))], false);
    expect(again.sheets.find((s) => s.sheet === 'findings')).toMatchObject({ rows: 2, created: 0, unchanged: 2 });
    // The same rows as findings.csv beside the other sheets' CSV files: nothing to change either.
    const csv = (rows: CellIn[][]) =>
      Buffer.from(rows.map((r) => r.map((c) => (c === null ? '' : `"${String(c)}"`)).join(',')).join('\n'));
    const csvFiles = Object.entries(sheets).map(([name, rows]) => file(csv(rows), `${name}.csv`));
    const fromCsv = await run('CSV', csvFiles, true);
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.sheets.find((s) => s.sheet === 'findings')).toMatchObject({ rows: 2, unchanged: 2 });
  });

  it('refuses a bad finding row with its column and reason, and writes nothing', async () => {
    const f = fixture();
    const header = ['id', 'kind', 'about', 'text', 'value', 'unit', 'source', 'line', 'quote'];
    const cases: [CellIn[], string, string][] = [
      [[null, 'FIGURE', f.ids.ini, 'A figure', '1,5', '%', f.src, 9, Q(9)], 'value', 'must be a number'],
      [[null, 'FIGURE', f.ids.ini, 'A figure', 2, '%', '003', 214, 'not the words of line 214'], 'quote', 'line 214'],
      [[null, 'FIGURE', 'ini-not-anywhere', 'A figure', 2, '%', f.src, 9, Q(9)], 'about', 'ini-not-anywhere'],
      [[null, 'BARRIER', f.ids.ini, 'A barrier', 2, null, f.src, 9, Q(9)], 'value', 'only a FIGURE'],
      [[null, 'FIGURE', f.ids.ini, 'A figure', 2, '%', null, null, null], 'source', 'at least one citation'],
    ];
    for (const [row, column, reason] of cases) {
      const before = await canonicalHash(db);
      const r = await run('XLSX', [file(await xlsx({ ...f.sheets, findings: [header, row] }))], false);
      expect(r.committed, String(row)).toBe(false);
      expect(
        r.problems.filter((p) => p.sheet === 'findings'),
        String(row),
      ).toEqual([expect.objectContaining({ row: 2, column, reason: expect.stringContaining(reason) })]);
      expect(await canonicalHash(db)).toEqual(before);
    }
  });
});

describe('import: encodings, formulas and limits', () => {
  it('reads Windows-1252 and UTF-8 with a BOM alike', async () => {
    const t = uniqueId('enc');
    const rows = (name: string, id: string) =>
      `id,name,type,source,line,quote\r\n${id},${name},VCSE,003,214,${Q(1)}\r\n`;
    const cp = `org-cp-${t}`;
    const bom = `org-bom-${t}`;
    created.add(cp).add(bom);
    const r1 = await run(
      'CSV',
      [file(iconv.encode(rows(`Café £5 – ${t}`, cp), 'win1252'), 'organisations.csv')],
      false,
    );
    const r2 = await run(
      'CSV',
      [
        file(
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows(`Ünïcode “quoted” – ${t}`, bom), 'utf8')]),
          'organisations.csv',
        ),
      ],
      false,
    );
    expect([r1.encoding, r1.created, r2.encoding, r2.created]).toEqual(['Windows-1252', 1, 'UTF-8', 1]);
    const stored = await db.read('io/node-versions', { ids: [cp, bom] });
    expect(stored.map((s) => (s.props as { name: string }).name)).toEqual([
      `Ünïcode “quoted” – ${t}`,
      `Café £5 – ${t}`,
    ]);
  });

  it('neutralises formula-like text on export with an apostrophe, which import drops again', async () => {
    const t = uniqueId('fx');
    const place = `place-${t}`;
    const ini = `ini-${t}`;
    created.add(place).add(ini);
    const doc = {
      places: [
        { id: place, name: `Place ${t}`, kind: 'SITE', evidence: [{ sourceId: '003', line: 214, quote: Q(1) }] },
      ],
      initiatives: [
        {
          id: ini,
          name: `=HYPERLINK("http://evil.example","x") ${t}`,
          kind: 'TOOL',
          description: '+1 then -2',
          aliases: ['@home'],
          evidence: [{ sourceId: '003', line: 57, quote: '- Single-issue lifestyle services' }],
        },
      ],
      links: [{ type: 'LOCATED_IN', from: ini, to: place, evidence: [{ sourceId: '003', line: 214, quote: Q(2) }] }],
    };
    expect((await run('JSON', [file(Buffer.from(JSON.stringify(doc)))], false)).created).toBe(3);
    const csv = (
      await gqlOk(`query($s: ExportScope) { exportData(format: CSV, scope: $s) { filename mimeType contentBase64 } }`, {
        s: { kind: 'PLACE', id: place },
      })
    ).exportData;
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"") ${t}"`);
    expect(text).toContain(`'+1 then -2`);
    expect(text).toContain(`'@home`);
    expect(text).toContain(`'- Single-issue lifestyle services`);
    const x = (
      await gqlOk(`query($s: ExportScope) { exportData(format: XLSX, scope: $s) { contentBase64 } }`, {
        s: { kind: 'PLACE', id: place },
      })
    ).exportData;
    const content = Buffer.from(x.contentBase64, 'base64');
    const tables = await readXlsx(file(content), CLI_LIMITS);
    const iniRow = tables.find((s) => s.sheet === 'initiatives')!.rows.find((r) => String(r.cells.get('id')) === ini)!;
    expect(iniRow.cells.get('name')).toBe(`'=HYPERLINK("http://evil.example","x") ${t}`);
    for (const [format, buf] of [
      ['XLSX', content],
      ['CSV', Buffer.from(text)],
    ] as const) {
      const back = await run(format, [file(buf)], true);
      expect({
        problems: back.problems,
        created: back.created,
        updated: back.updated,
        unchanged: back.unchanged,
      }).toEqual({ problems: [], created: 0, updated: 0, unchanged: back.rows });
    }
  });

  it('refuses files over the size limit, and formula cells, with a clear message', async () => {
    await expect(
      importData(db, 'CSV', [file(Buffer.alloc(API_LIMITS.maxBytes + 1, 'a'), 'organisations.csv')], {
        dryRun: true,
        limits: API_LIMITS,
      }),
    ).rejects.toThrow(/too large: 14\.0 MB, and at most 14\.0 MB/);
    const tooMany = Buffer.from(`id,name\n${'x,y\n'.repeat(10)}`);
    await expect(
      importData(db, 'CSV', [file(tooMany, 'organisations.csv')], {
        dryRun: true,
        limits: { maxBytes: 1e6, maxRows: 5 },
      }),
    ).rejects.toThrow(/has 11 rows, and at most 5/);
  });
});

describe('import and export through GraphQL', () => {
  it('dry-runs the example workbook: every row already in the seeded graph', async () => {
    const content = readFileSync(new URL('../../examples/levermap-example.xlsx', import.meta.url)).toString('base64');
    const r = (
      await gqlOk(
        `mutation($c: String!) { importData(format: XLSX, contentBase64: $c) { ok dryRun committed rows created updated unchanged problems { sheet row column reason } sheets { sheet rows unchanged } } }`,
        { c: content },
      )
    ).importData;
    expect(r).toMatchObject({
      ok: true,
      dryRun: true,
      committed: false,
      rows: 30,
      created: 0,
      updated: 0,
      unchanged: 30,
      problems: [],
    });
    expect(r.sheets.map((s: { sheet: string; rows: number }) => [s.sheet, s.rows])).toEqual([
      ['sources', 1],
      ['organisations', 2],
      ['directorates', 2],
      ['partnerships', 1],
      ['initiatives', 1],
      ['targetGroups', 2],
      ['places', 1],
      ['links', 20],
    ]);
  });

  it('imports one CSV sheet named by `sheet`, and rejects what is not base64', async () => {
    const t = uniqueId('gql');
    const id = `tg-${t}`;
    created.add(id);
    const csv = Buffer.from(`id,name,kind,source,line,quote\n${id},Group ${t},faith,003,214,${Q(1)}\n`).toString(
      'base64',
    );
    const q = `mutation($c: String!, $d: Boolean) { importData(format: CSV, contentBase64: $c, dryRun: $d, sheet: "targetGroups") { committed created encoding changes { sheet row action id } } }`;
    expect((await gqlOk(q, { c: csv, d: false })).importData).toEqual({
      committed: true,
      created: 1,
      encoding: 'UTF-8',
      changes: [{ sheet: 'targetGroups', row: 2, action: 'CREATE', id }],
    });
    const bad = await gql(`mutation { importData(format: CSV, contentBase64: "not base64!") { ok } }`);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'contentBase64: is not base64 (letters, digits, + and / only, padded with =)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('exports one place and what hangs off it as JSON in the import layout', async () => {
    const r = (
      await gqlOk(
        `{ exportData(format: JSON, scope: { kind: PLACE, id: "place-gateshead" }) { filename mimeType contentBase64 } }`,
      )
    ).exportData;
    expect(r.filename).toMatch(/^levermap-place-gateshead-\d{4}-\d{2}-\d{2}\.json$/);
    expect(r.mimeType).toBe('application/json');
    const doc = JSON.parse(Buffer.from(r.contentBase64, 'base64').toString('utf8'));
    const ids = new Set<string>(
      ['organisations', 'directorates', 'partnerships', 'initiatives', 'targetGroups', 'places'].flatMap((s) =>
        doc[s].map((n: { id: string }) => n.id),
      ),
    );
    expect(ids).toContain('place-gateshead');
    expect(ids).toContain(SEED.liveWellGateshead.id);
    expect(ids).toContain(SEED.gatesheadCouncil.id);
    for (const l of doc.links) {
      expect(ids).toContain(l.from);
      expect(ids).toContain(l.to);
    }
    expect(doc.sources.map((s: { id: string }) => s.id)).toContain('003');
    const missing = await gql(
      `{ exportData(format: JSON, scope: { kind: PARTNERSHIP, id: "no-such-partnership" }) { filename } }`,
    );
    expect(missing.errors?.[0]).toMatchObject({
      message: 'Partnership "no-such-partnership" not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
