/** Audit entries as a reader wants them: what changed from before to after, field by field. Pure. */

const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : Array.isArray(v)
      ? v.map(show).join('; ')
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

/** Every field whose value differs, in name order; a creation lists everything after, a deletion everything before. */
export function changes(e: { before?: unknown; after?: unknown }): FieldChange[] {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const k of [...keys].sort()) {
    if (BOOKKEEPING.has(k)) continue;
    const was = show(before[k]);
    const now = show(after[k]);
    if (was !== now) out.push({ field: k, before: was, after: now });
  }
  return out;
}

const ACTION: Record<string, string> = {
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
  VERIFY: 'Accepted (verified)',
  REJECT: 'Rejected',
  REVERT: 'Reverted',
};
export const actionName = (a: string) => ACTION[a] ?? a.charAt(0) + a.slice(1).toLowerCase();
export const REVERTIBLE = new Set(['CREATE', 'UPDATE', 'DELETE', 'VERIFY', 'REJECT']);
