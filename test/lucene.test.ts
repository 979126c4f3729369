import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../api/db/lucene.js';

describe('luceneQuery', () => {
  it('prefix-matches every word and boosts exact words', () => {
    expect(luceneQuery('Live Well Gates')).toBe('(live AND well AND gates)^2 OR (live* AND well* AND gates*)');
  });
  it('turns Lucene operators and syntax into plain words', () => {
    expect(luceneQuery('fire && (rescue) "service"~2 OR x:y')).toBe('(fire AND rescue AND service AND 2 AND or AND x AND y)^2 OR (fire* AND rescue* AND service* AND 2* AND or* AND x* AND y*)');
  });
  it('gives nothing for text with no words', () => {
    expect(luceneQuery('  ()*  ')).toBeNull();
  });
});
