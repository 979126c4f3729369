/**
 * The edit forms as data, free of React: which fields each kind of node and link has, how typed values become
 * the API's input (create) or patch (update, only what changed), and where the API's field errors belong.
 */
import { LINK_RULES as MODEL_LINK_RULES } from '../../../model/link-rules.js';
import {
  CONFIDENCE,
  DIRECTORATE_KIND,
  ENTITY_LABELS,
  FRAMEWORK_ELEMENT,
  INITIATIVE_KIND,
  INITIATIVE_STATUS,
  LEVER,
  ORGANISATION_TYPE,
  PARTNERSHIP_KIND,
  PLACE_KIND,
  PREVENTION_TIER,
  STANCE,
  TARGET_GROUP_KIND,
  type EntityLabel,
  type LinkType,
  type NodeLabel,
} from '../../../model/vocabulary.js';
import type { CitationFragment as Citation } from '../gql/graphql.js';
import type { Vocabulary } from './vocabulary.js';

export type EditLabel = EntityLabel;
export const EDIT_LABELS: EditLabel[] = [...ENTITY_LABELS];

export type FieldKind = 'text' | 'textarea' | 'enum' | 'enums' | 'bool' | 'list' | 'entity';
export interface FieldDef {
  key: string;
  name: string;
  kind: FieldKind;
  /** For 'enum' and 'enums' fields: the vocabulary whose codes are offered, shown by their labels. */
  options?: Vocabulary;
  required?: boolean;
  hint?: string;
  /** For 'entity' fields: the labels it may point at. */
  labels?: readonly NodeLabel[];
}

