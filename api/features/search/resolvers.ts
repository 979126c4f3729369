/** Grouped search: entities, findings and passages, each from its own feature's search. */
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { pageSize } from '../entities/pagination.js';
import { passageSearch } from '../evidence/reading.js';
import { searchFindings } from '../findings/search.js';
import { luceneQuery } from '../../db/lucene.js';
import { searchEntities } from './entities.js';

const Query: QueryResolvers = {
  async searchGroups(_p, { text, first, types }, ctx) {
    const n = pageSize(first, 50);
    const entities = await searchEntities(ctx, text, n, types);
    // Text with no words finds no finding (searchFindings alone refuses it, as a field of its own).
    const findings = luceneQuery(text) ? await searchFindings(ctx.db, text, n) : [];
    const passages = await passageSearch(ctx, text, n);
    return { text, entities, findings, passages };
  },
};

export const searchResolvers: Resolvers = { Query };
