/**
 * Tables (CSV, XLSX) and JSON documents into one shape, the record: a row's values under the model's field
 * names, which fields the row gives, its citations, and any cell that could not be read, with where it is.
 */
import { z } from 'zod';
import type { Citation } from '../../../model/schemas.js';
import { issueMessage } from '../../../model/issues.js';
import { AppError } from '../../errors.js';
import {
  ABSENCE_COLUMNS,
  absenceColumn,
  CHECK_PART,
  CITATION_COLUMNS,
  citationColumn,
  hasAbsences,
  hasCitations,
  parseAbsenceColumn,
  isSheet,
  parseCitationColumn,
  readFields,
  SHEETS,
  type Field,
  type SheetName,
} from './layout.js';
import type { Cell, Table } from './read.js';

export interface Problem {
  sheet: string;
  row: number | null;
  column: string | null;
  reason: string;
}

export interface Rec {
  sheet: SheetName;
  /** As a spreadsheet numbers it (header = 1), or the position in the JSON array counting from 1. */
  row: number;
  /** Model-shaped values; undefined means "remove this optional value". */
  values: Record<string, unknown>;
  /** Fields the row speaks about: a column present in the sheet, or a key present in the JSON object. */
  given: Set<string>;
  /** Citations the row adds (null when it gives none). */
  evidence: Citation[] | null;
  /** An initiative's confirmed lever absences as the file gives them (LeverAbsenceEntry, checked in plan.ts). */
  absences?: unknown[] | null;
  /**
   * Id cells that a spreadsheet held as numbers ("id", "evidence.0"): a program may have made 3 of "003", so
   * such an id is read as text and resolves only to the one existing id it can stand for (plan.ts).
   */
  numeric?: Set<string>;
  /** The column (or JSON path) that holds a model path, for error messages. */
  column(path: readonly PropertyKey[]): string;
}

export interface Records {
  records: Rec[];
  problems: Problem[];
  warnings: string[];
}

/** A leading apostrophe is how exports neutralise text that a spreadsheet would read as a formula; it is dropped on import. */
export const FORMULA_START = /^[=+\-@\t\r]/;
const unquote = (s: string) => (s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);

const enumText = (s: string) =>
  s
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
const IDENTIFIER_FIELDS = new Set(['odsCode', 'charityNumber', 'companyNumber', 'giving360Id', 'code']);

/** "Local authority" reads as LOCAL_AUTHORITY; text that is no code stays as given, so the error quotes it. */
function asCode(f: Field, text: string): string {
  const code = enumText(text);
  return !f.values || f.values.includes(code) ? code : text.trim();
}

function cellText(c: Cell): string {
  if (c instanceof Date) {
    // Spreadsheet dates carry no zone: exceljs gives them at UTC midnight.
    return c.toISOString().slice(0, 10);
  }
  return unquote(String(c)).trim();
}

/** Reads one cell by the field's kind; returns an error reason instead of a value when it cannot. */
function readCell(f: Field, c: Cell): { value: unknown } | { error: string } {
  if (typeof c === 'object' && !(c instanceof Date)) return { error: c.bad };
  const text = cellText(c);
  if (text === '') return { value: f.kind === 'list' || f.kind === 'enumList' ? [] : undefined };
  switch (f.kind) {
    case 'int': {
      if (typeof c === 'number')
        return Number.isInteger(c) ? { value: c } : { error: `must be a whole number, not ${c}` };
      return /^-?\d+$/.test(text) ? { value: Number(text) } : { error: `must be a whole number, not "${text}"` };
    }
    case 'number': {
      if (typeof c === 'number') return Number.isFinite(c) ? { value: c } : { error: `must be a number, not ${c}` };
      return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)
        ? { value: Number(text) }
        : { error: `must be a number (a point for decimals, no thousands separators), not "${text}"` };
    }
    case 'boolean': {
      if (typeof c === 'boolean') return { value: c };
      const t = text.toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(t)) return { value: true };
      if (['false', 'no', 'n', '0'].includes(t)) return { value: false };
      return { error: `must be true or false, not "${text}"` };
    }
    case 'enum':
      return { value: asCode(f, text) };
    case 'list':
      return {
        value: text
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'enumList':
      return {
        value: text
          .split(';')
          .map((t) => asCode(f, t))
          .filter(Boolean),
      };
    case 'string':
      return { value: IDENTIFIER_FIELDS.has(f.name) ? text.toUpperCase().replace(/\s+/g, '') : text };
  }
}

