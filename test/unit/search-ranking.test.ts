/** Search that forgives spelling, without the database: the name key, the Lucene query and the ranking. */
import { describe, expect, it } from 'vitest';
import { entityQuery } from '../../api/db/lucene.js';
import { matchOf, rankHits } from '../../api/features/search/entities.js';
import { nameKey } from '../../model/name-key.js';

describe('nameKey', () => {
  it('folds accents, case, apostrophes (straight or curly) and punctuation', () => {
    expect(nameKey('Esmée Fairbairn')).toBe(nameKey('ESMEE fairbairn'));
    expect(nameKey("Barnardo's")).toBe('barnardos');
    expect(nameKey('Barnardo’s')).toBe('barnardos');
    expect(nameKey('  Live-Well,  Gateshead ')).toBe('live well gateshead');
  });
});

describe('entityQuery', () => {
  it('searches a word with and without its apostrophe, and folds accents and curly quotes', () => {
    expect(entityQuery('Barnardos')).toContain("barnardo's");
    expect(entityQuery('Barnardo’s')).toContain('barnardos');
    expect(entityQuery('Esmée')).toContain('esmee');
    expect(entityQuery('Esmée')).not.toContain('é');
  });
  it('lets any named word match, so a phrase naming two bodies can find both, and drops words no name is found by', () => {
    const q = entityQuery('Gateshead Council and Durham County Council')!;
    expect(q).toContain('(gateshead OR gateshead~1) OR (council OR council~1)');
    expect(q).not.toMatch(/\band\*/);
  });
  it('gives nothing for text with no words', () => {
    expect(entityQuery(' () ')).toBeNull();
  });
});

const row = (name: string, score: number, placeholder = false, aliases: string[] = []) => ({
  id: nameKey(name).replace(/ /g, '-'),
  name,
  type: 'Organisation' as const,
  score,
  placeholder,
  aliases,
});

describe('ranking', () => {
  it('tells exact, named-in-phrase, prefix, all-words and fuzzy matches apart', () => {
    expect(matchOf('esmee fairbairn foundation', 'Esmée Fairbairn Foundation', [])).toBe('EXACT');
    expect(matchOf('Barnardos', "Barnardo's", [])).toBe('EXACT');
    expect(matchOf('Gateshead Council and Durham County Council', 'Durham County Council', [])).toBe('NAMED');
    expect(matchOf('Live Well', 'Live Well Gateshead', [])).toBe('PREFIX');
    expect(matchOf('Gateshead Well', 'Live Well Gateshead', [])).toBe('WORDS');
    expect(matchOf('Barnado', "Barnardo's", [])).toBe('FUZZY');
    expect(matchOf('LWG', 'Live Well Gateshead', ['LWG'])).toBe('EXACT');
  });
  it('puts the exact name first whatever the score, and placeholders after named bodies', () => {
    const ranked = rankHits('Live Well Gateshead', [
      row('Unnamed lead provider of Live Well Gateshead', 9, true),
      row('Live Well Gateshead evaluation', 8),
      row('Live Well Gateshead', 1),
      row('Gateshead wellbeing', 7),
    ]);
    expect(ranked.map((h) => h.name)).toEqual([
      'Live Well Gateshead',
      'Live Well Gateshead evaluation',
      'Unnamed lead provider of Live Well Gateshead',
      'Gateshead wellbeing',
    ]);
    expect(ranked[0]!.match).toBe('EXACT');
  });
  it('returns each entity a phrase names, above bodies that share only a word', () => {
    const ranked = rankHits('Gateshead Council and Durham County Council', [
      row('Newcastle City Council', 5),
      row('Durham County Council', 3),
      row('Gateshead Council', 2),
    ]);
    expect(ranked.slice(0, 2).map((h) => h.name)).toEqual(['Durham County Council', 'Gateshead Council']);
  });
});
