/** All resolvers: each feature module exports a Resolvers map; root types are merged field by field. */
import type { Resolvers } from '../generated/graphql.js';
import { analysisResolvers } from './analysis.js';
import { authResolvers } from './auth.js';
import { ioResolvers } from './io.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { suggestResolvers } from './suggest.js';
import { typeResolvers } from './types.js';
import { workspaceResolvers } from './workspace.js';

const modules: Resolvers[] = [typeResolvers, { Query, Mutation }, authResolvers, workspaceResolvers, suggestResolvers, analysisResolvers, ioResolvers];

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
