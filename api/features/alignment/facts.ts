/**
 * What the alignment rules read about one initiative at one date, as cypher/queries/initiative-items.cypher and
 * cypher/analysis/alignment.cypher both project it (links naming their far end by id, and those ends described
 * once). Pure types and date helpers: no I/O.
 */
import { type Citation, decodeCitations } from '../../../model/citation.js';
import type { NodeLabel } from '../../../model/schemas.js';
import { decodeAbsences, type LeverAbsence } from '../../../model/lever-absence.js';

export interface FactRef {
  id: string;
  name: string;
  label: NodeLabel;
  placeholder: boolean;
  /** Organisation.type, when the node is an organisation. */
  orgType: string | null;
  /** The organisation a directorate is PART_OF, for commissioning and delivery links; the node's own id otherwise (and for lever links, where no rule reads it). */
  owner: string;
}

export interface FactLink {
  id: string;
  type: 'LEVER' | 'COMMISSIONS' | 'DELIVERS' | 'FUNDS';
  lever: 'DOWNWARD' | 'SIDEWARD' | 'UPWARD' | null;
  stance: 'ENABLES' | 'OPPOSES' | null;
  class: string | null;
  confidence: string;
  validFrom: string | null;
  validTo: string | null;
  amount: string | null;
  /** Valid at the report date; a FUNDS link that has already ended is kept (current false) for the funding rule. */
  current: boolean;
  from: FactRef;
  evidence: Citation[];
}

export interface InitiativeFacts {
  id: string;
  name: string;
  placeholder: boolean;
  status: string;
  endDate: string | null;
  benefitExpected: string | null;
  asOf: string;
  /** Lever links valid at asOf. */
  levers: FactLink[];
  /** COMMISSIONS, DELIVERS and FUNDS links that had started by asOf. */
  roles: FactLink[];
  /** VCSE organisations that back or deliver it, directly or as members of a partnership that does. */
  vcse: FactRef[];
  /** Levers a source says are missing, or an editor checked and found none (model/lever-absence.ts). */
  absences: LeverAbsence[];
  /** The documents that cite the initiative itself. */
  sources: string[];
}

type RawRef = Omit<FactRef, 'owner' | 'orgType' | 'placeholder'> & {
  owner?: string | null;
  orgType?: string | null;
  placeholder?: boolean | null;
};
/**
 * A node at the far end of an initiative's links, described once (cypher/analysis/alignment-backers.cypher), with
 * the VCSE organisations it stands for (itself, or its members) as [id, name, placeholder].
 */
export interface RawBacker extends RawRef {
  vcse: [string, string, boolean][];
}
/**
 * A link as the queries return it: a list in this order, its far end by id, evidence only when asked for.
 * A list because the driver decodes a map key by key (Object.defineProperty), several times slower than a
 * list, and the whole-graph report returns some 30,000 links (bench/analysis.ts).
 */
export const LINK_FIELDS = [
  'id',
  'type',
  'from',
  'current',
  'lever',
  'stance',
  'class',
  'confidence',
  'validFrom',
  'validTo',
  'amount',
  'evSource',
  'evLine',
  'evQuote',
] as const;
export type RawFactLink = [
  id: string,
  type: FactLink['type'],
  from: string,
  current: boolean,
  lever: string | null,
  stance: string | null,
  cls: string | null,
  confidence: string | null,
  validFrom: string | null,
  validTo: string | null,
  amount: string | null,
  evSource?: string[] | null,
  evLine?: number[] | null,
  evQuote?: string[] | null,
];
export interface RawFacts {
  initiative: Record<string, unknown>;
  links: RawFactLink[];
}

const ref = (r: RawRef): FactRef => ({
  id: r.id,
  name: r.name,
  label: r.label,
  placeholder: Boolean(r.placeholder),
  orgType: r.orgType ?? null,
  owner: r.owner ?? r.id,
});

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The backers of many initiatives, each turned into refs once: as a lever backer (owner is itself: no rule reads
 * it) and as a commissioner, deliverer or funder (owner is the organisation it is PART_OF).
 */
export class Backers {
  private readonly byId = new Map<string, { lever: FactRef; role: FactRef; vcse: FactRef[] }>();
  constructor(rows: RawBacker[]) {
    for (const b of rows) {
      const vcse = b.vcse.map(([id, name, placeholder]) =>
        ref({ id, name, placeholder, label: 'Organisation', orgType: 'VCSE' }),
      );
      this.byId.set(b.id, { lever: ref({ ...b, owner: null }), role: ref(b), vcse });
    }
  }
  get(id: string) {
    const b = this.byId.get(id);
    if (!b) throw new Error(`backer ${id} missing from the alignment query's backers`);
    return b;
  }
}

export function toFactLink(raw: RawFactLink, from: FactRef): FactLink {
  const [id, type, , current, lever, stance, cls, confidence, validFrom, validTo, amount, evSource, evLine, evQuote] =
    raw;
  return {
    id,
    type,
    lever: str(lever) as FactLink['lever'],
    stance: str(stance) as FactLink['stance'],
    class: str(cls),
    confidence: str(confidence) ?? 'STATED',
    validFrom: str(validFrom),
    validTo: str(validTo),
    amount: str(amount),
    current,
    from,
    evidence: decodeCitations({ evSource, evLine, evQuote }),
  };
}

export function toFacts(raw: RawFacts, backers: Backers, asOf: string): InitiativeFacts {
  const i = raw.initiative;
  const levers: FactLink[] = [];
  const roles: FactLink[] = [];
  const vcse = new Map<string, FactRef>();
  for (const l of raw.links) {
    const [, type, from, current] = l;
    const b = backers.get(from);
    const link = toFactLink(l, type === 'LEVER' ? b.lever : b.role);
    (type === 'LEVER' ? levers : roles).push(link);
    // VCSE partners: enabling lever backers and current deliverers, or their members.
    if ((type === 'LEVER' && link.stance === 'ENABLES') || (type === 'DELIVERS' && current))
      for (const v of b.vcse) vcse.set(v.id, v);
  }
  return {
    id: i.id as string,
    name: i.name as string,
    placeholder: Boolean(i.placeholder),
    status: str(i.status) ?? 'UNKNOWN',
    endDate: str(i.endDate),
    benefitExpected: str(i.benefitExpected),
    asOf,
    levers: levers.sort(byId),
    roles: roles.sort(byId),
    vcse: [...vcse.values()].sort(byId),
    absences: decodeAbsences(i),
    sources: [...new Set((i.evSource as string[] | null | undefined) ?? [])].sort(),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Dates are YYYY, YYYY-MM or YYYY-MM-DD: compare at the shorter precision (architecture.md). */
export function dateCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const today = () => new Date().toISOString().slice(0, 10);
