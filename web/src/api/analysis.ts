/** Queries on the analysis fields (issue 3). Each fails with ApiError.unavailable on a server without them. */
import { gql } from './client.js';
import type { Comparison, ConsoleResult, FlagHit, LeverGrouping, LeverProfileRow, SoleDependence } from './types.js';

const REF = 'id name type placeholder';
const CITATION = 'sourceId sourceTitle line quote';

export async function leverProfile(groupBy: LeverGrouping, asOf: string | null, signal?: AbortSignal): Promise<LeverProfileRow[]> {
  const d = await gql<{ leverProfile: LeverProfileRow[] }, { groupBy: LeverGrouping; asOf: string | null }>(
    `query Profile($groupBy: LeverGrouping!, $asOf: String) { leverProfile(groupBy: $groupBy, asOf: $asOf) { key label initiatives downward sideward upward opposing aligned partial contested unknown } }`,
    { groupBy, asOf }, signal);
  return d.leverProfile;
}

export async function compare(from: string, to: string, signal?: AbortSignal): Promise<Comparison> {
  const d = await gql<{ compare: Comparison }, { from: string; to: string }>(
    `query Compare($from: String!, $to: String!) { compare(from: $from, to: $to) {
      from to statusChanges { initiative { ${REF} } from to }
      links { change linkId type lever stance validFrom validTo from { ${REF} } to { ${REF} } evidence { ${CITATION} } }
    } }`, { from, to }, signal);
  return d.compare;
}

export async function cypherConsole(query: string, signal?: AbortSignal): Promise<ConsoleResult> {
  const d = await gql<{ cypherConsole: ConsoleResult }, { query: string }>(
    `query Console($query: String!) { cypherConsole(query: $query) {
      columns rows truncated elapsedMs nodes { id label type placeholder depth degree } edges { id source target type lever stance confidence }
    } }`, { query }, signal);
  return d.cypherConsole;
}

export async function initiativeFlags(id: string, signal?: AbortSignal): Promise<FlagHit[]> {
  const d = await gql<{ initiative: { alignment: { flags: FlagHit[] } } | null }, { id: string }>(
    `query Flags($id: ID!) { initiative(id: $id) { alignment { flags {
      flag kind rule why detail sources { ${CITATION} } triggers { linkId type lever stance from { ${REF} } to { ${REF} } }
    } } } }`, { id }, signal);
  return d.initiative?.alignment.flags ?? [];
}

export async function placeFlags(place: string, signal?: AbortSignal): Promise<Map<string, FlagHit[]>> {
  const d = await gql<{ initiatives: { edges: { node: { id: string; alignment: { flags: FlagHit[] } } }[] } }, { place: string }>(
    `query PlaceFlags($place: ID!) { initiatives(filter: { place: $place }, first: 500) { edges { node { id alignment { flags {
      flag kind rule why detail sources { ${CITATION} } triggers { linkId type lever stance from { ${REF} } to { ${REF} } }
    } } } } } }`, { place }, signal);
  return new Map(d.initiatives.edges.map((e) => [e.node.id, e.node.alignment.flags]));
}

export async function soleDependence(signal?: AbortSignal): Promise<SoleDependence[]> {
  const d = await gql<{ soleDependence: SoleDependence[] }>(
    `{ soleDependence(first: 20) { backer { ${REF} } initiatives items { initiative { ${REF} } levers } } }`, undefined, signal);
  return d.soleDependence;
}
