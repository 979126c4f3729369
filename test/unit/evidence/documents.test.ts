import { describe, expect, it } from 'vitest';
import {
  DocumentError,
  extract,
  formatOf,
  htmlText,
  markdownText,
  paragraphs,
} from '../../../api/features/evidence/documents.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('documents to passages', () => {
  it('knows formats by file name', () => {
    expect(formatOf('a.TXT')).toBe('TXT');
    expect(formatOf('a.docx')).toBe('DOCX');
    expect(() => formatOf('a.exe')).toThrow(DocumentError);
  });
  it('TXT keeps its lines, blank ones included, as numbered passages', async () => {
    const r = await extract('a.txt', bytes('First paragraph.\n\nSecond  paragraph.\n'));
    expect(r.passages).toEqual(['First paragraph.', '', 'Second paragraph.']);
  });
  it('Markdown and HTML become one passage per paragraph', async () => {
    expect(
      paragraphs(
        markdownText('# Title\n\nSome *emphasis* and a [link](http://x).\nWrapped line.\n\n- item one\n- item two'),
      ),
    ).toEqual(['Title', 'Some emphasis and a link. Wrapped line.', 'item one', 'item two']);
    expect(
      paragraphs(
        htmlText(
          '<html><head><title>x</title><style>p{}</style></head><body><h1>Head</h1><p>One &amp; two&nbsp;three<br>four</p><script>x()</script><div>Five &#8217;s</div></body></html>',
        ),
      ),
    ).toEqual(['Head', 'One & two three four', 'Five ’s']);
  });
  it('a CSV is a dataset: one passage per row with its record', async () => {
    const r = await extract('g.csv', bytes('id,recipient,amount\nG-1,Age UK,5000\nG-2,Mind,\n'), {
      recordColumn: 'id',
    });
    expect(r.passages).toEqual(['id: G-1; recipient: Age UK; amount: 5000', 'id: G-2; recipient: Mind']);
    expect(r.records).toEqual(['G-1', 'G-2']);
  });
  it('refuses an empty file, a file of blanks and one over the limit', async () => {
    await expect(extract('a.txt', new Uint8Array())).rejects.toThrow(/is empty/);
    await expect(extract('a.txt', bytes('\n \n'))).rejects.toThrow(/holds no text/);
    await expect(extract('a.txt', new Uint8Array(15 * 1024 * 1024).fill(65))).rejects.toThrow(/at most 14 MB/);
  });
});
