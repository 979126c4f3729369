/**
 * Each HTTP request's AbortSignal, aborted when the client goes away before the response is sent, and an id for
 * the request. Mounted by api/server.ts in front of GraphQL and the exports; long work (the console, whole-graph
 * analysis) reads the signal with requestSignal() to stop what nobody is waiting for, and the database door tags
 * each read transaction with requestId() so that it can end in Neo4j what is still running when the client leaves.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestScope {
  signal: AbortSignal;
  id: string;
}
const store = new AsyncLocalStorage<RequestScope>();

export function requestSignal(): AbortSignal | undefined {
  return store.getStore()?.signal;
}

/** The request's signal and id together, or undefined outside a request. */
export function currentRequest(): Readonly<RequestScope> | undefined {
  return store.getStore();
}

/** Runs `work` as part of a request with this signal (what abortWhenClientLeaves does for each HTTP request). */
export function withRequestSignal<T>(signal: AbortSignal, work: () => T, id: string = randomUUID()): T {
  return store.run({ signal, id }, work);
}

/** Runs `work` outside any request: what it does is not the request's, and is never cancelled with it. */
export function outsideRequest<T>(work: () => T): T {
  return store.exit(work);
}

export function abortWhenClientLeaves(req: Request, res: Response, next: NextFunction) {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  req.on('aborted', () => controller.abort());
  withRequestSignal(controller.signal, next);
}
