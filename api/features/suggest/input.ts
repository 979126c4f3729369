/**
 * The arguments of the suggest* fields, checked with zod before any query: exactly one of organisationId and
 * profile, sizes and weights in range. Ids that must exist become $checks, verified in the same Cypher round trip.
 */
import { z } from 'zod';
import { FrameworkElement, Lever, type NodeLabel } from '../../../model/schemas.js';
import { zodBadInput } from '../../errors.js';
import { WeightsInput, effectiveWeights, type Weights } from './weights.js';

const Id = z.string().trim().min(1, 'must not be empty').max(200);
const IdList = z
  .array(Id)
  .max(50, 'at most 50 ids')
  .nullish()
  .transform((v) => v ?? []);

export const ProfileInput = z
  .object({
    name: z.string().trim().max(300).nullish(),
    targetGroups: IdList,
    places: IdList,
    frameworkElements: z
      .array(FrameworkElement)
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
    serviceAreas: z
      .array(z.string().trim().min(1, 'must not be empty').max(120))
      .max(20)
      .nullish()
      .transform((v) => [...new Set((v ?? []).map((s) => s.toLowerCase()))]),
    levers: z
      .array(Lever)
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
    partnerships: IdList,
  })
  .refine(
    (p) =>
      p.targetGroups.length +
        p.places.length +
        p.frameworkElements.length +
        p.serviceAreas.length +
        p.partnerships.length >
      0,
    { message: 'describe at least one target group, place, framework element, service area or partnership' },
  );
export type Profile = z.output<typeof ProfileInput>;

export const SuggestArgs = z
  .object({
    organisationId: Id.nullish(),
    profile: ProfileInput.nullish(),
    first: z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100').nullish(),
    weights: WeightsInput.nullish(),
    includeExisting: z.boolean().nullish(),
  })
  .superRefine((a, ctx) => {
    if ((a.organisationId == null) === (a.profile == null)) {
      ctx.addIssue({
        code: 'custom',
        path: [a.organisationId == null ? 'organisationId' : 'profile'],
        message: 'give exactly one of organisationId and profile',
      });
    }
  });

export interface Check {
  field: string;
  id: string;
  want: NodeLabel;
}

export interface SuggestRequest {
  organisationId: string | null;
  profile: Profile;
  first: number;
  weights: Weights;
  includeExisting: boolean;
  /** Ids the request names, each with the field to blame and the label it must have. */
  checks: Check[];
}

const EMPTY_PROFILE: Profile = {
  name: null,
  targetGroups: [],
  places: [],
  frameworkElements: [],
  serviceAreas: [],
  levers: [],
  partnerships: [],
};

/** Parses raw arguments; throws BAD_USER_INPUT naming the field (e.g. profile.places[1]). */
export function parseSuggestArgs(raw: unknown): SuggestRequest {
  const parsed = SuggestArgs.safeParse(raw);
  if (!parsed.success) {
    throw zodBadInput(parsed.error, raw);
  }
  const a = parsed.data;
  const profile = a.profile ?? EMPTY_PROFILE;
  const checks: Check[] = [];
  if (a.organisationId != null) checks.push({ field: 'organisationId', id: a.organisationId, want: 'Organisation' });
  for (const [i, id] of profile.targetGroups.entries()) {
    checks.push({ field: `profile.targetGroups[${i}]`, id, want: 'TargetGroup' });
  }
  for (const [i, id] of profile.places.entries()) checks.push({ field: `profile.places[${i}]`, id, want: 'Place' });
  for (const [i, id] of profile.partnerships.entries()) {
    checks.push({ field: `profile.partnerships[${i}]`, id, want: 'Partnership' });
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    organisationId: a.organisationId ?? null,
    profile: {
      ...profile,
      targetGroups: unique(profile.targetGroups),
      places: unique(profile.places),
      partnerships: unique(profile.partnerships),
    },
    first: a.first ?? 10,
    weights: effectiveWeights(a.weights),
    includeExisting: a.includeExisting ?? false,
    checks,
  };
}
