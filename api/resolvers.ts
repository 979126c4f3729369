/** All resolvers: each feature module exports a Resolvers map; root types are merged field by field. */
import type { Resolvers } from './generated/graphql.js';
import { analysisResolvers } from './features/alignment/resolvers.js';
import { evidenceResolvers } from './features/evidence/resolvers.js';
import { authResolvers } from './features/auth/resolvers.js';
import { ioResolvers } from './features/io/resolvers.js';
import { Mutation } from './features/entities/mutation.js';
import { Query } from './features/entities/query.js';
import { suggestResolvers } from './features/suggest/resolvers.js';
import { typeResolvers } from './features/entities/types.js';
import { workspaceResolvers } from './features/workspace/resolvers.js';

const modules: Resolvers[] = [typeResolvers, { Query, Mutation }, authResolvers, workspaceResolvers, suggestResolvers, analysisResolvers, ioResolvers, evidenceResolvers];

function merge(all: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const m of all) {
    for (const [type, fields] of Object.entries(m)) {
      out[type] = { ...(out[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(modules);
