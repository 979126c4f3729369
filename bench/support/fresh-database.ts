/**
 * A Neo4j of a benchmark's own, in a folder wiped first (never the user's data), with the schema applied and long
 * timeouts (a bench writes and reads far more than one request). Port: LEVERMAP_BENCH_BOLT_PORT or `port`. With
 * `keep`, a folder left by an earlier run is used as it is (a generated graph that takes minutes to write).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect } from '../../api/bootstrap.js';
import { loadConfig } from '../../api/config.js';
import type { Database } from '../../api/db/database.js';
import { migrate } from '../../api/db/migrate.js';

export async function freshDatabase(
  folder: string,
  port: string,
  opts: { keep?: boolean } = {},
): Promise<{ db: Database; stop(): Promise<void> }> {
  const dataDir = resolve(process.env.LEVERMAP_BENCH_DATA_DIR ?? folder);
  if (!opts.keep) rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: undefined,
    LEVERMAP_DATA_DIR: dataDir,
    LEVERMAP_BOLT_PORT: process.env.LEVERMAP_BENCH_BOLT_PORT ?? port,
    LEVERMAP_TX_TIMEOUT_SECONDS: '600',
    LEVERMAP_QUERY_TIMEOUT_MS: '600000',
  });
  const { db, neo4j } = await connect(config, (s) => process.stderr.write(`[bench] ${s}\n`));
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    await neo4j?.stop();
    throw e;
  }
  return {
    db,
    async stop() {
      await db.close();
      await neo4j?.stop();
    },
  };
}
