/**
 * Every write path checks its citations here before anything is written: the GraphQL mutations (entities,
 * links, workspace drafts and their publishing), imports (dry run and commit), restore and the seed loader.
 * The rule itself is model/quote-match.ts; this only finds the documents and names the field of a miss.
 */
import { checkCitation, type CitationLike, type CitationCheck, type DocumentText } from '../../../model/quote-match.js';
import { badInput } from '../../errors.js';
import type { SourceCatalog } from './catalog.js';

export interface CitationMiss {
  index: number;
  field: string;
  message: string;
  foundOn?: number;
}

/** The misses among citations, checked against the given documents (a missing document is an unknown source). */
export function misses(evidence: readonly CitationLike[], docs: ReadonlyMap<string, DocumentText>): CitationMiss[] {
  const out: CitationMiss[] = [];
  evidence.forEach((c, index) => {
    const r: CitationCheck = checkCitation(c, docs.get(c.sourceId));
    if (!r.ok) out.push({ index, field: r.field, message: r.message, foundOn: r.foundOn });
  });
  return out;
}

/** Throws BAD_USER_INPUT for the first citation that fails, naming it as `${prefix}.evidence[i].field`. */
export async function requireCitations(
  catalog: SourceCatalog,
  evidence: readonly CitationLike[] | null | undefined,
  prefix = 'input',
): Promise<void> {
  if (!evidence?.length) return;
  const docs = await catalog.documents(evidence.map((c) => c.sourceId));
  const [m] = misses(evidence, docs);
  if (m) throw badInput(`${prefix}.evidence[${m.index}].${m.field}`, m.message);
}
