/**
 * Per-request loaders (dataloader): every read asked for in the same tick is made together, and asked once.
 *
 * `node` serves entity(id), the label lookups, and initiative(id) alike. An initiative asked for as one
 * (with the claims that count) is read with its facts from queries/initiative-items (an index seek by id); a node asked for by id alone
 * is read from queries/entity, unless the same id is also asked for as an initiative with the default claims,
 * in which case that one read serves both (the initiative page: entity(id) and initiative(id) together).
 */
import DataLoader from 'dataloader';
import type { Database, RunStep } from '../../db/database.js';
import { toNode, type NodeRow, type RawLink } from '../../db/rows.js';
import type { EntityLabel } from '../../../model/vocabulary.js';
import { DEFAULT_CLAIMS, type Claim } from '../shared/args.js';
import type { InitiativeFilter } from '../../generated/graphql.js';
import { decodeCursor } from './pagination.js';
import type { InitiativeRow, PlacePartnershipRow, RawInitiativeFacts } from './rows.js';

const today = () => new Date().toISOString().slice(0, 10);

/** One initiative as queries/initiative-items projects it. */
export interface InitiativeItem {
  props: Record<string, unknown>;
  links: RawLink[];
  facts: Pick<RawInitiativeFacts, 'links'>;
}

/** Which of an initiative's links a read lists: every one, its incoming LEVER links (what `backers` shows), or none. */
export type LinkReach = 'ALL' | 'LEVER' | 'NONE';

/**
 * How a list of initiatives is read: `evidence` false leaves citations off the fact links, and `links` lists
 * fewer links than all, when nothing shown reads them.
 */
export interface ReadOptions {
  claims?: readonly Claim[];
  evidence?: boolean;
  links?: LinkReach;
}

/**
 * queries/initiative-items for these ids, in their order, inside a read transaction: each item, and the far ends
 * of the page's fact links described once (shared by every item; each reads those it links to).
 */
export async function readInitiativeItems(
  run: RunStep,
  ids: readonly string[],
  asOf: string,
  { claims = DEFAULT_CLAIMS, evidence = true, links = 'ALL' }: ReadOptions = {},
): Promise<{ items: InitiativeItem[]; backers: RawInitiativeFacts['backers'] }> {
  if (!ids.length) return { items: [], backers: [] };
  const [row] = await run('queries/initiative-items', { ids, asOf, claims, evidence, links });
  return { items: row!.items as InitiativeItem[], backers: row!.backers as RawInitiativeFacts['backers'] };
}

/**
 * Initiatives matching a filter (or with these ids): the total and one page, keyset on (name, id), first + 1 items.
 * The page's ids are chosen (queries/initiatives) and then projected (queries/initiative-items) in one transaction;
 * with ids, only the projection runs, an index seek per id.
 */
export async function readInitiatives(
  db: Database,
  filter: InitiativeFilter | null | undefined,
  first: number,
  after?: string | null,
  ids?: readonly string[],
  options: ReadOptions = {},
): Promise<{ total: number; items: InitiativeRow[] }> {
  const f = filter ?? {};
  const asOf = today();
  const claims = options.claims ?? DEFAULT_CLAIMS;
  const { total, raw, backers } = await db.transaction('READ', 'queries/initiatives', async (run) => {
    let total = ids?.length ?? 0;
    let page = ids ? [...ids] : [];
    if (!ids) {
      const [row] = await run('queries/initiatives', {
        status: f.status ?? null,
        frameworkElement: f.frameworkElement ?? null,
        source: f.source ?? null,
        place: f.place ?? null,
        targetGroup: f.targetGroup ?? null,
        organisation: f.organisation ?? null,
        partnership: f.partnership ?? null,
        hasLever: f.hasLever ?? null,
        lacksLever: f.lacksLever ?? null,
        asOf,
        claims,
        first,
        ...decodeCursor(after),
      });
      total = row!.total as number;
      page = row!.page as string[];
    }
    const { items, backers } = await readInitiativeItems(run, page, asOf, { ...options, claims });
    return { total, raw: items, backers };
  });
  const items = raw.map(
    (it): InitiativeRow => ({
      ...toNode('Initiative', it.props, it.links),
      facts: { links: it.facts.links, backers, asOf },
    }),
  );
  // By id, the total is how many of the ids exist.
  return { total: ids ? items.length : total, items };
}

/** One node of any label with its links; a place with its partnerships (queries/entity). */
export async function readEntity(db: Database, id: string): Promise<NodeRow | null> {
  const [row] = await db.read('queries/entity', { id });
  if (!row) return null;
  const node = toNode(row.label as EntityLabel, row.props as Record<string, unknown>, row.links as RawLink[]);
  return row.partnerships ? { ...node, partnerships: row.partnerships } : node;
}

/** A node by id; with claims, an initiative read with its facts under those claims. */
export interface NodeKey {
  id: string;
  claims?: readonly Claim[];
}
const claimsKey = (c: readonly Claim[]) => c.join(',');
const nodeKey = (k: NodeKey) => `${k.claims ? claimsKey(k.claims) : '*'}|${k.id}`;

function nodeLoader(db: Database) {
  return new DataLoader<NodeKey, NodeRow | null, string>(
    async (keys) => {
      const groups = new Map<string, { claims: readonly Claim[]; ids: string[] }>();
      for (const k of keys) {
        if (!k.claims) continue;
        const g = groups.get(claimsKey(k.claims)) ?? { claims: k.claims, ids: [] };
        g.ids.push(k.id);
        groups.set(claimsKey(k.claims), g);
      }
      const initiatives = Promise.all(
        [...groups.values()].map(async (g) => {
          const { items } = await readInitiatives(db, null, g.ids.length, null, g.ids, { claims: g.claims });
          return items.map((i) => [nodeKey({ id: i.id, claims: g.claims }), i] as const);
        }),
      ).then((reads) => new Map<string, InitiativeRow>(reads.flat()));
      const asInitiative = groups.get(claimsKey(DEFAULT_CLAIMS))?.ids ?? [];
      return Promise.all(
        keys.map(async (k) => {
          if (k.claims) return (await initiatives).get(nodeKey(k)) ?? null;
          const shared = asInitiative.includes(k.id)
            ? (await initiatives).get(nodeKey({ id: k.id, claims: DEFAULT_CLAIMS }))
            : undefined;
          return shared ?? readEntity(db, k.id);
        }),
      );
    },
    { cacheKeyFn: nodeKey },
  );
}

/** Place.partnerships for places that did not come with them (a list, a mutation), in one read per tick. */
function placePartnershipsLoader(db: Database) {
  return new DataLoader<string, PlacePartnershipRow[]>(async (ids) => {
    const rows = await db.read('queries/place-partnerships', { ids });
    const byId = new Map(rows.map((r) => [r.id as string, r.partnerships as PlacePartnershipRow[]]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

export function createLoaders(db: Database) {
  return { node: nodeLoader(db), placePartnerships: placePartnershipsLoader(db) };
}
export type Loaders = ReturnType<typeof createLoaders>;
