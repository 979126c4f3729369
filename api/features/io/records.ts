/**
 * Tables (CSV, XLSX) and JSON documents into one shape, the record: a row's values under the model's field
 * names, which fields the row gives, its citations, and any cell that could not be read, with where it is.
 */
import { z } from 'zod';
import type { Citation } from '../../../model/schemas.js';
import {
  CITATION_COLUMNS,
  citationColumn,
  hasCitations,
  isSheet,
  parseCitationColumn,
  SHEET_FIELDS,
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
    case 'boolean': {
      if (typeof c === 'boolean') return { value: c };
      const t = text.toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(t)) return { value: true };
      if (['false', 'no', 'n', '0'].includes(t)) return { value: false };
      return { error: `must be true or false, not "${text}"` };
    }
    case 'enum':
      return { value: enumText(text) };
    case 'list':
      return {
        value: text
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'enumList':
      return { value: text.split(';').map(enumText).filter(Boolean) };
    case 'string':
      return { value: IDENTIFIER_FIELDS.has(f.name) ? text.toUpperCase().replace(/\s+/g, '') : text };
  }
}

export function fromTables(tables: Table[]): Records {
  const records: Rec[] = [];
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const seen = new Map<SheetName, string>();
  for (const t of tables) {
    if (t.sheet.startsWith('_')) continue; // notes for people, e.g. the example file's _about sheet
    if (!isSheet(t.sheet)) {
      warnings.push(`sheet "${t.sheet}" was ignored: the sheets Levermap reads are ${SHEETS.join(', ')}`);
      continue;
    }
    const sheet = t.sheet;
    if (seen.has(sheet)) {
      problems.push({ sheet, row: null, column: null, reason: `the sheet ${sheet} is given twice` });
      continue;
    }
    seen.set(sheet, t.sheet);
    const fields = new Map(SHEET_FIELDS[sheet].map((f) => [f.name, f]));
    // Columns: model fields, citation groups, and (links) an id that must agree with the computed one.
    let maxCitation = -1;
    let badHeader = false;
    const known = (c: string) =>
      fields.has(c) || (sheet === 'links' && c === 'id') || (hasCitations(sheet) && parseCitationColumn(c) !== null);
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
      problems.push({
        sheet,
        row: 1,
        column: c,
        reason: `unknown column "${c}"; the ${sheet} sheet has the columns ${[...fields.keys()].join(', ')}${hasCitations(sheet) ? ', source, line, quote, record (source2, line2, quote2, record2, ...)' : ''}`,
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
          list.push({
            sourceId: cellText(src),
            line: line.value as number,
            quote: cellText(quote),
            ...(record ? { record } : {}),
          });
        }
        if (list.length) evidence = list;
      }
      if (!cells.size) continue;
      problems.push(...bad);
      if (bad.length) continue;
      records.push({
        sheet,
        row,
        values,
        given,
        evidence,
        column: (path) => {
          const [head, i, part] = path;
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

/** The JSON layout is a seed file (seed/schema.ts) with an optional `sources` array beside it. */
const JsonSection = z.array(z.record(z.string(), z.unknown())).optional();
const JsonFile = z
  .object(Object.fromEntries(SHEETS.map((s) => [s, JsonSection])) as Record<SheetName, typeof JsonSection>)
  .strict();

export function fromJson(doc: unknown): Records {
  const parsed = JsonFile.safeParse(doc);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const where = i.path.length ? i.path.map(String).join('.') : 'the file';
    const reason =
      i.code === 'unrecognized_keys'
        ? `unknown section(s) ${i.keys.join(', ')}; the sections are ${SHEETS.join(', ')}`
        : i.message;
    return {
      records: [],
      problems: [
        {
          sheet: String(i.path[0] ?? '(file)'),
          row: typeof i.path[1] === 'number' ? i.path[1] + 1 : null,
          column: i.path.slice(2).map(String).join('.') || null,
          reason: `${where}: ${reason}`,
        },
      ],
      warnings: [],
    };
  }
  const records: Rec[] = [];
  const problems: Problem[] = [];
  for (const sheet of SHEETS) {
    const fields = new Map(SHEET_FIELDS[sheet].map((f) => [f.name, f]));
    (parsed.data[sheet] ?? []).forEach((obj, i) => {
      const row = i + 1;
      const values: Record<string, unknown> = {};
      const given = new Set<string>();
      let evidence: Citation[] | null = null;
      let ok = true;
      for (const [k, v] of Object.entries(obj)) {
        if (k === 'evidence' && hasCitations(sheet)) {
          evidence = v as Citation[];
          continue;
        }
        if (sheet === 'links' && k === 'id') {
          values.id = v;
          continue;
        }
        if (!fields.has(k)) {
          ok = false;
          problems.push({
            sheet,
            row,
            column: k,
            reason: `unknown field "${k}"; the fields are ${[...fields.keys()].join(', ')}${hasCitations(sheet) ? ', evidence' : ''}`,
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
        column: (path) =>
          path.map((p, j) => (typeof p === 'number' ? `[${p}]` : `${j ? '.' : ''}${String(p)}`)).join(''),
      });
    });
  }
  return { records, problems, warnings: [] };
}