/**
 * A file must be what Levermap reads, whole: a sheet it does not know (a 360Giving grants.csv, a sheet renamed
 * by hand) would otherwise be ignored without a word. Sheets named `_...` are notes for people and are skipped.
 */
export function checkSheets(names: string[]): void {
  const unknown = names.filter((s) => !s.startsWith('_') && !isSheet(s));
  if (unknown.length === 0 && names.some(isSheet)) return;
  const expected = `Levermap reads the sheets ${SHEETS.join(', ')} (a CSV file named after its sheet, e.g. organisations.csv or book-organisations.csv, or one CSV whose first column is sheet)`;
  const what = unknown.length
    ? `${unknown.length === 1 ? 'this sheet is' : 'these sheets are'} not one Levermap reads: ${unknown.map((s) => `"${s || '(no name)'}"`).join(', ')}`
    : 'the file has no sheet Levermap reads';
  throw new AppError('BAD_USER_INPUT', `${what}; nothing was imported. ${expected}`, {
    field: 'contentBase64',
    sheets: unknown,
    expected: SHEETS,
  });
}

export function fromTables(tables: Table[]): Records {
  checkSheets(tables.map((t) => t.sheet));
  const records: Rec[] = [];
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const seen = new Map<SheetName, string>();
  for (const t of tables) {
    if (t.sheet.startsWith('_') || !isSheet(t.sheet)) continue; // notes for people, e.g. the example file's _about sheet
    const sheet = t.sheet;
    if (seen.has(sheet)) {
      problems.push({ sheet, row: null, column: null, reason: `the sheet ${sheet} is given twice` });
      continue;
    }
    seen.set(sheet, t.sheet);
    const fields = new Map(readFields(sheet).map((f) => [f.name, f]));
    // Columns: model fields, citation groups, and (links) an id that must agree with the computed one.
    let maxCitation = -1;
    let maxAbsence = -1;
    let badHeader = false;
    const known = (c: string) =>
      fields.has(c) ||
      (sheet === 'links' && c === 'id') ||
      (hasCitations(sheet) && parseCitationColumn(c) !== null) ||
      (hasAbsences(sheet) && parseAbsenceColumn(c) !== null);
    // A combined CSV has every sheet's columns: those of other sheets count only where a row fills them.
    const columns = t.columns
      .filter(Boolean)
      .filter((c) => !t.combined || known(c) || t.rows.some((r) => r.cells.has(c)));
    const dup = columns.find((c, i) => columns.indexOf(c) !== i);
    if (dup) {
      problems.push({ sheet, row: 1, column: dup, reason: `the column ${dup} appears twice` });
      badHeader = true;
    }
    for (const c of columns) {
      if (fields.has(c) || (sheet === 'links' && c === 'id')) continue;
      const cit = hasCitations(sheet) ? parseCitationColumn(c) : null;
      if (cit) {
        maxCitation = Math.max(maxCitation, cit.n);
        continue;
      }
      const abs = hasAbsences(sheet) ? parseAbsenceColumn(c) : null;
      if (abs) {
        maxAbsence = Math.max(maxAbsence, abs.n);
        continue;
      }
      problems.push({
        sheet,
        row: 1,
        column: c,
        reason: `unknown column "${c}"; the ${sheet} sheet has the columns ${[...fields.keys()].join(', ')}${hasCitations(sheet) ? ', source, line, quote, record (source2, line2, quote2, record2, ...)' : ''}${hasAbsences(sheet) ? `, ${ABSENCE_COLUMNS.join(', ')} (absenceLever2, ...)` : ''}`,
      });
      badHeader = true;
    }
    if (badHeader) continue;
    for (const { row, cells } of t.rows) {
      const values: Record<string, unknown> = {};
      const given = new Set<string>();
      const bad: Problem[] = [];
      for (const [col] of cells) {
        if (!columns.includes(col))
          bad.push({ sheet, row, column: col, reason: 'a value in a column with no name in the header row' });
      }
      for (const f of fields.values()) {
        if (!columns.includes(f.name)) continue;
        given.add(f.name);
        const c = cells.get(f.name);
        if (c === undefined) {
          values[f.name] = f.kind === 'list' || f.kind === 'enumList' ? [] : undefined;
          continue;
        }
        const r = readCell(f, c);
        if ('error' in r) bad.push({ sheet, row, column: f.name, reason: r.error });
        else values[f.name] = r.value;
      }
      if (sheet === 'links' && cells.has('id')) values.id = cellText(cells.get('id')!);
      const numeric = new Set<string>();
      if (typeof cells.get('id') === 'number') numeric.add('id');
      let evidence: Citation[] | null = null;
      if (hasCitations(sheet)) {
        const list: Citation[] = [];
        for (let n = 0; n <= maxCitation; n++) {
          const part = Object.fromEntries(CITATION_COLUMNS.map((p) => [p, cells.get(citationColumn(p, n))])) as Record<
            string,
            Cell | undefined
          >;
          if (CITATION_COLUMNS.every((p) => part[p] === undefined)) continue;
          const missing = CITATION_COLUMNS.filter((p) => part[p] === undefined);
          if (missing.length) {
            bad.push({
              sheet,
              row,
              column: citationColumn(missing[0]!, n),
              reason: `a citation needs a source, a line and a quote; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing`,
            });
            continue;
          }
          const line = readCell({ name: 'line', kind: 'int', required: true }, part.line!);
          const src = part.source!;
          const quote = part.quote!;
          if ('error' in line) {
            bad.push({ sheet, row, column: citationColumn('line', n), reason: line.error });
            continue;
          }
          for (const [p, v] of [
            ['source', src],
            ['quote', quote],
          ] as const) {
            if (typeof v === 'object' && !(v instanceof Date))
              bad.push({ sheet, row, column: citationColumn(p, n), reason: v.bad });
          }
          const rec = cells.get(citationColumn('record', n));
          if (rec !== undefined && typeof rec === 'object' && !(rec instanceof Date)) {
            bad.push({ sheet, row, column: citationColumn('record', n), reason: rec.bad });
            continue;
          }
          const record = rec === undefined ? '' : cellText(rec);
          if (typeof src === 'number') numeric.add(`evidence.${list.length}`);
          list.push({
            sourceId: cellText(src),
            line: line.value as number,
            quote: cellText(quote),
            ...(record ? { record } : {}),
          });
        }
        if (list.length) evidence = list;
      }
      const absences = maxAbsence < 0 ? null : readAbsences(sheet, row, cells, maxAbsence, bad, numeric);
      if (!cells.size) continue;
      problems.push(...bad);
      if (bad.length) continue;
      records.push({
        sheet,
        row,
        values,
        given,
        evidence,
        absences,
        numeric,
        column: (path) => {
          const [head, i, part] = path;
          if (head === 'leverAbsences' && typeof i === 'number') return absenceColumn(absencePart(path.slice(2)), i);
          if (head === 'evidence' && typeof i === 'number' && typeof part === 'string') {
            return citationColumn(part === 'sourceId' ? 'source' : (part as 'line' | 'quote' | 'record'), i);
          }
          if (head === 'evidence') return 'source';
          return String(head ?? '');
        },
      });
    }
  }
  return { records, problems, warnings };
}

