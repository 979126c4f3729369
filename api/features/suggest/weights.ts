/**
 * The weights of the suggestion score, in one place; docs/suggest.md explains the formula. A request may override
 * any of them (input SuggestWeights); the ones it leaves out keep these defaults.
 */
import { z } from 'zod';

/** Kinds of reason, as the Cypher in cypher/suggest/ names them and the GraphQL enum ReasonKind lists them. */
export const REASON_KINDS = [
  'TARGET_GROUP',
  'PLACE',
  'FRAMEWORK_ELEMENT',
  'SERVICE_AREA',
  'PARTNER_OF_PARTNER',
  'EXISTING',
  'LEVER_COMPLEMENT',
  'MET_AT',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface Weights {
  /** A target group both work with (through initiatives that target it). Divided by ln(1 + how many share it). */
  targetGroup: number;
  /** A place both work in (WORKS_IN, or an initiative LOCATED_IN it). Divided by ln(1 + how many share it). */
  place: number;
  /** A framework element E1-E11 of initiatives both act on. Divided by ln(1 + how many share it). */
  frameworkElement: number;
  /** A service area: a lever class such as "mental health" on initiatives both act on. Divided by ln(1 + n). */
  serviceArea: number;
  /** A partner in common (co-member or co-deliverer of both). Divided by ln(1 + that partner's partners). */
  partnerOfPartner: number;
  /** Already a partner (shared partnership or co-delivery), sponsor or member: only scored when shown. */
  existing: number;
  /** Once per suggestion: one side reaches up (community) and the other has downward power (sponsor, funder). */
  leverComplement: number;
  /** An event both attended (a partnership of kind EVENT): met there, not partners. Divided by ln(1 + attendees). */
  metAt: number;
}

export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  targetGroup: 1.0,
  place: 1.5,
  frameworkElement: 0.3,
  serviceArea: 0.5,
  partnerOfPartner: 1.0,
  existing: 1.0,
  leverComplement: 0.5,
  metAt: 0.5,
});

const Weight = z.number().finite().min(0, 'must be 0 or more').max(100, 'must be at most 100');
export const WeightsInput = z
  .object({
    targetGroup: Weight,
    place: Weight,
    frameworkElement: Weight,
    serviceArea: Weight,
    partnerOfPartner: Weight,
    existing: Weight,
    leverComplement: Weight,
    metAt: Weight,
  })
  .partial();

export function effectiveWeights(
  input: Partial<Record<keyof Weights, number | null | undefined>> | null | undefined,
): Weights {
  const out: Weights = { ...DEFAULT_WEIGHTS };
  for (const k of Object.keys(out) as (keyof Weights)[]) {
    const v = input?.[k];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

/** The weights keyed as the Cypher reads them ($weights[reason.kind]). */
export function cypherWeights(w: Weights): Record<ReasonKind, number> {
  return {
    TARGET_GROUP: w.targetGroup,
    PLACE: w.place,
    FRAMEWORK_ELEMENT: w.frameworkElement,
    SERVICE_AREA: w.serviceArea,
    PARTNER_OF_PARTNER: w.partnerOfPartner,
    EXISTING: w.existing,
    LEVER_COMPLEMENT: w.leverComplement,
    MET_AT: w.metAt,
  };
}
