/** App servers in the test process on the shared test Neo4j, each with its own settings; closed after the file. */
import { afterAll, inject } from 'vitest';
import { loadConfig } from '../../api/config.js';
import type { Database } from '../../api/db/database.js';
import { startServer, type AppServer } from '../../api/server.js';

export function serverMaker(db: Database): (env?: Record<string, string>) => Promise<AppServer> {
  const servers: AppServer[] = [];
  afterAll(async () => {
    for (const s of servers) {
      await s.close();
      s.server.close();
    }
  });
  return async (env = {}) => {
    const n = inject('neo4j');
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      NEO4J_URI: n.uri,
      NEO4J_PASSWORD: n.password,
      ...env,
    });
    const s = await startServer({ db, config, ready: async () => true });
    servers.push(s);
    return s;
  };
}
