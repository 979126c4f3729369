/**
 * `npm run seed`: validates the seed files and loads them (idempotent: MERGE on ids) into the configured
 * Neo4j: NEO4J_URI if set; else the local one if it is running (the app's), else it starts it for the load.
 */
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { connect } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { Database } from '../api/db/database.js';
import { migrate } from '../api/db/migrate.js';
import { passwordFor } from '../db/neo4j.js';
import { countByLabel, countByType, loadDataset } from './dataset.js';
import { loadSeed } from './load.js';
import { SEED_DIR } from './paths.js';

const listening = (port: number) => new Promise<boolean>((res) => {
  const s = createConnection({ host: '127.0.0.1', port });
  s.once('connect', () => { s.destroy(); res(true); });
  s.once('error', () => res(false));
});

async function main() {
  const config = loadConfig();
  const ds = loadDataset(SEED_DIR);
  let db: Database;
  let stop = async () => {};
  if (!config.NEO4J_URI && await listening(config.LEVERMAP_BOLT_PORT)) {
    db = new Database({
      uri: `bolt://127.0.0.1:${config.LEVERMAP_BOLT_PORT}`, user: 'neo4j', password: passwordFor(resolve(config.LEVERMAP_DATA_DIR)),
      database: config.NEO4J_DATABASE, queryTimeoutMs: 120_000,
    });
    await db.verify();
  } else {
    const c = await connect(config);
    db = c.db;
    stop = async () => { await c.neo4j?.stop(); };
  }
  try {
    await migrate(db);
    const r = await loadSeed(db, ds);
    console.log(`Seed loaded (idempotent): ${r.nodes} nodes, ${r.links} links.`);
    console.log('Nodes by label:', countByLabel(ds));
    console.log('Links by type:', countByType(ds));
  } finally {
    await db.close();
    await stop();
  }
}

main().catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
