/** `npm start`: Neo4j (fetched and started on first run unless NEO4J_URI is set), seed, web and API on one port. */
// First: the libraries below read NODE_ENV as they load.
import './node-env.js';
import { run } from './bootstrap.js';
import { loadConfig } from './config.js';
import { ensureWebBuilt } from './web-build.js';

async function main() {
  const config = loadConfig();
  await ensureWebBuilt();
  const app = await run(config);
  console.log(`Levermap is running at ${app.server.url} (GraphQL at ${app.server.url}/graphql). Press Ctrl+C to stop.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Levermap${app.neo4j ? ' and its Neo4j' : ''}...`);
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
