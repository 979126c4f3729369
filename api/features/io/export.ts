/**
 * Export of the whole graph, or of one place or partnership and what hangs off it, in the import layout
 * (docs/import.md), so that an export imports back as the same graph. Text that a spreadsheet would read as
 * a formula (starting = + - @) is written with a leading apostrophe, which import drops again.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/database.js';
import { decodeCitations } from '../../../model/citation.js';
import { decodeAbsences, toEntries } from '../../../model/lever-absence.js';
import type { LeverAbsenceEntry } from '../../../model/schemas.js';
import type { NodeLabel } from '../../../model/schemas.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { NODE_LABELS } from '../../../model/vocabulary.js';
import { AppError, notFound } from '../../errors.js';
import {
  ABSENCE_COLUMNS,
  absenceColumn,
  citationColumn,
  CITATION_COLUMNS,
  CLAIM_AUTHOR_FIELDS,
  hasAbsences,
  hasCitations,
  readFields,
  SHEETS,
  sheetOfLabel,
  type SheetName,
} from './layout.js';
import type { ImportFormat } from './read.js';
import { toModel } from './findings.js';
import { FORMULA_START } from './records.js';

export type ExportScope = { kind: 'ALL' } | { kind: 'PLACE' | 'PARTNERSHIP'; id: string };
type Props = Record<string, unknown>;
type CellOut = string | number | boolean;
export interface ExportedGraph {
  sheets: Map<SheetName, Props[]>;
  /** Whether the claims' authors (claimedBy, verifiedBy) are written: for verifiers and admins only. */
  authors: boolean;
}
export interface ExportFile {
  filename: string;
  mimeType: string;
  content: Buffer;
}

/** The graph in the model's shapes, sheet by sheet: fields by their model names, evidence as citations. */
export async function readGraph(db: Database, scope: ExportScope, opts: { authors: boolean }): Promise<ExportedGraph> {
  let ids: string[] | null = null;
  if (scope.kind !== 'ALL') {
    const label = scope.kind === 'PLACE' ? 'Place' : 'Partnership';
    const [row] = await db.read('io/scope', { id: scope.id, label }, 120_000);
    ids = (row?.ids as string[] | undefined) ?? [];
    if (ids.length === 0) throw notFound(label, scope.id);
  }
  const nodes = await db.read('io/export-nodes', { ids, labels: NODE_LABELS }, 300_000);
  const links = await db.read('io/export-links', { ids, types: Object.keys(LINK_RULES) }, 300_000);
  let findings = await db.read('io/export-findings', {}, 300_000);
  if (ids) {
    // A finding travels with the scope when it is about something in it and everything it is about is exported
    // too (its sources included), so a scoped export still imports on its own.
    const inScope = new Set([...ids, ...links.map((l) => String((l.props as Props).id))]);
    const cited = new Set<string>();
    for (const r of [...nodes, ...links]) for (const c of decodeCitations(r.props as Props)) cited.add(c.sourceId);
    findings = findings.filter((f) => {
      const about = ((f.props as Props).about as string[] | undefined) ?? [];
      return about.some((a) => inScope.has(a)) && about.every((a) => inScope.has(a) || cited.has(a));
    });
    // The sources that the nodes, links and findings in scope cite.
    for (const f of findings) for (const c of decodeCitations(f.props as Props)) cited.add(c.sourceId);
    nodes.push(...(await db.read('io/export-nodes', { ids: [...cited], labels: ['Source'] }, 120_000)));
  }
  const sheets = new Map<SheetName, Props[]>(SHEETS.map((s) => [s, []]));
  for (const n of nodes) {
    const sheet = sheetOfLabel(n.label as NodeLabel);
    sheets.get(sheet)!.push(modelObject(sheet, n.props as Props, opts.authors));
  }
  for (const l of links)
    sheets
      .get('links')!
      .push({ ...modelObject('links', l.props as Props, opts.authors), type: l.type, from: l.from, to: l.to });
  for (const f of findings) sheets.get('findings')!.push(modelObject('findings', f.props as Props, opts.authors));
  for (const rows of sheets.values()) rows.sort((a, b) => String(a.id ?? '').localeCompare(String(b.id ?? '')));
  sheets
    .get('links')!
    .sort((a, b) =>
      `${a.type}:${a.from}:${a.to}:${a.lever ?? ''}`.localeCompare(`${b.type}:${b.from}:${b.to}:${b.lever ?? ''}`),
    );
  return { sheets, authors: opts.authors };
}

/** The columns of a sheet as exported: the model's, then version and claim, then (for verifiers) the authors. */
const exportedFields = (sheet: SheetName, authors: boolean) =>
  readFields(sheet).filter((f) => authors || !CLAIM_AUTHOR_FIELDS.some((a) => a.name === f.name));

function modelObject(sheet: SheetName, props: Props, authors: boolean): Props {
  const out: Props = {};
  for (const f of exportedFields(sheet, authors)) {
    const v = props[f.name];
    if (v !== undefined && v !== null) out[f.name] = v;
  }
  if (hasCitations(sheet)) out.evidence = decodeCitations(props);
  if (hasAbsences(sheet)) {
    const absences = toEntries(decodeAbsences(props), authors);
    if (absences.length) out.leverAbsences = absences;
  }
  return out;
}

/** An initiative's absences as column groups: one per stored absence (a source's citation, or a check). */
function absenceGroups(r: Props): (CellOut | null)[][] {
  const entries = (r.leverAbsences as LeverAbsenceEntry[] | undefined) ?? [];
  return entries.flatMap((e) =>
    'evidence' in e
      ? e.evidence.map((c) => [e.lever, neutralise(c.sourceId), c.line, neutralise(c.quote), null, null, null])
      : [
          [
            e.lever,
            null,
            null,
            null,
            e.checkedBy ? neutralise(e.checkedBy) : null,
            e.checkedOn,
            neutralise(e.note) || null,
          ],
        ],
  );
}

