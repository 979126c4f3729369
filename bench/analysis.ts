/**
 * Times the whole-graph alignment report as alignmentReport serves it (counts by status and flag over every
 * initiative, one page of 100 with evidence: Cypher + rules), every row as the CSV export reads it, and the
 * place x lever profile, on the seed graph and on a generated graph 50 times larger (the seed cloned 49 times
 * with suffixed ids), and prints the figures and ratios. Runs its own Neo4j in .data/bench-analysis on port 7713 (override with LEVERMAP_BENCH_BOLT_PORT),
 * wiped first: never the user's data.   npx tsx bench/analysis.ts
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_CLAIMS } from '../api/features/shared/args.js';
import { alignmentReport, alignmentRows } from '../api/features/alignment/report.js';
import type { Database } from '../api/db/database.js';
import { loadDataset } from '../seed/dataset.js';
import { freshDatabase } from './support/fresh-database.js';
import { loadSeed, seedRows } from '../api/features/seed/load.js';
import { SEED_DIR } from '../seed/paths.js';

const FACTOR = 50;
const RUNS = 7;
const ASOF = new Date().toISOString().slice(0, 10);
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  await fn(); // warm the plan cache and page cache
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

async function measure(db: Database) {
  const [stats] = await db.read('queries/stats');
  let items = 0;
  const report = await median(async () => {
    items = (await alignmentReport(db, { asOf: ASOF, statuses: null, flags: null, first: 100, offset: 0 })).total;
  });
  const params = {
    asOf: ASOF,
    ids: null,
    touching: null,
    statuses: null,
    claims: DEFAULT_CLAIMS,
    evidence: false,
    lists: false,
  };
  const cypherOnly = await median(() =>
    db.readAll(
      [
        { name: 'analysis/alignment', params },
        { name: 'analysis/alignment-backers', params },
      ],
      600_000,
    ),
  );
  const csvRows = await median(() => alignmentRows(db, { asOf: ASOF, lists: true }));
  const profile = await median(() =>
    db.read('analysis/lever-profile', { groupBy: 'PLACE', asOf: ASOF, claims: DEFAULT_CLAIMS }),
  );
  return {
    initiatives: stats!.initiatives as number,
    relationships: stats!.relationships as number,
    items,
    report,
    cypherOnly,
    csvRows,
    profile,
  };
}

async function grow(db: Database) {
  const { nodes, links } = seedRows(loadDataset(SEED_DIR));
  const BATCH = 5000;
  for (let k = 1; k < FACTOR; k++) {
    const sfx = `-x${k}`;
    const ns = nodes.map((n) => ({ ...n, id: n.id + sfx, props: { ...n.props, id: n.id + sfx } }));
    const ls = links.map((l) => ({
      ...l,
      id: `${l.id}:x${k}`,
      from: l.from + sfx,
      to: l.to + sfx,
      props: { ...l.props, id: `${l.id}:x${k}` },
    }));
    const steps = [];
    for (let i = 0; i < ns.length; i += BATCH)
      steps.push({ name: 'seed/upsert-nodes', params: { rows: ns.slice(i, i + BATCH) } });
    for (let i = 0; i < ls.length; i += BATCH)
      steps.push({ name: 'seed/upsert-links', params: { rows: ls.slice(i, i + BATCH) } });
    await db.writeAll(steps);
  }
}

async function main() {
  const { db, stop } = await freshDatabase('.data/bench-analysis', '7713');
  try {
    await loadSeed(db);
    const small = await measure(db);
    log(`generating a graph ${FACTOR} times larger...`);
    const t = performance.now();
    await grow(db);
    log(`generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const large = await measure(db);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`\nMedian of ${RUNS} runs after 2 warm-ups, asOf ${ASOF}.\n`);
    console.log(
      '| graph | initiatives | relationships | alignment report (Cypher + rules, page of 100) | whole-graph Cypher round trip (no evidence) | every row for the CSV | place x lever profile |',
    );
    console.log('|---|---|---|---|---|---|---|');
    console.log(
      `| seed | ${small.initiatives} | ${small.relationships} | ${ms(small.report)} | ${ms(small.cypherOnly)} | ${ms(small.csvRows)} | ${ms(small.profile)} |`,
    );
    console.log(
      `| x${FACTOR} | ${large.initiatives} | ${large.relationships} | ${ms(large.report)} | ${ms(large.cypherOnly)} | ${ms(large.csvRows)} | ${ms(large.profile)} |`,
    );
    console.log(
      `| ratio | ${(large.initiatives / small.initiatives).toFixed(1)} | ${(large.relationships / small.relationships).toFixed(1)} | ${(large.report / small.report).toFixed(1)} | ${(large.cypherOnly / small.cypherOnly).toFixed(1)} | ${(large.csvRows / small.csvRows).toFixed(1)} | ${(large.profile / small.profile).toFixed(1)} |`,
    );
    console.log(
      `\nReport rows: ${small.items} (seed), ${large.items} (x${FACTOR}). Goal: report over the larger graph within 1 s: ${large.report <= 1000 ? 'met' : 'NOT met'}.`,
    );
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
