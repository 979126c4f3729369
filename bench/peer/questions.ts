/**
 * The four questions bench/peer.ts asks both ways: Levermap's GraphQL text, the peer's (@neo4j/graphql on
 * bench/peer/typedefs.graphql), and for each answer a normal form (same ids, same counts) so the two can be compared.
 * The peer has no ranking, capping or date rule of Levermap's, so its client does that work here, from what the
 * peer returns; nothing is read twice.
 */
import { Kind, parse, type ObjectTypeDefinitionNode, type UnionTypeDefinitionNode } from 'graphql';
import { rankHits } from '../../api/features/search/entities.js';
import { decodeCitations } from '../../model/citation.js';
import { LEVERS } from '../../model/vocabulary.js';

type Json = Record<string, unknown>;

/** A difference between two normal forms: where, and the two values there. */
export class AnswerMismatch extends Error {}

/** Throws AnswerMismatch naming the first path at which `a` and `b` differ. */
export function assertSameAnswer(question: string, a: unknown, b: unknown, path = ''): void {
  const at = path || '(the whole answer)';
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 200);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b))
      throw new AnswerMismatch(`${question}: at ${at}, ${show(a)} against ${show(b)}`);
    if (a.length !== b.length) throw new AnswerMismatch(`${question}: at ${at}, ${a.length} items against ${b.length}`);
    for (const [i, x] of a.entries()) assertSameAnswer(question, x, b[i], `${path}[${i}]`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) assertSameAnswer(question, (a as Json)[k], (b as Json)[k], path ? `${path}.${k}` : k);
    return;
  }
  if (a !== b) throw new AnswerMismatch(`${question}: at ${at}, ${show(a)} against ${show(b)}`);
}

// Link r is valid at asOf, as cypher/fragments/valid-at.cypher says it: each date compared at its own precision.
const started = (from: unknown, asOf: string) => from == null || String(from) <= asOf.slice(0, String(from).length);
const notEnded = (to: unknown, asOf: string) => to == null || String(to) >= asOf.slice(0, String(to).length);

/** The relationship fields of each node type of the peer's type definitions, and the members of each union. */
export interface PeerShape {
  fields: Map<string, { name: string; target: string }[]>;
  unions: Map<string, string[]>;
}

export function peerShape(typeDefs: string): PeerShape {
  const doc = parse(typeDefs);
  const unions = new Map<string, string[]>();
  const fields = new Map<string, { name: string; target: string }[]>();
  for (const d of doc.definitions) {
    if (d.kind === Kind.UNION_TYPE_DEFINITION)
      unions.set(d.name.value, (d as UnionTypeDefinitionNode).types?.map((t) => t.name.value) ?? []);
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const o = d as ObjectTypeDefinitionNode;
    if (!o.directives?.some((x) => x.name.value === 'node')) continue;
    const rels = (o.fields ?? []).flatMap((f) => {
      if (!f.directives?.some((x) => x.name.value === 'relationship')) return [];
      let t = f.type;
      while (t.kind !== Kind.NAMED_TYPE) t = t.type;
      return [{ name: f.name.value, target: t.name.value }];
    });
    fields.set(o.name.value, rels);
  }
  return { fields, unions };
}

/** Levermap's question texts. */
export const LEVERMAP = {
  search: 'query($text: String!) { search(text: $text, first: 20) { id name type } }',
  initiative: `query($id: ID!) { initiative(id: $id) { id name status
    backers { linkId lever stance class confidence claimStatus backer { id name type } evidence { sourceId line quote } } } }`,
  neighbourhood:
    'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 300) { truncated nodes { id type depth degree } } }',
  list: 'query { initiatives(first: 50) { totalCount edges { node { id name alignment { levers { lever enabling opposing } } } } } }',
};

const BACKER_NODE =
  '__typename ... on Organisation { id name } ... on Directorate { id name } ... on Partnership { id name } ... on TargetGroup { id name }';

/** A connection filter on the claim status of its links; a union's filter is keyed by member type. */
function claimsWhere(shape: PeerShape, target: string): string {
  const edge = '{ edge: { claimStatus: { in: $claims } } }';
  const members = shape.unions.get(target);
  return members ? `{ ${members.map((m) => `${m}: ${edge}`).join(', ')} }` : edge;
}

/**
 * The peer's question texts. The neighbourhood is every relationship field of each type, two levels deep, with each
 * node's degree (Levermap ranks by degree before it caps).
 */
export function peerQuestions(shape: PeerShape) {
  const node = (type: string, depth: number): string => {
    const hops =
      depth === 0
        ? ''
        : (shape.fields.get(type) ?? [])
            .map((r) => {
              const members = shape.unions.get(r.target);
              const inner = members
                ? `__typename ${members.map((m) => `... on ${m} { ${node(m, depth - 1)} }`).join(' ')}`
                : node(r.target, depth - 1);
              return `hop_${r.name}: ${r.name}Connection(where: ${claimsWhere(shape, r.target)}) { edges { node { ${inner} } } }`;
            })
            .join(' ');
    return `__typename id name degree ${hops}`;
  };
  return {
    search:
      'query($query: String!, $limit: Int!) { searchRows(query: $query, limit: $limit) { id name type score placeholder aliases } }',
    initiative: `query($id: ID!) { initiatives(where: { id: { eq: $id } }) { id name status
      leverInConnection { edges { properties { id lever stance class confidence claimStatus evSource evLine evQuote evRecord }
      node { ${BACKER_NODE} } } } } }`,
    neighbourhood: `query($id: ID!, $claims: [String!]!) { initiatives(where: { id: { eq: $id } }) { ${node('Initiative', 2)} } }`,
    list: `query($claims: [String!]!) { initiativesConnection { totalCount }
      initiatives(limit: 50, sort: [{ name: ASC }, { id: ASC }]) { id name
      leverInConnection(where: ${claimsWhere(shape, 'LeverFrom')}) { edges { properties { lever stance validFrom validTo } } } } }`,
  };
}