const COMMON: FieldDef[] = [
  { key: 'name', name: 'Name', kind: 'text', required: true },
  { key: 'aliases', name: 'Other names', kind: 'list', hint: 'Separate with semicolons.' },
  { key: 'description', name: 'Description', kind: 'textarea' },
  { key: 'placeholder', name: 'Unnamed in the sources (placeholder)', kind: 'bool' },
];
const DATES: FieldDef[] = [
  { key: 'validFrom', name: 'Valid from', kind: 'text', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { key: 'validTo', name: 'Valid to', kind: 'text', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
];

export const NODE_FIELDS: Record<EditLabel, FieldDef[]> = {
  Organisation: [
    ...COMMON,
    { key: 'type', name: 'Type', kind: 'enum', options: ORGANISATION_TYPE, required: true },
    { key: 'subtype', name: 'Subtype', kind: 'text' },
    ...DATES,
    { key: 'odsCode', name: 'NHS ODS code', kind: 'text' },
    { key: 'charityNumber', name: 'Charity number', kind: 'text' },
    { key: 'companyNumber', name: 'Company number', kind: 'text' },
    { key: 'giving360Id', name: '360Giving organisation id', kind: 'text' },
  ],
  Directorate: [...COMMON, { key: 'kind', name: 'Kind', kind: 'enum', required: true, options: DIRECTORATE_KIND }],
  Partnership: [
    ...COMMON,
    { key: 'kind', name: 'Kind', kind: 'enum', required: true, options: PARTNERSHIP_KIND },
    ...DATES,
  ],
  Initiative: [
    ...COMMON,
    { key: 'kind', name: 'Kind', kind: 'enum', required: true, options: INITIATIVE_KIND },
    { key: 'status', name: 'Status', kind: 'enum', options: INITIATIVE_STATUS },
    { key: 'frameworkElements', name: 'Framework elements', kind: 'enums', options: FRAMEWORK_ELEMENT },
    { key: 'preventionTier', name: 'Prevention tier', kind: 'enum', options: PREVENTION_TIER },
    { key: 'startDate', name: 'Start date', kind: 'text', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { key: 'endDate', name: 'End date', kind: 'text', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { key: 'funding', name: 'Funding', kind: 'textarea' },
    { key: 'benefitExpected', name: 'Benefit expected', kind: 'textarea' },
  ],
  TargetGroup: [...COMMON, { key: 'kind', name: 'Kind', kind: 'enum', required: true, options: TARGET_GROUP_KIND }],
  Place: [
    ...COMMON,
    { key: 'kind', name: 'Kind', kind: 'enum', required: true, options: PLACE_KIND },
    { key: 'code', name: 'ONS area code', kind: 'text' },
  ],
};

/** Which labels each link type joins: the shared model's table (model/link-rules.ts), not a copy. */
export const LINK_RULES: Record<LinkType, { from: readonly EditLabel[]; to: readonly EditLabel[] }> = MODEL_LINK_RULES;
export const LINK_TYPES = Object.keys(LINK_RULES) as LinkType[];

/** Fields of a link. `type`, `from`, `to` and `lever` make its id, so they are fixed once it exists. */
export function linkFields(type: LinkType, existing: boolean): FieldDef[] {
  const fixed: FieldDef[] = existing
    ? []
    : [
        { key: 'from', name: 'From', kind: 'entity', required: true, labels: LINK_RULES[type].from },
        { key: 'to', name: 'To', kind: 'entity', required: true, labels: LINK_RULES[type].to },
      ];
  const lever: FieldDef[] =
    type !== 'LEVER'
      ? []
      : [
          ...(existing
            ? []
            : [{ key: 'lever', name: 'Lever', kind: 'enum', options: LEVER, required: true } as FieldDef]),
          { key: 'stance', name: 'Stance', kind: 'enum', options: STANCE, required: true },
          { key: 'class', name: 'Service area or class', kind: 'text', hint: 'e.g. "mental health"' },
        ];
  return [
    ...fixed,
    ...lever,
    {
      key: 'confidence',
      name: 'Confidence',
      kind: 'enum',
      options: CONFIDENCE,
      required: true,
      hint: 'Stated: the document says so. Inferred: your reading.',
    },
    {
      key: 'reason',
      name: 'Why it is inferred',
      kind: 'textarea',
      hint: 'For an inferred link: the reasoning from the cited passages.',
    },
    ...(type === 'DELIVERS' || type === 'MEMBER_OF' ? [{ key: 'role', name: 'Role', kind: 'text' } as FieldDef] : []),
    ...(type === 'FUNDS' ? [{ key: 'amount', name: 'Amount', kind: 'text' } as FieldDef] : []),
    ...DATES,
  ];
}

/** What the user has typed: strings, lists, booleans; evidence as rows of strings. */
export type Value = string | string[] | boolean;
export interface EvidenceRow {
  sourceId: string;
  line: string;
  quote: string;
}
export interface FormValues {
  fields: Record<string, Value>;
  evidence: EvidenceRow[];
}

export const EMPTY_EVIDENCE: EvidenceRow = { sourceId: '', line: '', quote: '' };

function toValue(f: FieldDef, v: unknown): Value {
  if (f.kind === 'bool') return v === true;
  if (f.kind === 'enums' || f.kind === 'list') return Array.isArray(v) ? v.map(String) : [];
  if (f.kind === 'entity')
    return typeof v === 'object' && v && 'id' in v ? String((v as { id: string }).id) : String(v ?? '');
  return v === null || v === undefined ? '' : String(v);
}

/** The form's starting values from what the API returned (or empty for a new one). */
export function formValues(fields: FieldDef[], obj: object | null, evidence: readonly Citation[] = []): FormValues {
  const o = obj as Record<string, unknown> | null;
  const out: Record<string, Value> = {};
  for (const f of fields) out[f.key] = toValue(f, o?.[f.key]);
  return {
    fields: out,
    evidence: evidence.length
      ? evidence.map((c) => ({ sourceId: c.sourceId, line: String(c.line), quote: c.quote }))
      : [{ ...EMPTY_EVIDENCE }],
  };
}

export type FieldErrors = Record<string, string>;

function fieldInput(f: FieldDef, v: Value | undefined): unknown {
  if (f.kind === 'bool') return v === true;
  if (f.kind === 'enums') return Array.isArray(v) ? v : [];
  if (f.kind === 'list')
    return (Array.isArray(v) ? v : String(v ?? '').split(';')).map((s) => s.trim()).filter(Boolean);
  const s = String(v ?? '').trim();
  return s === '' ? null : s;
}

/** Checks the form finds before asking the server; keys match fieldKey(). */
export function checkForm(fields: FieldDef[], values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) {
    const v = fieldInput(f, values.fields[f.key]);
    if (f.required && (v === null || (Array.isArray(v) && !v.length))) errors[f.key] = `${f.name} is required.`;
  }
  const rows = values.evidence.filter((r) => r.sourceId || r.line || r.quote);
  if (!rows.length) errors['evidence'] = 'Give at least one citation: the source, the line and a short quote.';
  values.evidence.forEach((r, i) => {
    if (!(r.sourceId || r.line || r.quote)) return;
    if (!r.sourceId) errors[`evidence.${i}.sourceId`] = 'Choose the source document.';
    if (!/^\d+$/.test(r.line.trim()) || Number(r.line) < 1)
      errors[`evidence.${i}.line`] = 'The line (or paragraph) number: a whole number from 1.';
    if (!r.quote.trim()) errors[`evidence.${i}.quote`] = 'Quote the passage, word for word (25 words at most).';
  });
  return errors;
}

function evidenceInput(values: FormValues) {
  return values.evidence
    .filter((r) => r.sourceId || r.line || r.quote)
    .map((r) => ({ sourceId: r.sourceId, line: Number(r.line), quote: r.quote.trim() }));
}

/** The input of a create mutation: every field given. */
export function createInput(fields: FieldDef[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const v = fieldInput(f, values.fields[f.key]);
    if (v !== null && !(Array.isArray(v) && !v.length)) input[f.key] = v;
  }
  input.evidence = evidenceInput(values);
  return input;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The input of an update mutation: only the fields that differ from where the edit started (null removes). */
export function updatePatch(fields: FieldDef[], start: FormValues, values: FormValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const before = fieldInput(f, start.fields[f.key]);
    const after = fieldInput(f, values.fields[f.key]);
    if (!same(before, after)) patch[f.key] = after;
  }
  if (!same(evidenceInput(start), evidenceInput(values))) patch.evidence = evidenceInput(values);
  return patch;
}

/** The form key of an API field path: `input.evidence[0].quote` is `evidence.0.quote`, `input.name` is `name`. */
export function fieldKey(apiField: string | undefined): string | null {
  if (!apiField) return null;
  const m = /^input\.(.+)$/.exec(apiField);
  if (!m) return apiField === 'reason' ? 'changeReason' : null;
  return m[1]!.replace(/\[(\d+)\]/g, '.$1').replace(/^evidence\.(\d+)\.source$/, 'evidence.$1.sourceId');
}

/** Fields whose value on the server moved on while the user was editing: what a reload brings in. */
export function changedOnServer(fields: FieldDef[], was: FormValues, now: FormValues): string[] {
  const out = fields
    .filter((f) => !same(fieldInput(f, was.fields[f.key]), fieldInput(f, now.fields[f.key])))
    .map((f) => f.name);
  if (!same(evidenceInput(was), evidenceInput(now))) out.push('Evidence');
  return out;
}

/**
 * After a conflict, the form on top of the newer version: fields the user left alone take the server's new
 * value; fields the user changed keep what they typed (so nothing typed is lost, and nothing of theirs is undone).
 */
export function rebase(fields: FieldDef[], was: FormValues, now: FormValues, typed: FormValues): FormValues {
  const out: Record<string, Value> = {};
  for (const f of fields) {
    const touched = !same(fieldInput(f, was.fields[f.key]), fieldInput(f, typed.fields[f.key]));
    out[f.key] = touched ? typed.fields[f.key]! : now.fields[f.key]!;
  }
  const evTouched = !same(evidenceInput(was), evidenceInput(typed));
  return { fields: out, evidence: evTouched ? typed.evidence : now.evidence };
}
