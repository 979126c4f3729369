/**
 * Findings as import rows: the flat columns of the findings sheet (layout.ts) to and from the model's Finding,
 * and what the graph stores for one. The plan (plan.ts) resolves, checks and diffs them like any other row.
 */
import { createHash } from 'node:crypto';
import { encodeCitations } from '../../../model/citation.js';
import type { Finding } from '../../../model/schemas.js';
import { CHECK_PART, SHEET_FIELDS } from './layout.js';

type Props = Record<string, unknown>;

/** The findings sheet's data columns: what a stored Finding node holds besides its citations and bookkeeping. */
export const FINDING_KEYS: readonly string[] = SHEET_FIELDS.findings.map((f) => f.name);
const CHECK_COLUMNS = Object.keys(CHECK_PART) as (keyof typeof CHECK_PART)[];

/** The model's Finding for flat row values: the check columns gathered into `check` when a question is given. */
export function toModel(flat: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(flat)) if (!(CHECK_COLUMNS as string[]).includes(k)) out[k] = v;
  if (CHECK_COLUMNS.some((c) => flat[c] !== undefined && flat[c] !== null)) {
    out.check = Object.fromEntries(
      CHECK_COLUMNS.filter((c) => flat[c] !== undefined && flat[c] !== null).map((c) => [CHECK_PART[c], flat[c]]),
    );
  }
  return out;
}

/** The stored form of a checked Finding: flat properties, citations as lists, and the optional fields it leaves empty. */
export function storedFinding(f: Finding): { props: Props; absent: string[] } {
  const { evidence, check, id: _id, ...rest } = f;
  const flat: Props = {
    ...rest,
    checkQuestion: check?.question,
    checkLever: check?.lever,
    checkCount: check?.count,
  };
  const props: Props = {};
  const absent: string[] = [];
  for (const k of FINDING_KEYS) {
    if (k === 'id') continue;
    if (flat[k] === undefined) absent.push(k);
    else props[k] = flat[k];
  }
  return { props: { ...props, ...encodeCitations(evidence) }, absent };
}

/** The column of a model path: check.question is the checkQuestion column. */
export function findingColumn(path: readonly PropertyKey[], column: (path: readonly PropertyKey[]) => string): string {
  if (path[0] === 'check') {
    const part = path[1];
    const col = CHECK_COLUMNS.find((c) => CHECK_PART[c] === part);
    return col ?? 'checkQuestion';
  }
  return column(path);
}

/**
 * A finding row without an id gets one made from its kind, what it is about and its text, the same every time, so
 * importing the same file again finds it rather than adding it twice.
 */
export function findingIdOf(values: Props): string | null {
  const { kind, about, text } = values;
  if (typeof kind !== 'string' || typeof text !== 'string' || !text.trim() || !Array.isArray(about)) return null;
  const key = [kind, [...about].map(String).sort().join(';'), text.trim().replace(/\s+/g, ' ').toLowerCase()];
  return `finding-${createHash('sha256').update(key.join('|')).digest('hex').slice(0, 12)}`;
}
