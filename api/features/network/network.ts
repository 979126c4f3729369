/**
 * Network analysis on graphology: the (filtered) graph is read in one Cypher round trip
 * (cypher/analysis/graph.cypher), then paths, centrality and Louvain communities come from the graphology
 * packages rather than hand-written algorithms. Analysis runs on the undirected simple view of the graph
 * (one edge per pair of neighbours); exports keep every link with its direction.
 */
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { bidirectional } from 'graphology-shortest-path';
import { allSimplePaths } from 'graphology-simple-path';
import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { AppError, badInput, notFound } from '../../errors.js';
import { requestSignal } from '../../request-signal.js';
import { pool } from '../../worker/pool.js';
import { graphFile, type GraphFormat } from './export.js';
import { dateArg, intArg } from '../shared/args.js';
import type { Ref } from '../alignment/present.js';
import { CITATION_PROPS, type Citation, decodeCitations } from '../../../model/citation.js';
import type { Confidence, Lever, LinkType, NodeLabel, Stance } from '../../../model/vocabulary.js';

export interface NodeAttrs {
  id: string;
  name: string;
  type: NodeLabel;
  placeholder: boolean;
  kind: string | null;
  status: string | null;
  sources: string[];
  /** The citations of the entity (model/citation.ts). */
  evidence: Citation[];
}
export interface EdgeAttrs {
  id: string;
  source: string;
  target: string;
  type: LinkType;
  lever: Lever | null;
  stance: Stance | null;
  class: string | null;
  confidence: Confidence;
  validFrom: string | null;
  validTo: string | null;
  sources: string[];
  /** The citations of the link (model/citation.ts). */
  evidence: Citation[];
}
export type LinkGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface GraphFilterInput {
  labels?: readonly string[] | null;
  linkTypes?: readonly string[] | null;
  levers?: readonly string[] | null;
  source?: string | null;
  asOf?: string | null;
  focus?: string | null;
  depth?: number | null;
}

// These packages are CommonJS whose typings declare `export default`: at run time the default import is the
// function itself, for the type checker it is the module. Take whichever is there.
const cjs = <T>(m: { default: T }): T => (m as unknown as { default?: T }).default ?? (m as unknown as T);
const louvain = cjs(louvainModule);
const betweennessCentrality = cjs(betweennessModule);

/** Betweenness is O(nodes x links); beyond this a filter must narrow the graph first. */
export const MAX_BETWEENNESS_NODES = 20_000;

/** Limits on whole-graph analysis (api/config.ts sets them at start: LEVERMAP_ANALYSIS_*). */
export const ANALYSIS_LIMITS = { maxNodes: 150_000, maxLinks: 600_000, timeoutMs: 60_000, maxConcurrent: 2 };
export function configureAnalysis(limits: Partial<typeof ANALYSIS_LIMITS>): void {
  Object.assign(ANALYSIS_LIMITS, limits);
}

/**
 * A whole-graph analysis to run, not yet loaded: loadGraph checks its size and hands back this; paths,
 * centrality, communities and graphFile then load and analyse the graph in an analysis worker thread
 * (api/worker/pool.ts), never on the event loop, stopped at ANALYSIS_LIMITS.timeoutMs or when the client leaves.
 */
export class GraphRequest {
  constructor(
    readonly db: Database,
    readonly filter: GraphFilterInput | null | undefined,
    /** Nodes the unfiltered graph has (from the count store), before anything is read. */
    readonly nodes: number = 0,
  ) {}
  /** Whether the filter can leave out nodes (labels or a focus); links-only filters keep every node. */
  get narrows(): boolean {
    return Boolean(this.filter?.labels?.length) || this.filter?.focus != null;
  }
  run<T>(task: keyof typeof NETWORK_TASKS, args: Record<string, unknown>): Promise<T> {
    return analysisPool(this.db).run<T>(
      task,
      { ...args, filter: this.filter ?? null },
      { timeoutMs: ANALYSIS_LIMITS.timeoutMs, signal: requestSignal() },
    );
  }
}

export const analysisPool = (db: Database) =>
  pool(
    'analysis',
    ANALYSIS_LIMITS.maxConcurrent,
    db.opts,
    `at most ${ANALYSIS_LIMITS.maxConcurrent} whole-graph analyses run at once; try again when one has finished`,
  );

