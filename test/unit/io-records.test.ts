/** Import cell reading and the sheet layout (api/features/io/records.ts, layout.ts) on tables built in memory. */
import { describe, expect, it } from 'vitest';
import {
  citationColumn,
  parseCitationColumn,
  SHEET_FIELDS,
  SHEETS,
  sheetOfLabel,
} from '../../api/features/io/layout.js';
import { sheetTable } from '../../api/features/io/export.js';
import { fromJson, fromTables } from '../../api/features/io/records.js';
import type { Cell, Table } from '../../api/features/io/read.js';

/** A table from a header and rows of cells (null for an empty cell); rows numbered as a spreadsheet does, header = 1. */
function table(sheet: string, columns: string[], ...rows: (Cell | null)[][]): Table {
  return {
    sheet,
    columns,
    rows: rows.map((r, i) => ({
      row: i + 2,
      cells: new Map(r.flatMap((c, j) => (c === null ? [] : [[columns[j]!, c] as [string, Cell]]))),
    })),
  };
}
const one = (t: Table) => {
  const r = fromTables([t]);
  expect(r.problems).toEqual([]);
  return r.records[0]!;
};

describe('the sheet layout', () => {
  it('puts sources first, then entities, then links, then the findings about them', () => {
    expect(SHEETS[0]).toBe('sources');
    expect(SHEETS.slice(-2)).toEqual(['links', 'findings']);
    expect(sheetOfLabel('TargetGroup')).toBe('targetGroups');
  });

  it('numbers citation columns source, line, quote, then source2, line2, quote2', () => {
    expect([citationColumn('source', 0), citationColumn('quote', 2)]).toEqual(['source', 'quote3']);
    expect(parseCitationColumn('line2')).toEqual({ part: 'line', n: 1 });
    expect(parseCitationColumn('quote')).toEqual({ part: 'quote', n: 0 });
  });

  it('reads "line1", "line0" and "lines" as no citation column', () => {
    expect([parseCitationColumn('line1'), parseCitationColumn('line0'), parseCitationColumn('lines')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('reads each field by its kind in the model', () => {
    const org = new Map(SHEET_FIELDS.organisations.map((f) => [f.name, f]));
    expect(org.get('name')).toEqual({ name: 'name', kind: 'string', required: true });
    expect(org.get('type')).toMatchObject({ kind: 'enum', required: true });
    expect(org.get('aliases')).toMatchObject({ kind: 'list', required: false });
    expect(org.get('placeholder')).toMatchObject({ kind: 'boolean' });
    expect(SHEET_FIELDS.organisations.some((f) => f.name === 'evidence')).toBe(false);
  });
});

describe('reading cells', () => {
  it('forgives the case, spaces and hyphens of an enum', () => {
    expect(one(table('organisations', ['name', 'type'], ['A', 'local authority'])).values.type).toBe('LOCAL_AUTHORITY');
    expect(one(table('organisations', ['name', 'type'], ['A', 'nhs-provider'])).values.type).toBe('NHS_PROVIDER');
  });

  it('splits a list on semicolons, dropping empty items', () => {
    expect(one(table('organisations', ['name', 'aliases'], ['A', ' one ; two;;'])).values.aliases).toEqual([
      'one',
      'two',
    ]);
  });

  it('reads yes, no, 1 and 0 as booleans, and refuses "maybe" naming the row and column', () => {
    expect(one(table('organisations', ['name', 'placeholder'], ['A', 'Yes'])).values.placeholder).toBe(true);
    expect(one(table('organisations', ['name', 'placeholder'], ['A', '0'])).values.placeholder).toBe(false);
    expect(fromTables([table('organisations', ['name', 'placeholder'], ['A', 'maybe'])]).problems).toEqual([
      { sheet: 'organisations', row: 2, column: 'placeholder', reason: 'must be true or false, not "maybe"' },
    ]);
  });

  it('reads a whole number from text or a number cell, and refuses a fraction', () => {
    expect(one(table('sources', ['id', 'title', 'year'], ['s', 'T', '2016'])).values.year).toBe(2016);
    expect(fromTables([table('sources', ['id', 'title', 'year'], ['s', 'T', 2016.5])]).problems[0]!.reason).toBe(
      'must be a whole number, not 2016.5',
    );
  });

  it('reads a spreadsheet date as its UTC calendar day', () => {
    expect(
      one(table('organisations', ['name', 'validFrom'], ['A', new Date(Date.UTC(2019, 3, 1))])).values.validFrom,
    ).toBe('2019-04-01');
  });

  it('drops the apostrophe that neutralises formula-like text, and only that one', () => {
    const r = one(table('organisations', ['name', 'description'], ["'=SUM(1,2) Trust", "'tis so"]));
    expect([r.values.name, r.values.description]).toEqual(['=SUM(1,2) Trust', "'tis so"]);
  });

  it('upper-cases identifiers and removes their spaces', () => {
    expect(one(table('organisations', ['name', 'odsCode'], ['A', 'rx 1'])).values.odsCode).toBe('RX1');
  });

  it('reads an empty cell as "remove this optional value", and an empty list cell as no items', () => {
    const r = one(table('organisations', ['name', 'description', 'aliases'], ['A', '', '']));
    expect({ given: [...r.given].sort(), description: r.values.description, aliases: r.values.aliases }).toEqual({
      given: ['aliases', 'description', 'name'],
      description: undefined,
      aliases: [],
    });
  });

  it("reports a cell that could not be read with the reader's reason", () => {
    expect(fromTables([table('organisations', ['name'], [{ bad: 'a formula cell is not read' }])]).problems).toEqual([
      { sheet: 'organisations', row: 2, column: 'name', reason: 'a formula cell is not read' },
    ]);
  });
});

describe('citations in a row', () => {
  it("reads each source, line and quote group, and names the columns of a citation's parts", () => {
    const r = one(
      table(
        'places',
        ['name', 'source', 'line', 'quote', 'source2', 'line2', 'quote2'],
        ['P', '003', '214', 'a', '000', 884, 'b'],
      ),
    );
    expect(r.evidence).toEqual([
      { sourceId: '003', line: 214, quote: 'a' },
      { sourceId: '000', line: 884, quote: 'b' },
    ]);
    expect(r.column(['evidence', 1, 'sourceId'])).toBe('source2');
    expect(r.column(['evidence', 0, 'line'])).toBe('line');
  });

  it('reads a dataset record column, and the export writes it back only when some citation has one', () => {
    const r = one(
      table(
        'places',
        ['name', 'source', 'line', 'quote', 'record', 'source2', 'line2', 'quote2', 'record2'],
        ['P', 'ds1', 12, 'Row 12', 'R-7', '000', 884, 'b', null],
      ),
    );
    expect(r.evidence).toEqual([
      { sourceId: 'ds1', line: 12, quote: 'Row 12', record: 'R-7' },
      { sourceId: '000', line: 884, quote: 'b' },
    ]);
    expect(r.column(['evidence', 0, 'record'])).toBe('record');
    const withRecord = sheetTable('places', [{ name: 'P', evidence: r.evidence }], false);
    expect(withRecord.columns.slice(-8)).toEqual([
      'source',
      'line',
      'quote',
      'record',
      'source2',
      'line2',
      'quote2',
      'record2',
    ]);
    expect(withRecord.cells[0]!.slice(-8)).toEqual(['ds1', 12, 'Row 12', 'R-7', '000', 884, 'b', null]);
    const plain = sheetTable('places', [{ name: 'P', evidence: [{ sourceId: '000', line: 1, quote: 'q' }] }], false);
    expect(plain.columns.slice(-3)).toEqual(['source', 'line', 'quote']);
  });

  it('refuses a citation missing its quote, naming the quote column', () => {
    expect(
      fromTables([table('places', ['name', 'source', 'line', 'quote'], ['P', '003', 214, null])]).problems,
    ).toEqual([
      {
        sheet: 'places',
        row: 2,
        column: 'quote',
        reason: 'a citation needs a source, a line and a quote; quote is missing',
      },
    ]);
  });

  it('gives no evidence for a row that cites nothing', () => {
    expect(one(table('places', ['name', 'source', 'line', 'quote'], ['P', null, null, null])).evidence).toBeNull();
  });
});

describe('sheets and headers', () => {
  it('skips sheets starting with an underscore, and refuses a file with any other unknown sheet', () => {
    const places = table('places', ['name', 'kind', 'source', 'line', 'quote'], ['P', 'REGION', '000', 1, 'q']);
    expect(fromTables([table('_about', ['x'], ['y']), places]).records).toHaveLength(1);
    const refused = () => fromTables([places, table('notes', ['x'], ['y'])]);
    expect(refused).toThrow(/these sheets are|this sheet is not one Levermap reads: "notes"/);
    expect(refused).toThrow(`Levermap reads the sheets ${SHEETS.join(', ')}`);
  });

  it('refuses a file in which it recognises no sheet, naming the sheets it expects', () => {
    expect(() => fromTables([table('_about', ['x'], ['y'])])).toThrow(
      /^the file has no sheet Levermap reads; nothing was imported\. Levermap reads the sheets sources, organisations, /,
    );
    expect(() => fromTables([table('grants', ['Identifier'], ['360G-x'])])).toThrow(
      'this sheet is not one Levermap reads: "grants"',
    );
    expect(() => fromJson({})).toThrow('the file has no sheet Levermap reads');
  });

  it("refuses an unknown column, listing the sheet's columns, and reads none of its rows", () => {
    const r = fromTables([table('places', ['name', 'colour'], ['P', 'blue'])]);
    expect(r.records).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ sheet: 'places', row: 1, column: 'colour' });
    expect(r.problems[0]!.reason).toMatch(
      /^unknown column "colour"; the places sheet has the columns (\w+, )*name, .*source, line, quote/,
    );
  });

  it('refuses a column given twice and a sheet given twice', () => {
    expect(fromTables([table('places', ['name', 'name'], ['P', 'Q'])]).problems).toEqual([
      { sheet: 'places', row: 1, column: 'name', reason: 'the column name appears twice' },
    ]);
    expect(fromTables([table('places', ['name'], ['P']), table('places', ['name'], ['Q'])]).problems).toEqual([
      { sheet: 'places', row: null, column: null, reason: 'the sheet places is given twice' },
    ]);
  });

  it('skips a row with no cells at all', () => {
    expect(fromTables([table('places', ['name'], [null], ['P'])]).records.map((r) => r.row)).toEqual([3]);
  });
});

describe('JSON documents', () => {
  it('reads a seed-shaped document with its evidence, numbering rows from 1', () => {
    const r = fromJson({
      places: [{ id: 'place-x', name: 'X', kind: 'SITE', evidence: [{ sourceId: '000', line: 1, quote: 'q' }] }],
    });
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => ({ sheet: x.sheet, row: x.row, values: x.values, evidence: x.evidence }))).toEqual([
      {
        sheet: 'places',
        row: 1,
        values: { id: 'place-x', name: 'X', kind: 'SITE' },
        evidence: [{ sourceId: '000', line: 1, quote: 'q' }],
      },
    ]);
    expect(r.records[0]!.column(['evidence', 0, 'quote'])).toBe('evidence[0].quote');
  });

  it('refuses an unknown section, listing the sections', () => {
    expect(fromJson({ colours: [] }).problems[0]!.reason).toBe(
      `the file: unknown section(s) colours; the sections are ${SHEETS.join(', ')}`,
    );
  });

  it('refuses an unknown field and evidence that is not a list', () => {
    const r = fromJson({
      places: [
        { name: 'X', colour: 'blue' },
        { name: 'Y', evidence: 'none' },
      ],
    });
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'colour'],
      [2, 'evidence'],
    ]);
  });

  it('reads null as "remove this optional value"', () => {
    const r = fromJson({ places: [{ name: 'X', code: null }] });
    expect(r.records[0]!.values).toEqual({ name: 'X', code: undefined });
    expect(r.records[0]!.given.has('code')).toBe(true);
  });
});

