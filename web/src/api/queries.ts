/** One function per operation the explorer uses; each names its document once and types its result. */
import { gql } from './client.js';
import type {
  EntityDetail, FrameworkElement, InitiativeDetail, InitiativeFilter, InitiativeSummary, Link, Neighbourhood, NeighbourhoodArgs,
  NodeLabel, OrganisationType, SearchHit, Source, Stats,
} from './types.js';

const CITATION = 'sourceId sourceTitle line quote';
const REF = 'id name type placeholder';
const LINK = `id type confidence reason lever stance class role amount validFrom validTo claimStatus version evidence { ${CITATION} } from { ${REF} } to { ${REF} }`;
const ALIGNMENT = 'downward sideward upward opposing status gaps';

export async function search(text: string, signal?: AbortSignal, first = 12, types?: readonly NodeLabel[]): Promise<SearchHit[]> {
  const d = await gql<{ search: SearchHit[] }, { text: string; first: number; types: readonly NodeLabel[] | null }>(
    `query Search($text: String!, $first: Int, $types: [NodeLabel!]) { search(text: $text, first: $first, types: $types) { id name type score placeholder } }`,
    { text, first, types: types?.length ? types : null }, signal);
  return d.search;
}

export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    __typename id name label aliases description placeholder version evidence { ${CITATION} }
    links { ${LINK} }
    ... on Organisation { type subtype validFrom validTo }
    ... on Directorate { directorateKind: kind }
    ... on Partnership { partnershipKind: kind validFrom validTo }
    ... on TargetGroup { groupKind: kind }
    ... on Place { placeKind: kind code }
    ... on Initiative { initiativeKind: kind frameworkElements preventionTier status startDate endDate funding benefitExpected }
  }
  initiative(id: $id) {
    backers { linkId lever stance class confidence reason validFrom validTo claimStatus backer { ${REF} } evidence { ${CITATION} } }
    alignment { ${ALIGNMENT} }
  }
}`;

export async function entity(id: string, signal?: AbortSignal): Promise<EntityDetail | null> {
  // Backers and alignment come from initiative(id): entity(id) does not compute alignment (see the report).
  const d = await gql<{ entity: EntityDetail | null; initiative: Pick<InitiativeDetail, 'backers' | 'alignment'> | null }, { id: string }>(ENTITY_QUERY, { id }, signal);
  if (d.entity?.__typename === 'Initiative' && d.initiative) return { ...d.entity, ...d.initiative };
  return d.entity;
}

export async function link(id: string, signal?: AbortSignal): Promise<Link | null> {
  const d = await gql<{ link: Link | null }, { id: string }>(`query Link($id: ID!) { link(id: $id) { ${LINK} } }`, { id }, signal);
  return d.link;
}

export async function neighbourhood(args: NeighbourhoodArgs, signal?: AbortSignal): Promise<Neighbourhood> {
  const d = await gql<{ neighbourhood: Neighbourhood }, NeighbourhoodArgs>(
    `query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {
      neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) {
        focus truncated nodes { id label type placeholder depth degree } edges { id source target type lever stance confidence claimStatus }
      }
    }`, args, signal);
  return d.neighbourhood;
}

export async function initiatives(filter: InitiativeFilter, signal?: AbortSignal, first = 500): Promise<{ total: number; items: InitiativeSummary[] }> {
  const d = await gql<{ initiatives: { totalCount: number; edges: { node: InitiativeSummary }[] } }, { filter: InitiativeFilter; first: number }>(
    `query Initiatives($filter: InitiativeFilter, $first: Int) {
      initiatives(filter: $filter, first: $first) { totalCount edges { node { id name status frameworkElements placeholder alignment { ${ALIGNMENT} } } } }
    }`, { filter, first }, signal);
  return { total: d.initiatives.totalCount, items: d.initiatives.edges.map((e) => e.node) };
}

export async function sources(signal?: AbortSignal): Promise<Source[]> {
  const d = await gql<{ sources: Source[] }>(`{ sources { id title authors year publisher url } }`, undefined, signal);
  return d.sources;
}

export async function stats(signal?: AbortSignal): Promise<Stats> {
  const d = await gql<{ stats: Stats }>(`{ stats { organisations directorates partnerships initiatives targetGroups places sources relationships } }`, undefined, signal);
  return d.stats;
}

/** What the filters need to know about nodes that the neighbourhood does not carry (see the report: GraphNode lacks these). */
export interface Facets {
  orgType: Map<string, OrganisationType>;
  elements: Map<string, FrameworkElement[]>;
  /** Node id to the places it is located in or works in. */
  places: Map<string, string[]>;
  placeNames: { id: string; name: string }[];
}

type FacetNode = { id: string; type?: OrganisationType; links: { to: { id: string } }[] };

export async function facets(signal?: AbortSignal): Promise<Facets> {
  const d = await gql<{
    orgs: { nodes: FacetNode[] }; dirs: { nodes: FacetNode[] }; parts: { nodes: FacetNode[] };
    places: { nodes: { id: string; name: string }[] };
    inis: { edges: { node: { id: string; frameworkElements: FrameworkElement[]; links: { to: { id: string } }[] } }[] };
  }>(`{
    orgs: entities(type: Organisation, first: 500) { nodes { id ... on Organisation { type } links(types: [WORKS_IN]) { to { id } } } }
    dirs: entities(type: Directorate, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }
    parts: entities(type: Partnership, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }
    places: entities(type: Place, first: 500) { nodes { id name } }
    inis: initiatives(first: 500) { edges { node { id frameworkElements links(types: [LOCATED_IN]) { to { id } } } } }
  }`, undefined, signal);
  const orgType = new Map<string, OrganisationType>();
  const places = new Map<string, string[]>();
  for (const n of [...d.orgs.nodes, ...d.dirs.nodes, ...d.parts.nodes]) {
    if (n.type) orgType.set(n.id, n.type);
    places.set(n.id, n.links.map((l) => l.to.id));
  }
  const elements = new Map<string, FrameworkElement[]>();
  for (const { node } of d.inis.edges) {
    elements.set(node.id, node.frameworkElements);
    places.set(node.id, node.links.map((l) => l.to.id));
  }
  return { orgType, elements, places, placeNames: d.places.nodes };
}

export type { NodeLabel };

export type PlaceInitiative = InitiativeSummary & { backers: { linkId: string; lever: import('./types.js').Lever; stance: import('./types.js').Stance; validTo?: string | null; backer: { id: string; name: string; type: NodeLabel } }[] };

export async function placeInitiatives(place: string, signal?: AbortSignal): Promise<PlaceInitiative[]> {
  const d = await gql<{ initiatives: { edges: { node: PlaceInitiative }[] } }, { place: string }>(
    `query PlaceInitiatives($place: ID!) { initiatives(filter: { place: $place }, first: 500) { edges { node {
      id name status frameworkElements placeholder alignment { ${ALIGNMENT} }
      backers { linkId lever stance validTo backer { id name type } }
    } } } }`, { place }, signal);
  return d.initiatives.edges.map((e) => e.node);
}

export async function places(signal?: AbortSignal): Promise<{ id: string; name: string; placeKind: string }[]> {
  const d = await gql<{ entities: { nodes: { id: string; name: string; placeKind: string }[] } }>(
    `{ entities(type: Place, first: 500) { nodes { id name ... on Place { placeKind: kind } } } }`, undefined, signal);
  return d.entities.nodes;
}
