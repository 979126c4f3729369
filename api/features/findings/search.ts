/** Full-text search over findings: its own group of search results, for searchFindings and any grouped search. */
import type { Database } from '../../db/database.js';
import { luceneQuery } from '../../db/lucene.js';
import { badInput } from '../../errors.js';
import { readRows } from '../shared/rows.js';
import { type FindingRow, toFinding } from './rows.js';

export async function searchFindings(
  db: Database,
  text: string,
  first: number,
): Promise<{ finding: FindingRow; score: number }[]> {
  const query = luceneQuery(text);
  if (!query) throw badInput('text', 'give some words to search for');
  const rows = await readRows<{ props: Record<string, unknown>; score: number }>(db, 'knowledge/search-findings', {
    query,
    first,
  });
  return rows.map((r) => ({ finding: toFinding(r.props), score: r.score }));
}
