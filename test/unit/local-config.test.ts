/** The local Neo4j's password file and port check, and the app's configuration: no Neo4j started. */
import { statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config.js';
import { passwordFor, startLocalNeo4j } from '../../db/neo4j.js';
import { tempDir } from '../support/tmp.js';

describe('the local Neo4j, before it starts', () => {
  it('generates a password once and keeps it in a file only its owner can read', () => {
    const dir = tempDir('pw');
    const first = passwordFor(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(passwordFor(dir)).toBe(first);
    expect(statSync(join(dir, 'password')).mode & 0o777).toBe(0o600);
  });

  it('says what to do when its port is taken, and starts nothing', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    await expect(
      startLocalNeo4j({ dataDir: tempDir('port'), boltPort: port, txTimeoutSeconds: 5, txMemoryMb: 64, log: () => {} }),
    ).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    blocker.close();
  });
});

describe('configuration', () => {
  it('defaults to a local Neo4j on 7687 and the app on 4000', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c).toMatchObject({
      PORT: 4000,
      LEVERMAP_BOLT_PORT: 7687,
      LEVERMAP_DATA_DIR: '.data/neo4j',
      NEO4J_DATABASE: 'neo4j',
    });
  });

  it('names each bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: /);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      'NEO4J_URI must start with bolt:// or neo4j://',
    );
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(
      'NEO4J_PASSWORD: required when NEO4J_URI is set',
    );
    expect(() => loadConfig({ LEVERMAP_NEO4J_HEAP: 'lots' })).toThrow('LEVERMAP_NEO4J_HEAP must look like 512m or 2g');
  });

  it('accepts a cluster routing URI', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://cluster.example:7687', NEO4J_PASSWORD: 'pw' }).NEO4J_URI).toBe(
      'neo4j://cluster.example:7687',
    );
  });
});
