/**
 * The initiatives table as a file: every row matching the view, in its sort, in the words the page shows, with
 * flags and citations. CSV (UTF-8 with a BOM, so Excel reads it as UTF-8) or XLSX.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_STATUS,
  FRAMEWORK_ELEMENT,
  INITIATIVE_STATUS,
  LEVER_GAP,
  LEVER_STATE,
  labelOf,
} from '../../../model/vocabulary.js';
import type { Table, TableRow } from './table.js';
import { neutralise } from '../io/export.js';

export type TableFormat = 'csv' | 'xlsx';

const text = neutralise;
const list = (xs: readonly string[]) => xs.join('; ');
const lever = (r: TableRow, l: string) => r.levers.find((x) => x.lever === l)!;

/** Columns in order: heading, and how a row gives the cell. */
export function tableColumns(title: (sourceId: string) => string): [string, (r: TableRow) => string | number][] {
  return [
    ['Initiative', (r) => text(r.name)],
    ['Id', (r) => r.id],
    ['Placeholder', (r) => (r.placeholder ? 'yes' : 'no')],
    ['Initiative status', (r) => labelOf(INITIATIVE_STATUS, r.status)],
    ['Alignment', (r) => labelOf(ALIGNMENT_STATUS, r.alignment)],
    ['Sponsor (downward)', (r) => labelOf(LEVER_STATE, lever(r, 'DOWNWARD').state)],
    ['Sponsors', (r) => lever(r, 'DOWNWARD').enabling],
    ['Partnership (sideward)', (r) => labelOf(LEVER_STATE, lever(r, 'SIDEWARD').state)],
    ['Partnerships', (r) => lever(r, 'SIDEWARD').enabling],
    ['Community voice (upward)', (r) => labelOf(LEVER_STATE, lever(r, 'UPWARD').state)],
    ['Community voices', (r) => lever(r, 'UPWARD').enabling],
    ['Opposing backers', (r) => r.opposing],
    ['Flags', (r) => list(r.flags.map((f) => labelOf({ ...ALIGNMENT_FLAG, ...LEVER_GAP }, f)))],
    ['Framework elements', (r) => list(r.frameworkElements.map((e) => labelOf(FRAMEWORK_ELEMENT, e)))],
    ['Places', (r) => text(list(r.places))],
    ['Target groups', (r) => text(list(r.targetGroups))],
    [
      'Citations',
      (r) => text(r.citations.map((c) => `${title(c.sourceId)}, line ${c.line}: “${c.quote}”`).join(' | ')),
    ],
  ];
}

export interface TableFile {
  filename: string;
  mimeType: string;
  body: string | Buffer;
  count: number;
}

export async function tableFile(
  t: Table,
  format: TableFormat,
  title: (sourceId: string) => string,
): Promise<TableFile> {
  const columns = tableColumns(title);
  const cells = t.rows.map((r) => columns.map(([, get]) => get(r)));
  const filename = `levermap-initiative-table-${t.asOf}.${format}`;
  if (format === 'csv')
    return {
      filename,
      mimeType: 'text/csv; charset=utf-8',
      body: `\uFEFF${stringify([columns.map(([h]) => h), ...cells])}`,
      count: t.rows.length,
    };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Levermap';
  const ws = wb.addWorksheet('Initiatives', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map(([h]) => h)).font = { bold: true };
  for (const row of cells) ws.addRow(row);
  ws.columns.forEach((c, i) => {
    c.width = i === 0 || i === columns.length - 1 ? 60 : 18;
  });
  return {
    filename,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    count: t.rows.length,
  };
}
