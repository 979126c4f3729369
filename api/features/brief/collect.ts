/**
 * Reads what a board brief needs: the subject and the initiatives it covers (cypher/brief/subject), their
 * alignment facts with evidence (the alignment report), and the titles of the documents cited.
 */
import { decodeCitations } from '../../../model/citation.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { alignmentRows } from '../alignment/report.js';
import type { SourceCatalog } from '../evidence/catalog.js';
import { DEFAULT_CLAIMS } from '../shared/args.js';
import { BRIEF_KINDS, type BriefInput, type BriefKind } from './content.js';

export async function briefInput(
  db: Database,
  sources: SourceCatalog,
  kind: BriefKind,
  id: string,
  asOf: string,
  generated: string,
): Promise<BriefInput> {
  const [s] = await db.read('brief/subject', { label: BRIEF_KINDS[kind], id, claims: DEFAULT_CLAIMS });
  if (!s) throw notFound(kind, id);
  const ids = s.initiatives as string[];
  const rows = ids.length ? await alignmentRows(db, { asOf, ids, evidence: true }) : [];
  const titles = new Map([...(await sources.all()).values()].map((x) => [x.id, x.title]));
  return {
    subject: {
      kind,
      id: s.id as string,
      name: s.name as string,
      placeholder: Boolean(s.placeholder),
      evidence: decodeCitations(s),
    },
    initiatives: rows.map((r) => ({ facts: r.facts, alignment: r.alignment })),
    generated,
    asOf,
    titles,
  };
}