/** The column of a path inside one absence entry: lever, evidence.0.quote, checkedBy, ... */
function absencePart(rest: readonly PropertyKey[]): (typeof ABSENCE_COLUMNS)[number] {
  const [k, , part] = rest;
  if (k === 'evidence') return part === 'line' ? 'absenceLine' : part === 'quote' ? 'absenceQuote' : 'absenceSource';
  if (k === 'checkedBy') return 'absenceCheckedBy';
  if (k === 'checkedOn') return 'absenceCheckedOn';
  if (k === 'note') return 'absenceNote';
  return 'absenceLever';
}

/**
 * A row's absence groups as entries: a group with a source is a source's statement, one without is an editor's
 * check. Cells are kept as text (a line as a number) for the model to judge in plan.ts.
 */
function readAbsences(
  sheet: SheetName,
  row: number,
  cells: Map<string, Cell>,
  max: number,
  bad: Problem[],
  numeric: Set<string>,
): unknown[] | null {
  const out: unknown[] = [];
  for (let n = 0; n <= max; n++) {
    const get = (p: (typeof ABSENCE_COLUMNS)[number]) => {
      const c = cells.get(absenceColumn(p, n));
      if (c === undefined) return undefined;
      if (typeof c === 'object' && !(c instanceof Date)) {
        bad.push({ sheet, row, column: absenceColumn(p, n), reason: c.bad });
        return undefined;
      }
      return cellText(c) || undefined;
    };
    const v = Object.fromEntries(ABSENCE_COLUMNS.map((p) => [p, get(p)]));
    if (ABSENCE_COLUMNS.every((p) => v[p] === undefined)) continue;
    const lever = v.absenceLever === undefined ? undefined : enumText(v.absenceLever);
    if (v.absenceSource !== undefined || v.absenceLine !== undefined || v.absenceQuote !== undefined) {
      if (typeof cells.get(absenceColumn('absenceSource', n)) === 'number') numeric.add(`leverAbsences.${out.length}`);
      const line = v.absenceLine;
      out.push({
        lever,
        evidence: [
          { sourceId: v.absenceSource, line: line && /^\d+$/.test(line) ? Number(line) : line, quote: v.absenceQuote },
        ],
      });
    } else
      out.push({
        lever,
        ...(v.absenceCheckedBy ? { checkedBy: v.absenceCheckedBy } : {}),
        checkedOn: v.absenceCheckedOn,
        note: v.absenceNote ?? '',
      });
  }
  return out.length ? out : null;
}

