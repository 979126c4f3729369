/**
 * On a cluster, a READ session goes to a secondary and a WRITE session to the leader, so each statement's mode
 * must match what it does. The door checks every write() outside production (the whole suite runs with it on);
 * here: that check itself, Neo4j's refusal of a write in READ mode, every statement file's own kind, and a read
 * after a write seeing it (the shared bookmark manager).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypher } from '../../api/db/cypher.js';
import { testDatabase, testStatement } from '../support/helpers.js';

const db = testDatabase();
afterAll(() => db.close());

function statementsIn(folder: string): string[] {
  return readdirSync(join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => relative(CYPHER_DIR, join(CYPHER_DIR, folder, f)).replace(/\.cypher$/, ''));
}

describe('access modes', () => {
  it('refuses a read-only statement sent in WRITE mode, naming it', async () => {
    await expect(db.write('queries/stats')).rejects.toThrow(/queries\/stats only reads, but runs in WRITE mode/);
  });

  it('Neo4j refuses a write in a READ transaction', async () => {
    await expect(db.read('mutations/record-migration', { id: 'never', checksum: 'never' })).rejects.toThrow(
      /only reads are allowed/,
    );
  });

  it('every query and analysis statement only reads; every mutation writes', async () => {
    const kinds = new Map<string, string>();
    for (const name of [...statementsIn('queries'), ...statementsIn('analysis'), ...statementsIn('mutations')]) {
      const summary = await db.explain('access-mode-test', cypher(name));
      kinds.set(name, summary.queryType);
    }
    const wrong = [...kinds].filter(([name, kind]) => (name.startsWith('mutations/') ? kind === 'r' : kind !== 'r'));
    expect(kinds.size).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
    // Planning some forty statements: seconds on a quiet machine, more on a busy CI runner.
  }, 300_000);

  it('a read right after a write sees it', async () => {
    const id = `access-mode-${Date.now()}`;
    await db.write(testStatement('create-marker'), { id });
    const rows = await db.read(testStatement('find-marker'), { id });
    expect(rows).toEqual([{ id }]);
    await db.write(testStatement('delete-marker'), { id });
  });
});
