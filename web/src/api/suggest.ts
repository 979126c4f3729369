/** Suggestions (api/schema/suggest.graphql, docs/suggest.md): collaborators, sponsors and partnerships, each with its reasons. */
import { gql } from './client.js';
import type { ProfileInput, SuggestionResult } from './types.js';

export type SuggestKind = 'collaborators' | 'sponsors' | 'partnerships';
const FIELD: Record<SuggestKind, string> = { collaborators: 'suggestCollaborators', sponsors: 'suggestSponsors', partnerships: 'suggestPartnerships' };
export const suggestField = (k: SuggestKind) => FIELD[k];

const REF = 'id name type placeholder';
const PATH = `nodes { ${REF} } links { id type lever stance confidence from { ${REF} } to { ${REF} } }`;

/** Exactly one of organisationId and profile. */
export interface SuggestArgs { organisationId?: string | null; profile?: ProfileInput | null; first?: number; includeExisting?: boolean }

export async function suggest(kind: SuggestKind, args: SuggestArgs, signal?: AbortSignal): Promise<SuggestionResult> {
  const field = FIELD[kind];
  const d = await gql<Record<string, SuggestionResult>, SuggestArgs>(
    `query Suggest($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
      result: ${field}(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) {
        source { ${REF} }
        suggestions { rank score existingPartner organisationType partnershipKind node { ${REF} }
          reasons { kind text key weight sharedBy via { ${REF} } path { ${PATH} } evidence { sourceId sourceTitle line quote } } }
      }
    }`, { organisationId: args.organisationId ?? null, profile: args.profile ?? null, first: args.first ?? 10, includeExisting: args.includeExisting ?? false }, signal);
  return d.result!;
}
