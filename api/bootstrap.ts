/**
 * Start-up in order: Neo4j (the user's via NEO4J_URI, or a local one we start), schema migrations,
 * the seed into an empty database, then the HTTP server. Returns a stop() that undoes each step.
 */
import { resolve } from 'node:path';
import { createConnection } from 'node:net';
import { passwordFor, startLocalNeo4j, type LocalNeo4j } from '../db/neo4j.js';
import { ensureFirstAdmin } from './features/auth/users.js';
import { adminPasswordSink, checkAdminPasswordFile } from './features/auth/admin-secret.js';
import { describeSeed, loadSeed } from './features/seed/load.js';
import { describePlaces, loadOnsPlaces } from './features/places/load.js';
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { recoverImports, stagingOf } from './features/io/staged.js';
import { startServer, type AppServer } from './server.js';

export interface Running {
  db: Database;
  server: AppServer;
  neo4j: LocalNeo4j | null;
  stop(): Promise<void>;
}

export async function connect(
  config: Config,
  log: (s: string) => void = console.log,
): Promise<{ db: Database; neo4j: LocalNeo4j | null }> {
  let neo4j: LocalNeo4j | null = null;
  let conn = { uri: config.NEO4J_URI ?? '', user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '' };
  if (!config.NEO4J_URI) {
    neo4j = await startLocalNeo4j({
      dataDir: config.LEVERMAP_DATA_DIR,
      boltPort: config.LEVERMAP_BOLT_PORT,
      txTimeoutSeconds: config.LEVERMAP_TX_TIMEOUT_SECONDS,
      txMemoryMb: config.LEVERMAP_TX_MEMORY_MB,
      heap: config.LEVERMAP_NEO4J_HEAP,
      log,
    });
    conn = neo4j;
  } else {
    log(`Using Neo4j at ${config.NEO4J_URI} (database ${config.NEO4J_DATABASE}).`);
  }
  const db = new Database({
    ...conn,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.LEVERMAP_QUERY_TIMEOUT_MS,
    // Every statement's access mode is checked where it costs nothing that matters: tests and development.
    checkAccessModes: config.NODE_ENV !== 'production',
  });
  try {
    await db.verify();
  } catch (e) {
    await db.close();
    await neo4j?.stop();
    throw e;
  }
  return { db, neo4j };
}

export async function prepare(db: Database, config: Config, log: (s: string) => void = console.log): Promise<void> {
  const m = await migrate(db);
  if (m.applied.length) log(`Schema: applied ${m.applied.join(', ')}.`);
  // Before serving: a crashed import's staging goes (none of it was visible), a switch it began completes.
  const r = await recoverImports(db, stagingOf(config));
  if (r.cleaned.length)
    log(`Import: cleaned the staging of ${r.cleaned.length} interrupted import(s): ${r.cleaned.join(', ')}.`);
  if (r.completed.length)
    log(`Import: completed ${r.completed.length} interrupted import(s): ${r.completed.join(', ')}.`);
  const [users] = await db.read('auth/count-users');
  if (Number(users!.users) === 0) checkAdminPasswordFile(config);
  const where = await ensureFirstAdmin(db, adminPasswordSink(config, log));
  if (where) log(`Created the first account: user "admin", ${where}.`);
  const [stats] = await db.read('queries/stats');
  const empty = Object.entries(stats!).every(([k, v]) => k === 'evidencedRelationships' || v === 0);
  if (empty && config.LEVERMAP_SEED === 'auto') {
    log('Empty database: loading the seed dataset...');
    const r = await loadSeed(db);
    log(`Seed loaded: ${describeSeed(r)}.`);
    if (config.LEVERMAP_PLACES === 'auto') {
      const places = await loadOnsPlaces(db);
      log(`ONS places loaded: ${describePlaces(places)}.`);
    }
  }
}

export async function run(config: Config, log: (s: string) => void = console.log): Promise<Running> {
  const { db, neo4j } = await connect(config, log);
  try {
    await prepare(db, config, log);
    const ready = async () => {
      await db.read('queries/migrations-applied');
      return true;
    };
    db.watch({
      onChange: (ok) =>
        log(ok ? 'Neo4j answers again.' : `Neo4j is not answering at ${db.opts.uri}: requests get 503.`),
    });
    const server = await startServer({ db, config, ready });
    return {
      db,
      server,
      neo4j,
      async stop() {
        await server.close();
        await db.close();
        await neo4j?.stop();
      },
    };
  } catch (e) {
    await db.close();
    await neo4j?.stop();
    throw e;
  }
}

/**
 * For command-line tools (seed, user, import, export, backup, restore): NEO4J_URI if set; else the local Neo4j if
 * it is running (the app's, with the password kept in its data folder); else it is started for the command.
 * Nothing is migrated here: restore needs an empty database, and the others migrate themselves.
 */
export async function connectForCli(
  config: Config,
  log: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
): Promise<{ db: Database; where: string; stop(): Promise<void> }> {
  // Long-running work: an import or restore of a large file needs more than the API's per-query timeout.
  const queryTimeoutMs = Math.max(config.LEVERMAP_QUERY_TIMEOUT_MS, 600_000);
  if (!config.NEO4J_URI && (await portOpen(config.LEVERMAP_BOLT_PORT))) {
    const db = new Database({
      uri: `bolt://127.0.0.1:${config.LEVERMAP_BOLT_PORT}`,
      user: 'neo4j',
      password: passwordFor(resolve(config.LEVERMAP_DATA_DIR)),
      database: config.NEO4J_DATABASE,
      queryTimeoutMs,
    });
    await db.verify();
    return {
      db,
      where: `the running Neo4j on port ${config.LEVERMAP_BOLT_PORT} (data in ${config.LEVERMAP_DATA_DIR})`,
      stop: () => db.close(),
    };
  }
  const c = await connect({ ...config, LEVERMAP_QUERY_TIMEOUT_MS: queryTimeoutMs }, log);
  const where = config.NEO4J_URI
    ? `${config.NEO4J_URI} (database ${config.NEO4J_DATABASE})`
    : `the local Neo4j (data in ${config.LEVERMAP_DATA_DIR})`;
  return {
    db: c.db,
    where,
    stop: async () => {
      await c.db.close();
      await c.neo4j?.stop();
    },
  };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });
}