/** Checks the size of the graph (Neo4j's count store: no scan) before any work; see GraphRequest. */
export async function loadGraph(db: Database, f: GraphFilterInput | null | undefined): Promise<GraphRequest> {
  const [size] = await db.read('analysis/graph-size');
  const nodes = Number(size!.nodes);
  const links = Number(size!.links);
  if (nodes > ANALYSIS_LIMITS.maxNodes || links > ANALYSIS_LIMITS.maxLinks) {
    throw new AppError(
      'BAD_USER_INPUT',
      `the graph has ${nodes} nodes and ${links} links; whole-graph analysis here takes at most ${ANALYSIS_LIMITS.maxNodes} nodes and ${ANALYSIS_LIMITS.maxLinks} links`,
      { field: 'filter', reason: 'GRAPH_TOO_LARGE', nodes, links },
    );
  }
  return new GraphRequest(db, f, nodes - Number(size!.sources ?? 0));
}

/** Reads the (filtered) graph into graphology: in an analysis worker, or where the caller is one. */
export async function readGraph(db: Database, f: GraphFilterInput | null | undefined): Promise<LinkGraph> {
  const filter = f ?? {};
  const asOf = filter.asOf == null ? null : dateArg('filter.asOf', filter.asOf);
  const params = {
    labels: filter.labels?.length ? filter.labels : null,
    linkTypes: filter.linkTypes?.length ? filter.linkTypes : null,
    levers: filter.levers?.length ? filter.levers : null,
    source: filter.source ?? null,
    asOf,
  };
  const g: LinkGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  const edges: EdgeAttrs[] = [];
  const maxRows = ANALYSIS_LIMITS.maxNodes + ANALYSIS_LIMITS.maxLinks;
  const { truncated } = await db.stream(
    'analysis/graph',
    cypher('analysis/graph'),
    params,
    { timeoutMs: ANALYSIS_LIMITS.timeoutMs, maxRows },
    () => (record) => {
      const item = withEvidence(record.get('item'));
      if (record.get('kind') === 'node') g.addNode(item.id, item as NodeAttrs);
      else edges.push(item as EdgeAttrs);
      return null;
    },
  );
  if (truncated)
    throw new AppError('BAD_USER_INPUT', `the graph has more than ${maxRows} nodes and links`, {
      field: 'filter',
      reason: 'GRAPH_TOO_LARGE',
    });
  for (const e of edges)
    if (g.hasNode(e.source) && g.hasNode(e.target)) g.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
  if (filter.focus == null) return g;
  const depth = intArg('filter.depth', filter.depth, 2, 0, 6);
  if (!g.hasNode(filter.focus)) throw notFound('node', filter.focus);
  const dist = bfs(g, filter.focus, depth);
  g.forEachNode((n) => {
    if (!dist.has(n)) g.dropNode(n);
  });
  return g;
}

/** The stored citation lists of a graph.cypher row as `evidence`. */
function withEvidence(item: Record<string, unknown>): NodeAttrs | EdgeAttrs {
  const evidence = decodeCitations(item);
  for (const p of CITATION_PROPS) delete item[p];
  item.evidence = evidence;
  return item as unknown as NodeAttrs | EdgeAttrs;
}

