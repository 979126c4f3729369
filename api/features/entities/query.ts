import { claimsArg } from '../shared/args.js';
import { searchEntities } from '../search/entities.js';
import { toLink, toNode, type NodeRow, type RawLink } from '../../db/rows.js';
import { byLabel, ENTITY_LABELS, type EntityLabel, fieldOf, type NodeLabel } from '../../../model/vocabulary.js';
import { linkFrom } from '../../../model/ids.js';
import { badInput, notFound } from '../../errors.js';
import type { GraphEdge, GraphNode, QueryResolvers, Source, Stats } from '../../generated/graphql.js';
import { readRows } from '../shared/rows.js';
import type { Context } from '../../context.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';
import { type LinkReach, readInitiatives } from './loaders.js';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from './selection.js';

/** A node by id, of this label if one is given (entity(id) and the label lookups). */
async function entity(ctx: Context, id: string, label?: NodeLabel): Promise<NodeRow | null> {
  const node = await ctx.loaders.node.load({ id });
  return node && (!label || node.label === label) ? node : null;
}

/** organisation(id), directorate(id), ...: a node by id, if it has that label. */
const lookups: Pick<QueryResolvers, Uncapitalize<EntityLabel>> = byLabel(
  ENTITY_LABELS,
  fieldOf,
  (l) =>
    (_p: unknown, { id }: { id: string }, ctx: Context) =>
      entity(ctx, id, l),
);

/** What shows the citations of an initiative's fact links: a flag's triggers, and each lever's sources. */
const FACT_EVIDENCE = [
  ['edges', 'node', 'alignment', 'flags', 'triggers', 'evidence'],
  ['edges', 'node', 'alignment', 'leverStates', 'sources'],
  ['edges', 'node', 'leverStates', 'sources'],
] as const;

/** The links a page of initiatives must list for what the request selects below `at`. */
const linkReach = (info: GraphQLResolveInfo, at: readonly string[]): LinkReach =>
  selects(info, [...at, 'links']) ? 'ALL' : selects(info, [...at, 'backers']) ? 'LEVER' : 'NONE';

export const Query: QueryResolvers = {
  ...lookups,
  search: (_p, { text, first, types }, ctx) => searchEntities(ctx, text, pageSize(first, 100), types),
  entity: (_p, { id }, ctx) => entity(ctx, id),
  initiative: (_p, { id, includeUnverified }, ctx) =>
    ctx.loaders.node.load({ id, claims: claimsArg(includeUnverified) }),
  async source(_p, { id }, ctx) {
    const rows = await readRows<{ props: Source }>(ctx.db, 'queries/sources');
    return rows.find((r) => r.props.id === id)?.props ?? null;
  },
  async sources(_p, _a, ctx) {
    return (await readRows<{ props: Source }>(ctx.db, 'queries/sources')).map((r) => r.props);
  },
  async link(_p, { id }, ctx) {
    const from = linkFrom(id);
    if (!from) return null;
    const [row] = await ctx.db.read('queries/link', { id, from });
    return row ? toLink(row.link as RawLink) : null;
  },
  async entities(_p, { type, first, after }, ctx, info) {
    const n = pageSize(first, 500);
    if (type === 'Initiative') {
      // Same keyset order (name, id) as below, with the initiative projection the request reads.
      const { total, items } = await readInitiatives(ctx.db, null, n, after, undefined, {
        links: linkReach(info, ['nodes']),
      });
      const page = items.slice(0, n);
      const last = page[page.length - 1];
      return {
        totalCount: total,
        nodes: page,
        pageInfo: { hasNextPage: items.length > n, endCursor: last ? encodeCursor(last.name, last.id) : null },
      };
    }
    const [row] = await ctx.db.read('queries/entities', { label: type, first: n, ...decodeCursor(after) });
    const items = (row!.items as { label: EntityLabel; props: Record<string, unknown> }[]).map((i) =>
      toNode(i.label, i.props),
    );
    const page = items.slice(0, n);
    const last = page[page.length - 1];
    return {
      totalCount: row!.total as number,
      nodes: page,
      pageInfo: { hasNextPage: items.length > n, endCursor: last ? encodeCursor(last.name, last.id) : null },
    };
  },
  async initiatives(_p, { filter, first, after, includeUnverified }, ctx, info) {
    const n = pageSize(first, 500);
    const { total, items } = await readInitiatives(ctx.db, filter, n, after, undefined, {
      claims: claimsArg(includeUnverified),
      evidence: FACT_EVIDENCE.some((path) => selects(info, path)),
      links: linkReach(info, ['edges', 'node']),
    });
    const page = items.slice(0, n);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.name, node.id), node }));
    return {
      totalCount: total,
      edges,
      pageInfo: { hasNextPage: items.length > n, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
  async neighbourhood(_p, { id, depth, levers, limit, includeUnverified, includeRejected }, ctx) {
    const d = depth ?? 1;
    if (!Number.isInteger(d) || d < 1 || d > 3) throw badInput('depth', 'must be 1, 2 or 3');
    const max = limit ?? 300;
    if (!Number.isInteger(max) || max < 2 || max > 5000) throw badInput('limit', 'must be between 2 and 5000');
    const claims = claimsArg(includeUnverified, includeRejected ?? false);
    const [row] = await readRows<{ nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }>(
      ctx.db,
      'queries/neighbourhood',
      { id, depth: d, levers: levers ?? null, limit: max, claims },
    );
    if (!row) throw notFound('node', id);
    return { focus: id, nodes: row.nodes, edges: row.edges, truncated: row.truncated };
  },
  async stats(_p, _a, ctx) {
    const [row] = await readRows<Stats>(ctx.db, 'queries/stats');
    return row!;
  },
};
