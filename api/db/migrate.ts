/**
 * Applies the numbered files in cypher/schema/ in order, once each, recording each with its checksum.
 * Every statement is idempotent too (IF NOT EXISTS), so a changed file is simply run again.
 */
import { createHash } from 'node:crypto';
import { cypherNames, statements } from './cypher.js';
import type { Database } from './database.js';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

export async function migrate(db: Database): Promise<MigrationResult> {
  const done = new Map(
    (await db.read('queries/migrations-applied')).map((r) => [r.id as string, r.checksum as string]),
  );
  const result: MigrationResult = { applied: [], skipped: [] };
  for (const name of cypherNames('schema')) {
    const id = name.replace(/^schema\//, '');
    const stmts = statements(name);
    const checksum = createHash('sha256').update(stmts.join(';\n')).digest('hex').slice(0, 16);
    if (done.get(id) === checksum) {
      result.skipped.push(id);
      continue;
    }
    // Schema commands cannot share a transaction with writes, so each runs on its own.
    for (const s of stmts) await db.runText('WRITE', `schema/${id}`, s, {}, 600_000);
    await db.write('mutations/record-migration', { id, checksum });
    result.applied.push(id);
  }
  return result;
}
