/**
 * Import throughput: generates a 100,000-row workbook (XLSX, and the same as CSV files) in the import layout,
 * starts its own Neo4j (port 7754 unless LEVERMAP_BENCH_BOLT_PORT says otherwise, data in a temporary
 * folder, never the user's), and times a dry run, the commit into the empty database, and the same file again.
 *   npx tsx bench/import.ts [ROWS]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../api/db/database.js';
import { migrate } from '../api/db/migrate.js';
import { writeCsvFiles, writeXlsx, type ExportedGraph } from '../api/features/io/export.js';
import { importData } from '../api/features/io/import.js';
import { SHEETS, type SheetName } from '../api/features/io/layout.js';
import { CLI_LIMITS, type ImportFormat, type InputFile } from '../api/features/io/read.js';
import { startLocalNeo4j } from '../db/neo4j.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
/** Shares of the rows per sheet; links take the rest. */
const SHARE: Partial<Record<SheetName, number>> = {
  organisations: 0.15,
  directorates: 0.05,
  partnerships: 0.05,
  initiatives: 0.25,
  targetGroups: 0.05,
  places: 0.05,
};
const KIND: Record<string, [string, string]> = {
  organisations: ['type', 'VCSE'],
  directorates: ['kind', 'PUBLIC_HEALTH'],
  partnerships: ['kind', 'NETWORK'],
  initiatives: ['kind', 'SERVICE'],
  targetGroups: ['kind', 'PLACE'],
  places: ['kind', 'NEIGHBOURHOOD'],
};
const PREFIX: Record<string, string> = {
  organisations: 'org',
  directorates: 'dir',
  partnerships: 'pship',
  initiatives: 'ini',
  targetGroups: 'tg',
  places: 'place',
};

function generate(): ExportedGraph {
  const sheets = new Map<SheetName, Record<string, unknown>[]>(SHEETS.map((s) => [s, []]));
  sheets.get('sources')!.push({ id: 'bench', title: 'Generated benchmark source', year: 2024 });
  const ev = (i: number) => [{ sourceId: 'bench', line: (i % 5000) + 1, quote: `generated quote number ${i}` }];
  const counts: Record<string, number> = {};
  for (const [sheet, share] of Object.entries(SHARE)) {
    const n = Math.floor(TOTAL * share);
    counts[sheet] = n;
    const [field, value] = KIND[sheet]!;
    for (let i = 0; i < n; i++) {
      sheets.get(sheet as SheetName)!.push({
        id: `${PREFIX[sheet]}-bench-${i}`,
        name: `Bench ${sheet} ${i}`,
        [field]: value,
        aliases: i % 3 ? [] : [`Alias ${i}`],
        description: i % 2 ? `Generated ${sheet} number ${i}, with a description of moderate length.` : undefined,
        ...(sheet === 'initiatives' ? { frameworkElements: ['E7', 'E9'], status: 'ACTIVE', startDate: '2019-04' } : {}),
        evidence: ev(i),
      });
    }
  }
  const used = 1 + Object.values(counts).reduce((a, b) => a + b, 0);
  const links = sheets.get('links')!;
  const pick = (sheet: string, i: number) => `${PREFIX[sheet]}-bench-${i % counts[sheet]!}`;
  const kinds = [
    (i: number) => ({
      type: 'LEVER',
      from: pick('organisations', i),
      to: pick('initiatives', i * 7),
      lever: ['DOWNWARD', 'SIDEWARD', 'UPWARD'][i % 3],
      stance: 'ENABLES',
    }),
    (i: number) => ({ type: 'LOCATED_IN', from: pick('initiatives', i), to: pick('places', i) }),
    (i: number) => ({ type: 'TARGETS', from: pick('initiatives', i), to: pick('targetGroups', i) }),
    (i: number) => ({ type: 'MEMBER_OF', from: pick('organisations', i), to: pick('partnerships', i), role: 'member' }),
    (i: number) => ({ type: 'PART_OF', from: pick('directorates', i), to: pick('organisations', i) }),
  ];
  const seen = new Set<string>();
  for (let i = 0; links.length < TOTAL - used; i++) {
    const l = kinds[i % kinds.length]!(Math.floor(i / kinds.length));
    const key = `${l.type}:${l.from}:${l.to}:${'lever' in l ? l.lever : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ ...l, confidence: 'STATED', evidence: ev(i) });
  }
  return { sheets, authors: false };
}

const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-GB')} rows/s`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'levermap-bench-import-'));
  const neo = await startLocalNeo4j({
    dataDir: dir,
    boltPort: Number(process.env.LEVERMAP_BENCH_BOLT_PORT ?? 7754),
    txTimeoutSeconds: 1800,
    txMemoryMb: Number(process.env.LEVERMAP_BENCH_TX_MEMORY_MB ?? 6144),
    heap: process.env.LEVERMAP_BENCH_HEAP ?? '4g',
    log: () => {},
  });
  const db = new Database({ ...neo, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await migrate(db);
    let t = Date.now();
    const g = generate();
    const rows = [...g.sheets.values()].reduce((s, r) => s + r.length, 0);
    const xlsx = await writeXlsx(g);
    const csv = [...writeCsvFiles(g)].map(([s, content]) => ({ name: `${s}.csv`, content }));
    console.log(
      `Generated ${rows.toLocaleString('en-GB')} rows (${[...g.sheets].map(([s, r]) => `${s} ${r.length}`).join(', ')}) in ${Date.now() - t} ms:` +
        ` XLSX ${(xlsx.length / 1e6).toFixed(1)} MB, CSV ${(csv.reduce((s, f) => s + f.content.length, 0) / 1e6).toFixed(1)} MB.`,
    );
    const time = async (label: string, format: ImportFormat, files: InputFile[], dryRun: boolean) => {
      t = Date.now();
      const r = await importData(db, format, files, { dryRun, limits: CLI_LIMITS });
      const ms = Date.now() - t;
      if (!r.ok) throw new Error(`${label}: ${r.problems.length} problems, first: ${JSON.stringify(r.problems[0])}`);
      console.log(
        `${label.padEnd(40)} ${String(ms).padStart(7)} ms  ${rate(r.rows, ms).padStart(14)}  (created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged})`,
      );
    };
    await time('XLSX dry run, empty database', 'XLSX', [{ content: xlsx }], true);
    await time('XLSX commit into the empty database', 'XLSX', [{ content: xlsx }], false);
    await time('XLSX dry run again (all unchanged)', 'XLSX', [{ content: xlsx }], true);
    await time('CSV dry run (all unchanged)', 'CSV', csv, true);
    await time('CSV commit (all unchanged, nothing to write)', 'CSV', csv, false);
  } finally {
    await db.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
