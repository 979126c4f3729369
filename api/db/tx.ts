/**
 * Transactions that need JavaScript between their statements, which Database.writeAll cannot give: an import
 * checks each batch's outcome and throws to roll everything back, and reports progress; a backup streams
 * records to a file instead of holding them. Same rules as api/db/database.ts: named Cypher files only,
 * managed transactions on the named database, metadata naming the work, Neo4j errors mapped.
 */
import neo4j, { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { cypher } from './cypher.js';
import { mapError, toNeo4jParams, type Database, type Params, type Row } from './database.js';

export type RunStep = (name: string, params: Params) => Promise<Row[]>;

/** Runs `work` in one write transaction: all its statements commit together or not at all. */
export async function writeTransaction<T>(db: Database, label: string, timeoutMs: number, work: (run: RunStep) => Promise<T>, raw = false): Promise<T> {
  const session = db.driver.session({ database: db.opts.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const run: RunStep = async (name, params) =>
        (await tx.run(cypher(name), (raw ? params : toNeo4jParams(params)) as Params)).records.map((r) => r.toObject());
      return work(run);
    }, { metadata: { app: 'levermap', query: label }, timeout: timeoutMs });
  } catch (e) {
    if (e instanceof Neo4jError && (e.code ?? '').includes('MemoryPoolOutOfMemory')) {
      throw new AppError('BAD_USER_INPUT', 'nothing was written: this is more than the database lets one transaction hold in memory. '
        + 'Split the file into smaller files, or raise the limit (LEVERMAP_TX_MEMORY_MB for the local Neo4j, db.memory.transaction.max on your own server)', { reason: 'TRANSACTION_MEMORY' });
    }
    throw mapError(e);
  } finally {
    await session.close();
  }
}

/**
 * Streams the records of one read query to `each`, without holding them all in memory. An explicit
 * transaction, not a managed one: a retry would hand `each` the same records twice.
 */
export async function streamRead(db: Database, name: string, params: Params, each: (row: Row) => void | Promise<void>, timeoutMs = 600_000): Promise<number> {
  const session = db.driver.session({ database: db.opts.database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ metadata: { app: 'levermap', query: name }, timeout: timeoutMs });
  let n = 0;
  try {
    const result = tx.run(cypher(name), toNeo4jParams(params) as Params);
    for await (const record of result) { await each(record.toObject()); n += 1; }
    await tx.commit();
    return n;
  } catch (e) {
    if (tx.isOpen()) await tx.rollback();
    throw mapError(e);
  } finally {
    await session.close();
  }
}
