/** Loads the seed dataset into Neo4j: MERGE on ids in fixed-shape UNWIND batches, all in one transaction. */
import type { Database } from '../../db/database.js';
import { encodeCitations } from '../../../model/citation.js';
import { loadDataset, type Dataset } from '../../../seed/dataset.js';
import { SEED_DIR } from '../../../seed/paths.js';

const BATCH = 2000;

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += BATCH) out.push(xs.slice(i, i + BATCH));
  return out;
}

function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export function seedRows(ds: Dataset) {
  const sources = ds.sources.map((s) => ({ id: s.id, props: clean({ ...s }) }));
  const nodes = [...ds.nodes.values()].map(({ label, props }) => {
    const { evidence, ...rest } = props;
    return { id: props.id, label, props: clean({ ...rest, ...encodeCitations(evidence) }) };
  });
  const links = [...ds.links.values()].map((l) => {
    const { evidence, from, to, type, id, ...rest } = l;
    return { id, from, to, type, props: clean({ ...rest, ...encodeCitations(evidence) }) };
  });
  return { sources, nodes, links };
}

export async function loadSeed(db: Database, ds: Dataset = loadDataset(SEED_DIR)): Promise<{ nodes: number; links: number }> {
  const { sources, nodes, links } = seedRows(ds);
  const results = await db.writeAll([
    { name: 'seed/upsert-sources', params: { rows: sources } },
    ...chunks(nodes).map((rows) => ({ name: 'seed/upsert-nodes', params: { rows } })),
    ...chunks(links).map((rows) => ({ name: 'seed/upsert-links', params: { rows } })),
  ]);
  const missing = results.flatMap((r) => (r[0]?.missing as string[] | undefined) ?? []);
  if (missing.length) throw new Error(`links with a missing end: ${missing.slice(0, 10).join(', ')}`);
  return { nodes: nodes.length + sources.length, links: links.length };
}
