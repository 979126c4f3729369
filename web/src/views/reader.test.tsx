import { describe, expect, it } from 'vitest';
import { parseUrl, reader, toUrl } from '../model/url.js';
import { findQuote } from './ReaderPage.js';

describe('the reader', () => {
  it('is deep-linkable: /source/ID?line=N&quote=... reads back the same view', () => {
    const url = toUrl(reader('003', 200, 'funded by “Gateshead” Council'));
    expect(url).toBe('/source/003?line=200&quote=funded+by+%E2%80%9CGateshead%E2%80%9D+Council');
    const [path, search] = url.split('?') as [string, string];
    const v = parseUrl(path, `?${search}`);
    expect(v).toMatchObject({ page: 'source', id: '003', line: 200, quote: 'funded by “Gateshead” Council' });
    expect(toUrl(v)).toBe(url);
    expect(parseUrl('/source/003', '')).toMatchObject({ page: 'source', id: '003', line: null, quote: null });
    expect(parseUrl('/source/003', '?line=0').line).toBe(1);
  });

  it('finds a quote in its line, forgiving whitespace, typographic quotes and dashes', () => {
    const text = 'In one site there was a ‘golden thread’ – where the strong leadership';
    expect(findQuote(text, "a 'golden   thread' - where")).toEqual([22, 47]);
    expect(findQuote(text, 'not there')).toBeNull();
    expect(findQuote(text, '(a+b)')).toBeNull();
  });
});
