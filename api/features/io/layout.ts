/**
 * The spreadsheet layout (docs/import.md): one sheet per entity type, one for sources and one for links.
 * Columns are the zod model's field names, read off the model itself so that a new model field is a new
 * column without touching this file. Citations are column groups: source, line, quote, then source2, ...
 */
import { z } from 'zod';
import { ENTITY_SCHEMAS, Finding, LinkBase, Source } from '../../../model/schemas.js';
import {
  byLabel,
  CLAIM_QUESTION,
  CLAIM_STATUS,
  codes,
  ENTITY_LABELS,
  type EntityLabel,
  LEVER,
  NODE_LABEL,
  type NodeLabel,
  SECTIONS,
} from '../../../model/vocabulary.js';

export const ENTITY_SHEETS = Object.fromEntries(ENTITY_LABELS.map((l) => [NODE_LABEL[l].section, l])) as {
  [L in EntityLabel as (typeof NODE_LABEL)[L]['section']]: L;
};
export type EntitySheet = keyof typeof ENTITY_SHEETS;
export type SheetName = (typeof SECTIONS)[number];
/** In this order on export, and sources before the entities that cite them. */
export const SHEETS: readonly SheetName[] = SECTIONS;
export const isSheet = (s: string): s is SheetName => (SHEETS as readonly string[]).includes(s);
export { sheetOfFileName } from '../../../model/sheets.js';
export const isEntitySheet = (s: string): s is EntitySheet => s in ENTITY_SHEETS;
export const sheetOfLabel = (label: NodeLabel): SheetName => NODE_LABEL[label].section;

/** How a cell is read: text, whole number, number, true/false, a ';'-separated list, or an enum (case and spaces forgiven). */
export type FieldKind = 'string' | 'int' | 'number' | 'boolean' | 'enum' | 'list' | 'enumList';
export interface Field {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** The codes of an enum or enum list. */
  values?: readonly string[];
}

/** The part of a JSON Schema (z.toJSONSchema) read here. */
interface Json {
  type?: string;
  enum?: unknown[];
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
}

function kindOf(j: Json): FieldKind {
  if (j.enum) return 'enum';
  switch (j.type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'int';
    case 'number':
      return 'number';
    case 'array':
      return j.items?.enum ? 'enumList' : 'list';
    default:
      throw new Error(`no cell reading for JSON Schema type ${j.type}`);
  }
}

/** A sheet's fields, read off the schema as a row gives it: a field with a default may be left empty. */
function fieldsOf(schema: z.ZodObject, skip: string[]): Field[] {
  const j = z.toJSONSchema(schema, { io: 'input' }) as Json;
  return Object.entries(j.properties!)
    .filter(([k]) => !skip.includes(k))
    .map(([name, p]) => {
      const values = (p.enum ?? p.items?.enum)?.map(String);
      return { name, kind: kindOf(p), required: j.required?.includes(name) ?? false, ...(values ? { values } : {}) };
    });
}

export const CITATION_COLUMNS = ['source', 'line', 'quote'] as const;
/** A citation's columns: the three every citation has, and `record` for a dataset record (written when some has one). */
export type CitationPart = (typeof CITATION_COLUMNS)[number] | 'record';
/** The n-th group's column (n from 0): part, part2, part3, ... */
const numbered = (part: string, n: number) => (n === 0 ? part : `${part}${n + 1}`);
/** Reads "quote3" back as { part: 'quote', n: 2 } when quote is one of `parts`. */
function parseNumbered<P extends string>(parts: readonly P[], col: string): { part: P; n: number } | null {
  const m = /^([A-Za-z]+?)(\d*)$/.exec(col);
  if (!m || !(parts as readonly string[]).includes(m[1]!)) return null;
  const n = m[2] ? Number(m[2]) - 1 : 0;
  if (m[2] && (n < 1 || n > 98)) return null;
  return { part: m[1] as P, n };
}
const CITATION_PARTS: readonly CitationPart[] = [...CITATION_COLUMNS, 'record'];
/** The column of the n-th citation's part (n from 0): source, line, quote, source2, line2, quote2, ... */
export const citationColumn = (part: CitationPart, n: number) => numbered(part, n);
/** Reads "quote3" back as { part: 'quote', n: 2 }. */
export const parseCitationColumn = (col: string) => parseNumbered(CITATION_PARTS, col);

