/**
 * 360Giving import throughput: generates a grants CSV with the standard's column titles (GRANTS rows, 200
 * funders, 20,000 recipients, beneficiary locations from the ONS table), starts its own Neo4j (port 7755 unless
 * LEVERMAP_BENCH_BOLT_PORT says otherwise; transaction memory LEVERMAP_BENCH_TX_MEMORY_MB, default 512 as the
 * app's), and times a dry run, the commit and the same file again, printing rows/s and the peak RSS.
 *   npx tsx bench/threesixtygiving.ts [GRANTS]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { Database } from '../api/db/database.js';
import { migrate } from '../api/db/migrate.js';
import { importOpenData } from '../api/features/io/formats/open-data.js';
import { GRANT_COLUMNS } from '../api/features/io/formats/threesixtygiving.js';
import { CLI_LIMITS } from '../api/features/io/read.js';
import { onsAreas } from '../api/features/places/ons.js';
import { startLocalNeo4j } from '../db/neo4j.js';

const GRANTS = Number(process.argv[2] ?? 100_000);
const C = GRANT_COLUMNS;

function generate(): Buffer {
  const areas = onsAreas();
  const cols = Object.values(C);
  const rows: string[][] = [cols];
  for (let i = 0; i < GRANTS; i++) {
    const f = i % 200;
    const r = (i * 7) % 20_000;
    const a = areas[i % areas.length]!;
    const v: Record<string, string> = {
      [C.identifier]: `360G-Bench-${i}`,
      [C.title]: `Generated grant ${i}`,
      [C.description]: i % 2 ? `A generated grant, number ${i}, with a description of moderate length.` : '',
      [C.currency]: 'GBP',
      [C.amountAwarded]: String(1000 + (i % 50_000)),
      [C.awardDate]: `20${String(15 + (i % 9)).padStart(2, '0')}-0${1 + (i % 9)}-15T00:00:00+00:00`,
      [C.startDate]: '2023-04-01',
      [C.endDate]: '2024-03-31',
      [C.durationMonths]: '12',
      [C.recipientId]: `GB-CHC-${2_000_000 + r}`,
      [C.recipientName]: `Bench recipient ${r}`,
      [C.recipientCharity]: String(2_000_000 + r),
      [C.recipientCompany]: '',
      [C.funderId]: `360G-BenchFunder${f}`,
      [C.funderName]: `Bench funder ${f}`,
      [C.programmeCode]: `P${i % 30}`,
      [C.programmeTitle]: `Programme ${i % 30}`,
      [C.locationName]: a.name,
      [C.locationCode]: a.code,
      [C.locationType]: 'LAD',
    };
    rows.push(cols.map((c) => v[c] ?? ''));
  }
  return Buffer.from(stringify(rows));
}

const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-GB')} grants/s`;
let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'levermap-bench-360g-'));
  const neo = await startLocalNeo4j({
    dataDir: dir,
    boltPort: Number(process.env.LEVERMAP_BENCH_BOLT_PORT ?? 7755),
    txTimeoutSeconds: 3600,
    txMemoryMb: Number(process.env.LEVERMAP_BENCH_TX_MEMORY_MB ?? 512),
    heap: process.env.LEVERMAP_BENCH_HEAP ?? '2g',
    log: () => {},
  });
  const db = new Database({ ...neo, database: 'neo4j', queryTimeoutMs: 3_600_000 });
  try {
    await migrate(db);
    let t = Date.now();
    const content = generate();
    console.log(
      `Generated ${GRANTS.toLocaleString('en-GB')} grants as CSV (${(content.length / 1e6).toFixed(1)} MB) in ${Date.now() - t} ms.`,
    );
    const time = async (label: string, dryRun: boolean) => {
      t = Date.now();
      const r = await importOpenData(db, '360giving', 'CSV', [{ name: 'bench-grants.csv', content }], {
        dryRun,
        limits: CLI_LIMITS,
      });
      const ms = Date.now() - t;
      if (!r.ok) throw new Error(`${label}: ${r.problems.length} problems, first: ${JSON.stringify(r.problems[0])}`);
      console.log(
        `${label.padEnd(36)} ${String(ms).padStart(8)} ms  ${rate(GRANTS, ms).padStart(16)}  (records ${r.rows}: created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged})  peak RSS ${(peak / 1e6).toFixed(0)} MB`,
      );
    };
    await time('dry run, empty database', true);
    await time('commit into the empty database', false);
    await time('the same file again (commit)', false);
  } finally {
    clearInterval(sample);
    await db.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
