/**
 * A hub's many neighbours, grouped: the focus's direct neighbours of one kind reached over one lever (or one link
 * type) become one summary node, "34 organisations (downward lever)", until the user opens the group. A group's
 * links to anything else drawn are carried by the summary node, once per other end and lever or type. Pure, from
 * the drawn graph and the open groups in the URL.
 */
import type { DrawEdge, DrawGraph, DrawNode } from './graph.js';
import { LABEL_NAME, LEVER_STYLE, LINK_NAME, type Lever, type LinkType } from './vocabulary.js';

/** Fewer neighbours of one kind than this are drawn one by one. */
export const GROUP_MIN = 8;

export interface GroupInfo {
  key: string;
  label: string;
  members: string[];
  open: boolean;
}

/** Which group a direct neighbour of the focus falls in, by the first link that joins them, with its words. */
function groupOf(n: DrawNode, link: DrawEdge): { key: string; how: string; lever: Lever | null; type: LinkType } {
  const how = link.lever
    ? `${LEVER_STYLE[link.lever].name.toLowerCase()} lever`
    : LINK_NAME[link.type as keyof typeof LINK_NAME];
  return { key: `group:${link.lever ?? link.type}:${n.type}`, how, lever: link.lever ?? null, type: link.type };
}

const plural = (type: string, n: number) => {
  const name = (LABEL_NAME[type as keyof typeof LABEL_NAME] ?? type).toLowerCase();
  return n === 1 ? name : `${name}s`;
};

/** The groups of the focus's neighbours that are large enough to fold, open or not, largest first. */
export function neighbourGroups(graph: DrawGraph, focus: string, open: readonly string[]): GroupInfo[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const groups = new Map<string, GroupInfo>();
  for (const e of graph.edges) {
    if (e.slot) continue;
    const other = e.source === focus ? e.target : e.target === focus ? e.source : null;
    if (!other || seen.has(other)) continue;
    const n = byId.get(other);
    if (!n || n.slot || n.focus) continue;
    seen.add(other);
    const g = groupOf(n, e);
    const info = groups.get(g.key) ?? { key: g.key, label: g.how, members: [], open: open.includes(g.key) };
    info.members.push(other);
    groups.set(g.key, info);
  }
  return [...groups.values()]
    .filter((g) => g.members.length >= GROUP_MIN)
    .map((g) => {
      const type = byId.get(g.members[0]!)!.type;
      return { ...g, label: `${g.members.length} ${plural(type, g.members.length)} (${g.label})` };
    })
    .sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
}

/** The drawn graph with each closed group folded into its summary node. */
export function foldGroups(graph: DrawGraph, focus: string, open: readonly string[]): DrawGraph {
  const closed = neighbourGroups(graph, focus, open).filter((g) => !g.open);
  if (!closed.length) return graph;
  const groupOfNode = new Map<string, GroupInfo>();
  for (const g of closed) for (const m of g.members) groupOfNode.set(m, g);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: DrawNode[] = graph.nodes.filter((n) => !groupOfNode.has(n.id));
  for (const g of closed) {
    const members = g.members.map((m) => byId.get(m)!);
    nodes.push({
      id: g.key,
      label: g.label,
      type: 'Group',
      placeholder: false,
      focus: false,
      more: 0,
      hops: 1,
      degree: members.reduce((s, m) => s + (m.degree ?? 0), 0),
      community: null,
      group: { key: g.key, members: g.members },
    });
  }
  const edges: DrawEdge[] = [];
  const carried = new Set<string>();
  for (const e of graph.edges) {
    const gs = groupOfNode.get(e.source);
    const gt = groupOfNode.get(e.target);
    if (!gs && !gt) {
      edges.push(e);
      continue;
    }
    if (gs && gt) continue; // inside or between folded groups: shown when one opens
    const source = gs?.key ?? e.source;
    const target = gt?.key ?? e.target;
    const key = `${source}>${target}:${e.lever ?? e.type}`;
    if (carried.has(key)) continue;
    carried.add(key);
    edges.push({ ...e, id: `group-edge:${key}`, source, target, claim: undefined, claimStatus: undefined });
  }
  // Only the focus may stand alone; anything else left without a drawn link is not drawn.
  const linked = new Set<string>([focus]);
  for (const e of edges) {
    linked.add(e.source);
    linked.add(e.target);
  }
  const kept = nodes.filter((n) => linked.has(n.id));
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: edges.filter((e) => keptIds.has(e.source) && keptIds.has(e.target)),
    filteredOut: graph.filteredOut,
  };
}

export const isGroup = (id: string) => id.startsWith('group:') || id.startsWith('group-edge:');
