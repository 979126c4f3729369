/**
 * `npm run backup -- FILE`: a complete logical backup (every node and relationship with all properties,
 * versions included) of the database that `npm run seed` would use, as gzip'd JSON Lines when FILE ends in
 * .gz. See docs/import.md#backup-and-restore.
 */
import { existsSync } from 'node:fs';
import { backup } from '../api/features/io/backup.js';
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';

async function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length)
    throw new Error('usage: npm run backup -- FILE (e.g. backups/levermap-2024-05-01.jsonl.gz)');
  if (existsSync(file)) throw new Error(`${file} exists already; choose a new name (a backup never overwrites a file)`);
  const { db, where, stop: close } = await connectForCli(loadConfig());
  try {
    console.error(`Backing up ${where}...`);
    const r = await backup(db, file, (s) => console.error(s));
    console.log(
      `Wrote ${r.file}: ${r.nodes} nodes, ${r.links} relationships.${r.skippedLinks ? ` (${r.skippedLinks} relationships to nodes created during the backup were left for the next one.)` : ''}`,
    );
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
