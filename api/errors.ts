/** Errors with a stable code for clients; messages name the problem, never Cypher or internals. */
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { describeIssues } from '../model/issues.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'TOO_MANY_REQUESTS'
  | 'CANCELLED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} "${id}" not found`, { id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);

/**
 * A failed zod parse of an input as one BAD_USER_INPUT listing every problem, in plain words
 * (model/issues.ts); `problems` gives them one by one, `field` the first.
 */
export function zodBadInput(error: z.ZodError, root: unknown, prefix: readonly PropertyKey[] = []): AppError {
  const problems = describeIssues(error, root, prefix);
  return new AppError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    field: problems[0]?.field,
    problems,
  });
}
