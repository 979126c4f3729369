/**
 * The explorer's graph model, free of React and Cytoscape: neighbourhoods merged into one graph, then
 * filters, hidden nodes and lever slots applied to give what is drawn. Pure functions, so the view can be
 * recomputed from the URL alone.
 */
import type {
  AlignmentCountsFragment as Alignment,
  GraphEdgeItemFragment,
  GraphNodeItemFragment,
} from '../gql/graphql.js';
import {
  LEVERS,
  type ClaimStatus,
  type Confidence,
  type FrameworkElement,
  type Lever,
  type OrganisationType,
  type Stance,
} from './vocabulary.js';

/** Nodes and edges as the neighbourhood and the console return them (fragments beside ExplorePage). */
export type GraphNode = GraphNodeItemFragment;
export type GraphEdge = Omit<GraphEdgeItemFragment, 'claimStatus'> & { claimStatus?: ClaimStatus | null };
export interface Neighbourhood {
  focus?: string | null;
  truncated: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What the filters need to know about nodes that the neighbourhood does not carry. */
export interface Facets {
  orgType: Map<string, OrganisationType>;
  elements: Map<string, FrameworkElement[]>;
  /** Node id to the places it is located in or works in. */
  places: Map<string, string[]>;
  placeNames: { id: string; name: string }[];
}

export interface GraphData {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export interface Filters {
  levers: Lever[];
  stances: Stance[];
  confidences: Confidence[];
  orgTypes: OrganisationType[];
  place: string | null;
  element: FrameworkElement | null;
  /** Leave out links a verifier has not accepted (UNVERIFIED and REJECTED claims). */
  hideUnverified: boolean;
}
export const NO_FILTERS: Filters = {
  levers: [],
  stances: [],
  confidences: [],
  orgTypes: [],
  place: null,
  element: null,
  hideUnverified: false,
};

export type SlotKind = 'gap' | 'unknown';
export interface DrawNode {
  id: string;
  label: string;
  type: GraphNode['type'] | 'Slot' | 'Group';
  placeholder: boolean;
  focus: boolean;
  /** Neighbours in the database not loaded here ("n more"). */
  more: number;
  /** Hops from the focus over what is loaded. */
  hops: number;
  slot?: { lever: Lever; kind: SlotKind };
  /** Links of the node in the whole graph (the API's degree): its drawn size. */
  degree?: number;
  /** Community of the node in the analysed neighbourhood (the API's Louvain run), ranked by size from 0; null when not analysed. */
  community?: number | null;
  /** A summary node standing for a group of the focus's neighbours (model/groups.ts). */
  group?: { key: string; members: string[] };
}
export interface DrawEdge extends GraphEdge {
  slot?: SlotKind;
  claim?: ClaimStatus;
}
/** Link id to its claim state, for edges that do not carry one; links known neither way are taken as verified (the seed is curated). */
export type Claims = ReadonlyMap<string, ClaimStatus>;
const claimOf = (e: GraphEdge, claims: Claims | undefined): ClaimStatus =>
  e.claimStatus ?? claims?.get(e.id) ?? 'VERIFIED';
export interface DrawGraph {
  nodes: DrawNode[];
  edges: DrawEdge[];
  filteredOut: number;
}

export function mergeNeighbourhoods(parts: Neighbourhood[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const p of parts) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of p.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes, edges };
}

export function hopsFrom(focus: string, nodeIds: Iterable<string>, edges: Iterable<GraphEdge>): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const id of nodeIds) adj.set(id, []);
  for (const e of edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  const hops = new Map<string, number>([[focus, 0]]);
  const queue = [focus];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const next of adj.get(at) ?? []) {
      if (!hops.has(next)) {
        hops.set(next, hops.get(at)! + 1);
        queue.push(next);
      }
    }
  }
  return hops;
}

function edgePasses(e: GraphEdge, f: Filters, claims: Claims | undefined): boolean {
  if (f.hideUnverified && claimOf(e, claims) !== 'VERIFIED') return false;
  if (f.confidences.length && !f.confidences.includes(e.confidence)) return false;
  if (e.type !== 'LEVER') return true;
  if (f.levers.length && (!e.lever || !f.levers.includes(e.lever))) return false;
  if (f.stances.length && (!e.stance || !f.stances.includes(e.stance))) return false;
  return true;
}

