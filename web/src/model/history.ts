/** Audit entries as a reader wants them: what changed from before to after, field by field, in words. Pure. */
import { LINK_TYPES, linkFields, NODE_FIELDS } from './forms.js';

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

/** Stored fields that no form shows, in words. */
const STORED_FIELD: Record<string, string> = {
  id: 'id',
  evSource: 'document',
  evLine: 'line',
  evQuote: 'quote',
  evRecord: 'record',
  claimStatus: 'claim',
  claimedBy: 'claimed by',
  verifiedBy: 'verified by',
  verifiedAt: 'verified on',
  verificationReason: 'reason for accepting or rejecting',
  createdBy: 'created by',
  updatedBy: 'changed by',
  deletedBy: 'deleted by',
  from: 'from',
  to: 'to',
  type: 'type',
};

/**
 * The one table of field labels the history speaks in: each form's own label for its fields, then the stored
 * fields no form shows. A field in neither reads as its words ("benefitExpected" as "benefit expected").
 */
export const FIELD_LABEL: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  const forms = [...Object.values(NODE_FIELDS), ...LINK_TYPES.map((t) => linkFields(t, false))];
  for (const fields of forms)
    for (const f of fields) out[f.key] ??= f.name.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  return { ...out, ...STORED_FIELD };
})();
export const fieldLabel = (key: string): string =>
  FIELD_LABEL[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

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
  ROLE: 'Role changed',
  DISABLE: 'Disabled',
  ENABLE: 'Enabled',
  PASSWORD: 'Password reset',
  LOCKOUT: 'Locked out after failed sign-ins',
};
export const actionName = (a: string) => ACTION[a] ?? a.charAt(0) + a.slice(1).toLowerCase();
export const REVERTIBLE = new Set(['CREATE', 'UPDATE', 'DELETE', 'VERIFY', 'REJECT']);
