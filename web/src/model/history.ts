/** Audit entries as a reader wants them: what changed from before to after, field by field. Pure. */
import type { AuditEntry } from '../api/types.js';

const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

export interface FieldChange { field: string; before: string; after: string }

const show = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.map(show).join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Every field whose value differs, in name order; a creation lists everything after, a deletion everything before. */
export function changes(e: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  const out: FieldChange[] = [];
  for (const k of [...keys].sort()) {
    if (BOOKKEEPING.has(k)) continue;
    const before = show(e.before?.[k]);
    const after = show(e.after?.[k]);
    if (before !== after) out.push({ field: k, before, after });
  }
  return out;
}

const ACTION: Record<string, string> = { CREATE: 'Created', UPDATE: 'Changed', DELETE: 'Deleted', VERIFY: 'Accepted (verified)', REJECT: 'Rejected', REVERT: 'Reverted' };
export const actionName = (a: string) => ACTION[a] ?? a.charAt(0) + a.slice(1).toLowerCase();
export const REVERTIBLE = new Set(['CREATE', 'UPDATE', 'DELETE', 'VERIFY', 'REJECT']);
