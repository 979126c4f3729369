/**
 * The one door to Neo4j, in the manner of neo4j/graphql's Executor: every statement passes through one private
 * helper that opens a session in the right access mode, chains bookmarks (a read after a write sees it), names
 * the work in transaction metadata (traceable in Neo4j's query log), applies a timeout and maps Neo4j error codes
 * (not message text) to the API's errors. The driver never leaves this file. Statements are named .cypher files
 * (api/db/cypher.ts); only schema migrations and the read-only console pass text, which they check themselves.
 */
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
  type ResultSummary,
} from 'neo4j-driver';
import { AppError } from '../errors.js';
import { currentRequest, outsideRequest, requestSignal } from '../request-signal.js';
import { cypher } from './cypher.js';

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /**
   * Check, on first use, that each statement run in WRITE mode really writes (EXPLAIN's queryType), so that a
   * cluster routes every read to a secondary. The app turns it on outside production.
   */
  checkAccessModes?: boolean;
}

export type Mode = 'READ' | 'WRITE';
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
export type { Neo4jRecord, ResultSummary };
export interface Step {
  name: string;
  params?: Params;
}
/** Runs one named statement inside the current transaction. */
export type RunStep = (name: string, params?: Params) => Promise<Row[]>;

export interface TxOptions {
  timeoutMs?: number;
  /** Roll back at the end whatever happens (a rehearsal, e.g. bench/suggest.ts hiding links); never retried. */
  rollback?: boolean;
  /** Params already hold driver values (restore): numbers stay as they are, so a float 2.0 stays a float. */
  typedParams?: boolean;
  /**
   * Run once, never retried, with an explicit commit: a connection lost during the commit is reported as
   * DATABASE_UNAVAILABLE with `outcome: 'UNKNOWN'` (it may have landed), anything before it as not committed.
   */
  once?: boolean;
}

/** One statement of a streamed read: its rows go to `each` in order. */
export interface EachStep {
  name: string;
  params?: Params;
  each: (row: Row) => void | Promise<void>;
}

/** How often the outage watch probes Neo4j, and how long one probe may take before Neo4j counts as down. */
export interface WatchOptions {
  intervalMs?: number;
  timeoutMs?: number;
  onChange?: (available: boolean) => void;
}

/** Seconds a client is told to wait (Retry-After) while the database is unreachable. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

export function unavailable(extra: Record<string, unknown> = {}): AppError {
  return new AppError('DATABASE_UNAVAILABLE', 'the database is not reachable; try again shortly', {
    ...extra,
    http: { status: 503, headers: new Map([['retry-after', String(OUTAGE_RETRY_AFTER_SECONDS)]]) },
  });
}

/** Settles with `work`, or rejects with `onTimeout()` after ms; a timer never holds the process open. */
function within<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** JavaScript numbers reach Neo4j as floats; whole numbers go as integers so LIMIT, lines and versions stay integral. */
function toNeo4jParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toNeo4jParams(x);
    return out;
  }
  return v;
}

const paramsOf = (p: Params, typed = false): Params => (typed ? p : (toNeo4jParams(p) as Params));
const rowsOf = (r: { records: Neo4jRecord[] }): Row[] => r.records.map((x) => x.toObject());

/** What a transaction body gets: both the driver's managed and explicit transactions can run statements. */
type Runner = Pick<ManagedTransaction, 'run'>;
/** managed: retried on transient errors, so the body must be safe to repeat; commit/rollback: run once. */
type Ending = 'managed' | 'commit' | 'rollback';

/** Gives up the work in flight when the outage watch finds Neo4j gone, and refuses new work until it is back. */
class Outage {
  available = true;
  readonly #waiting = new Set<(e: Error) => void>();
  down(): void {
    if (!this.available) return;
    this.available = false;
    for (const giveUp of this.#waiting) giveUp(unavailable());
  }
  up(): void {
    this.available = true;
  }
  /** Races `work` against the next outage; nothing stays registered once it settles. */
  async race<T>(work: Promise<T>): Promise<T> {
    let giveUp: (e: Error) => void = () => {};
    const lost = new Promise<never>((_, fail) => {
      giveUp = fail;
    });
    this.#waiting.add(giveUp);
    try {
      return await Promise.race([work, lost]);
    } finally {
      this.#waiting.delete(giveUp);
    }
  }
}

export class Database {
  readonly #driver: Driver;
  readonly #bookmarks: BookmarkManager = neo4j.bookmarkManager();
  readonly #checkModes: boolean;
  readonly #checked = new Set<string>();
  readonly #outage = new Outage();
  #watch: NodeJS.Timeout | null = null;

