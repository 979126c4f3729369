/** A small builder of InitiativeFacts for the alignment rules: only what a test says differs from a bare initiative. */
import type { LeverAbsence } from '../../model/lever-absence.js';
import type { FactLink, FactRef, InitiativeFacts } from '../../api/features/alignment/facts.js';
import type { Citation } from '../../model/citation.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const EVIDENCE: Citation[] = [{ sourceId: '000', line: 884, quote: 'golden thread' }];

/** A node at the far end of a link: an organisation of the given type unless told otherwise. */
export function ref(name: string, extra: Partial<FactRef> = {}): FactRef {
  const label = extra.label ?? 'Organisation';
  const id = extra.id ?? `${label.toLowerCase()}-${slug(name)}`;
  return {
    id,
    name,
    label,
    placeholder: false,
    orgType: label === 'Organisation' ? 'LOCAL_AUTHORITY' : null,
    owner: id,
    ...extra,
  };
}

export const directorate = (name: string, owner: FactRef) =>
  ref(name, { label: 'Directorate', orgType: null, owner: owner.id });
export const partnership = (name: string) => ref(name, { label: 'Partnership', orgType: null });
export const targetGroup = (name: string) => ref(name, { label: 'TargetGroup', orgType: null });

type Lever = NonNullable<FactLink['lever']>;
type Stance = NonNullable<FactLink['stance']>;

function link(type: FactLink['type'], from: FactRef, extra: Partial<FactLink>): FactLink {
  return {
    id: `${type}:${from.id}:ini${extra.lever ? `:${extra.lever}` : ''}`,
    type,
    lever: null,
    stance: null,
    class: null,
    confidence: 'STATED',
    validFrom: null,
    validTo: null,
    amount: null,
    current: true,
    from,
    evidence: EVIDENCE,
    ...extra,
  };
}

export const lever = (from: FactRef, l: Lever, stance: Stance = 'ENABLES', extra: Partial<FactLink> = {}) =>
  link('LEVER', from, { lever: l, stance, ...extra });
export const commissions = (from: FactRef, extra: Partial<FactLink> = {}) => link('COMMISSIONS', from, extra);
export const delivers = (from: FactRef, extra: Partial<FactLink> = {}) => link('DELIVERS', from, extra);
export const funds = (from: FactRef, extra: Partial<FactLink> = {}) => link('FUNDS', from, extra);

/** An active initiative on 2020-06-01 with nothing recorded about it, changed by `p`. */
export function facts(p: Partial<InitiativeFacts> = {}): InitiativeFacts {
  return {
    id: 'ini',
    name: 'Test initiative',
    placeholder: false,
    status: 'ACTIVE',
    endDate: null,
    benefitExpected: null,
    asOf: '2020-06-01',
    levers: [],
    roles: [],
    vcse: [],
    absences: [],
    sources: [],
    ...p,
  };
}

/** A document's statement that the lever is absent (000:L918 says there was no sponsorship). */
export const absent = (l: Lever): LeverAbsence => ({
  lever: l,
  kind: 'SOURCE',
  citation: { sourceId: '000', line: 918, quote: 'as there was no sponsorship' },
});
/** An editor's "checked: none". */
export const checked = (l: Lever): LeverAbsence => ({
  lever: l,
  kind: 'CHECKED',
  checkedBy: 'officer',
  checkedOn: '2020-05-01',
  note: '',
});
/** Every lever confirmed absent, so that GAP rules may fire. */
export const allAbsent = (): LeverAbsence[] => [absent('DOWNWARD'), absent('SIDEWARD'), absent('UPWARD')];
