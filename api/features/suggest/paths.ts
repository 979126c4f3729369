/**
 * Reason paths as the suggest Cypher returns them (driver Path values) to API shapes: refs for the nodes and
 * full links, with their citations, in their stored direction whatever way the path walked them.
 */
import { isPath, type Node, type Path, type Relationship } from '../../db/values.js';
import { toLink, type Citation, type LinkRow, type RawLink, type RefRow } from '../../db/rows.js';
import type { LinkType, NodeLabel } from '../../../model/schemas.js';

export interface ReasonPathRow {
  nodes: RefRow[];
  links: LinkRow[];
}

const labelOf = (n: Node): NodeLabel => n.labels.find((l) => l !== 'Entity') as NodeLabel;

function rawRef(n: Node) {
  const p = n.properties as { id: string; name: string; placeholder?: boolean };
  return { id: p.id, name: p.name, placeholder: Boolean(p.placeholder), label: labelOf(n) };
}

export function refOf(n: Node): RefRow {
  const r = rawRef(n);
  return { id: r.id, name: r.name, placeholder: r.placeholder, type: r.label };
}

function link(rel: Relationship, a: Node, b: Node): LinkRow {
  const forward = rel.startNodeElementId === a.elementId;
  const raw: RawLink = {
    type: rel.type as LinkType,
    props: rel.properties as Record<string, unknown>,
    from: rawRef(forward ? a : b),
    to: rawRef(forward ? b : a),
  };
  return toLink(raw);
}

export function toReasonPath(p: unknown): ReasonPathRow | null {
  if (!isPath(p as object)) return null;
  const path = p as Path;
  const nodes = [path.start, ...path.segments.map((s) => s.end)];
  return { nodes: nodes.map(refOf), links: path.segments.map((s) => link(s.relationship, s.start, s.end)) };
}

/** Two paths that meet at the shared thing, as one drawable path: each node and link once. */
export function joinPaths(...paths: (ReasonPathRow | null)[]): ReasonPathRow {
  const nodes = new Map<string, RefRow>();
  const links = new Map<string, LinkRow>();
  for (const p of paths) {
    for (const n of p?.nodes ?? []) nodes.set(n.id, n);
    for (const l of p?.links ?? []) links.set(l.id, l);
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

export function citationsOf(p: ReasonPathRow): Citation[] {
  const seen = new Map<string, Citation>();
  for (const l of p.links) for (const c of l.evidence) seen.set(`${c.sourceId}:${c.line}:${c.quote}`, c);
  return [...seen.values()];
}
