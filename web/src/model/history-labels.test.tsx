/** The history speaks in field labels a person understands, from one table, never in stored names. */
import { describe, expect, it } from 'vitest';
import { FIELD_LABEL, fieldLabel } from './history.js';
import { NODE_FIELDS } from './forms.js';

describe('history field labels', () => {
  it('names the stored citation and claim fields in words', () => {
    expect(fieldLabel('evLine')).toBe('line');
    expect(fieldLabel('evQuote')).toBe('quote');
    expect(fieldLabel('evSource')).toBe('document');
    expect(fieldLabel('claimedBy')).toBe('claimed by');
    expect(fieldLabel('claimStatus')).toBe('claim');
  });

  it("uses each form's own label for its fields, keeping acronyms", () => {
    const odsCode = NODE_FIELDS.Organisation.find((f) => f.key === 'odsCode')!;
    expect(fieldLabel('odsCode')).toBe(odsCode.name);
    expect(fieldLabel('aliases')).toBe('other names');
    expect(fieldLabel('validFrom')).toBe('valid from');
  });

  it('never shows a camel-case stored name, even for a field no table knows', () => {
    expect(fieldLabel('benefitExpected')).not.toMatch(/[a-z][A-Z]/);
    for (const label of Object.values(FIELD_LABEL)) expect(label).not.toMatch(/[a-z][A-Z]/);
  });
});
