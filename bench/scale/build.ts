/**
 * Writes the generated England (bench/scale/england.ts) into a benchmark's database unless it is there already: the
 * graph takes minutes to write, so a bench keeps its data folder between runs and calls this each time.
 */
import { fileURLToPath } from 'node:url';
import { connect, prepare } from '../../api/bootstrap.js';
import type { Config } from '../../api/config.js';
import type { Database } from '../../api/db/database.js';
import { generateEngland, type ScaleOptions, SCALE_SOURCE } from './england.js';

const bench = (name: string) => fileURLToPath(new URL(`../cypher/${name}.cypher`, import.meta.url));

export async function ensureEngland(
  db: Database,
  opts: ScaleOptions,
  log: (s: string) => void,
  regenerate = false,
): Promise<void> {
  const [have] = await db.read(bench('scale-count'), { id: SCALE_SOURCE, prefix: 'org-scale-' });
  if (have?.complete && !regenerate) {
    log(`generated graph already there: ${have.links} links`);
    return;
  }
  if (have && Number(have.links) > 0)
    throw new Error(
      have.complete
        ? '--regenerate needs an empty data folder for the generated graph: delete it and run again'
        : 'the generated graph there was never finished: delete its data folder and run again',
    );
  const t0 = performance.now();
  await db.write(bench('scale-source'), {
    id: SCALE_SOURCE,
    title: `Generated England for benchmarks (seed ${opts.seed})`,
  });
  let written = 0;
  const result = await generateEngland(opts, async ({ nodes, links }) => {
    if (nodes) await db.write(bench('scale-nodes'), { rows: nodes }, 120_000);
    if (links) await db.write(bench('scale-links'), { rows: links }, 120_000);
    written += (nodes?.length ?? 0) + (links?.length ?? 0);
    if (written % 100_000 < 5_000) log(`  ${written} rows written`);
  });
  await db.write(bench('scale-complete'), { id: SCALE_SOURCE });
  log(`generated ${result.nodes} nodes and ${result.links} links in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/**
 * The seed and the generated England in `config`'s data folder, written without the app's liveness probe (a long
 * write keeps Neo4j too busy to answer it, and the probe would fail the write); the Neo4j is stopped after.
 */
export async function buildEngland(
  config: Config,
  opts: ScaleOptions,
  log: (s: string) => void,
  regenerate = false,
): Promise<void> {
  const { db, neo4j } = await connect(config, log);
  try {
    await prepare(db, config, log);
    await ensureEngland(db, opts, log, regenerate);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
}
