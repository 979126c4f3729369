/** All resolvers: each feature module exports a Resolvers map; root types are merged field by field. */
import type { Resolvers } from './generated/graphql.js';
import { alignmentResolvers } from './features/alignment/resolvers.js';
import { consoleResolvers } from './features/console/resolvers.js';
import { leverResolvers } from './features/levers/resolvers.js';
import { networkResolvers } from './features/network/resolvers.js';
import { evidenceResolvers } from './features/evidence/resolvers.js';
import { sharedResolvers } from './features/shared/resolvers.js';
import { authResolvers } from './features/auth/resolvers.js';
import { ioResolvers } from './features/io/resolvers.js';
import { openDataResolvers } from './features/opendata/resolvers.js';
import { entityResolvers } from './features/entities/resolvers.js';
import { suggestResolvers } from './features/suggest/resolvers.js';
import { workspaceResolvers } from './features/workspace/resolvers.js';
import { findingResolvers } from './features/findings/resolvers.js';
import { studyResolvers } from './features/studies/resolvers.js';
import { vocabularyResolvers } from './features/vocabulary/resolvers.js';
import { tableResolvers } from './features/table/resolvers.js';
import { searchResolvers } from './features/search/resolvers.js';

const modules: Resolvers[] = [
  sharedResolvers,
  entityResolvers,
  authResolvers,
  workspaceResolvers,
  suggestResolvers,
  alignmentResolvers,
  tableResolvers,
  leverResolvers,
  networkResolvers,
  consoleResolvers,
  ioResolvers,
  openDataResolvers,
  evidenceResolvers,
  findingResolvers,
  studyResolvers,
  vocabularyResolvers,
  searchResolvers,
];

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
