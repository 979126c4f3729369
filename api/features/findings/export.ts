/**
 * The knowledge export: findings, studies, tables and vocabulary terms in the shapes of a seed file's sections
 * (model/schemas.ts), so what is exported can be read, checked and loaded again as seed data.
 */
import { decodeCitations } from '../../../model/citation.js';
import type { Database } from '../../db/database.js';
import { readRows } from '../shared/rows.js';

const STORE_ONLY = new Set(['evSource', 'evLine', 'evQuote', 'evRecord', 'version', 'samplesJson', 'rowsJson']);
const SECTION: Record<string, 'findings' | 'studies' | 'tables' | 'vocabulary'> = {
  Finding: 'findings',
  Study: 'studies',
  DataTable: 'tables',
  VocabularyTerm: 'vocabulary',
};

function modelObject(label: string, p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (!STORE_ONLY.has(k) && !k.startsWith('check')) out[k] = v;
  if (label === 'Finding' && p.checkQuestion)
    out.check = { question: p.checkQuestion, lever: p.checkLever ?? undefined, count: p.checkCount ?? undefined };
  if (label === 'Study') out.samples = JSON.parse(String(p.samplesJson ?? '[]'));
  if (label === 'DataTable') out.rows = JSON.parse(String(p.rowsJson ?? '[]'));
  out.evidence = decodeCitations(p).map(({ sourceId, line, quote }) => ({ sourceId, line, quote }));
  return out;
}

export async function exportKnowledge(db: Database) {
  const rows = await readRows<{ label: string; props: Record<string, unknown> }>(db, 'knowledge/all');
  const doc = { findings: [], studies: [], tables: [], vocabulary: [] } as Record<string, unknown[]>;
  for (const r of rows) {
    const section = SECTION[r.label];
    if (section) doc[section]!.push(modelObject(r.label, r.props));
  }
  return doc;
}
