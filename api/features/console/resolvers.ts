/** The read-only Cypher console (console.ts decides what may run). */
import { runConsole } from './console.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';

const Query: QueryResolvers = {
  async cypherConsole(_p, { query, params, timeoutMs, maxRows }, ctx) {
    return runConsole(ctx.db, { query, params, timeoutMs, maxRows });
  },
};

export const consoleResolvers: Resolvers = { Query };