describe("an initiative's confirmed lever absences", () => {
  const COLUMNS = [
    'name',
    'kind',
    'source',
    'line',
    'quote',
    'absenceLever',
    'absenceSource',
    'absenceLine',
    'absenceQuote',
    'absenceLever2',
    'absenceCheckedBy2',
    'absenceCheckedOn2',
    'absenceNote2',
  ];

  it('reads a source statement and an editor check from their column groups', () => {
    const r = one(
      table('initiatives', COLUMNS, [
        'A walk',
        'PILOT',
        '001',
        3,
        'walks',
        'upward',
        3,
        7,
        'no community group',
        'Sideward',
        'ann',
        new Date('2026-11-30'),
        "'=none found",
      ]),
    );
    expect(r.absences).toEqual([
      { lever: 'UPWARD', evidence: [{ sourceId: '3', line: 7, quote: 'no community group' }] },
      { lever: 'SIDEWARD', checkedBy: 'ann', checkedOn: '2026-11-30', note: '=none found' },
    ]);
    // A number a spreadsheet made of the source id is marked, to resolve as citations' ids do.
    expect(r.numeric?.has('leverAbsences.0')).toBe(true);
    expect(r.column(['leverAbsences', 1, 'checkedOn'])).toBe('absenceCheckedOn2');
    expect(r.column(['leverAbsences', 0, 'evidence', 0, 'quote'])).toBe('absenceQuote');
  });

  it('is a column only the initiatives sheet has', () => {
    const r = fromTables([table('organisations', ['name', 'type', 'absenceLever'], ['X', 'VCSE', 'UPWARD'])]);
    expect(r.problems).toEqual([
      expect.objectContaining({ column: 'absenceLever', reason: expect.stringContaining('unknown column') }),
    ]);
  });

  it('exports one group per absence, leaving out who checked unless asked', () => {
    const rows = [
      {
        name: 'A walk',
        kind: 'PILOT',
        evidence: [{ sourceId: '001', line: 3, quote: 'walks' }],
        leverAbsences: [
          { lever: 'UPWARD', evidence: [{ sourceId: '001', line: 7, quote: 'no community group' }] },
          { lever: 'SIDEWARD', checkedOn: '2026-11-30', note: 'none found' },
        ],
      },
    ];
    const { columns, cells } = sheetTable('initiatives', rows, false);
    const at = (c: string) => cells[0]![columns.indexOf(c)];
    expect([at('absenceLever'), at('absenceSource'), at('absenceLine'), at('absenceQuote')]).toEqual([
      'UPWARD',
      '001',
      7,
      'no community group',
    ]);
    expect([at('absenceLever2'), at('absenceCheckedBy2'), at('absenceCheckedOn2'), at('absenceNote2')]).toEqual([
      'SIDEWARD',
      null,
      '2026-11-30',
      'none found',
    ]);
    expect(sheetTable('organisations', [{ name: 'X' }], false).columns).not.toContain('absenceLever');
  });
});

