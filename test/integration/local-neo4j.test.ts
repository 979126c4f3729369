/** The test Neo4j as the global setup started it. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Database } from '../../api/db/database.js';

describe('the local Neo4j', () => {
  it('the running test server has authentication on: a wrong password is refused', async () => {
    const { uri } = inject('neo4j');
    const db = new Database({ uri, user: 'neo4j', password: 'neo4j', database: 'neo4j', queryTimeoutMs: 5_000 });
    await expect(db.verify()).rejects.toMatchObject({ cause: { code: 'Neo.ClientError.Security.Unauthorized' } });
    await db.close();
  });

  it('keeps its store, logs and password to this user: every folder 700, every file 600', () => {
    // The folder the global setup gave it (test/global-setup.ts).
    const dataDir = resolve(process.env.LEVERMAP_TEST_DATA_DIR ?? '.data/test-neo4j');
    const open: string[] = [];
    let files = 0;
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        const mode = statSync(path).mode & 0o777;
        if (e.isDirectory()) {
          if (mode !== 0o700) open.push(`${path} ${mode.toString(8)}`);
          walk(path);
        } else if (e.isFile()) {
          files++;
          if (mode & 0o077) open.push(`${path} ${mode.toString(8)}`);
        }
      }
    };
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    walk(dataDir);
    // The store, its transaction logs, the debug log, the launcher log and the password.
    expect(files).toBeGreaterThan(10);
    expect(open).toEqual([]);
  });

  it('listens on loopback only', () => {
    expect(inject('neo4j').uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });
});
