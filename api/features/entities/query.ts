import { claimsArg, DEFAULT_CLAIMS, type Claim } from '../shared/args.js';
import { luceneQuery } from '../../db/lucene.js';
import { toLink, toNode, type AlignmentCounts, type InitiativeRow, type NodeRow, type RawLink } from '../../db/rows.js';
import type { NodeLabel } from '../../../model/schemas.js';
import { linkFrom } from '../../../model/ids.js';
import { badInput, notFound } from '../../errors.js';
import type { QueryResolvers, InitiativeFilter } from '../../generated/graphql.js';
import type { Context } from '../../context.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';

const today = () => new Date().toISOString().slice(0, 10);

async function entity(ctx: Context, id: string, label?: NodeLabel): Promise<NodeRow | null> {
  const [row] = await ctx.db.read('queries/entity', { id });
  if (!row || (label && row.label !== label)) return null;
  const node = toNode(row.label as NodeLabel, row.props as Record<string, unknown>, row.links as RawLink[]);
  // A place comes with its partnerships (Place.partnerships), in the same round trip.
  return row.partnerships ? { ...node, partnerships: row.partnerships } : node;
}

export async function fetchInitiatives(ctx: Context, filter: InitiativeFilter | null | undefined, first: number, after?: string | null, ids?: string[], claims: Claim[] = DEFAULT_CLAIMS) {
  const f = filter ?? {};
  const [row] = await ctx.db.read('queries/initiatives', {
    ids: ids ?? null,
    status: f.status ?? null, frameworkElement: f.frameworkElement ?? null, source: f.source ?? null,
    place: f.place ?? null, targetGroup: f.targetGroup ?? null, organisation: f.organisation ?? null,
    partnership: f.partnership ?? null, hasLever: f.hasLever ?? null, lacksLever: f.lacksLever ?? null,
    asOf: today(), claims, first, ...decodeCursor(after),
  });
  const items = (row!.items as { props: Record<string, unknown>; links: RawLink[]; alignment: AlignmentCounts }[])
    .map((it): InitiativeRow => ({ ...toNode('Initiative', it.props, it.links), alignmentCounts: it.alignment }));
  return { total: row!.total as number, items };
}

export const Query: QueryResolvers = {
  async search(_p, { text, first, types }, ctx) {
    const n = pageSize(first, 100);
    if (text.length > 200) throw badInput('text', 'must be at most 200 characters');
    const query = luceneQuery(text);
    if (!query) return [];
    const rows = await ctx.db.read('queries/search', { query, first: n, types: types ?? null });
    return rows.map((r) => ({ id: r.id as string, name: r.name as string, type: r.type as NodeLabel, score: r.score as number, placeholder: r.placeholder as boolean }));
  },
  async entity(_p, { id }, ctx) {
    const node = await entity(ctx, id);
    // An initiative is projected in one place (with its alignment), whichever field asks for it.
    if (node?.label !== 'Initiative') return node;
    const { items } = await fetchInitiatives(ctx, null, 1, null, [id]);
    return items[0] ?? null;
  },
  organisation: (_p, { id }, ctx) => entity(ctx, id, 'Organisation'),
  directorate: (_p, { id }, ctx) => entity(ctx, id, 'Directorate'),
  partnership: (_p, { id }, ctx) => entity(ctx, id, 'Partnership'),
  targetGroup: (_p, { id }, ctx) => entity(ctx, id, 'TargetGroup'),
  place: (_p, { id }, ctx) => entity(ctx, id, 'Place'),
  async initiative(_p, { id, includeUnverified }, ctx) {
    const { items } = await fetchInitiatives(ctx, null, 1, null, [id], claimsArg(includeUnverified));
    return items[0] ?? null;
  },
  async source(_p, { id }, ctx) {
    const rows = await ctx.db.read('queries/sources');
    const s = rows.find((r) => (r.props as { id: string }).id === id);
    return s ? (s.props as never) : null;
  },
  async sources(_p, _a, ctx) {
    return (await ctx.db.read('queries/sources')).map((r) => r.props as never);
  },
  async link(_p, { id }, ctx) {
    const from = linkFrom(id);
    if (!from) return null;
    const [row] = await ctx.db.read('queries/link', { id, from });
    return row ? toLink(row.link as RawLink) : null;
  },
  async entities(_p, { type, first, after }, ctx) {
    const n = pageSize(first, 500);
    if (type === 'Initiative') {
      // Same keyset order (name, id) as below, with the full initiative projection.
      const { total, items } = await fetchInitiatives(ctx, null, n, after);
      const page = items.slice(0, n);
      const last = page[page.length - 1];
      return { totalCount: total, nodes: page, pageInfo: { hasNextPage: items.length > n, endCursor: last ? encodeCursor(last.name, last.id) : null } };
    }
    const [row] = await ctx.db.read('queries/entities', { label: type, first: n, ...decodeCursor(after) });
    const items = (row!.items as { label: NodeLabel; props: Record<string, unknown> }[]).map((i) => toNode(i.label, i.props));
    const page = items.slice(0, n);
    const last = page[page.length - 1];
    return {
      totalCount: row!.total as number, nodes: page,
      pageInfo: { hasNextPage: items.length > n, endCursor: last ? encodeCursor(last.name, last.id) : null },
    };
  },
  async initiatives(_p, { filter, first, after, includeUnverified }, ctx) {
    const n = pageSize(first, 500);
    const { total, items } = await fetchInitiatives(ctx, filter, n, after, undefined, claimsArg(includeUnverified));
    const page = items.slice(0, n);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.name, node.id), node }));
    return { totalCount: total, edges, pageInfo: { hasNextPage: items.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
  },
  async neighbourhood(_p, { id, depth, levers, limit, includeUnverified, includeRejected }, ctx) {
    const d = depth ?? 1;
    if (!Number.isInteger(d) || d < 1 || d > 3) throw badInput('depth', 'must be 1, 2 or 3');
    const max = limit ?? 300;
    if (!Number.isInteger(max) || max < 2 || max > 5000) throw badInput('limit', 'must be between 2 and 5000');
    const claims = claimsArg(includeUnverified, includeRejected ?? false);
    const [row] = await ctx.db.read('queries/neighbourhood', { id, depth: d, levers: levers ?? null, limit: max, claims });
    if (!row) throw notFound('node', id);
    return { focus: id, nodes: row.nodes as never, edges: row.edges as never, truncated: row.truncated as boolean };
  },
  async stats(_p, _a, ctx) {
    const [row] = await ctx.db.read('queries/stats');
    return row as never;
  },
};
