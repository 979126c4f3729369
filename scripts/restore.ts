/**
 * `npm run restore -- FILE`: restores a backup into an EMPTY database (the one `npm run seed` would use) and
 * refuses, changing nothing, if the database holds anything. See docs/import.md#backup-and-restore.
 */
import { checkBackup, describeAuditCheck, restore } from '../api/features/io/backup.js';
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';

async function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length) throw new Error('usage: npm run restore -- FILE');
  const summary = await checkBackup(file);
  console.error(
    `${file}: a backup of ${summary.createdAt} with ${summary.nodes} nodes and ${summary.links} relationships.`,
  );
  const { db, where, stop: close } = await connectForCli(loadConfig());
  try {
    console.error(`Restoring into ${where}...`);
    const r = await restore(db, file, (s) => {
      if (!s.startsWith('Audit check:')) console.error(s);
    });
    console.log(`Restored ${r.nodes} nodes and ${r.links} relationships.`);
    console.log(describeAuditCheck(r.audit));
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
