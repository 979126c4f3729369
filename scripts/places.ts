/**
 * `npm run places [-- --dry-run]`: loads England's local authorities from the committed ONS table
 * (data/ons/) into the configured Neo4j: their codes, their WITHIN hierarchy, and the merge of places that are
 * one area. Running it again changes nothing. Exit code 1 when the table cannot be loaded (nothing is written).
 */
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { migrate } from '../api/db/migrate.js';
import { describePlaces, loadOnsPlaces } from '../api/features/places/load.js';

async function main() {
  const dryRun = process.argv.includes('--dry-run');
  const { db, stop } = await connectForCli(loadConfig());
  try {
    await migrate(db);
    const r = await loadOnsPlaces(db, { dryRun });
    for (const p of r.report.problems) console.log(`  ${p.sheet}${p.row !== null ? ` row ${p.row}` : ''}: ${p.reason}`);
    console.log(`ONS places: ${describePlaces(r)}.`);
    process.exitCode = r.report.ok ? 0 : 1;
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
