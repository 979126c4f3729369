/** Paths between two nodes as the API returns them, turned into what the explorer adds to the drawing and highlights. */
import type { GraphEdge, GraphNode, Neighbourhood } from './graph.js';

export interface ApiPath {
  nodes: { id: string; name: string; type: GraphNode['type']; placeholder: boolean }[];
  links: GraphEdge[];
}

/** The paths' nodes and links as one more neighbourhood part, and the ids to highlight. */
export function pathsPart(from: string, paths: ApiPath[]): { part: Neighbourhood; ids: Set<string> } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const p of paths) {
    for (const n of p.nodes)
      if (!nodes.has(n.id))
        nodes.set(n.id, {
          id: n.id,
          label: n.name,
          type: n.type,
          placeholder: n.placeholder,
          depth: 0,
          // Not known from a path; the neighbourhood's own entry for the node, when loaded, comes first.
          degree: 0,
        });
    for (const l of p.links) if (!edges.has(l.id)) edges.set(l.id, l);
  }
  return {
    part: { focus: from, truncated: false, nodes: [...nodes.values()], edges: [...edges.values()] },
    ids: new Set([...nodes.keys(), ...edges.keys()]),
  };
}
