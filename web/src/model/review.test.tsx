/** The review queue's URL, the words of the stewardship pages and the finder's "N share this", as pure models. */
import { describe, expect, it } from 'vitest';
import { actionName } from './history.js';
import { sharedByText } from './suggest.js';
import { parseUrl, review, toUrl } from './url.js';
import { ageText, linkSentence } from './words.js';

describe('the review queue in the URL', () => {
  it('keeps the author, source and age, and prints them back', () => {
    const v = parseUrl('/review', '?author=test-contributor&source=001&age=week');
    expect(v.page).toBe('review');
    expect(v.review).toEqual({ author: 'test-contributor', source: '001', age: 'week' });
    expect(toUrl(v)).toBe('/review?author=test-contributor&source=001&age=week');
    expect(toUrl(review())).toBe('/review');
  });
  it('drops an unknown age and keeps the rest', () => {
    expect(parseUrl('/review', '?age=forever&author=x').review).toEqual({ author: 'x', source: null, age: 'any' });
    expect(parseUrl('/accounts', '').page).toBe('accounts');
  });
});

describe('the words', () => {
  const from = { name: 'Gateshead Council' };
  const to = { name: 'Live Well Gateshead' };
  it('says a link as a sentence', () => {
    expect(linkSentence({ type: 'LEVER', lever: 'UPWARD', stance: 'ENABLES', from, to })).toBe(
      'Gateshead Council backs Live Well Gateshead (upward lever)',
    );
    expect(linkSentence({ type: 'LEVER', lever: 'DOWNWARD', stance: 'OPPOSES', from, to })).toBe(
      'Gateshead Council opposes Live Well Gateshead (downward lever)',
    );
    expect(linkSentence({ type: 'DELIVERS', from, to })).toBe('Gateshead Council delivers Live Well Gateshead');
  });
  it('says how long a claim has waited, with the right plural', () => {
    expect([0, 1, 12, null].map(ageText)).toEqual([
      'added today',
      'added 1 day ago',
      'added 12 days ago',
      'date not recorded',
    ]);
  });
  it('names account changes in the history', () => {
    expect(['ROLE', 'DISABLE', 'ENABLE', 'PASSWORD'].map(actionName)).toEqual([
      'Role changed',
      'Disabled',
      'Enabled',
      'Password reset',
    ]);
  });
  it('explains "N share this" for what each tab counts, events as attendance', () => {
    expect(sharedByText({ kind: 'PLACE', sharedBy: 12 })).toBe(
      '12 organisations share this, counting yours; the fewer, the more it counts',
    );
    expect(sharedByText({ kind: 'MET_AT', sharedBy: 40 })).toBe(
      '40 organisations attended it, counting yours; the fewer, the more it counts',
    );
    expect(sharedByText({ kind: 'PLACE', sharedBy: 8 }, 'sponsors')).toBe(
      '8 share this (7 other sponsors and yours); the fewer, the more it counts',
    );
    expect(sharedByText({ kind: 'PLACE', sharedBy: 2 }, 'partnerships')).toBe(
      '2 share this (1 other partnership and yours); the fewer, the more it counts',
    );
  });
});
