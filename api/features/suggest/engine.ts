/**
 * Runs one suggest query (cypher/suggest/<kind>.cypher: checks, scoring and reasons in one round trip) and shapes
 * its rows. The runner is injected so the API (managed read transactions) and bench/suggest.ts (one transaction
 * it rolls back) share every line of scoring.
 */
import { z } from 'zod';
import type { OrganisationType, PartnershipKind } from '../../generated/graphql.js';
import type { Row } from '../../db/database.js';
import type { Citation, RefRow } from '../../db/rows.js';
import { AppError, badInput, notFound } from '../../errors.js';
import { reasonText, type SuggestFor } from './explain.js';
import type { SuggestRequest } from './input.js';
import { citationsOf, joinPaths, toReasonPath, type ReasonPathRow } from './paths.js';
import { REASON_KINDS, cypherWeights, type ReasonKind, type Weights } from './weights.js';

/**
 * A partnership, initiative, organisation or shared thing with more links than this is a hub (a national body, a
 * national network): its members are never walked one by one; its n is its link count, and whether a candidate
 * shares it is read from the candidate's own links. The seed's largest has 39.
 */
export const HUB_CAP = 1000;

export type Runner = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

export interface ReasonRow {
  kind: ReasonKind;
  text: string;
  via: RefRow | null;
  key: string | null;
  weight: number;
  sharedBy: number;
  sourcePath: ReasonPathRow | null;
  suggestionPath: ReasonPathRow | null;
  path: ReasonPathRow;
  evidence: Citation[];
}
export interface SuggestionRow {
  rank: number;
  node: RefRow;
  organisationType: OrganisationType | null;
  partnershipKind: PartnershipKind | null;
  score: number;
  /** A placeholder or a generic class of bodies ("Local authorities in England (generic)"): ranked last. */
  generic: boolean;
  existingPartner: boolean;
  reasons: ReasonRow[];
}
export interface SuggestionResultRow {
  source: RefRow | null;
  weights: Weights;
  suggestions: SuggestionRow[];
}

const RefShape = z
  .object({ id: z.string(), name: z.string(), label: z.string(), placeholder: z.boolean() })
  .transform((r) => ({ id: r.id, name: r.name, type: r.label, placeholder: r.placeholder }) as RefRow);
const RawReason = z.object({
  kind: z.enum(REASON_KINDS),
  key: z.string().nullable(),
  node: z.unknown(),
  sourcePath: z.unknown(),
  suggestionPath: z.unknown(),
  sharedBy: z.number(),
  weight: z.number(),
});
const RawSuggestion = z.object({
  node: RefShape,
  organisationType: z
    .string()
    .nullish()
    .transform((v) => (v ?? null) as OrganisationType | null),
  partnershipKind: z
    .string()
    .nullish()
    .transform((v) => (v ?? null) as PartnershipKind | null),
  score: z.number(),
  generic: z.boolean(),
  existing: z.boolean(),
  reasons: z.array(RawReason),
});
const RawResult = z.object({
  checked: z.array(z.object({ field: z.string(), id: z.string(), want: z.string(), found: z.string().nullable() })),
  source: RefShape.nullable(),
  suggestions: z.array(RawSuggestion),
});

function nodeRef(n: unknown): RefRow | null {
  if (!n || typeof n !== 'object' || !('labels' in n) || !('properties' in n)) return null;
  const node = n as { labels: string[]; properties: { id: string; name: string; placeholder?: boolean } };
  return {
    id: node.properties.id,
    name: node.properties.name,
    placeholder: Boolean(node.properties.placeholder),
    type: node.labels.find((l) => l !== 'Entity') as RefRow['type'],
  };
}

export async function suggest(run: Runner, mode: SuggestFor, req: SuggestRequest): Promise<SuggestionResultRow> {
  const rows = await run(`suggest/${mode}`, {
    organisationId: req.organisationId,
    profile: req.profile,
    first: req.first,
    includeExisting: req.includeExisting,
    weights: cypherWeights(req.weights),
    checks: req.checks,
    hubCap: HUB_CAP,
  });
  const parsed = RawResult.safeParse(rows[0]);
  if (!parsed.success) throw new AppError('INTERNAL_SERVER_ERROR', `suggest/${mode} returned an unexpected row`);
  const { checked, source, suggestions } = parsed.data;
  for (const c of checked) {
    if (c.found === null)
      throw new AppError('NOT_FOUND', `${c.field}: no node with id "${c.id}"`, { field: c.field, id: c.id });
    if (c.found !== c.want)
      throw badInput(c.field, `"${c.id}" is a ${c.found}, not ${/^[AEIOU]/.test(c.want) ? 'an' : 'a'} ${c.want}`);
  }
  if (req.organisationId && !source) throw notFound('organisation', req.organisationId);
  return {
    source,
    weights: req.weights,
    suggestions: suggestions.map((s, i) => {
      const reasons = s.reasons.map((r) => {
        const sourcePath = toReasonPath(r.sourcePath);
        const suggestionPath = toReasonPath(r.suggestionPath);
        return {
          kind: r.kind,
          key: r.key,
          via: nodeRef(r.node),
          weight: r.weight,
          sharedBy: r.sharedBy,
          sourcePath,
          suggestionPath,
        };
      });
      const places = reasons.filter((r) => r.kind === 'PLACE' && r.via).map((r) => r.via!.name);
      return {
        rank: i + 1,
        node: s.node,
        organisationType: s.organisationType,
        partnershipKind: s.partnershipKind,
        score: s.score,
        generic: s.generic,
        existingPartner: s.existing,
        reasons: reasons
          .map((r): ReasonRow => {
            const path = joinPaths(r.sourcePath, r.suggestionPath);
            return {
              ...r,
              path,
              evidence: citationsOf(path),
              text: reasonText(
                { ...r, suggestion: s.node, source, places: r.kind === 'TARGET_GROUP' ? places : [] },
                mode,
              ),
            };
          })
          .sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind)),
      };
    }),
  };
}
