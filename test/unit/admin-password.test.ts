/**
 * The first admin's password goes where the configuration says: LEVERMAP_ADMIN_PASSWORD_FILE (600, folder 700,
 * never over a file), the local Neo4j's own folder, or, with NEO4J_URI, the log once; never into a local folder
 * that may belong to another instance.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPasswordSink, checkAdminPasswordFile } from '../../api/features/auth/admin-secret.js';
import { loadConfig } from '../../api/config.js';
import { tempDir } from '../support/tmp.js';

const mode = (p: string) => statSync(p).mode & 0o777;

describe('the first admin password', () => {
  it('with NEO4J_URI and no file configured: printed once, nothing written to the local data folder', () => {
    const dir = tempDir('admin-uri');
    const config = loadConfig({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'x', LEVERMAP_DATA_DIR: dir });
    const logs: string[] = [];
    const where = adminPasswordSink(config, (s) => logs.push(s))('s3cret-pass');
    expect(logs).toEqual([expect.stringContaining('s3cret-pass')]);
    expect(where).toMatch(/shown once/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with LEVERMAP_ADMIN_PASSWORD_FILE: that file, mode 600, in a new folder made 700', () => {
    const dir = tempDir('admin-file');
    const file = join(dir, 'secrets', 'deep', 'admin-password');
    const data = join(dir, 'neo4j');
    const config = loadConfig({
      NEO4J_URI: 'bolt://db.example:7687',
      NEO4J_PASSWORD: 'x',
      LEVERMAP_DATA_DIR: data,
      LEVERMAP_ADMIN_PASSWORD_FILE: file,
    });
    const logs: string[] = [];
    expect(() => checkAdminPasswordFile(config)).not.toThrow();
    expect(adminPasswordSink(config, (s) => logs.push(s))('s3cret-pass')).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('s3cret-pass\n');
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dir, 'secrets', 'deep'))).toBe(0o700);
    expect(logs.join('\n')).not.toContain('s3cret-pass');
    expect(existsSync(data)).toBe(false);
    // A second first start never writes over it, and says so before any account is made.
    expect(() => checkAdminPasswordFile(config)).toThrow(/exists already.*never written over/);
    expect(() => adminPasswordSink(config, () => {})('other')).toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('s3cret-pass\n');
  });

  it('for the local Neo4j: its own data folder, mode 600', () => {
    const dir = tempDir('admin-local');
    writeFileSync(join(dir, 'password'), 'neo4j-pass\n');
    const config = loadConfig({ LEVERMAP_DATA_DIR: dir });
    expect(adminPasswordSink(config, () => {})('s3cret-pass')).toContain(join(dir, 'admin-password'));
    expect(readFileSync(join(dir, 'admin-password'), 'utf8')).toBe('s3cret-pass\n');
    expect(mode(join(dir, 'admin-password'))).toBe(0o600);
  });
});
