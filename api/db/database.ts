/**
 * The one chokepoint to Neo4j: one driver per process, managed read/write transactions on the named
 * database, transaction metadata naming the query (traceable in Neo4j's query log), short timeouts for
 * interactive use, and Neo4j error codes (not message text) mapped to the API's errors.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
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
