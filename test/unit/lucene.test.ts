import { describe, expect, it } from 'vitest';
import { luceneQuery, passageQuery } from '../../api/db/lucene.js';

describe('luceneQuery', () => {
  it('prefix-matches every word and boosts exact words', () => {
    expect(luceneQuery('Live Well Gate')).toBe('(live AND well AND gate)^2 OR (live* AND well* AND gate*)');
  });
  it('folds accents and curly apostrophes, and spells a word with and without its apostrophe', () => {
    expect(luceneQuery('Esmée')).toBe(luceneQuery('esmee'));
    expect(luceneQuery('Esmée')).toBe('(esmee)^2 OR (esmee*)');
    expect(luceneQuery('Barnardo’s')).toBe("((barnardo's OR barnardos))^2 OR ((barnardo's* OR barnardos*))");
    expect(luceneQuery('Barnardos')).toBe("((barnardos OR barnardo's))^2 OR ((barnardos* OR barnardo's*))");
  });
  it('leaves out the stop words the folding analyzer does not index, unless nothing else is left', () => {
    expect(luceneQuery('the state of the art')).toBe('(state AND art)^2 OR (state* AND art*)');
    expect(luceneQuery('the')).toBe('(the)^2 OR (the*)');
  });
  it('turns Lucene operators and syntax into plain words', () => {
    expect(luceneQuery('fire && (rescue) "service"~2 OR x:y')).toBe(
      '(fire AND rescue AND service AND 2 AND x AND y)^2 OR (fire* AND rescue* AND service* AND 2* AND x* AND y*)',
    );
  });
  it('escapes every Lucene special character, backslash and slash included, into a word break', () => {
    expect(luceneQuery('z+b-c!d{e}f[g]h^i?j\\k/l')).toBe(
      '(z AND b AND c AND d AND e AND f AND g AND h AND i AND j AND k AND l)^2 OR (z* AND b* AND c* AND d* AND e* AND f* AND g* AND h* AND i* AND j* AND k* AND l*)',
    );
  });
  it('normalises compatibility characters and lower-cases, so full-width text searches as plain', () => {
    expect(luceneQuery('ＮＨＳ Trust')).toBe('(nhs AND trust)^2 OR (nhs* AND trust*)');
  });
  it('gives nothing for text with no words', () => {
    expect(luceneQuery('  ()*  ')).toBeNull();
  });
});

describe('passageQuery', () => {
  it('boosts the words as one quoted phrase above the word query', () => {
    expect(passageQuery('Health and "wellbeing" board')).toBe(
      '"health and wellbeing board"^8 OR (health AND wellbeing AND board)^2 OR (health* AND wellbeing* AND board*)',
    );
  });
  it('leaves a single word as luceneQuery gives it, and nothing for no words', () => {
    expect(passageQuery('Gateshead')).toBe(luceneQuery('Gateshead'));
    expect(passageQuery(' "" ')).toBeNull();
  });
});
