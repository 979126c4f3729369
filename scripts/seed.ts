/** `npm run seed`: validates the seed files and loads them (creating only what is missing) into the configured Neo4j. */
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { migrate } from '../api/db/migrate.js';
import { countByLabel, countByType, loadDataset } from '../seed/dataset.js';
import { describeSeed, loadSeed } from '../api/features/seed/load.js';
import { SEED_DIR } from '../seed/paths.js';

async function main() {
  const ds = loadDataset(SEED_DIR);
  const { db, stop } = await connectForCli(loadConfig());
  try {
    await migrate(db);
    const r = await loadSeed(db, ds);
    console.log(`Seed loaded (idempotent): ${describeSeed(r)}.`);
    console.log('Nodes by label:', countByLabel(ds));
    console.log('Links by type:', countByType(ds));
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
