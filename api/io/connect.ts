/**
 * The database for the command-line tools (import, export, backup, restore), as `npm run seed` finds it:
 * NEO4J_URI if set; else the local Neo4j if it is running (the app's, on LEVERMAP_BOLT_PORT, with the
 * password kept in LEVERMAP_DATA_DIR); else it starts the local Neo4j for the command and stops it after.
 */
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { connect } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { passwordFor } from '../../db/neo4j.js';

const listening = (port: number) => new Promise<boolean>((res) => {
  const s = createConnection({ host: '127.0.0.1', port });
  s.once('connect', () => { s.destroy(); res(true); });
  s.once('error', () => res(false));
});

export interface Opened { db: Database; where: string; close(): Promise<void> }

export async function openDatabase(log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<Opened> {
  const config = loadConfig();
  // Long-running work: an import or restore of a large file needs more than the API's 10 s per query.
  const queryTimeoutMs = Math.max(config.LEVERMAP_QUERY_TIMEOUT_MS, 120_000);
  if (!config.NEO4J_URI && await listening(config.LEVERMAP_BOLT_PORT)) {
    const db = new Database({
      uri: `bolt://127.0.0.1:${config.LEVERMAP_BOLT_PORT}`, user: 'neo4j', password: passwordFor(resolve(config.LEVERMAP_DATA_DIR)),
      database: config.NEO4J_DATABASE, queryTimeoutMs,
    });
    await db.verify();
    return { db, where: `the running Neo4j on port ${config.LEVERMAP_BOLT_PORT} (data in ${config.LEVERMAP_DATA_DIR})`, close: () => db.close() };
  }
  const c = await connect({ ...config, LEVERMAP_QUERY_TIMEOUT_MS: queryTimeoutMs }, log);
  const where = config.NEO4J_URI ? `${config.NEO4J_URI} (database ${config.NEO4J_DATABASE})` : `the local Neo4j (data in ${config.LEVERMAP_DATA_DIR})`;
  return { db: c.db, where, close: async () => { await c.db.close(); await c.neo4j?.stop(); } };
}
