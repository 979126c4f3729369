/** The vocabularies held as cited nodes: framework elements, lever classes and prevention tiers. */
import { decodeCitations } from '../../../model/citation.js';
import type { Lever, VocabularyKind } from '../../../model/vocabulary.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { readRows } from '../shared/rows.js';

const Query: QueryResolvers = {
  async vocabulary(_p, { kind }, ctx) {
    const rows = await readRows<{ props: Record<string, unknown> }>(ctx.db, 'knowledge/by-label', {
      label: 'VocabularyTerm',
      source: null,
      kind: kind ?? null,
      id: null,
    });
    // Document order: by the source and line of each term's first citation.
    const at = (p: Record<string, unknown>) => {
      const c = decodeCitations(p)[0];
      return c ? `${c.sourceId}:${String(c.line).padStart(7, '0')}` : '';
    };
    rows.sort((a, b) => at(a.props).localeCompare(at(b.props)));
    return rows.map(({ props: p }) => ({
      id: String(p.id),
      kind: p.kind as VocabularyKind,
      code: String(p.code),
      name: String(p.name),
      lever: (p.lever as Lever | undefined) ?? null,
      definition: typeof p.definition === 'string' ? p.definition : null,
      examples: (p.examples as string[] | undefined) ?? [],
      evidence: decodeCitations(p),
    }));
  },
};

export const vocabularyResolvers: Resolvers = { Query };
