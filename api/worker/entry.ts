/** A worker thread of api/worker/pool.ts: its own Database, and the tasks the API hands off the event loop. */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { Database, type DbOptions } from '../db/database.js';
import { consoleQuery } from '../features/console/console.js';
import { NETWORK_TASKS } from '../features/network/network.js';

// This thread yields to the API's event loop when CPUs are short (on Linux the nice value is per thread).
try {
  setPriority(19);
} catch {
  /* not allowed here: run at normal priority */
}
const db = new Database((workerData as { db: DbOptions }).db);
const TASKS: Record<string, (db: Database, args: never) => Promise<unknown>> = {
  console: consoleQuery as never,
  ...NETWORK_TASKS,
};

parentPort!.on('message', async ({ id, task, args }: { id: number; task: string; args: never }) => {
  try {
    const run = TASKS[task];
    if (!run) throw new Error(`unknown task ${task}`);
    parentPort!.postMessage({ id, ok: true, value: await run(db, args) });
  } catch (e) {
    const error =
      e instanceof GraphQLError
        ? { message: e.message, extensions: e.extensions }
        : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    if (!(e instanceof GraphQLError)) console.error(`[worker ${task}]`, e);
    parentPort!.postMessage({ id, ok: false, error });
  }
});
