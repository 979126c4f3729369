/**
 * The one chokepoint to Neo4j: one driver per process, managed read/write transactions on the named
 * database, transaction metadata naming the query (traceable in Neo4j's query log), short timeouts for
 * interactive use, and Neo4j error codes (not message text) mapped to the API's errors.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord, type ResultSummary } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { cypher } from './cypher.js';

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** JavaScript numbers reach Neo4j as floats; whole numbers go as integers so LIMIT, lines and versions stay integral. */
export function toNeo4jParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toNeo4jParams(x);
    return out;
  }
  return v;
}

export class Database {
  readonly driver: Driver;
  constructor(readonly opts: DbOptions) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'levermap',
    });
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.opts.database });
    } catch (e) {
      throw new Error(`Cannot reach Neo4j at ${this.opts.uri}: ${(e as Error).message}`);
    }
  }

  read(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run('READ', name, (tx) => tx.run(cypher(name), toNeo4jParams(params) as Params), timeoutMs);
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', name, (tx) => tx.run(cypher(name), toNeo4jParams(params) as Params));
  }

  /** Several read statements in one read transaction (one snapshot), sent together; rows per statement, in order. */
  async readAll(steps: { name: string; params: Params }[], timeoutMs?: number): Promise<Row[][]> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        (tx) => Promise.all(steps.map(async (s) => (await tx.run(cypher(s.name), toNeo4jParams(s.params) as Params)).records.map((r) => r.toObject()))),
        { metadata: { app: 'levermap', query: steps.map((s) => s.name).join(',') }, timeout: timeoutMs ?? this.opts.queryTimeoutMs },
      );
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction (all or nothing), e.g. a seed or import batch. */
  async writeAll(steps: { name: string; params: Params }[]): Promise<Row[][]> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const s of steps) out.push((await tx.run(cypher(s.name), toNeo4jParams(s.params) as Params)).records.map((r) => r.toObject()));
        return out;
      }, { metadata: { app: 'levermap', query: steps.map((s) => s.name).join(',') }, timeout: this.opts.queryTimeoutMs * 6 });
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Plans raw Cypher without running it (EXPLAIN) in a read transaction, and returns Neo4j's summary: its
   * queryType, the database and the plan. For the read-only console, which decides from it what may run.
   */
  async explain(label: string, text: string, params: Params = {}, timeoutMs?: number): Promise<ResultSummary> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: neo4j.session.READ });
    try {
      const r = await session.executeRead((tx) => tx.run(`EXPLAIN ${text}`, toNeo4jParams(params) as Params), {
        metadata: { app: 'levermap', query: `${label}/explain` }, timeout: timeoutMs ?? this.opts.queryTimeoutMs,
      });
      return r.summary;
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Streams raw Cypher in a read transaction that is always rolled back, stopping after maxRows records
   * (truncated says the cap stopped it). `before` names statements run first in the same transaction; their rows
   * go to `start`, which returns how to map each record (e.g. the console learns what to redact first).
   */
  async stream<T>(
    label: string, text: string, params: Params,
    opts: { timeoutMs?: number; maxRows: number; before?: string[] },
    start: (before: Row[][], columns: string[]) => (record: Neo4jRecord) => T,
  ): Promise<{ columns: string[]; rows: T[]; truncated: boolean }> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = session.beginTransaction({ metadata: { app: 'levermap', query: label }, timeout: opts.timeoutMs ?? this.opts.queryTimeoutMs });
      try {
        const before: Row[][] = [];
        for (const name of opts.before ?? []) before.push((await tx.run(cypher(name))).records.map((r) => r.toObject()));
        const result = tx.run(text, toNeo4jParams(params) as Params);
        const columns = [...(await result.keys())] as string[];
        const map = start(before, columns);
        const rows: T[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === opts.maxRows) { truncated = true; break; }
          rows.push(map(record));
        }
        return { columns, rows, truncated };
      } finally {
        // Nothing it did may last: roll back even a read, and stop a stream cut short by the row cap.
        await tx.rollback().catch(() => undefined);
      }
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  /** Runs raw Cypher text: only for schema files and the read-only console, which check it themselves. */
  async runText(mode: 'READ' | 'WRITE', label: string, text: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run(mode, label, (tx) => tx.run(text, toNeo4jParams(params) as Params), timeoutMs);
  }

  private async run(mode: 'READ' | 'WRITE', name: string, work: (tx: ManagedTransaction) => Promise<{ records: { toObject(): Row }[] }>, timeoutMs?: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { metadata: { app: 'levermap', query: name }, timeout: timeoutMs ?? this.opts.queryTimeoutMs };
    try {
      const fn = async (tx: ManagedTransaction) => (await work(tx)).records.map((r) => r.toObject());
      return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export function mapError(e: unknown): Error {
  if (e instanceof AppError) return e;
  if (e instanceof Neo4jError) {
    const code = e.code ?? '';
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new AppError('CONFLICT', 'a node or link with that id already exists');
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped' || code.includes('TransactionTimedOut')) {
      return new AppError('TIMEOUT', 'the query took too long and was stopped');
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new AppError('DATABASE_UNAVAILABLE', 'the database is not reachable; try again shortly');
    }
    if (code === 'Neo.ClientError.Statement.AccessMode') return new AppError('BAD_USER_INPUT', 'this query would write, and only reads are allowed here');
    if (code.startsWith('Neo.ClientError.Statement.')) return new AppError('BAD_USER_INPUT', `the query was rejected: ${e.message.split('\n')[0]}`, { neo4jCode: code });
    if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code.includes('Memory')) return new AppError('BAD_USER_INPUT', 'the query needed more memory than one request may use');
  }
  return e instanceof Error ? e : new Error(String(e));
}
