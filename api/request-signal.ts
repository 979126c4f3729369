/**
 * Each HTTP request's AbortSignal, aborted when the client goes away before the response is sent. Mounted by
 * api/server.ts in front of GraphQL and the exports; long work (the console, whole-graph analysis) reads it with
 * requestSignal() to stop what nobody is waiting for.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

const store = new AsyncLocalStorage<AbortSignal>();

export function requestSignal(): AbortSignal | undefined {
  return store.getStore();
}

/** Runs `work` as part of a request with this signal (what abortWhenClientLeaves does for each HTTP request). */
export function withRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return store.run(signal, work);
}

export function abortWhenClientLeaves(req: Request, res: Response, next: NextFunction) {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  req.on('aborted', () => controller.abort());
  store.run(controller.signal, next);
}