/** The JSON layout is a seed file (seed/schema.ts) with an optional `sources` array beside it. */
const JsonSection = z.array(z.record(z.string(), z.unknown())).optional();
const JsonFile = z
  .object(Object.fromEntries(SHEETS.map((s) => [s, JsonSection])) as Record<SheetName, typeof JsonSection>)
  .strict();

export function fromJson(doc: unknown): Records {
  const parsed = JsonFile.safeParse(doc);
  if (!parsed.success) {
    return {
      records: [],
      problems: parsed.error.issues.map((i) => {
        const where = i.path.length ? i.path.map(String).join('.') : 'the file';
        const reason =
          i.code === 'unrecognized_keys'
            ? `unknown section(s) ${i.keys.join(', ')}; the sections are ${SHEETS.join(', ')}`
            : issueMessage(i, doc);
        return {
          sheet: String(i.path[0] ?? '(file)'),
          row: typeof i.path[1] === 'number' ? i.path[1] + 1 : null,
          column: i.path.slice(2).map(String).join('.') || null,
          reason: `${where}: ${reason}`,
        };
      }),
      warnings: [],
    };
  }
  checkSheets(SHEETS.filter((s) => parsed.data[s] !== undefined));
  const records: Rec[] = [];
  const problems: Problem[] = [];
  for (const sheet of SHEETS) {
    const fields = new Map(readFields(sheet).map((f) => [f.name, f]));
    (parsed.data[sheet] ?? []).forEach((obj, i) => {
      const row = i + 1;
      const values: Record<string, unknown> = {};
      const given = new Set<string>();
      let evidence: Citation[] | null = null;
      let absences: unknown[] | null = null;
      let ok = true;
      for (const [k, v] of Object.entries(obj)) {
        if (k === 'evidence' && hasCitations(sheet)) {
          evidence = v as Citation[];
          continue;
        }
        if (k === 'leverAbsences' && hasAbsences(sheet)) {
          if (!Array.isArray(v)) {
            ok = false;
            problems.push({ sheet, row, column: k, reason: 'leverAbsences must be a list' });
          } else absences = v;
          continue;
        }
        if (sheet === 'links' && k === 'id') {
          values.id = v;
          continue;
        }
        if (sheet === 'findings' && k === 'check') {
          // The seed file's nested check, read into the flat columns the other formats use.
          if (v !== null && (typeof v !== 'object' || Array.isArray(v))) {
            ok = false;
            problems.push({ sheet, row, column: k, reason: 'check must be {question, lever, count}, or null' });
            continue;
          }
          const check = (v ?? {}) as Record<string, unknown>;
          for (const [col, part] of Object.entries(CHECK_PART)) {
            given.add(col);
            values[col] = check[part] ?? undefined;
          }
          continue;
        }
        if (!fields.has(k)) {
          ok = false;
          problems.push({
            sheet,
            row,
            column: k,
            reason: `unknown field "${k}"; the fields are ${[...fields.keys()].join(', ')}${hasCitations(sheet) ? ', evidence' : ''}${hasAbsences(sheet) ? ', leverAbsences' : ''}${sheet === 'findings' ? ', check' : ''}`,
          });
          continue;
        }
        given.add(k);
        values[k] = v === null ? undefined : v;
      }
      if (evidence !== null && !Array.isArray(evidence)) {
        problems.push({ sheet, row, column: 'evidence', reason: 'evidence must be a list of {sourceId, line, quote}' });
        return;
      }
      if (!ok) return;
      records.push({
        sheet,
        row,
        values,
        given,
        evidence,
        absences,
        column: (path) =>
          path.map((p, j) => (typeof p === 'number' ? `[${p}]` : `${j ? '.' : ''}${String(p)}`)).join(''),
      });
    });
  }
  return { records, problems, warnings: [] };
}
