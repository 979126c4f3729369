/** Enter in the search box opens the entity whose exact name was typed, never a placeholder named after it. */
import { describe, expect, it } from 'vitest';
import { exactHit } from './SearchBox.js';

const hit = (name: string, placeholder = false) => ({
  id: name,
  name,
  type: 'Initiative' as const,
  placeholder,
  score: 1,
});

describe('exactHit', () => {
  it('picks the named entity with exactly the typed name, past placeholders and longer names', () => {
    const hits = [
      hit('Unnamed lead provider of Live Well Gateshead', true),
      hit('Live Well Gateshead delivery consortium'),
      hit('Live Well Gateshead'),
    ];
    expect(exactHit(hits, 'live well gateshead')).toBe(2);
  });
  it('folds accents and apostrophes as search does, and finds nothing when no name is exact', () => {
    expect(exactHit([hit('Esmee Fairbairn Foundation')], 'Esmée Fairbairn Foundation')).toBe(0);
    expect(exactHit([hit("Barnardo's")], 'Barnardos')).toBe(0);
    expect(exactHit([hit('Live Well Gateshead', true)], 'Live Well Gateshead')).toBe(-1);
  });
});