/** A cell a spreadsheet would read as a formula, written as text. */
export const neutralise = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

/** One sheet as a header and rows of cells: the model's columns, then as many citation groups as the widest row needs. */
export function sheetTable(
  sheet: SheetName,
  rows: Props[],
  authors: boolean,
): { columns: string[]; cells: (CellOut | null)[][] } {
  const fields = exportedFields(sheet, authors);
  const citations = hasCitations(sheet)
    ? Math.max(1, ...rows.map((r) => (r.evidence as unknown[] | undefined)?.length ?? 0))
    : 0;
  type Ev = { sourceId: string; line: number; quote: string; record?: string }[] | undefined;
  const records = citations > 0 && rows.some((r) => (r.evidence as Ev)?.some((c) => c.record));
  const parts = records ? [...CITATION_COLUMNS, 'record' as const] : CITATION_COLUMNS;
  const columns = [...fields.map((f) => f.name)];
  for (let n = 0; n < citations; n++) for (const p of parts) columns.push(citationColumn(p, n));
  const absences = hasAbsences(sheet) ? Math.max(0, ...rows.map((r) => absenceGroups(r).length)) : 0;
  for (let n = 0; n < absences; n++) for (const p of ABSENCE_COLUMNS) columns.push(absenceColumn(p, n));
  const cells = rows.map((r) => {
    const out: (CellOut | null)[] = fields.map((f) => {
      const v = r[f.name];
      if (v === undefined || v === null) return null;
      if (Array.isArray(v)) return v.length ? neutralise(v.join('; ')) : null;
      if (typeof v === 'string') return neutralise(v);
      return v as CellOut;
    });
    const ev = (r.evidence as Ev) ?? [];
    for (let n = 0; n < citations; n++) {
      const c = ev[n];
      out.push(c ? neutralise(c.sourceId) : null, c ? c.line : null, c ? neutralise(c.quote) : null);
      if (records) out.push(c?.record ? neutralise(c.record) : null);
    }
    const groups = absences ? absenceGroups(r) : [];
    for (let n = 0; n < absences; n++) out.push(...(groups[n] ?? ABSENCE_COLUMNS.map(() => null)));
    return out;
  });
  return { columns, cells };
}

/** `about`: lines for a first sheet named _about, which import skips (as it skips every sheet named _...). */
export async function writeXlsx(g: ExportedGraph, about?: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Levermap';
  if (about) {
    const ws = wb.addWorksheet('_about');
    for (const line of about) ws.addRow([neutralise(line)]);
    ws.getColumn(1).width = 120;
  }
  for (const sheet of SHEETS) {
    const { columns, cells } = sheetTable(sheet, g.sheets.get(sheet) ?? [], g.authors);
    const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(columns).font = { bold: true };
    for (const r of cells) ws.addRow(r.map((c) => (c === null ? undefined : c)));
    ws.columns.forEach((c, i) => {
      c.width = Math.min(60, Math.max(10, columns[i]!.length + 2));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BOM = '\uFEFF';
/** One CSV per sheet, UTF-8 with a BOM so that Excel reads it as UTF-8. */
export function writeCsvFiles(g: ExportedGraph): Map<SheetName, Buffer> {
  const out = new Map<SheetName, Buffer>();
  for (const sheet of SHEETS) {
    const { columns, cells } = sheetTable(sheet, g.sheets.get(sheet) ?? [], g.authors);
    out.set(sheet, Buffer.from(BOM + stringify([columns, ...cells.map((r) => r.map(csvCell))]), 'utf8'));
  }
  return out;
}

/** All sheets in one CSV, first column `sheet`: what the API returns, since it returns one file. */
export function writeCombinedCsv(g: ExportedGraph): Buffer {
  const tables = SHEETS.map((s) => ({ s, ...sheetTable(s, g.sheets.get(s) ?? [], g.authors) }));
  const columns = ['sheet', ...new Set(tables.flatMap((t) => t.columns))];
  const rows: string[][] = [columns];
  for (const t of tables) {
    for (const r of t.cells) {
      const byCol = new Map(t.columns.map((c, i) => [c, r[i] ?? null]));
      rows.push([t.s, ...columns.slice(1).map((c) => csvCell(byCol.get(c) ?? null))]);
    }
  }
  return Buffer.from(BOM + stringify(rows), 'utf8');
}

const csvCell = (c: CellOut | null) => (c === null ? '' : String(c));

/** JSON is a seed file: a finding's check columns as the seed's nested `check`. */
export function writeJson(g: ExportedGraph): Buffer {
  const doc: Record<string, Props[]> = {};
  for (const s of SHEETS) doc[s] = g.sheets.get(s) ?? [];
  doc.findings = (doc.findings ?? []).map(toModel);
  return Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8');
}

export const MIME: Record<ImportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  JSON: 'application/json',
};

export async function exportData(
  db: Database,
  format: ImportFormat,
  scope: ExportScope,
  opts: { authors: boolean },
): Promise<ExportFile> {
  if (scope.kind !== 'ALL' && !scope.id)
    throw new AppError('BAD_USER_INPUT', 'scope.id: names no place or partnership', { field: 'scope.id' });
  const g = await readGraph(db, scope, opts);
  const stem = `levermap-${scope.kind === 'ALL' ? 'all' : scope.id}-${new Date().toISOString().slice(0, 10)}`;
  const ext = format.toLowerCase();
  const content = format === 'XLSX' ? await writeXlsx(g) : format === 'CSV' ? writeCombinedCsv(g) : writeJson(g);
  return { filename: `${stem}.${ext}`, mimeType: MIME[format], content };
}
