/**
 * Import at scale: N generated, cited rows (organisations, partnerships and MEMBER_OF links; 1,000,000 unless
 * `--rows N`) imported through Levermap (importData: read, plan with every citation checked, stage, switch), and
 * the same rows through Neo4j's own LOAD CSV (CALL IN TRANSACTIONS, from the local Neo4j's import folder: its data folder), in the
 * same run and the same database, each under its own ids. Prints rows/s for each, the ratio (goal: at least 0.7x
 * LOAD CSV), and the app's peak memory. The Neo4j is the bench's own (BENCH_DATA_DIR, default .data/bench-import-
 * scale, wiped first; port LEVERMAP_BENCH_BOLT_PORT, default 7755) with the default transaction memory limit.
 *   npm run bench:import-scale [-- --rows N]
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { Database } from '../api/db/database.js';
import { migrate } from '../api/db/migrate.js';
import { importData, type Progress } from '../api/features/io/import.js';
import { DEFAULT_STAGING } from '../api/features/io/staged.js';
import { startLocalNeo4j } from '../db/neo4j.js';

function rowsArg(): number {
  const i = process.argv.indexOf('--rows');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(n) || n < 100) throw new Error('--rows: give a whole number of rows, at least 100');
  return n;
}

interface Generated {
  json: Buffer;
  nodesCsv: string;
  linksCsv: string;
  /** Rows each path writes: nodes and links (Levermap's file has one more: the source they cite). */
  rows: number;
}

/** Organisations, each a MEMBER_OF one of the partnerships (one per 1,000 rows), each cited to a generated source. */
function generate(total: number, lm: string, csv: string): Generated {
  const partnerships = Math.max(5, Math.floor(total / 1000));
  const orgs = Math.floor((total - 1 - partnerships) / 2);
  const source = `${lm}-source`;
  const cite = (i: number) => ({ line: (i % 5000) + 1, quote: `generated quote number ${i}` });
  const description = (i: number) => `Generated organisation number ${i}, with a description of moderate length.`;
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const file = {
    sources: [{ id: source, title: 'Generated source for the import-scale benchmark', year: 2024 }],
    partnerships: [] as Record<string, unknown>[],
    organisations: [] as Record<string, unknown>[],
    links: [] as Record<string, unknown>[],
  };
  const nodes = ['id,label,name,kind,type,description,evSource,evLine,evQuote'];
  const links = ['id,from,to,role,confidence,evSource,evLine,evQuote'];
  for (let i = 0; i < partnerships; i++) {
    const c = cite(i);
    file.partnerships.push({
      id: `${lm}-p${i}`,
      name: `Bench partnership ${i}`,
      kind: 'NETWORK',
      evidence: [{ sourceId: source, ...c }],
    });
    nodes.push(
      `${csv}-p${i},Partnership,${q(`Bench partnership ${i}`)},NETWORK,,,${csv}-source,${c.line},${q(c.quote)}`,
    );
  }
  for (let i = 0; i < orgs; i++) {
    const c = cite(i);
    const ev = [{ sourceId: source, ...c }];
    file.organisations.push({
      id: `${lm}-o${i}`,
      name: `Bench organisation ${i}`,
      type: 'VCSE',
      description: description(i),
      evidence: ev,
    });
    file.links.push({
      type: 'MEMBER_OF',
      from: `${lm}-o${i}`,
      to: `${lm}-p${i % partnerships}`,
      role: 'member',
      confidence: 'STATED',
      evidence: ev,
    });
    const line = `${c.line},${q(c.quote)}`;
    nodes.push(
      `${csv}-o${i},Organisation,${q(`Bench organisation ${i}`)},,VCSE,${q(description(i))},${csv}-source,${line}`,
    );
    links.push(`${csv}-l${i},${csv}-o${i},${csv}-p${i % partnerships},member,STATED,${csv}-source,${line}`);
  }
  return {
    json: Buffer.from(JSON.stringify(file)),
    nodesCsv: `${nodes.join('\n')}\n`,
    linksCsv: `${links.join('\n')}\n`,
    rows: partnerships + 2 * orgs,
  };
}

const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-GB');
const mb = (bytes: number) => `${fmt(Math.round(bytes / 1024 / 1024))} MB`;

