import { describe, expect, it } from 'vitest';
import {
  checkCitation,
  findQuote,
  linesOf,
  normaliseText,
  shorten,
  type DocumentText,
} from '../../../model/quote-match.js';

const text = [
  'Introduction',
  '',
  'In one site there was a ‘golden thread’, where the strong area\u2011based leadership provided a “downward” lever.',
  'The council’s ﬁnancial position meant that some ser\u00ADvices were re\u2011commissioned — at pace.',
  'Another line about the downward lever and partnerships.',
];
const doc: DocumentText = { id: 'doc', kind: 'REPORT', textHeld: true, lineCount: text.length, lines: text };

describe('normaliseText', () => {
  it('folds whitespace, quotes, apostrophes, dashes, soft hyphens and ligatures', () => {
    expect(normaliseText('  a\u00A0\t b\n c ')).toBe('a b c');
    expect(normaliseText('‘x’ “y” ‚z‛ it’s')).toBe(`'x' "y" 'z' it's`);
    expect(normaliseText('a – b — c ‑ d − e')).toBe('a - b - c - d - e');
    expect(normaliseText('ser\u00ADvices ﬁnance ﬂow ﬀ ﬃ')).toBe('services finance flow ff ffi');
    expect(normaliseText('wait…')).toBe('wait...');
  });
  it('keeps case and other characters', () => {
    expect(normaliseText('NHS £4.7m')).toBe('NHS £4.7m');
  });
});

describe('checkCitation', () => {
  it('accepts a quote on its line', () => {
    expect(checkCitation({ sourceId: 'doc', line: 3, quote: 'the strong area-based leadership' }, doc)).toEqual({
      ok: true,
      checked: true,
    });
  });
  it('accepts a quote differing only in whitespace, quotes, dashes, soft hyphens and ligatures', () => {
    expect(checkCitation({ sourceId: 'doc', line: 3, quote: "a 'golden   thread', where" }, doc).ok).toBe(true);
    expect(checkCitation({ sourceId: 'doc', line: 3, quote: 'provided a "downward" lever' }, doc).ok).toBe(true);
    expect(
      checkCitation(
        {
          sourceId: 'doc',
          line: 4,
          quote: "The council's financial position meant that some services were re-commissioned - at pace",
        },
        doc,
      ).ok,
    ).toBe(true);
  });
  it('names the line a quote is really on', () => {
    const r = checkCitation({ sourceId: 'doc', line: 5, quote: 'golden thread' }, doc);
    expect(r).toMatchObject({ ok: false, field: 'line', foundOn: 3 });
    if (!r.ok) {
      expect(r.message).toContain('found on line 3, not 5');
      expect(r.message).toContain('line 5 says: "Another line about the downward lever and partnerships."');
    }
  });
  it('rejects an invented quote and says what the line says', () => {
    const r = checkCitation({ sourceId: 'doc', line: 3, quote: 'a quote nobody wrote' }, doc);
    expect(r).toMatchObject({ ok: false, field: 'quote' });
    if (!r.ok) expect(r.message).toMatch(/line 3 says: "In one site there was/);
  });
  it('rejects a line past the end, and a blank line says so', () => {
    const r = checkCitation({ sourceId: 'doc', line: 99999, quote: 'golden thread' }, doc);
    expect(r).toMatchObject({ ok: false, field: 'line' });
    if (!r.ok) expect(r.message).toBe('line 99999 is past the end of source "doc", which has 5 lines');
    const b = checkCitation({ sourceId: 'doc', line: 2, quote: 'nothing here at all' }, doc);
    if (!b.ok) expect(b.message).toContain('line 2 is blank');
  });
  it('rejects an unknown source', () => {
    expect(checkCitation({ sourceId: 'nope', line: 1, quote: 'x' }, undefined)).toMatchObject({
      ok: false,
      field: 'sourceId',
      message: 'unknown source "nope"',
    });
  });
  it('accepts but does not check a source whose text is not held', () => {
    expect(
      checkCitation(
        { sourceId: 'x', line: 999, quote: 'anything' },
        { id: 'x', textHeld: false, lineCount: 0, lines: [] },
      ),
    ).toEqual({ ok: true, checked: false });
  });
  it('picks the nearest other line when a quote appears on several', () => {
    const r = checkCitation({ sourceId: 'doc', line: 4, quote: 'downward' }, doc);
    expect(r).toMatchObject({ ok: false, foundOn: 3 });
  });
  it('needs a quote for a text source, and refuses a record there', () => {
    expect(checkCitation({ sourceId: 'doc', line: 3, quote: '' }, doc)).toMatchObject({ ok: false, field: 'quote' });
    expect(checkCitation({ sourceId: 'doc', line: 3, quote: '', record: 'R1' }, doc)).toMatchObject({
      ok: false,
      field: 'record',
    });
  });
});

describe('DATASET citations by record', () => {
  const ds: DocumentText = {
    id: 'grants',
    kind: 'DATASET',
    textHeld: true,
    lineCount: 3,
    lines: [
      'id: G-1; recipient: Age UK Leeds; amount: 5000',
      'id: G-2; recipient: Leeds Mind',
      'id: G-3; recipient: Shine',
    ],
    records: ['G-1', 'G-2', 'G-3'],
  };
  it('accepts the record on its row, by identifier or row number', () => {
    expect(checkCitation({ sourceId: 'grants', line: 2, record: 'G-2' }, ds)).toEqual({ ok: true, checked: true });
    expect(checkCitation({ sourceId: 'grants', line: 2, record: 'g-2' }, ds).ok).toBe(true);
    expect(checkCitation({ sourceId: 'grants', line: 3, record: '3' }, ds).ok).toBe(true);
  });
  it('names the row a record is really on', () => {
    const r = checkCitation({ sourceId: 'grants', line: 1, record: 'G-3' }, ds);
    expect(r).toMatchObject({ ok: false, field: 'record', foundOn: 3 });
    if (!r.ok) expect(r.message).toContain('found on row 3, not 1');
  });
  it('rejects an unknown record and a row past the end', () => {
    expect(checkCitation({ sourceId: 'grants', line: 1, record: 'G-9' }, ds)).toMatchObject({
      ok: false,
      field: 'record',
    });
    const r = checkCitation({ sourceId: 'grants', line: 4, record: 'G-1' }, ds);
    if (!r.ok) expect(r.message).toBe('row 4 is past the end of source "grants", which has 3 records');
  });
  it('checks a quote within the cited row', () => {
    expect(checkCitation({ sourceId: 'grants', line: 1, record: 'G-1', quote: 'Age UK Leeds' }, ds).ok).toBe(true);
    expect(checkCitation({ sourceId: 'grants', line: 1, record: 'G-1', quote: 'Leeds Mind' }, ds)).toMatchObject({
      ok: false,
      foundOn: 2,
    });
  });
});

describe('helpers', () => {
  it('findQuote lists every line holding a quote', () => {
    expect(findQuote(doc, 'downward')).toEqual([3, 5]);
  });
  it('shorten cuts at a word', () => {
    expect(shorten('word '.repeat(100), 30)).toMatch(/^(word ){4,}word…$|…$/);
    expect(shorten('short')).toBe('short');
  });
  it('linesOf numbers lines from 1, keeps blank lines and drops blank lines at the end', () => {
    expect(linesOf('a\r\n\nb\n\n')).toEqual(['a', '', 'b']);
  });
});
