/**
 * Backup and restore: a backup of the shared test database restored into an empty second Neo4j (its own,
 * on port 7753 unless LEVERMAP_TEST_SECOND_BOLT_PORT says otherwise) has the same canonical hash, versions
 * and timestamps included; a restore into a database that is not empty, or from a damaged file, is refused
 * and changes nothing; property types (floats, dates, durations, points) survive.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/db/database.js';
import { migrate } from '../../api/db/migrate.js';
import { backup, restore } from '../../api/features/io/backup.js';
import { canonicalHash } from '../../api/features/io/hash.js';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { importData } from '../../api/features/io/import.js';
import { CLI_LIMITS } from '../../api/features/io/read.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/neo4j.js';
import { testDatabase, testStatement, uniqueId } from '../support/helpers.js';
import { Builders } from '../support/builders.js';

const run = promisify(execFile);
const shared = testDatabase();
let dir: string;
let neo: LocalNeo4j;
let second: Database;
const made: string[] = [];

async function wipeSecond() {
  for (;;) {
    const [r] = await second.write(testStatement('wipe'), { batch: 10_000 });
    if (Number(r!.done) === 0) break;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levermap-backup-test-'));
  neo = await startLocalNeo4j({
    dataDir: join(dir, 'neo4j'),
    boltPort: Number(process.env.LEVERMAP_TEST_SECOND_BOLT_PORT ?? 7753),
    txTimeoutSeconds: 300,
    txMemoryMb: 1024,
    heap: '1g',
    log: () => {},
  });
  second = new Database({ ...neo, database: 'neo4j', queryTimeoutMs: 60_000 });
  await migrate(second);
  // Something with versions above 1 and timestamps, so that the backup has them to keep.
  const id = uniqueId('org-backup');
  made.push(id);
  const doc = (description: string) =>
    Buffer.from(
      JSON.stringify({
        organisations: [
          {
            id,
            name: `Backup ${id}`,
            type: 'VCSE',
            description,
            evidence: [{ sourceId: '003', line: 214, quote: 'Employer' }],
          },
        ],
      }),
    );
  await importData(shared, 'JSON', [{ content: doc('first') }], { dryRun: false, limits: CLI_LIMITS });
  await importData(shared, 'JSON', [{ content: doc('second') }], { dryRun: false, limits: CLI_LIMITS });
});

afterAll(async () => {
  await shared.write('io/delete-by-ids', { ids: made });
  await shared.close();
  await second?.close();
  await neo?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('keeps property types: floats, dates, times, durations, points and lists of them', async () => {
    const p = {
      id: 'typed-node',
      whole: 2,
      float: { $t: 'FLOAT', v: 2 },
      half: { $t: 'FLOAT', v: 0.5 },
      flag: true,
      words: ['a', 'b'],
      empty: [],
      floats: { $t: 'LIST<FLOAT>', v: [1, 2.5] },
      day: { $t: 'DATE', v: { year: 2024, month: 2, day: 29 } },
      at: {
        $t: 'ZONED DATETIME',
        v: {
          year: 2024,
          month: 5,
          day: 1,
          hour: 12,
          minute: 30,
          second: 5,
          nanosecond: 123000000,
          timeZoneOffsetSeconds: 3600,
        },
      },
      local: {
        $t: 'LOCAL DATETIME',
        v: { year: 2024, month: 5, day: 1, hour: 9, minute: 0, second: 0, nanosecond: 0 },
      },
      span: { $t: 'DURATION', v: { months: 14, days: 3, seconds: 7200, nanoseconds: 0 } },
      spot: { $t: 'POINT', v: { srid: 4326, x: -1.6, y: 54.95 } },
    };
    const file = join(dir, 'typed.jsonl.gz');
    const lines = [
      { format: 'levermap-backup', version: 1, createdAt: '2024-05-01T00:00:00Z' },
      { n: 1, l: ['Typed'], p },
      { n: 2, l: ['Typed', 'Other'], p: { id: 'other' } },
      { r: 'NEXT', a: 1, b: 2, p: { weight: { $t: 'FLOAT', v: 1 } } },
      { end: true, nodes: 2, links: 1 },
    ];
    writeFileSync(file, gzipSync(lines.map((l) => JSON.stringify(l)).join('\n') + '\n'));
    expect(await restore(second, file)).toMatchObject({ nodes: 2, links: 1 });
    const out = join(dir, 'typed-again.jsonl');
    expect(await backup(second, out)).toMatchObject({ nodes: 2, links: 1, skippedLinks: 0 });
    const back = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const node = back.find((l) => l.p?.id === 'typed-node');
    expect(node.p).toEqual({ ...p, spot: { $t: 'POINT', v: { srid: 4326, x: -1.6, y: 54.95 } } });
    expect(back.find((l) => l.r === 'NEXT').p).toEqual({ weight: { $t: 'FLOAT', v: 1 } });
    await wipeSecond();
  });

  it('restores a backup of the shared database into an empty one with the same canonical hash', {
    timeout: 300_000,
  }, async () => {
    const file = join(dir, 'shared.jsonl.gz');
    const everything = await canonicalHash(shared, 'everything');
    const domain = await canonicalHash(shared, 'domain');
    // The domain hash counts the findings too: at least the seed's (derived from the seed files, which grow).
    expect(domain.findings).toBeGreaterThanOrEqual(loadDataset(SEED_DIR).findings.size);
    expect(domain.findings).toBeGreaterThan(0);
    const b = await backup(shared, file);
    expect({ nodes: b.nodes, links: b.links }).toEqual({ nodes: everything.nodes, links: everything.links });
    expect(gunzipSync(readFileSync(file)).toString().split('\n')[0]).toMatch(
      /^\{"format":"levermap-backup","version":1,/,
    );
    expect(await restore(second, file)).toMatchObject({ nodes: b.nodes, links: b.links });
    expect(await canonicalHash(second, 'everything')).toEqual(everything);
    expect(await canonicalHash(second, 'domain')).toEqual(domain);
    const [v] = await second.read('io/node-versions', { ids: made });
    expect(v).toMatchObject({ id: made[0], version: 2, props: { description: 'second' } });
  });

  it('writes a backup and keeps the Neo4j store readable by their owner only (600 and 700)', async () => {
    const file = join(dir, 'modes.jsonl');
    writeFileSync(file, 'an older file, readable by all\n', { mode: 0o644 });
    await backup(shared, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'neo4j')).mode & 0o777).toBe(0o700);
  });

  it('refuses to restore into a database that is not empty, and changes nothing', async () => {
    const before = await canonicalHash(second, 'everything');
    await expect(restore(second, join(dir, 'shared.jsonl.gz'))).rejects.toThrow(
      /is not empty \(it holds \d+ nodes\), and a restore only goes into an empty database/,
    );
    expect(await canonicalHash(second, 'everything')).toEqual(before);
  });

  it('refuses a truncated or damaged file before writing anything', async () => {
    await wipeSecond();
    const whole = gunzipSync(readFileSync(join(dir, 'shared.jsonl.gz')))
      .toString()
      .split('\n');
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, whole.slice(0, 50).join('\n') + '\n');
    await expect(restore(second, cut)).rejects.toThrow(/has no end marker: the backup is incomplete/);
    const gzCut = join(dir, 'cut.jsonl.gz');
    const gz = readFileSync(join(dir, 'shared.jsonl.gz'));
    writeFileSync(gzCut, gz.subarray(0, Math.floor(gz.length / 2)));
    await expect(restore(second, gzCut)).rejects.toThrow(/truncated|incomplete/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        whole[0],
        '{"n":1,"l":["Entity"],"p":{}}',
        '{"r":"X","a":1,"b":99,"p":{}}',
        '{"end":true,"nodes":1,"links":1}',
      ].join('\n'),
    );
    await expect(restore(second, bad)).rejects.toThrow(
      /line 3 is neither a node nor a relationship of a node in the file/,
    );
    expect(await canonicalHash(second, 'everything')).toMatchObject({ nodes: 0, links: 0 });
  });

  it('npm run backup and npm run restore work against NEO4J_URI, and restore refuses a database that is not empty', {
    timeout: 300_000,
  }, async () => {
    const env = { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
    const file = join(dir, 'cli.jsonl.gz');
    const restored = await run('npx', ['tsx', 'scripts/restore.ts', join(dir, 'shared.jsonl.gz')], { env });
    expect(restored.stdout).toMatch(
      /^Restored \d+ nodes and \d+ relationships\.\nAudit check: \d+ nodes \(\d+ with audit entries\) and \d+ links \(\d+ with audit entries\) checked; /,
    );
    const b = await run('npx', ['tsx', 'scripts/backup.ts', file], { env });
    expect(b.stdout).toMatch(new RegExp(`^Wrote ${file.replace(/[.]/g, '\\.')}: \\d+ nodes, \\d+ relationships\\.`));
    const refused = await run('npx', ['tsx', 'scripts/restore.ts', file], { env }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toMatch(/is not empty/);
  });
});

describe('a backup while another client keeps writing', () => {
  it('is consistent: every node and link restored from it has its audit entries', async () => {
    await wipeSecond();
    const b = new Builders();
    try {
      const orgs: string[] = [];
      for (let i = 0; i < 10; i++) orgs.push(await b.organisation());
      const pairs = orgs.flatMap((x) => orgs.filter((y) => y !== x).map((y) => [x, y] as const));
      const written: string[] = [];
      let stop = false;
      let duringBackup = 0;
      let backingUp = false;
      // The other client: audited links, one after another, as fast as the API takes them.
      const writer = (async () => {
        for (const [from, to] of pairs) {
          if (stop) break;
          written.push(await b.link({ type: 'FUNDS', from, to }));
          if (backingUp) duringBackup += 1;
        }
      })();
      while (written.length < 5) await new Promise((ok) => setTimeout(ok, 50));
      const file = join(dir, 'under-writes.jsonl.gz');
      backingUp = true;
      const summary = await backup(shared, file);
      backingUp = false;
      stop = true;
      await writer;
      const r = await restore(second, file);
      const ours = new Set([...orgs, ...written]);
      const restoredLinks = await second.runText(
        'READ',
        'test/restored-links',
        'MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id',
        { ids: written },
      );
      console.log(
        `backup under writes: ${summary.nodes} nodes, ${summary.links} links (${summary.skippedLinks} skipped); ` +
          `${duringBackup} links written while it ran, ${restoredLinks.length} of the ${written.length} written restored; ` +
          `restore checked ${r.audit.nodes} nodes and ${r.audit.links} links: ${r.audit.nodesAudited} and ${r.audit.linksAudited} with audit entries`,
      );
      expect(restoredLinks.length).toBeGreaterThan(0);
      expect(r.audit.nodes).toBeGreaterThan(0);
      expect(r.audit.linksAudited).toBeGreaterThanOrEqual(restoredLinks.length);
      // None of what this test wrote lacks its audit entry, whenever the backup caught it.
      expect([...r.audit.nodesMissingAudit, ...r.audit.linksMissingAudit].filter((id) => ours.has(id))).toEqual([]);
      const unaudited = await second.runText(
        'READ',
        'test/unaudited',
        'MATCH ()-[r]->() WHERE r.id IN $ids AND NOT EXISTS { MATCH (e:AuditEntry {targetId: r.id}) -[:AFTER]->(:AuditSnapshot) } RETURN r.id AS id',
        { ids: written },
      );
      expect(unaudited).toEqual([]);
    } finally {
      await b.dispose();
    }
  }, 240_000);
});
