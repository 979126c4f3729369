/** Grouped search: entities and passages, each from its own feature's search. */
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { pageSize } from '../entities/pagination.js';
import { passageSearch } from '../evidence/reading.js';
import { searchEntities } from './entities.js';

const Query: QueryResolvers = {
  async searchGroups(_p, { text, first, types }, ctx) {
    const n = pageSize(first, 50);
    const [entities, passages] = [await searchEntities(ctx, text, n, types), await passageSearch(ctx, text, n)];
    return { text, entities, passages };
  },
};

export const searchResolvers: Resolvers = { Query };
