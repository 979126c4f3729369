/** The initiatives table: the GraphQL field; the export downloads are in http.ts. */
import type { QueryResolvers, Resolvers, InitiativeTableFilter } from '../../generated/graphql.js';
import { NO_TABLE_FILTERS } from '../../../model/table-view.js';
import { LEVERS } from '../../../model/vocabulary.js';
import { claimsArg, dateArg, intArg } from '../shared/args.js';
import { refOf } from '../alignment/present.js';
import { initiativeTable, type TableFilter, type TableRow } from './table.js';

/** The GraphQL filter as the table reads it (the same shape the URL view has). */
export function filterOf(f: InitiativeTableFilter | null | undefined): TableFilter {
  const none = NO_TABLE_FILTERS;
  return {
    place: f?.place ?? null,
    status: f?.status ?? [],
    alignment: f?.alignment ?? [],
    flags: f?.flags ?? [],
    levers: Object.fromEntries(
      LEVERS.map((l) => [l, [...new Set(f?.levers?.filter((x) => x.lever === l).flatMap((x) => x.states))]]),
    ) as TableFilter['levers'],
    lacking: f?.lacking ?? none.lacking,
    element: f?.frameworkElement ?? null,
    targetGroup: f?.targetGroup ?? null,
    organisation: f?.organisation ?? null,
    partnership: f?.partnership ?? null,
  };
}

const present = (r: TableRow) => ({
  ...r,
  initiative: refOf({ id: r.id, name: r.name, placeholder: r.placeholder, label: 'Initiative' }),
});

const Query: QueryResolvers = {
  async initiativeTable(_p, { filter, asOf, sort, descending, first, offset, includeUnverified }, ctx) {
    const t = await initiativeTable(ctx.db, {
      filter: filterOf(filter),
      asOf: dateArg('asOf', asOf),
      sort: sort ?? 'NAME',
      descending: descending ?? false,
      first: intArg('first', first, 50, 0, 500),
      offset: intArg('offset', offset, 0, 0, 1_000_000),
      claims: claimsArg(includeUnverified),
    });
    return { ...t, rows: t.rows.map(present) } as never;
  },
};

export const tableResolvers: Resolvers = { Query };
