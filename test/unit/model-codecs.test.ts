/** The citation storage codec and the id rules of model/, without the database. */
import { describe, expect, it } from 'vitest';
import { citationKey, decodeCitations, encodeCitations, mergeCitations } from '../../model/citation.js';
import { linkFrom, linkId, newId } from '../../model/ids.js';

const a = { sourceId: '000', line: 884, quote: 'golden thread' };
const b = { sourceId: '003', line: 214, quote: 'a second citation' };

describe('citations as stored', () => {
  it('encodes a list of citations as three parallel lists, trimming quotes', () => {
    expect(encodeCitations([a, { ...b, quote: '  a second citation \n' }])).toEqual({
      evSource: ['000', '003'],
      evLine: [884, 214],
      evQuote: ['golden thread', 'a second citation'],
    });
  });

  it('decodes what it encodes', () => {
    expect(decodeCitations(encodeCitations([a, b]))).toEqual([a, b]);
  });

  it('decodes a node with no stored citations as an empty list', () => {
    expect(decodeCitations({})).toEqual([]);
  });

  it('fills a missing line or quote rather than dropping the citation', () => {
    expect(decodeCitations({ evSource: ['000', '003'], evLine: [884], evQuote: [] })).toEqual([
      { sourceId: '000', line: 884, quote: '' },
      { sourceId: '003', line: 0, quote: '' },
    ]);
  });

  it('merges two lists in order without doubles, a quote differing only in outer spaces being the same', () => {
    expect(
      mergeCitations(
        [a, b],
        [
          { ...a, quote: ' golden thread ' },
          { ...a, line: 885 },
        ],
      ),
    ).toEqual([a, b, { ...a, line: 885 }]);
  });

  it('tells citations apart by source, line and quote', () => {
    expect(
      new Set([a, { ...a, sourceId: '001' }, { ...a, line: 1 }, { ...a, quote: 'other' }].map(citationKey)).size,
    ).toBe(4);
  });
});

describe('ids', () => {
  it('makes a node id from the label prefix, a slug of the name and six hex digits', () => {
    expect(newId('Organisation', 'Gateshead Council (Public Health)')).toMatch(
      /^org-gateshead-council-public-health-[0-9a-f]{6}$/,
    );
  });

  it('keeps only ASCII letters, digits and single hyphens, and falls back to "node" for a name with neither', () => {
    expect(newId('Place', 'Ünïcode  Café!')).toMatch(/^place-[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{6}$/);
    expect(newId('Place', '***')).toMatch(/^place-node-[0-9a-f]{6}$/);
  });

  it('keeps the slug to 60 characters', () => {
    const id = newId('Initiative', 'x'.repeat(100));
    expect(id).toBe(`ini-${'x'.repeat(60)}-${id.slice(-6)}`);
  });

  it('gives a new random tail each time', () => {
    expect(newId('Initiative', 'Same')).not.toBe(newId('Initiative', 'Same'));
  });

  it('names a link by type, ends and lever, and reads its start back', () => {
    expect(linkId({ type: 'LEVER', from: 'org-a', to: 'ini-b', lever: 'UPWARD' })).toBe('LEVER:org-a:ini-b:UPWARD');
    expect(linkId({ type: 'FUNDS', from: 'org-a', to: 'ini-b', lever: null })).toBe('FUNDS:org-a:ini-b');
    expect(linkFrom('LEVER:org-a:ini-b:UPWARD')).toBe('org-a');
    expect(linkFrom('org-a')).toBeNull();
  });
});
