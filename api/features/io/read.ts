/**
 * Reads an import file into plain tables of cells (CSV, XLSX) or a JSON document. Well-kept parsers do the
 * parsing (csv-parse, exceljs); this file only decides the text encoding, enforces the size limits and turns
 * cells into values. Formula cells are never evaluated: they come back as bad cells naming the problem.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../errors.js';
import { sheetOfFileName } from './layout.js';

export type ImportFormat = 'CSV' | 'XLSX' | 'JSON';
/** A cell as read: text, a number, true/false, a date (XLSX), or a cell that cannot be read, with why. */
export type Cell = string | number | boolean | Date | { bad: string };
export interface TableRow {
  row: number;
  cells: Map<string, Cell>;
}
export interface Table {
  /** The sheet name (XLSX), the file's base name (CSV), or the value of the `sheet` column (combined CSV). */
  sheet: string;
  columns: string[];
  rows: TableRow[];
  /** From a combined CSV: holds every sheet's columns, so a column may belong to another sheet. */
  combined?: boolean;
}
export interface InputFile {
  name?: string;
  content: Buffer;
}

export interface Limits {
  maxBytes: number;
  maxRows: number;
}
/** Through the API: the body limit is 20 MB of base64. From the command line: larger files. */
export const API_LIMITS: Limits = { maxBytes: 14 * 1024 * 1024, maxRows: 150_000 };
export const CLI_LIMITS: Limits = { maxBytes: 200 * 1024 * 1024, maxRows: 1_000_000 };

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function checkSize(files: InputFile[], limits: Limits): void {
  const total = files.reduce((s, f) => s + f.content.length, 0);
  if (total > limits.maxBytes) {
    throw new AppError(
      'BAD_USER_INPUT',
      `the file is too large: ${MB(total)}, and at most ${MB(limits.maxBytes)} can be imported at once here; split it into several files`,
      { field: 'contentBase64' },
    );
  }
  if (total === 0) throw new AppError('BAD_USER_INPUT', 'the file is empty', { field: 'contentBase64' });
}

function checkRows(n: number, limits: Limits): void {
  if (n > limits.maxRows) {
    throw new AppError(
      'BAD_USER_INPUT',
      `the file has ${n} rows, and at most ${limits.maxRows} can be imported at once here; split it into several files`,
      { field: 'contentBase64' },
    );
  }
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (what Excel on Windows saves as "CSV"). */
export function decodeText(buf: Buffer): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buf, 'win1252'), encoding: 'Windows-1252' };
  }
}

const stem = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/**
 * CSV files: one per sheet, named after it (organisations.csv), or one "combined" file whose first column is
 * `sheet`. Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export function readCsv(
  files: InputFile[],
  limits: Limits,
  sheetName?: string,
): { tables: Table[]; encodings: string[] } {
  const tables: Table[] = [];
  const encodings: string[] = [];
  let rowCount = 0;
  for (const f of files) {
    const { text, encoding } = decodeText(f.content);
    encodings.push(encoding);
    let records: string[][];
    try {
      records = parseCsv(text, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        trim: false,
      }) as string[][];
    } catch (e) {
      throw new AppError('BAD_USER_INPUT', `${f.name ?? 'the CSV file'} is not valid CSV: ${(e as Error).message}`, {
        field: 'contentBase64',
      });
    }
    rowCount += records.length;
    checkRows(rowCount, limits);
    const [header, ...body] = records;
    if (!header) continue;
    const columns = header.map((h) => h.trim());
    const toRow = (r: string[], i: number): TableRow => {
      const cells = new Map<string, Cell>();
      // A value under a header with no name (pandas' index column) is kept, so that it is reported, not dropped.
      columns.forEach((c, j) => {
        if (r[j] !== undefined && r[j] !== '') cells.set(c || `(column ${j + 1})`, r[j]!);
      });
      r.slice(columns.length).forEach((v, j) => {
        if (v.trim()) cells.set(`(column ${columns.length + j + 1})`, v);
      });
      return { row: i + 2, cells };
    };
    if (columns[0] === 'sheet') {
      const bySheet = new Map<string, TableRow[]>();
      body.forEach((r, i) => {
        const row = toRow(r, i);
        const name = String(row.cells.get('sheet') ?? '').trim();
        row.cells.delete('sheet');
        if (!bySheet.has(name)) bySheet.set(name, []);
        bySheet.get(name)!.push(row);
      });
      for (const [name, rows] of bySheet) tables.push({ sheet: name, columns: columns.slice(1), rows, combined: true });
    } else {
      const name = sheetName ?? (f.name ? (sheetOfFileName(stem(f.name)) ?? stem(f.name)) : '');
      tables.push({ sheet: name, columns, rows: body.map(toRow) });
    }
  }
  return { tables, encodings };
}

/**
 * LibreOffice Calc saves every boolean as a formula, `<f>TRUE()</f><v>1</v>`, and Excel may hold `=TRUE`: such a
 * constant is its value, so nothing is evaluated. A cached value that disagrees refuses it (exceljs drops a cached
 * false, so a missing one is no disagreement); any other formula is refused.
 */
function constantBoolean(v: object): boolean | undefined {
  const formula = 'formula' in v && typeof v.formula === 'string' ? v.formula : undefined;
  const m = formula ? /^\s*=?\s*(TRUE|FALSE)\s*(\(\s*\))?\s*$/i.exec(formula) : null;
  if (!m) return undefined;
  const want = m[1]!.toUpperCase() === 'TRUE';
  const result = 'result' in v ? v.result : undefined;
  if (result === undefined || result === null) return want;
  const cached = typeof result === 'boolean' ? result : result === 1 ? true : result === 0 ? false : undefined;
  return cached === want ? want : undefined;
}

function cellValue(v: ExcelJS.CellValue): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const constant = constantBoolean(v);
      if (constant !== undefined) return constant;
      return {
        bad: 'is a formula; Levermap never evaluates formulas: replace it with its value (Paste Special, Values) and import again',
      };
    }
    if ('error' in v) return { bad: `holds the spreadsheet error ${String(v.error)}` };
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellValue(v.text as ExcelJS.CellValue);
  }
  return { bad: 'cannot be read as text, a number, a date or true/false' };
}

/** XLSX: every worksheet is a table; the first row holds the column names. */
export async function readXlsx(file: InputFile, limits: Limits): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file.content as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('BAD_USER_INPUT', `the file is not a readable XLSX workbook: ${(e as Error).message}`, {
      field: 'contentBase64',
    });
  }
  const tables: Table[] = [];
  let rowCount = 0;
  wb.eachSheet((ws) => {
    rowCount += ws.actualRowCount;
    checkRows(rowCount, limits);
    const columns: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => {
      const v = cellValue(c.value);
      columns[col - 1] =
        v === undefined ? '' : typeof v === 'object' && !(v instanceof Date) ? `(column ${col})` : String(v).trim();
    });
    const rows: TableRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      if (rowNumber === 1) return;
      const cells = new Map<string, Cell>();
      r.eachCell({ includeEmpty: false }, (c, col) => {
        const v = cellValue(c.value);
        if (v === undefined || v === '') return;
        cells.set(columns[col - 1] || `(column ${col})`, v);
      });
      if (cells.size) rows.push({ row: rowNumber, cells });
    });
    tables.push({ sheet: ws.name, columns: columns.map((c, i) => c ?? `(column ${i + 1})`), rows });
  });
  return tables;
}

export function readJson(file: InputFile): unknown {
  const { text } = decodeText(file.content);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('BAD_USER_INPUT', `the file is not valid JSON: ${(e as Error).message}`, {
      field: 'contentBase64',
    });
  }
}
