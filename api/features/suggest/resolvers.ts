/** suggestCollaborators, suggestSponsors, suggestPartnerships: see api/suggest and docs/suggest.md. */
import type { Context } from '../../context.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { suggest, type SuggestionResultRow } from './engine.js';
import type { SuggestFor } from './explain.js';
import { parseSuggestArgs } from './input.js';

// Three times the usual query timeout: warm, these take 20-500 ms on the seed graph, but the first call after a
// start plans a large statement (2-12 s measured on a busy machine).
const field =
  (mode: SuggestFor) =>
  (_p: unknown, args: unknown, ctx: Context): Promise<SuggestionResultRow> =>
    suggest(
      (name, params) => ctx.db.read(name, params, ctx.config.LEVERMAP_QUERY_TIMEOUT_MS * 3),
      mode,
      parseSuggestArgs(args),
    );

const Query: QueryResolvers = {
  suggestCollaborators: field('collaborators'),
  suggestSponsors: field('sponsors'),
  suggestPartnerships: field('partnerships'),
};

export const suggestResolvers: Resolvers = { Query };
