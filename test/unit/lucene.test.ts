import { describe, expect, it } from 'vitest';
import { luceneQuery, passageQuery } from '../../api/db/lucene.js';

describe('luceneQuery', () => {
  it('prefix-matches every word and boosts exact words', () => {
    expect(luceneQuery('Live Well Gates')).toBe('(live AND well AND gates)^2 OR (live* AND well* AND gates*)');
  });
  it('turns Lucene operators and syntax into plain words', () => {
    expect(luceneQuery('fire && (rescue) "service"~2 OR x:y')).toBe(
      '(fire AND rescue AND service AND 2 AND or AND x AND y)^2 OR (fire* AND rescue* AND service* AND 2* AND or* AND x* AND y*)',
    );
  });
  it('escapes every Lucene special character, backslash and slash included, into a word break', () => {
    expect(luceneQuery('a+b-c!d{e}f[g]h^i?j\\k/l')).toBe(
      '(a AND b AND c AND d AND e AND f AND g AND h AND i AND j AND k AND l)^2 OR (a* AND b* AND c* AND d* AND e* AND f* AND g* AND h* AND i* AND j* AND k* AND l*)',
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
      '"health and wellbeing board"^8 OR (health AND and AND wellbeing AND board)^2 OR (health* AND and* AND wellbeing* AND board*)',
    );
  });
  it('leaves a single word as luceneQuery gives it, and nothing for no words', () => {
    expect(passageQuery('Gateshead')).toBe(luceneQuery('Gateshead'));
    expect(passageQuery(' "" ')).toBeNull();
  });
});
