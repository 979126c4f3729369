/**
 * GET /export/initiative-table.csv | .xlsx ?<the table page's query>: every row of the view the page shows (its
 * filters and sort, all pages). A key or value the view does not know is refused, naming it (BAD_USER_INPUT).
 */
import type { Database } from '../../db/database.js';
import { badInput } from '../../errors.js';
import { parseTableView } from '../../../model/table-view.js';
import type { SourceCatalog } from '../evidence/catalog.js';
import { claimsArg, dateArg } from '../shared/args.js';
import { tableFile, type TableFile, type TableFormat } from './export.js';
import { initiativeTable } from './table.js';

export async function tableDownload(
  db: Database,
  sources: SourceCatalog | undefined,
  query: URLSearchParams,
  format: TableFormat,
): Promise<TableFile> {
  const { view, problems } = parseTableView(query);
  if (problems.length) throw badInput(problems[0]!.split(':')[0]!, problems.join('; '));
  const table = await initiativeTable(db, {
    filter: view,
    asOf: dateArg('asOf', view.asOf),
    sort: view.sort,
    descending: view.descending,
    first: null,
    offset: 0,
    claims: claimsArg(query.get('claims') !== 'verified'),
  });
  const titles = sources ? await sources.all() : new Map<string, { title: string }>();
  return tableFile(table, format, (id) => titles.get(id)?.title ?? id);
}