/** Hop distances from a node over links in either direction, up to maxDepth. */
export function bfs(g: Graph, start: string, maxDepth: number): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      g.forEachNeighbor(n, (m) => {
        if (!dist.has(m)) {
          dist.set(m, d);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return dist;
}

/** One undirected edge per pair of neighbours; self-loops dropped. */
export function simpleView(g: LinkGraph, keep?: (n: string) => boolean): UndirectedGraph {
  const s = new UndirectedGraph({ allowSelfLoops: false });
  g.forEachNode((n) => {
    if (!keep || keep(n)) s.addNode(n);
  });
  g.forEachEdge((_e, _a, source, target) => {
    if (source !== target && s.hasNode(source) && s.hasNode(target)) s.mergeEdge(source, target);
  });
  return s;
}

export const nodeRef = (g: LinkGraph, n: string): Ref => {
  const a = g.getNodeAttributes(n);
  return { id: a.id, name: a.name, type: a.type, placeholder: a.placeholder };
};

const edgeOut = (a: EdgeAttrs) => ({
  id: a.id,
  source: a.source,
  target: a.target,
  type: a.type,
  lever: a.lever,
  stance: a.stance,
  confidence: a.confidence,
});

/** A node path as a GraphPath: for each step, the link between the two (the smallest id when several). */
function toPath(g: LinkGraph, nodes: string[]) {
  const links = nodes.slice(1).map((b, k) => {
    const a = nodes[k]!;
    const ids = [...g.edges(a, b), ...g.edges(b, a)].sort();
    return edgeOut(g.getEdgeAttributes(ids[0]!));
  });
  return { length: links.length, nodes: nodes.map((n) => nodeRef(g, n)), links };
}

export type Paths = ReturnType<typeof pathsIn>;
export function paths(g: GraphRequest, from: string, to: string, maxLength: number, limit: number): Promise<Paths>;
export function paths(g: LinkGraph, from: string, to: string, maxLength: number, limit: number): Paths;
export function paths(
  g: LinkGraph | GraphRequest,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): Paths | Promise<Paths> {
  return g instanceof GraphRequest
    ? g.run('paths', { from, to, maxLength, limit })
    : pathsIn(g, from, to, maxLength, limit);
}

function pathsIn(g: LinkGraph, from: string, to: string, maxLength: number, limit: number) {
  if (!g.hasNode(from)) throw notFound('node', from);
  if (!g.hasNode(to)) throw notFound('node', to);
  if (from === to) throw badInput('to', 'must differ from `from`');
  const s = simpleView(g);
  const shortest = bidirectional(s, from, to);
  // A node lies on a path of length <= L only if its distances to both ends sum to <= L: prune before enumerating.
  const da = bfs(s, from, maxLength);
  const db = bfs(s, to, maxLength);
  const near = simpleView(g, (n) => da.has(n) && db.has(n) && da.get(n)! + db.get(n)! <= maxLength);
  const all = near.hasNode(from) && near.hasNode(to) ? allSimplePaths(near, from, to, { maxDepth: maxLength }) : [];
  all.sort((x, y) => x.length - y.length || x.join('\u0000').localeCompare(y.join('\u0000')));
  return {
    from: nodeRef(g, from),
    to: nodeRef(g, to),
    shortest: shortest ? toPath(g, shortest) : null,
    all: all.slice(0, limit).map((p) => toPath(g, p)),
    truncated: all.length > limit,
  };
}

export interface NetworkMetrics {
  simple: UndirectedGraph;
  degree: Map<string, number>;
  community: Map<string, number>;
  modularity: number;
  communityCount: number;
}

export function communitiesOf(g: LinkGraph): NetworkMetrics {
  const simple = simpleView(g);
  const degree = new Map(simple.nodes().map((n) => [n, simple.degree(n)]));
  if (simple.size === 0) {
    // Louvain needs at least one edge: every node is then its own community.
    const community = new Map(simple.nodes().map((n, k) => [n, k]));
    return { simple, degree, community, modularity: 0, communityCount: simple.order };
  }
  const detailed = louvain.detailed(simple, { randomWalk: false });
  return {
    simple,
    degree,
    community: new Map(Object.entries(detailed.communities)),
    modularity: detailed.modularity,
    communityCount: detailed.count,
  };
}

export type Centrality = ReturnType<typeof centralityIn>;
export function centrality(g: GraphRequest, orderBy: 'DEGREE' | 'BETWEENNESS', first: number): Promise<Centrality>;
export function centrality(g: LinkGraph, orderBy: 'DEGREE' | 'BETWEENNESS', first: number): Centrality;
export function centrality(
  g: LinkGraph | GraphRequest,
  orderBy: 'DEGREE' | 'BETWEENNESS',
  first: number,
): Centrality | Promise<Centrality> {
  if (g instanceof GraphRequest) {
    // Over the cap and nothing to narrow it: refused before the graph is read, not after.
    if (!g.narrows && g.nodes > MAX_BETWEENNESS_NODES) return Promise.reject(tooManyForCentrality(g.nodes));
    return g.run('centrality', { orderBy, first });
  }
  return centralityIn(g, orderBy, first);
}

const tooManyForCentrality = (nodes: number) =>
  badInput('filter', `the graph has ${nodes} nodes; narrow it to at most ${MAX_BETWEENNESS_NODES} for centrality`);

function centralityIn(g: LinkGraph, orderBy: 'DEGREE' | 'BETWEENNESS', first: number) {
  if (g.order > MAX_BETWEENNESS_NODES) throw tooManyForCentrality(g.order);
  const m = communitiesOf(g);
  const between = m.simple.size ? betweennessCentrality(m.simple, { normalized: true }) : {};
  const rows = g.nodes().map((n) => ({
    node: nodeRef(g, n),
    degree: m.degree.get(n) ?? 0,
    betweenness: between[n] ?? 0,
    community: m.community.get(n) ?? -1,
  }));
  const key =
    orderBy === 'DEGREE'
      ? (r: (typeof rows)[number]) => [r.degree, r.betweenness]
      : (r: (typeof rows)[number]) => [r.betweenness, r.degree];
  rows.sort((a, b) => {
    const [a1, a2] = key(a);
    const [b1, b2] = key(b);
    return b1! - a1! || b2! - a2! || a.node.id.localeCompare(b.node.id);
  });
  return rows.slice(0, first);
}

export type Communities = ReturnType<typeof communitiesIn>;
export function communities(g: GraphRequest, first: number, members: number): Promise<Communities>;
export function communities(g: LinkGraph, first: number, members: number): Communities;
export function communities(
  g: LinkGraph | GraphRequest,
  first: number,
  members: number,
): Communities | Promise<Communities> {
  return g instanceof GraphRequest ? g.run('communities', { first, members }) : communitiesIn(g, first, members);
}

function communitiesIn(g: LinkGraph, first: number, members: number) {
  const m = communitiesOf(g);
  const groups = new Map<number, string[]>();
  for (const [n, c] of m.community) groups.set(c, [...(groups.get(c) ?? []), n]);
  const list = [...groups.entries()]
    .map(([id, ns]) => {
      const labels = new Map<NodeLabel, number>();
      for (const n of ns) {
        const t = g.getNodeAttribute(n, 'type');
        labels.set(t, (labels.get(t) ?? 0) + 1);
      }
      ns.sort((a, b) => (m.degree.get(b) ?? 0) - (m.degree.get(a) ?? 0) || a.localeCompare(b));
      return {
        id,
        size: ns.length,
        members: ns.slice(0, members).map((n) => nodeRef(g, n)),
        labels: [...labels.entries()]
          .map(([label, count]) => ({ label, count }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      };
    })
    .sort((a, b) => b.size - a.size || a.id - b.id);
  return { nodes: g.order, edges: g.size, modularity: m.modularity, communities: list.slice(0, first) };
}

/**
 * Louvain communities of a neighbourhood as returned (its nodes and links only, no further read), ranked by size:
 * 0 is the largest, ties by the smallest member id, so the same neighbourhood always gets the same numbers.
 */
export function neighbourhoodCommunitiesIn(
  nodes: string[],
  links: [string, string][],
): { id: string; community: number }[] {
  const s = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of nodes) s.mergeNode(n);
  for (const [a, b] of links) if (a !== b && s.hasNode(a) && s.hasNode(b)) s.mergeEdge(a, b);
  const raw =
    s.size === 0
      ? Object.fromEntries(s.nodes().map((n, k) => [n, k]))
      : (louvain.detailed(s, { randomWalk: false }).communities as Record<string, number>);
  const members = new Map<number, string[]>();
  for (const n of s.nodes().sort()) {
    const c = raw[n]!;
    const list = members.get(c);
    if (list) list.push(n);
    else members.set(c, [n]);
  }
  const rank = new Map(
    [...members.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[1][0]!.localeCompare(b[1][0]!))
      .map(([c], i) => [c, i]),
  );
  return s.nodes().map((id) => ({ id, community: rank.get(raw[id]!)! }));
}

/** The communities of a neighbourhood, in an analysis worker (the event loop never runs Louvain). */
export const neighbourhoodCommunities = (db: Database, nodes: string[], links: [string, string][]) =>
  analysisPool(db).run<{ id: string; community: number }[]>(
    'neighbourhoodCommunities',
    { nodes, links },
    { timeoutMs: ANALYSIS_LIMITS.timeoutMs, signal: requestSignal() },
  );

type Filter = { filter: GraphFilterInput | null };
/** What an analysis worker runs (api/worker/entry.ts): read the graph there, analyse it there. */
export const NETWORK_TASKS = {
  paths: async (db: Database, a: Filter & { from: string; to: string; maxLength: number; limit: number }) =>
    pathsIn(await readGraph(db, a.filter), a.from, a.to, a.maxLength, a.limit),
  centrality: async (db: Database, a: Filter & { orderBy: 'DEGREE' | 'BETWEENNESS'; first: number }) =>
    centralityIn(await readGraph(db, a.filter), a.orderBy, a.first),
  communities: async (db: Database, a: Filter & { first: number; members: number }) =>
    communitiesIn(await readGraph(db, a.filter), a.first, a.members),
  neighbourhoodCommunities: async (_db: Database, a: { nodes: string[]; links: [string, string][] }) =>
    neighbourhoodCommunitiesIn(a.nodes, a.links),
  exportGraph: async (db: Database, a: Filter & { format: GraphFormat; name: string }) =>
    graphFile(await readGraph(db, a.filter), a.format, a.name),
};
