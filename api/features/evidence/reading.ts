/** Reading the evidence: passage search, what cites a line, and the passages nobody cites yet. */
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { passageQuery } from '../../db/lucene.js';
import { toLink, toNode, type LinkRow, type NodeRow, type RawLink } from '../../db/rows.js';
import type { EntityLabel } from '../../../model/vocabulary.js';
import { badInput } from '../../errors.js';
import { pageSize } from '../entities/pagination.js';

export interface PassageRow {
  sourceId: string;
  line: number;
  text: string;
  record?: string | null;
}

export interface PassageCitationsRow {
  nodes: { node: NodeRow; quote: string }[];
  links: { link: LinkRow; quote: string }[];
}

const key = (sourceId: string, line: number) => `${sourceId}\u0000${line}`;
const loaders = new WeakMap<object, DataLoader<{ sourceId: string; line: number }, PassageCitationsRow, string>>();

/** What cites each line asked for in one request, read in one statement. */
export function citedBy(ctx: Context, p: { sourceId: string; line: number }): Promise<PassageCitationsRow> {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader(
      async (refs) => {
        const rows = await ctx.db.read('evidence/citing', {
          refs: refs.map((r) => ({ sourceId: r.sourceId, line: r.line })),
        });
        const by = new Map(
          rows.map((r) => [
            key(String(r.sourceId), Number(r.line)),
            {
              nodes: (r.nodes as { label: EntityLabel; props: Record<string, unknown>; quote: string }[]).map((n) => ({
                node: toNode(n.label, n.props),
                quote: String(n.quote ?? ''),
              })),
              links: (r.links as { link: RawLink; quote: string }[]).map((x) => ({
                link: toLink(x.link),
                quote: String(x.quote ?? ''),
              })),
            },
          ]),
        );
        return refs.map((r) => by.get(key(r.sourceId, r.line)) ?? { nodes: [], links: [] });
      },
      { cacheKeyFn: (r) => key(r.sourceId, r.line), maxBatchSize: 200 },
    );
    loaders.set(ctx, l);
  }
  return l.load(p);
}

const passage = (sourceId: string, r: Record<string, unknown>): PassageRow => ({
  sourceId,
  line: Number(r.line),
  text: String(r.text),
  record: (r.record as string | null) ?? null,
});

export async function passageSearch(ctx: Context, text: string, first: number | null | undefined) {
  const n = pageSize(first, 100);
  if (text.length > 500) throw badInput('query', 'must be at most 500 characters');
  const query = passageQuery(text);
  if (!query) return [];
  const phrase = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const rows = await ctx.db.read('evidence/passage-search', { query, phrase, first: n });
  return rows.map((r) => ({
    passage: passage(String(r.sourceId), r),
    sourceTitle: String(r.sourceTitle),
    score: Number(r.score),
    exact: Boolean(r.exact),
  }));
}

export async function uncitedPassages(
  ctx: Context,
  sourceId: string,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const n = pageSize(first, 500);
  const from = after == null || after === '' ? 0 : Number(after);
  if (!Number.isInteger(from) || from < 0) throw badInput('after', 'is not a cursor from this list');
  const [row] = await ctx.db.read('evidence/uncited-passages', { id: sourceId, first: n, after: from });
  if (!row) return { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const items = (row.items as Record<string, unknown>[]).map((r) => passage(sourceId, r));
  const page = items.slice(0, n);
  const last = page[page.length - 1];
  return {
    totalCount: Number(row.total),
    nodes: page,
    pageInfo: { hasNextPage: items.length > n, endCursor: last ? String(last.line) : null },
  };
}
