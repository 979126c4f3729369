/** Scalars every feature's schema may use. */
import { JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../../generated/graphql.js';

export const sharedResolvers: Resolvers = { JSON: JSONResolver };