async function main() {
  const total = rowsArg();
  const dataDir = resolve(process.env.BENCH_DATA_DIR ?? '.data/bench-import-scale');
  rmSync(dataDir, { recursive: true, force: true });
  const txMemoryMb = 512;
  const neo = await startLocalNeo4j({
    dataDir,
    boltPort: Number(process.env.LEVERMAP_BENCH_BOLT_PORT ?? 7755),
    txTimeoutSeconds: 1800,
    // The default limit on purpose: the import must commit within it.
    txMemoryMb,
    heap: process.env.LEVERMAP_BENCH_HEAP ?? '4g',
    log: () => {},
  });
  const db = new Database({ ...neo, database: 'neo4j', queryTimeoutMs: 600_000 });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
  try {
    await migrate(db);
    let t = performance.now();
    const g = generate(total, 'lm', 'csv');
    console.log(
      `Generated ${fmt(g.rows)} rows (organisations, partnerships, MEMBER_OF links, every one cited) in ` +
        `${Math.round(performance.now() - t)} ms: JSON ${mb(g.json.length)}, CSV ${mb(g.nodesCsv.length + g.linksCsv.length)}. ` +
        `Neo4j transaction memory limit: ${txMemoryMb} MB (the default).`,
    );

    // The local Neo4j's import folder (server.directories.import) is its data folder; embedded, it reads a
    // file:// URL by its absolute path.
    const importDir = dataDir;
    writeFileSync(join(importDir, 'bench-nodes.csv'), g.nodesCsv);
    writeFileSync(join(importDir, 'bench-links.csv'), g.linksCsv);
    const session = driver.session({ database: 'neo4j' });
    t = performance.now();
    try {
      const statement = (name: string) =>
        readFileSync(new URL(`cypher/${name}.cypher`, import.meta.url), 'utf8')
          .split('\n')
          .filter((l) => !l.startsWith('//'))
          .join('\n')
          .replace(/;\s*$/, '');
      await session.run(statement('load-csv-nodes'), { url: `file://${join(importDir, 'bench-nodes.csv')}` });
      await session.run(statement('load-csv-links'), { url: `file://${join(importDir, 'bench-links.csv')}` });
    } finally {
      await session.close();
    }
    const csvMs = performance.now() - t;
    const [csvCount] = await db.read(resolve('bench/cypher/import-scale-count.cypher'), { prefix: 'csv-o' });

    let peakHeap = 0;
    const sample = setInterval(() => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 200);
    // When each phase's last event came: a phase lasts from the end of the one before to its own end.
    const ends = new Map<string, number>();
    let shown = 0;
    const onProgress: Progress = (p) => {
      const now = performance.now();
      ends.set(p.phase, now);
      if (now - shown > 30_000) {
        shown = now;
        console.error(`  ${p.phase}: ${fmt(p.done)}/${fmt(p.total)} after ${fmt(Math.round((now - t) / 1000))} s`);
      }
    };
    t = performance.now();
    const auditId = randomUUID();
    const r = await importData(db, 'JSON', [{ content: g.json }], {
      dryRun: false,
      limits: { maxBytes: 4 * 1024 * 1024 * 1024, maxRows: total + 10 },
      actor: { auditId, user: 'bench', reason: 'bench/import-scale.ts', verifier: true, selfVerify: false },
      staging: DEFAULT_STAGING,
      onProgress,
    });
    const lmMs = performance.now() - t;
    const phases: [string, number][] = [];
    let from = t;
    for (const p of ['read', 'check', 'stage', 'write']) {
      const end = ends.get(p);
      if (end === undefined) continue;
      phases.push([p, end - from]);
      from = end;
    }
    clearInterval(sample);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (r.outcome !== 'COMMITTED')
      throw new Error(
        `the import did not commit: ${r.outcome}, ${r.problems.length} problems ${JSON.stringify(r.problems[0])}`,
      );
    const [lmCount] = await db.read(resolve('bench/cypher/import-scale-count.cypher'), { prefix: 'lm-o' });
    const maxRss = process.resourceUsage().maxRSS * 1024;

    const csvRate = perSecond(g.rows, csvMs);
    const lmRate = perSecond(g.rows, lmMs);
    const ratio = lmRate / csvRate;
    console.log(
      `LOAD CSV (IN TRANSACTIONS OF 5000 ROWS)   ${fmt(Math.round(csvMs)).padStart(9)} ms  ${fmt(csvRate).padStart(9)} rows/s` +
        `  (organisations ${fmt(Number(csvCount!.nodes))}, links ${fmt(Number(csvCount!.links))})`,
    );
    console.log(
      `Levermap import (staged, switched)       ${fmt(Math.round(lmMs)).padStart(9)} ms  ${fmt(lmRate).padStart(9)} rows/s` +
        `  (organisations ${fmt(Number(lmCount!.nodes))}, links ${fmt(Number(lmCount!.links))}; created ${fmt(r.created)})`,
    );
    console.log(
      `  phases: ${phases.map(([p, ms]) => `${p} ${fmt(Math.round(ms))} ms`).join(', ')} ` +
        `(stage and write: ${fmt(DEFAULT_STAGING.batchRows)} rows a batch)`,
    );
    console.log(
      `Ratio Levermap / LOAD CSV: ${ratio.toFixed(2)}x (goal at least 0.70x: ${ratio >= 0.7 ? 'met' : 'not met'})`,
    );
    console.log(`App peak memory: maxRSS ${mb(maxRss)}, peak heap used ${mb(peakHeap)}`);
  } finally {
    await driver.close();
    await db.close();
    await neo.stop();
    if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
