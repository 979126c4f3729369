/**
 * Starts the test Neo4j (own port and data folder, wiped first: never the user's data), applies the
 * schema, loads the seed, and starts the app server on a free port. Tests reach them through inject().
 * The integration and e2e projects both name this file; they share one started app (counted on globalThis,
 * since vitest runs each project's global setup in the same main process), which stops after the last teardown.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { run, type Running } from '../api/bootstrap.js';
import { ROLES } from '../model/vocabulary.js';
import { createUser, startSession } from '../api/features/auth/users.js';
import { loadConfig } from '../api/config.js';

interface Started {
  app: Running;
  apiUrl: string;
  tokens: Record<string, string>;
  neo4j: { uri: string; user: string; password: string };
}
interface Shared {
  started: Promise<Started>;
  users: number;
}
const KEY = Symbol.for('levermap.test.global-setup');
const shared = globalThis as typeof globalThis & { [KEY]?: Shared };

async function start(): Promise<Started> {
  const dataDir = resolve(process.env.LEVERMAP_TEST_DATA_DIR ?? '.data/test-neo4j');
  rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LEVERMAP_DATA_DIR: dataDir,
    LEVERMAP_BOLT_PORT: process.env.LEVERMAP_TEST_BOLT_PORT ?? '7697',
    // A loaded machine (many test runs at once) may need longer: LEVERMAP_TEST_TX_TIMEOUT_SECONDS, ..._QUERY_TIMEOUT_MS.
    LEVERMAP_TX_TIMEOUT_SECONDS: process.env.LEVERMAP_TEST_TX_TIMEOUT_SECONDS ?? '60',
    ...(process.env.LEVERMAP_TEST_QUERY_TIMEOUT_MS
      ? { LEVERMAP_QUERY_TIMEOUT_MS: process.env.LEVERMAP_TEST_QUERY_TIMEOUT_MS }
      : {}),
    // The seed as curated: open-data.test.ts loads the ONS places into a database of its own.
    LEVERMAP_PLACES: 'never',
    LEVERMAP_NEO4J_HEAP: process.env.LEVERMAP_TEST_NEO4J_HEAP ?? '1g',
    // Every test file shares these accounts on this one server; the budget has its own test and server.
    LEVERMAP_RATE_LIMIT_POINTS: '0',
  });
  const log = (s: string) => process.stderr.write(`[test-setup] ${s}\n`);
  const app = await run(config, log);
  const neo4j = app.neo4j!;
  // One account per role; tests act as one of them (test/support/helpers.ts gql's `as`).
  const tokens: Record<string, string> = {};
  for (const role of ROLES) {
    const username = `test-${role.toLowerCase()}`;
    await createUser(app.db, username, `${username}-password`, role);
    tokens[role] = await startSession(app.db, username);
  }
  return { app, apiUrl: app.server.url, tokens, neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password } };
}

export async function setup(project: TestProject) {
  shared[KEY] ??= { started: start(), users: 0 };
  const s = shared[KEY];
  s.users++;
  const { apiUrl, tokens, neo4j } = await s.started;
  project.provide('apiUrl', apiUrl);
  project.provide('tokens', tokens);
  project.provide('neo4j', neo4j);
}

export async function teardown() {
  const s = shared[KEY];
  if (!s || --s.users > 0) return;
  delete shared[KEY];
  await (await s.started.catch(() => undefined))?.app.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    neo4j: { uri: string; user: string; password: string };
    /** Session tokens of the test accounts by role (VIEWER, CONTRIBUTOR, VERIFIER, ADMIN). */
    tokens: Record<string, string>;
  }
}
