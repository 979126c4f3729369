/** Network analysis over the (filtered) graph: paths, centrality, communities, and the graph as a file. */
import { graphFile } from './export.js';
import { intArg } from '../shared/args.js';
import { centrality, communities, loadGraph, neighbourhoodCommunities, paths } from './network.js';
import type { NeighbourhoodResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';

const Query: QueryResolvers = {
  async paths(_p, { from, to, maxLength, filter, limit }, ctx) {
    const max = intArg('maxLength', maxLength, 4, 1, 4);
    const cap = intArg('limit', limit, 50, 1, 1000);
    return paths(await loadGraph(ctx.db, filter), from, to, max, cap);
  },

  async centrality(_p, { filter, orderBy, first }, ctx) {
    const n = intArg('first', first, 20, 1, 5000);
    return centrality(await loadGraph(ctx.db, filter), orderBy ?? 'DEGREE', n);
  },

  async communities(_p, { filter, first, members }, ctx) {
    return communities(
      await loadGraph(ctx.db, filter),
      intArg('first', first, 20, 1, 1000),
      intArg('members', members, 10, 0, 1000),
    );
  },

  async exportGraph(_p, { format, filter }, ctx) {
    const g = await loadGraph(ctx.db, filter);
    return graphFile(g, format, filter?.focus ? `${filter.focus}-depth-${filter.depth ?? 2}` : 'graph');
  },
};

const Neighbourhood: NeighbourhoodResolvers = {
  communities: (n, _a, ctx) =>
    neighbourhoodCommunities(
      ctx.db,
      n.nodes.map((x) => x.id),
      n.edges.map((e) => [e.source, e.target]),
    ),
};

export const networkResolvers: Resolvers = { Query, Neighbourhood };