function nodePasses(n: GraphNode, f: Filters, facets: Facets | null): boolean {
  if (!facets) return true;
  if (f.orgTypes.length && n.type === 'Organisation') {
    const t = facets.orgType.get(n.id);
    if (!t || !f.orgTypes.includes(t)) return false;
  }
  if (f.element && n.type === 'Initiative' && !(facets.elements.get(n.id) ?? []).includes(f.element)) return false;
  if (
    f.place &&
    (n.type === 'Initiative' || n.type === 'Organisation' || n.type === 'Directorate' || n.type === 'Partnership')
  ) {
    if (!(facets.places.get(n.id) ?? []).includes(f.place)) return false;
  }
  return true;
}

/**
 * What to draw: loaded graph minus hidden nodes and filtered edges; nodes cut off from the focus by the
 * filters go too, so a lever filter leaves only that lever's backers. Slots stand in for missing levers.
 */
export function drawGraph(args: {
  data: GraphData;
  focus: string;
  filters: Filters;
  hidden: ReadonlySet<string>;
  facets: Facets | null;
  alignment?: Alignment | null;
  claims?: Claims;
  /** Node id to its community rank (model/communities.ts). */
  communities?: ReadonlyMap<string, number>;
}): DrawGraph {
  const { data, focus, filters, hidden, facets, alignment, claims, communities } = args;
  const keep = new Set<string>();
  for (const n of data.nodes.values()) {
    if (n.id === focus || (!hidden.has(n.id) && nodePasses(n, filters, facets))) keep.add(n.id);
  }
  const edges = [...data.edges.values()].filter(
    (e) => keep.has(e.source) && keep.has(e.target) && edgePasses(e, filters, claims),
  );
  const hops = hopsFrom(focus, keep, edges);
  const loadedDegree = new Map<string, number>();
  for (const e of data.edges.values()) {
    loadedDegree.set(e.source, (loadedDegree.get(e.source) ?? 0) + 1);
    loadedDegree.set(e.target, (loadedDegree.get(e.target) ?? 0) + 1);
  }
  const nodes: DrawNode[] = [];
  for (const n of data.nodes.values()) {
    const h = hops.get(n.id);
    if (h === undefined) continue;
    nodes.push({
      id: n.id,
      label: n.label,
      type: n.type,
      placeholder: n.placeholder,
      focus: n.id === focus,
      hops: h,
      more: Math.max(0, n.degree - (loadedDegree.get(n.id) ?? 0)),
      degree: n.degree,
      community: communities?.get(n.id) ?? null,
    });
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const drawEdges: DrawEdge[] = edges
    .filter((e) => drawn.has(e.source) && drawn.has(e.target))
    .map((e) => {
      const claim = claimOf(e, claims);
      return claim !== 'VERIFIED' ? { ...e, claim } : e;
    });
  const filteredOut = data.nodes.size - nodes.length;

  if (alignment && drawn.has(focus)) {
    // A lever with no enabling backer is a gap only when confirmed absent (in gaps); otherwise it is not recorded.
    const enabled = { DOWNWARD: alignment.downward, SIDEWARD: alignment.sideward, UPWARD: alignment.upward };
    const missing: { lever: Lever; kind: SlotKind }[] = LEVERS.filter((l) => enabled[l] === 0).map((lever) => ({
      lever,
      kind: alignment.gaps.includes(`NO_${lever}`) ? ('gap' as const) : ('unknown' as const),
    }));
    for (const m of missing) {
      if (filters.levers.length && !filters.levers.includes(m.lever)) continue;
      const id = `slot:${m.lever}`;
      const label =
        m.kind === 'gap'
          ? `Gap: no ${m.lever.toLowerCase()} backer recorded`
          : `Unknown: no ${m.lever.toLowerCase()} lever in the sources`;
      nodes.push({
        id,
        label,
        type: 'Slot',
        placeholder: false,
        focus: false,
        more: 0,
        hops: 1,
        slot: m,
        degree: 0,
        community: null,
      });
      drawEdges.push({
        id: `slot-edge:${m.lever}`,
        source: id,
        target: focus,
        type: 'LEVER',
        lever: m.lever,
        stance: 'ENABLES',
        confidence: 'STATED',
        slot: m.kind,
      });
    }
  }
  return { nodes, edges: drawEdges, filteredOut };
}

export const isSlot = (id: string) => id.startsWith('slot:') || id.startsWith('slot-edge:');