  constructor(readonly opts: DbOptions) {
    this.#driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      // A stalled or dead Neo4j must surface within seconds, not the driver's default minute and a half.
      connectionAcquisitionTimeout: 4_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 3_000,
      userAgent: 'levermap',
    });
    this.#checkModes = opts.checkAccessModes ?? false;
  }

  async verify(): Promise<void> {
    try {
      await this.#driver.verifyConnectivity({ database: this.opts.database });
    } catch (e) {
      throw new Error(`Cannot reach Neo4j at ${this.opts.uri}: ${(e as Error).message}`, { cause: e });
    }
  }

  /**
   * Starts probing Neo4j (RETURN 1) every intervalMs. A probe that fails or takes longer than timeoutMs marks it
   * down: work in flight is given up with DATABASE_UNAVAILABLE and new work is refused at once, until a probe
   * succeeds again. A stalled server (no answer at all) would otherwise hold every request open.
   */
  watch(opts: WatchOptions = {}): void {
    if (this.#watch) return;
    const intervalMs = opts.intervalMs ?? 1000;
    const timeoutMs = opts.timeoutMs ?? 1500;
    let pending = 0;
    const probe = async () => {
      // A hung probe holds a connection; a few at most, so a long stall cannot drain the pool.
      if (pending >= 3) return this.#set(false, opts.onChange);
      pending += 1;
      const ok = await this.ping(timeoutMs);
      pending -= 1;
      this.#set(ok, opts.onChange);
    };
    this.#watch = setInterval(probe, intervalMs);
    this.#watch.unref();
  }

  #set(ok: boolean, onChange?: (available: boolean) => void): void {
    if (ok === this.#outage.available) return;
    if (ok) this.#outage.up();
    else this.#outage.down();
    onChange?.(ok);
  }

  /** Whether the outage watch last found Neo4j answering (always true when nothing watches). */
  get available(): boolean {
    return this.#outage.available;
  }

  /** A bounded check that Neo4j answers: true or false within timeoutMs, whatever the server is doing. */
  async ping(timeoutMs: number): Promise<boolean> {
    const session = this.#driver.session({ database: this.opts.database, defaultAccessMode: neo4j.session.READ });
    const work = session.run('RETURN 1').then(() => true);
    try {
      return await within(work, timeoutMs, () => unavailable());
    } catch {
      return false;
    } finally {
      // A stalled server may never answer the close either: do not wait for it.
      work.finally(() => session.close().catch(() => undefined)).catch(() => undefined);
    }
  }

  /**
   * The graph's version: the bookmark Neo4j gives any read, which names the last transaction committed to the
   * database, by this process or any other. Two equal versions mean nothing was committed between them, so an
   * answer read between them is what that version of the graph holds (graph-cache.ts keeps such answers). Null
   * when the server gives no bookmark: then no version can be told from another.
   */
  async version(): Promise<string | null> {
    let version: string | null = null;
    await this.#tx(
      'READ',
      'graph-version',
      'managed',
      5_000,
      (tx) => tx.run('RETURN 1'),
      (bookmarks) => {
        version = bookmarks.length ? [...bookmarks].sort().join(' ') : null;
      },
    );
    return version;
  }

  read(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const gone = abandonedReads();
    if (gone) return Promise.reject(gone);
    return this.#tx('READ', name, 'managed', timeoutMs, async (tx) =>
      rowsOf(await tx.run(cypher(name), paramsOf(params))),
    );
  }

  async write(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    await this.#checkWrites(name);
    return this.#tx('WRITE', name, 'managed', timeoutMs, async (tx) =>
      rowsOf(await tx.run(cypher(name), paramsOf(params))),
    );
  }

  /**
   * A read-only statement sent in WRITE mode works on one machine but goes to a cluster's leader; this finds it.
   * (The reverse needs no check: Neo4j refuses a write in a READ transaction.)
   */
  async #checkWrites(name: string): Promise<void> {
    if (!this.#checkModes || this.#checked.has(name)) return;
    // The check is the door's own, not the request's read: a client leaving must not stop its write.
    const { queryType } = await outsideRequest(() => this.explain('access-mode-check', cypher(name)));
    this.#checked.add(name);
    if (queryType === 'r')
      throw new Error(`statement ${name} only reads, but runs in WRITE mode: use read() so a cluster routes it`);
  }

  /** Several read statements in one read transaction (one snapshot), sent together; rows per statement, in order. */
  readAll(steps: Step[], timeoutMs?: number): Promise<Row[][]> {
    const gone = abandonedReads();
    if (gone) return Promise.reject(gone);
    return this.transaction(
      'READ',
      steps.map((s) => s.name).join(','),
      (run) => Promise.all(steps.map((s) => run(s.name, s.params))),
      { timeoutMs },
    );
  }

  /** Several statements in one write transaction (all or nothing), e.g. a seed batch. */
  writeAll(steps: Step[], timeoutMs = this.opts.queryTimeoutMs * 6): Promise<Row[][]> {
    return this.transaction(
      'WRITE',
      steps.map((s) => s.name).join(','),
      async (run) => {
        const out: Row[][] = [];
        for (const s of steps) out.push(await run(s.name, s.params));
        return out;
      },
      { timeoutMs },
    );
  }

  /**
   * Runs `work` in one transaction: JavaScript between statements (an import checks each batch and throws to
   * roll everything back). Without `rollback` it is managed, so `work` may run again after a transient error.
   */
  transaction<T>(mode: Mode, label: string, work: (run: RunStep) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    const ending: Ending = opts.rollback ? 'rollback' : opts.once ? 'commit' : 'managed';
    return this.#tx(mode, label, ending, opts.timeoutMs, (tx) =>
      work(async (name, params = {}) => rowsOf(await tx.run(cypher(name), paramsOf(params, opts.typedParams)))),
    );
  }

  /**
   * Streams the rows of one read statement to `each` without holding them (a backup writes them to a file).
   * Not retried: a retry would hand `each` the same rows twice. Returns how many rows there were.
   */
  readEach(
    name: string,
    params: Params,
    each: (row: Row) => void | Promise<void>,
    timeoutMs = 600_000,
  ): Promise<number> {
    return this.#tx('READ', name, 'commit', timeoutMs, async (tx) => {
      let n = 0;
      for await (const record of tx.run(cypher(name), paramsOf(params))) {
        await each(record.toObject());
        n += 1;
      }
      return n;
    });
  }

  /**
   * Streams several read statements, one after the other, in ONE read transaction (a backup's passes), each
   * statement's rows to its `each`. Not retried. Returns the row count per statement.
   */
  readEachInOne(label: string, steps: EachStep[], timeoutMs = 600_000): Promise<number[]> {
    return this.#tx('READ', label, 'commit', timeoutMs, async (tx) => {
      const counts: number[] = [];
      for (const step of steps) {
        let n = 0;
        for await (const record of tx.run(cypher(step.name), paramsOf(step.params ?? {}))) {
          await step.each(record.toObject());
          n += 1;
        }
        counts.push(n);
      }
      return counts;
    });
  }

  /**
   * Plans raw Cypher without running it (EXPLAIN) in a read transaction, and returns Neo4j's summary: its
   * queryType, the database and the plan. For the read-only console, which decides from it what may run.
   */
  explain(label: string, text: string, params: Params = {}, timeoutMs?: number): Promise<ResultSummary> {
    return this.#tx(
      'READ',
      `${label}/explain`,
      'managed',
      timeoutMs,
      async (tx) => (await tx.run(`EXPLAIN ${text}`, paramsOf(params))).summary,
    );
  }

  /**
   * Streams raw Cypher in a read transaction that is always rolled back, stopping after maxRows records
   * (truncated says the cap stopped it). `before` names statements run first in the same transaction; their rows
   * go to `start`, which returns how to map each record (e.g. the console learns what to redact first).
   */
  stream<T>(
    label: string,
    text: string,
    params: Params,
    opts: { timeoutMs?: number; maxRows: number; before?: string[] },
    start: (before: Row[][], columns: string[]) => (record: Neo4jRecord) => T,
  ): Promise<{ columns: string[]; rows: T[]; truncated: boolean }> {
    return this.#tx('READ', label, 'rollback', opts.timeoutMs, async (tx) => {
      const before: Row[][] = [];
      for (const name of opts.before ?? []) before.push(rowsOf(await tx.run(cypher(name))));
      const result = tx.run(text, paramsOf(params));
      const columns = [...(await result.keys())];
      const map = start(before, columns);
      const rows: T[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === opts.maxRows) {
          truncated = true;
          break;
        }
        rows.push(map(record));
      }
      return { columns, rows, truncated };
    });
  }

  /** Runs raw Cypher text: only for schema files, and tests that inspect the database. */
  runText(mode: Mode, label: string, text: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.#tx(mode, label, 'managed', timeoutMs, async (tx) => rowsOf(await tx.run(text, paramsOf(params))));
  }

  close(): Promise<void> {
    if (this.#watch) clearInterval(this.#watch);
    this.#watch = null;
    return this.#driver.close();
  }

  /**
   * Ends in Neo4j every transaction whose metadata `key` is `value` (`query`: the label a statement ran under;
   * `request`: the HTTP request), polling until none is left, `stillOpen()` is false as well, or a minute has
   * passed. Returns how many were ended. Never part of a request, so never cancelled with the one it ends.
   */
  terminateTagged(key: 'query' | 'request', value: string, stillOpen: () => boolean = () => false): Promise<number> {
    return outsideRequest(async () => {
      const find = async () =>
        (
          await this.#tx('READ', 'transactions/find-tagged', 'managed', 5_000, async (tx) =>
            rowsOf(await tx.run(cypher('transactions/find-tagged'), { key, value })),
          )
        ).map((r) => r.transactionId as string);
      const until = Date.now() + 60_000;
      const ended = new Set<string>();
      for (let ids = await find(); (ids.length || stillOpen()) && Date.now() < until; ids = await find()) {
        if (ids.length) {
          await this.#tx('WRITE', 'transactions/terminate', 'managed', 5_000, (tx) =>
            tx.run(cypher('transactions/terminate'), { ids }),
          ).catch(() => undefined);
          for (const id of ids) ended.add(id);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return ended.size;
    });
  }

  /** Read transactions now running per request id (a request may run several at once). */
  readonly #openReads = new Map<string, number>();
  readonly #watched = new WeakSet<AbortSignal>();

  /**
   * Tags a read with its request's id and, the first time a request reads, arranges that its client leaving ends
   * whatever reads of it are still running in Neo4j (a read that has started would otherwise run to its end for
   * nobody). Returns the metadata to add and a function to call when the read is over.
   */
  #trackRead(): { tag: Record<string, string>; signal?: AbortSignal; done: () => void } {
    const req = currentRequest();
    if (!req) return { tag: {}, done: () => {} };
    const { id, signal } = req;
    if (!this.#watched.has(signal)) {
      this.#watched.add(signal);
      const open = () => (this.#openReads.get(id) ?? 0) > 0;
      signal.addEventListener(
        'abort',
        () => {
          if (open()) void this.terminateTagged('request', id, open).catch(() => undefined);
        },
        { once: true },
      );
    }
    this.#openReads.set(id, (this.#openReads.get(id) ?? 0) + 1);
    return {
      tag: { request: id },
      signal,
      done: () => {
        const n = (this.#openReads.get(id) ?? 1) - 1;
        if (n > 0) this.#openReads.set(id, n);
        else this.#openReads.delete(id);
      },
    };
  }

  /** The one place a session is opened. */
  async #tx<T>(
    mode: Mode,
    label: string,
    ending: Ending,
    timeoutMs: number | undefined,
    body: (tx: Runner) => Promise<T>,
    seen?: (bookmarks: string[]) => void,
  ): Promise<T> {
    // While the outage watch finds Neo4j gone, refuse at once rather than queue behind a dead connection.
    if (!this.#outage.available) throw unavailable();
    // Reads of a request are tagged so that they can be ended when its client leaves; writes always run to their end.
    const track = mode === 'READ' ? this.#trackRead() : { tag: {}, signal: undefined, done: () => {} };
    const session = this.#driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.#bookmarks,
    });
    const config = {
      metadata: { app: 'levermap', query: label, ...track.tag },
      timeout: timeoutMs ?? this.opts.queryTimeoutMs,
    };
    let committing = false;
    let abandoned = false;
    // Work given up on (the server stalled) must never commit later, when the server wakes: it rolls back.
    // A read whose client has gone is not started (nor retried after Neo4j ended it).
    const guarded = async (tx: Runner) => {
      if (track.signal?.aborted) throw cancelled();
      const out = await body(tx);
      if (abandoned) throw unavailable();
      return out;
    };
    const work = (async () => {
      if (ending === 'managed') {
        const out = await (mode === 'READ'
          ? session.executeRead(guarded, config)
          : session.executeWrite(guarded, config));
        seen?.(session.lastBookmarks());
        return out;
      }
      const tx = session.beginTransaction(config);
      try {
        const out = await guarded(tx);
        if (ending === 'commit') {
          committing = true;
          await tx.commit();
          committing = false;
          seen?.(session.lastBookmarks());
        }
        return out;
      } finally {
        // Nothing a rehearsal did may last, and a stream cut short (row cap, error) must be stopped.
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    })();
    let finished = false;
    work.then(
      () => {
        finished = true;
      },
      () => {
        finished = true;
      },
    );
    try {
      return await this.#outage.race(work);
    } catch (e) {
      abandoned = !finished;
      // Ended in Neo4j because its client left (or about to be): say so, not that it failed.
      if (track.signal?.aborted && !(e instanceof AppError && e.extensions.code === 'DATABASE_UNAVAILABLE'))
        throw cancelled();
      const mapped = mapError(e, mode);
      // The commit was sent and no answer came back: it may have landed.
      if (
        committing &&
        mode === 'WRITE' &&
        mapped instanceof AppError &&
        mapped.extensions.code === 'DATABASE_UNAVAILABLE'
      )
        throw unavailable({ outcome: 'UNKNOWN' });
      throw mapped;
    } finally {
      track.done();
      const close = () => session.close().catch(() => undefined);
      // Given up on a stalled server: close the session when (if ever) its work ends, without waiting for it.
      if (finished) await close();
      else work.then(close, close);
    }
  }
}