/**
 * An initiative's confirmed lever absences (model/lever-absence.ts), one group of columns each: a source's statement
 * (lever, source, line, quote) or an editor's check (lever, checked by, checked on, note).
 */
export const ABSENCE_COLUMNS = [
  'absenceLever',
  'absenceSource',
  'absenceLine',
  'absenceQuote',
  'absenceCheckedBy',
  'absenceCheckedOn',
  'absenceNote',
] as const;
export type AbsencePart = (typeof ABSENCE_COLUMNS)[number];
export const absenceColumn = (part: AbsencePart, n: number) => numbered(part, n);
export const parseAbsenceColumn = (col: string) => parseNumbered(ABSENCE_COLUMNS, col);
/** The sheet whose rows may carry absences. */
export const hasAbsences = (sheet: SheetName) => sheet === 'initiatives';

/**
 * A finding's `check` (a report-level claim the graph computes too) is three flat columns, as the graph stores it:
 * checkQuestion, checkLever, checkCount. JSON files keep the seed file's `check: {question, lever, count}`.
 */
export const CHECK_FIELDS: readonly Field[] = [
  { name: 'checkQuestion', kind: 'enum', required: false, values: codes(CLAIM_QUESTION) },
  { name: 'checkLever', kind: 'enum', required: false, values: codes(LEVER) },
  { name: 'checkCount', kind: 'int', required: false },
];
/** Which part of a finding's check each flat column holds. */
export const CHECK_PART = { checkQuestion: 'question', checkLever: 'lever', checkCount: 'count' } as const;

/** Data columns of each sheet, in export order (citation groups follow on entity, link and finding sheets). */
export const SHEET_FIELDS: Record<SheetName, Field[]> = {
  ...(Object.fromEntries(
    Object.entries(ENTITY_SHEETS).map(([sheet, label]) => [sheet, fieldsOf(ENTITY_SCHEMAS[label], ['evidence'])]),
  ) as Record<EntitySheet, Field[]>),
  sources: fieldsOf(Source, []),
  links: fieldsOf(LinkBase, ['evidence']),
  findings: [...fieldsOf(Finding, ['evidence', 'check']), ...CHECK_FIELDS],
};
export const hasCitations = (sheet: SheetName) => sheet !== 'sources';

/** Who made and who verified a link's claim: exported and imported only for verifiers and admins (auth/privacy.ts). */
export const CLAIM_AUTHOR_FIELDS: readonly Field[] = [
  { name: 'claimedBy', kind: 'string', required: false },
  { name: 'verifiedBy', kind: 'string', required: false },
];
/**
 * Columns kept beside the data: the version a row was exported at (an older one than the graph's is a conflict),
 * and a link's claim state and authors, so that a claim stays a claim in another database.
 */
const VERSION_FIELD: Field = { name: 'version', kind: 'int', required: false };
const CLAIM_STATUS_FIELD: Field = { name: 'claimStatus', kind: 'enum', required: false, values: codes(CLAIM_STATUS) };
export const trackingFields = (sheet: SheetName): readonly Field[] =>
  sheet === 'links' ? [VERSION_FIELD, CLAIM_STATUS_FIELD, ...CLAIM_AUTHOR_FIELDS] : [VERSION_FIELD];
/** Every column a sheet reads: the model's fields, then the tracking columns. */
export const readFields = (sheet: SheetName): Field[] => [...SHEET_FIELDS[sheet], ...trackingFields(sheet)];

/** UK identifiers that recognise an existing node when a row gives no id (Place.code is the ONS area code). */
export const IDENTIFIERS: Partial<Record<NodeLabel, readonly string[]>> = {
  Organisation: ['odsCode', 'charityNumber', 'companyNumber', 'giving360Id'],
  Place: ['code'],
};
/** The field that, with the name, makes a node's natural key. */
export const KIND_FIELD: Record<EntityLabel, string> = byLabel(
  ENTITY_LABELS,
  (l) => l,
  (l) => NODE_LABEL[l].kindField,
);
/**
 * Stored properties that are bookkeeping, not data: never imported, exported or hashed as data. What a source
 * holds of its text is among them: passages are not domain data, and exports do not carry them (backups do).
 */
export const BOOKKEEPING = new Set([
  'version',
  'createdAt',
  'updatedAt',
  'textHeld',
  'lineCount',
  'contentHash',
  'format',
]);