describe('the findings sheet', () => {
  it('reads decimals as numbers, about as a list, and the check as three columns', () => {
    const r = one(
      table(
        'findings',
        ['id', 'kind', 'about', 'text', 'value', 'low', 'high', 'unit', 'checkQuestion', 'checkLever', 'checkCount'],
        ['f-one', 'figure', 'ini-a; LEVER:org-b:ini-a:UPWARD', 'T', '1.25', 0.5, '2', '%', null, null, null],
      ),
    );
    expect(r.values).toMatchObject({
      kind: 'FIGURE',
      about: ['ini-a', 'LEVER:org-b:ini-a:UPWARD'],
      value: 1.25,
      low: 0.5,
      high: 2,
      checkQuestion: undefined,
    });
  });

  it('refuses a number written with a comma, naming the column', () => {
    expect(fromTables([table('findings', ['id', 'value'], ['f-one', '1,5'])]).problems).toEqual([
      expect.objectContaining({ sheet: 'findings', row: 2, column: 'value', reason: expect.stringContaining('1,5') }),
    ]);
  });

  it("reads JSON's nested check into the flat columns, and names a bad one", () => {
    const { records } = fromJson({
      findings: [{ id: 'f-claim', check: { question: 'MOST_MENTIONED_LEVER', lever: 'DOWNWARD' } }],
    });
    expect(records[0]!.values).toEqual({
      id: 'f-claim',
      checkQuestion: 'MOST_MENTIONED_LEVER',
      checkLever: 'DOWNWARD',
      checkCount: undefined,
    });
    expect(fromJson({ findings: [{ id: 'f', check: 'most' }] }).problems).toEqual([
      expect.objectContaining({ sheet: 'findings', column: 'check', reason: expect.stringContaining('check must be') }),
    ]);
  });

  it('exports the check as columns and the about list joined by semicolons', () => {
    const { columns, cells } = sheetTable(
      'findings',
      [{ id: 'f', kind: 'CLAIM', about: ['000', 'ini-a'], text: 'T', checkQuestion: 'MOST_MENTIONED_LEVER' }],
      false,
    );
    expect(columns).toEqual(expect.arrayContaining(['about', 'checkQuestion', 'checkLever', 'checkCount', 'source']));
    expect(cells[0]![columns.indexOf('about')]).toBe('000; ini-a');
    expect(cells[0]![columns.indexOf('checkQuestion')]).toBe('MOST_MENTIONED_LEVER');
  });
});
