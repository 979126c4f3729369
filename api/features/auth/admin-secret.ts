/**
 * Where the first admin's generated password goes. LEVERMAP_ADMIN_PASSWORD_FILE when set (created 600 in a
 * folder made 700, never over an existing file); else, for the local Neo4j, its own data folder; else (NEO4J_URI,
 * a server that is not ours) printed once to the log, since any default folder may belong to another instance.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../../config.js';

type SinkConfig = Pick<Config, 'LEVERMAP_ADMIN_PASSWORD_FILE' | 'NEO4J_URI' | 'LEVERMAP_DATA_DIR'>;

/** Checked before the account is made, so that a refused file changes nothing. */
export function checkAdminPasswordFile(config: SinkConfig): void {
  const file = config.LEVERMAP_ADMIN_PASSWORD_FILE;
  if (file && existsSync(file))
    throw new Error(
      `LEVERMAP_ADMIN_PASSWORD_FILE: ${resolve(file)} exists already; the first admin's password is never written over a file. Move it away or name a new file.`,
    );
}

/** Keeps the password as configured and says where, for the start-up log. */
export function adminPasswordSink(config: SinkConfig, log: (s: string) => void): (password: string) => string {
  return (password) => {
    const configured = config.LEVERMAP_ADMIN_PASSWORD_FILE;
    if (configured) {
      const file = resolve(configured);
      const dir = dirname(file);
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        chmodSync(dir, 0o700);
      }
      writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
      return `password in ${file} (readable only by you)`;
    }
    if (config.NEO4J_URI) {
      log(`The first admin's password (shown this once; keep it safe, then change it): ${password}`);
      return 'password in the line above (shown once)';
    }
    const dir = resolve(config.LEVERMAP_DATA_DIR);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, 'admin-password');
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return `password in ${file} (readable only by you)`;
  };
}
