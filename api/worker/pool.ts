/**
 * Work that could hold the event loop (whole-graph analysis, console results of any size) runs in worker
 * threads, each with its own connection to Neo4j through the same Database class. A pool keeps up to `max`
 * workers; a call beyond that is refused with TOO_MANY_REQUESTS rather than queued. A call that outlives its
 * time, or whose HTTP client has gone away, terminates its worker (the work stops mid-expression) and a fresh
 * worker replaces it on the next call.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DbOptions } from '../db/database.js';
import { AppError, type ErrorCode } from '../errors.js';

const TS = import.meta.url.endsWith('.ts');
const ENTRY = new URL(`./entry.${TS ? 'ts' : 'js'}`, import.meta.url);

function spawn(options: DbOptions): Worker {
  // Only the connection settings: a caller's options object may carry more (functions cannot be cloned).
  const db: DbOptions = {
    uri: options.uri,
    user: options.user,
    password: options.password,
    database: options.database,
    queryTimeoutMs: options.queryTimeoutMs,
  };
  if (!TS) return new Worker(ENTRY, { workerData: { db } });
  // Running from TypeScript sources (tsx, vitest): the worker registers tsx before loading its entry.
  const tsx = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); })`,
    { eval: true, workerData: { db } },
  );
}

/** onAbandon runs when a call is given up (timeout or client gone); the call's slot stays taken until it settles. */
export interface TaskOptions {
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  onAbandon?: () => Promise<void>;
}
interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { message: string; extensions?: Record<string, unknown> };
}

export class WorkerPool {
  private idle: Worker[] = [];
  private busy = 0;
  private next = 1;
  constructor(
    readonly name: string,
    readonly max: number,
    private readonly db: DbOptions,
    private readonly busyMessage: string,
  ) {}

  get running() {
    return this.busy;
  }

  async run<T>(task: string, args: unknown, opts: TaskOptions): Promise<T> {
    if (opts.signal?.aborted) throw new AppError('BAD_USER_INPUT', 'the request was cancelled');
    if (this.busy >= this.max)
      throw new AppError('TOO_MANY_REQUESTS', this.busyMessage, {
        limit: this.max,
        http: { status: 429, headers: new Map([['retry-after', '1']]) },
      });
    this.busy++;
    let worker: Worker | undefined;
    const id = this.next++;
    let reusable = false;
    let abandoned: Promise<void> | undefined;
    try {
      worker = this.idle.pop() ?? spawn(this.db);
      worker.ref();
      const w = worker;
      return await new Promise<T>((resolve, reject) => {
        const stop = (e: Error) => {
          done();
          abandoned = opts.onAbandon?.().catch(() => undefined);
          reject(e);
        };
        const timer = setTimeout(
          () => stop(new AppError('TIMEOUT', 'the query took too long and was stopped')),
          opts.timeoutMs,
        );
        const abort = () => stop(new AppError('BAD_USER_INPUT', 'the request was cancelled'));
        opts.signal?.addEventListener('abort', abort, { once: true });
        const done = () => {
          clearTimeout(timer);
          opts.signal?.removeEventListener('abort', abort);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        };
        const onMessage = (m: Reply) => {
          if (m.id !== id) return;
          done();
          reusable = true;
          if (m.ok) resolve(m.value as T);
          else
            reject(
              new AppError(
                (m.error?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR',
                m.error?.message ?? 'Internal server error',
                m.error?.extensions ?? {},
              ),
            );
        };
        const onError = (e: Error) => {
          done();
          reject(e);
        };
        const onExit = () => {
          done();
          reject(new Error(`${this.name} worker stopped`));
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage({ id, task, args });
      });
    } finally {
      if (abandoned)
        void abandoned.finally(() => {
          this.busy--;
        });
      else this.busy--;
      if (worker && reusable && this.idle.length < this.max) {
        worker.unref();
        this.idle.push(worker);
      } else void worker?.terminate();
    }
  }

  /** Starts the pool's workers ahead of the first call (a cold worker takes a while to load its modules). */
  warm(): this {
    while (this.idle.length + this.busy < this.max) {
      const w = spawn(this.db);
      w.unref();
      this.idle.push(w);
    }
    return this;
  }

  async close(): Promise<void> {
    const ws = this.idle;
    this.idle = [];
    await Promise.all(ws.map((w) => w.terminate()));
  }
}

/** One pool per name and database, made on first use. */
const pools = new Map<string, WorkerPool>();
export function pool(name: string, max: number, db: DbOptions, busyMessage: string): WorkerPool {
  const key = `${name}\u0000${db.uri}\u0000${db.database}\u0000${db.user}`;
  let p = pools.get(key);
  if (!p) {
    p = new WorkerPool(name, max, db, busyMessage);
    pools.set(key, p);
  }
  return p;
}
export async function closePools(): Promise<void> {
  const ps = [...pools.values()];
  pools.clear();
  await Promise.all(ps.map((p) => p.close()));
}