// Normal forms: what both answers must agree on.

export const normalSearch = {
  levermap: (d: Json) => (d.search as Json[]).map((h) => `${h.type}:${h.id}`),
  /** The peer returns the index's rows; the client ranks them as Levermap does, then takes the top 20. */
  peer: (d: Json, text: string) =>
    rankHits(text, d.searchRows as never)
      .slice(0, 20)
      .map((h) => `${h.type}:${h.id}`),
};

interface BackerNormal {
  linkId: string;
  lever: unknown;
  stance: unknown;
  class: unknown;
  confidence: unknown;
  claimStatus: unknown;
  backer: string;
  evidence: string[];
}
const byLink = (a: BackerNormal, b: BackerNormal) => (a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : 0);
const cite = (c: { sourceId: unknown; line: unknown; quote: unknown }) => `${c.sourceId}:${c.line}:${c.quote}`;

export const normalInitiative = {
  levermap: (d: Json) => {
    const i = d.initiative as Json;
    return {
      id: i.id,
      name: i.name,
      status: i.status,
      backers: (i.backers as Json[])
        .map((b) => {
          const r = b.backer as Json;
          return {
            linkId: String(b.linkId),
            lever: b.lever,
            stance: b.stance,
            class: b.class ?? null,
            confidence: b.confidence,
            claimStatus: b.claimStatus,
            backer: `${r.type}:${r.id}:${r.name}`,
            evidence: (b.evidence as Json[]).map((c) => cite(c as never)),
          };
        })
        .sort(byLink),
    };
  },
  peer: (d: Json) => {
    const [i] = d.initiatives as Json[];
    if (!i) return null;
    const edges = (i.leverInConnection as { edges: { properties: Json; node: Json }[] }).edges;
    return {
      id: i.id,
      name: i.name,
      status: i.status,
      backers: edges
        .map(({ properties: p, node: n }) => ({
          linkId: String(p.id),
          lever: p.lever,
          stance: p.stance,
          class: p.class ?? null,
          // The model's defaults (model/schemas.ts LinkBase) where the stored link has none.
          confidence: p.confidence ?? 'STATED',
          claimStatus: p.claimStatus ?? 'VERIFIED',
          backer: `${n.__typename}:${n.id}:${n.name}`,
          evidence: decodeCitations(p as never).map(cite),
        }))
        .sort(byLink),
    };
  },
};

interface Found {
  id: string;
  type: string;
  name: string;
  depth: number;
  degree: number;
}

export const normalNeighbourhood = {
  levermap: (d: Json) => {
    const n = d.neighbourhood as { truncated: boolean; nodes: Json[] };
    return {
      truncated: n.truncated,
      nodes: n.nodes.map((x) => `${x.type}:${x.id}:${x.depth}:${x.degree}`).sort(),
    };
  },
  /** Nearest first, then by degree and name, capped at 300 with the focus first: as cypher/queries/neighbourhood.cypher. */
  peer: (d: Json, limit = 300) => {
    const [focus] = d.initiatives as Json[];
    if (!focus) return null;
    const degreeOf = (n: Json) => Number(n.degree);
    const seen = new Map<string, Found>();
    const walk = (n: Json, depth: number) => {
      const id = String(n.id);
      const had = seen.get(id);
      if (id !== focus.id && (!had || had.depth > depth))
        seen.set(id, { id, type: String(n.__typename), name: String(n.name), depth, degree: degreeOf(n) });
      for (const [k, v] of Object.entries(n))
        if (k.startsWith('hop_')) for (const e of (v as { edges: { node: Json }[] }).edges) walk(e.node, depth + 1);
    };
    for (const [k, v] of Object.entries(focus))
      if (k.startsWith('hop_')) for (const e of (v as { edges: { node: Json }[] }).edges) walk(e.node, 1);
    const found = [...seen.values()].sort(
      (a, b) => a.depth - b.depth || b.degree - a.degree || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    const kept = [
      { id: String(focus.id), type: String(focus.__typename), name: '', depth: 0, degree: degreeOf(focus) },
      ...found.slice(0, limit - 1),
    ];
    return {
      truncated: found.length > limit - 1,
      nodes: kept.map((x) => `${x.type}:${x.id}:${x.depth}:${x.degree}`).sort(),
    };
  },
};

export const normalList = {
  levermap: (d: Json) => {
    const c = d.initiatives as { totalCount: number; edges: { node: Json }[] };
    return {
      total: c.totalCount,
      items: c.edges.map(({ node }) => ({
        id: node.id,
        levers: ((node.alignment as Json).levers as Json[]).map((l) => `${l.lever}:${l.enabling}:${l.opposing}`),
      })),
    };
  },
  /** The peer returns each initiative's lever links; the client counts those current at `asOf`. */
  peer: (d: Json, asOf: string) => ({
    total: (d.initiativesConnection as Json).totalCount,
    items: (d.initiatives as Json[]).map((i) => {
      const links = (i.leverInConnection as { edges: { properties: Json }[] }).edges
        .map((e) => e.properties)
        .filter((p) => started(p.validFrom, asOf) && notEnded(p.validTo, asOf));
      const n = (lever: string, stance: string) => links.filter((p) => p.lever === lever && p.stance === stance).length;
      return { id: i.id, levers: LEVERS.map((l) => `${l}:${n(l, 'ENABLES')}:${n(l, 'OPPOSES')}`) };
    }),
  }),
};
