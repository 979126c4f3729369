/**
 * `npm run user -- add NAME --role ROLE` (password from LEVERMAP_NEW_PASSWORD, or generated and printed once),
 * `npm run user -- role NAME ROLE`, `npm run user -- list`.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { connectForCli } from '../api/bootstrap.js';
import { assertRole, createUser } from '../api/features/auth/users.js';
import { loadConfig } from '../api/config.js';
import { migrate } from '../api/db/migrate.js';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string', default: 'VIEWER' } },
  });
  const [command, name, role] = positionals;
  const { db, stop } = await connectForCli(loadConfig());
  try {
    await migrate(db);
    if (command === 'add' && name) {
      const password = process.env.LEVERMAP_NEW_PASSWORD ?? randomBytes(15).toString('base64url');
      const u = await createUser(db, name, password, assertRole(values.role!.toUpperCase()));
      console.log(
        `Created ${u.username} (${u.role}).${process.env.LEVERMAP_NEW_PASSWORD ? '' : ` Password: ${password}`}`,
      );
    } else if (command === 'role' && name && role) {
      const [row] = await db.write('auth/set-role', { username: name, role: assertRole(role.toUpperCase()) });
      console.log(row ? `${name} is now ${row.role}.` : `No user ${name}.`);
    } else if (command === 'list') {
      for (const u of await db.read('auth/list-users')) console.log(`${u.username}\t${u.role}\t${u.createdAt}`);
    } else {
      console.error('usage: npm run user -- add NAME --role viewer|contributor|verifier|admin | role NAME ROLE | list');
      process.exitCode = 2;
    }
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
