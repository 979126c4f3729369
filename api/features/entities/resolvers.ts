/** Entities: reading (query.ts), editing (mutation.ts) and the field resolvers of their types (types.ts). */
import type { Resolvers } from '../../generated/graphql.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { typeResolvers } from './types.js';

export const entityResolvers: Resolvers = { ...typeResolvers, Query, Mutation };
