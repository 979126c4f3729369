/**
 * What spreadsheet programs do to a file, read without a database: LibreOffice's TRUE()/FALSE() formulas, ids
 * that became numbers, Calc's <book>-<sheet>.csv names, and zod's enum errors in plain words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetOfFileName } from '../../api/features/io/layout.js';
import { CLI_LIMITS, readCsv, readXlsx } from '../../api/features/io/read.js';
import { fromTables } from '../../api/features/io/records.js';
import { resolveSourceRef, similarIds, unknownSource } from '../../api/features/io/source-ids.js';
import { staleConflicts } from '../../api/features/io/stale.js';
import { describeIssues, issueMessage } from '../../model/issues.js';
import { Organisation } from '../../model/schemas.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/spreadsheets');

async function workbook(cells: ExcelJS.CellValue[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('places');
  ws.addRow(['value']);
  for (const c of cells) ws.addRow([c]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('formula cells', () => {
  it('reads constant TRUE()/FALSE() (LibreOffice) and =TRUE/=FALSE (Excel) by their cached value', async () => {
    const [t] = await readXlsx(
      {
        content: await workbook([
          { formula: 'TRUE()', result: true },
          { formula: 'FALSE()', result: false },
          { formula: 'TRUE', result: true },
          { formula: 'false', result: false },
        ] as ExcelJS.CellValue[]),
      },
      CLI_LIMITS,
    );
    expect(t!.rows.map((r) => r.cells.get('value'))).toEqual([true, false, true, false]);
  });

  it('still refuses every other formula, and a constant whose cached value disagrees', async () => {
    const [t] = await readXlsx(
      {
        content: await workbook([
          { formula: 'SUM(1,2)', result: 3 },
          { formula: 'NOT(FALSE())', result: true },
          { formula: 'FALSE()', result: 1 },
        ] as ExcelJS.CellValue[]),
      },
      CLI_LIMITS,
    );
    for (const r of t!.rows) expect(r.cells.get('value')).toEqual({ bad: expect.stringMatching(/^is a formula/) });
  });

  it('reads the workbook LibreOffice Calc saved: its booleans are <f>TRUE()</f> cells', async () => {
    const content = readFileSync(join(FIXTURES, 'libreoffice-saved.xlsx'));
    const tables = await readXlsx({ content }, CLI_LIMITS);
    const orgs = tables.find((t) => t.sheet === 'organisations')!;
    expect(orgs.rows.map((r) => r.cells.get('placeholder'))).toEqual([false, true]);
    expect(fromTables(tables).problems).toEqual([]);
  });
});

describe('ids that a program made into numbers', () => {
  const known = new Set(['000', '001', '003', 'ds-1', 'abc']);
  it('resolves a number only to the one id it can stand for', () => {
    expect(resolveSourceRef('3', true, known)).toEqual({ id: '003' });
    expect(resolveSourceRef('0', false, known)).toEqual({ id: '000' });
    expect(resolveSourceRef('003', false, known)).toEqual({ id: '003' });
  });

  it('is an error when no id or several ids match', () => {
    expect(resolveSourceRef('7', true, known)).toEqual({
      error: expect.stringMatching(/^7 is a number, and no source id matches it/),
    });
    expect(resolveSourceRef('3', true, new Set(['003', '0003']))).toEqual({
      error: expect.stringMatching(/^3 could be the source 0003 or 003: /),
    });
    // Text that is no number stays as given: a new source in the sources sheet, unknown in a citation.
    expect(resolveSourceRef('7', false, known)).toEqual({ id: '7' });
  });

  it('names the known ids an unknown one resembles', () => {
    expect(unknownSource('03', new Set(['003', '004']))).toMatch(/^03 is not a source; did you mean 003\?/);
    expect(similarIds('DS_1', known)).toEqual(['ds-1']);
    expect(unknownSource('zzz', known)).toMatch(/^zzz is not a source: add it/);
  });

  it('reads every other id column as text', () => {
    const r = fromTables([
      {
        sheet: 'organisations',
        columns: ['name', 'type', 'companyNumber', 'source', 'line', 'quote'],
        rows: [
          {
            row: 2,
            cells: new Map<string, string | number>([
              ['name', 'X'],
              ['type', 'PRIVATE'],
              ['companyNumber', 1234567],
              ['source', 3],
              ['line', 1],
              ['quote', 'q'],
            ]),
          },
        ],
      },
    ]);
    expect(r.records[0]!.values.companyNumber).toBe('1234567');
    expect(r.records[0]!.evidence![0]!.sourceId).toBe('3');
    expect(r.records[0]!.numeric).toEqual(new Set(['evidence.0']));
  });
});

describe("pandas' index column", () => {
  it('is a value under a header with no name, refused rather than dropped', () => {
    const { tables } = readCsv(
      [{ name: 'places.csv', content: Buffer.from(',name,kind,source,line,quote\n0,P,REGION,000,1,q\n') }],
      CLI_LIMITS,
    );
    expect(fromTables(tables).problems).toEqual([
      { sheet: 'places', row: 2, column: '(column 1)', reason: 'a value in a column with no name in the header row' },
    ]);
  });
});

describe("Calc's <book>-<sheet>.csv names", () => {
  it('reads the sheet off the end of the name', () => {
    expect(sheetOfFileName('levermap-organisations')).toBe('organisations');
    expect(sheetOfFileName('targetGroups')).toBe('targetGroups');
    expect(sheetOfFileName('grants')).toBeNull();
    const { tables } = readCsv([{ name: 'my book-links.csv', content: Buffer.from('type\nFUNDS\n') }], CLI_LIMITS);
    expect(tables[0]!.sheet).toBe('links');
  });
});

describe('enum errors in words', () => {
  it('names the field, the value given and the allowed values with their labels', () => {
    const input = { id: 'org-x', name: 'X', type: 'Charity', evidence: [{ sourceId: '000', line: 1, quote: 'q' }] };
    const parsed = Organisation.safeParse(input);
    expect(parsed.success).toBe(false);
    const [i] = parsed.error!.issues;
    expect(issueMessage(i!, input)).toMatch(
      /^'Charity' is not an organisation type; use one of: local authority \(LOCAL_AUTHORITY\), NHS commissioner \(NHS_COMMISSIONER\), NHS provider \(NHS_PROVIDER\), /,
    );
  });

  it('lists every problem, not only the first', () => {
    const input = { id: 'Bad Id', name: '', type: 'Charity', evidence: [] };
    const parsed = Organisation.safeParse(input);
    const all = describeIssues(parsed.error!, input, ['input']);
    expect(all.map((p) => p.field).sort()).toEqual(['input.evidence', 'input.id', 'input.name', 'input.type']);
    expect(all.find((p) => p.field === 'input.type')!.message).toMatch(/^'Charity' is not an organisation type/);
  });
});

describe('stale rows', () => {
  it('are conflicts field by field only when the file is older than the graph', () => {
    const rec = { sheet: 'organisations', row: 4, values: { version: 1 } } as never;
    const graph = { name: 'New', version: 2, evSource: ['000'], evLine: [3], evQuote: ['q'] };
    expect(staleConflicts(rec, 'org-x', ['name'], { name: 'Old' }, graph)).toEqual([
      {
        sheet: 'organisations',
        row: 4,
        id: 'org-x',
        field: 'name',
        fileValue: 'Old',
        graphValue: 'New',
        fileVersion: 1,
        graphVersion: 2,
      },
    ]);
    expect(staleConflicts(rec, 'org-x', ['name'], { name: 'Old' }, { ...graph, version: 1 })).toEqual([]);
    expect(staleConflicts(rec, 'org-x', [], {}, graph)).toEqual([]);
  });
});