/**
 * A read for a request whose client has gone is work nobody waits for: under load, a backlog of them would keep the
 * API slow after the load stops. Writes still run, so that what a client sent is never half-known.
 */
function abandonedReads(): AppError | null {
  return requestSignal()?.aborted ? cancelled() : null;
}

const cancelled = () =>
  new AppError('CANCELLED', 'the request was abandoned by its client, so its reads were stopped or not run');

/** Neo4j errors by code to the API's errors; anything else passes through unchanged. */
export function mapError(e: unknown, mode: Mode = 'READ'): Error {
  if (e instanceof AppError) return e;
  if (e instanceof Neo4jError) {
    const code = e.code ?? '';
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return new AppError('CONFLICT', 'a node or link with that id already exists');
    if (
      code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      code === 'Neo.TransientError.Transaction.LockClientStopped' ||
      code.includes('TransactionTimedOut')
    ) {
      return new AppError('TIMEOUT', 'the query took too long and was stopped');
    }
    if (
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      // The driver's own connection and pool timeouts carry no code; their wording is the driver's, not a user's.
      /^(Connection acquisition timed out|Failed to establish connection|Connection was closed)/.test(e.message)
    ) {
      return unavailable();
    }
    if (code === 'Neo.ClientError.Statement.AccessMode')
      return new AppError('BAD_USER_INPUT', 'this query would write, and only reads are allowed here');
    if (code.startsWith('Neo.ClientError.Statement.'))
      return new AppError('BAD_USER_INPUT', `the query was rejected: ${e.message.split('\n')[0]}`, { neo4jCode: code });
    if (code.includes('Memory')) {
      // A write this big is an import or restore: say how to make it fit.
      if (mode === 'WRITE') {
        return new AppError(
          'BAD_USER_INPUT',
          'nothing was written: this is more than the database lets one transaction hold in memory. ' +
            'Split the file into smaller files, or raise the limit (LEVERMAP_TX_MEMORY_MB for the local Neo4j, db.memory.transaction.max on your own server)',
          { reason: 'TRANSACTION_MEMORY' },
        );
      }
      return new AppError('BAD_USER_INPUT', 'the query needed more memory than one request may use');
    }
  }
  return e instanceof Error ? e : new Error(String(e));
}
