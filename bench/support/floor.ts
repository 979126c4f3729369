/**
 * The raw-Bolt floor's parameters: what Levermap's resolvers pass to the statements they run, for a benchmark that
 * runs the same statement through the database door without HTTP or GraphQL. One place, so that a change to a
 * statement's parameters is made once for every bench.
 */
import { DEFAULT_CLAIMS } from '../../api/features/shared/args.js';

/** cypher/queries/initiatives.cypher with no filter: `ids` for initiative(id), null for the list. */
export function initiativesParams(ids: string[] | null, first: number, asOf = new Date().toISOString().slice(0, 10)) {
  return {
    ids,
    status: null,
    frameworkElement: null,
    source: null,
    place: null,
    targetGroup: null,
    organisation: null,
    partnership: null,
    hasLever: null,
    lacksLever: null,
    asOf,
    claims: DEFAULT_CLAIMS,
    first,
    afterName: null,
    afterId: null,
  };
}
