/**
 * From an uploaded file to numbered passages (one paragraph a line, as ../shared/seeds is laid out). TXT keeps
 * its lines as they are; Markdown, HTML, DOCX (mammoth) and PDF (unpdf, text layer only) become one passage per
 * paragraph; a CSV dataset becomes one passage per row, with its record identifier. Nothing here writes.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { linesOf } from '../../../model/quote-match.js';

// 14 MB: its base64 fits the API's 20 MB request limit, so an oversized file gets this message, not a bare 413.
export const SOURCE_LIMITS = { maxBytes: 14 * 1024 * 1024, maxPassages: 100_000, maxPassageChars: 50_000 };
export type FileFormat = 'TXT' | 'MARKDOWN' | 'HTML' | 'DOCX' | 'PDF' | 'CSV';

export class DocumentError extends Error {}

export interface Extracted {
  format: FileFormat;
  /** Passage N is passages[N - 1]; for TXT blank lines keep their numbers (they are empty strings). */
  passages: string[];
  /** For a CSV dataset: the record identifier of row N. */
  records?: string[];
  warnings: string[];
}

export function formatOf(name: string): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  switch (ext) {
    case 'txt':
    case 'text':
      return 'TXT';
    case 'md':
    case 'markdown':
      return 'MARKDOWN';
    case 'html':
    case 'htm':
      return 'HTML';
    case 'docx':
      return 'DOCX';
    case 'pdf':
      return 'PDF';
    case 'csv':
      return 'CSV';
    default:
      throw new DocumentError(`cannot read "${name}": give a .txt, .md, .html, .docx, .pdf or .csv file`);
  }
}

const collapse = (s: string) => s.replace(/[ \t\u00A0]+/g, ' ').trim();

/** Paragraphs: blocks separated by blank lines, each block's lines joined by a space. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => collapse(b.replace(/\n/g, ' ')))
    .filter(Boolean);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  shy: '\u00AD',
};
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function htmlText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(
      /<\/?(p|div|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|header|footer|main|nav|aside|pre|dd|dt|figcaption|caption|td|th)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]+>/g, '');
  return decodeEntities(body);
}

export function markdownText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*$/gm, '')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '\n')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '\n')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2');
}

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (e) {
    throw new DocumentError(`the PDF cannot be read (${(e as Error).message})`);
  }
  const { text } = await extractText(pdf, { mergePages: false });
  return text as string[];
}

function csvRows(text: string, recordColumn: string | null | undefined): { passages: string[]; records: string[] } {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      relax_column_count: true,
      trim: true,
    }) as Record<string, string>[];
  } catch (e) {
    throw new DocumentError(`the CSV cannot be read: ${(e as Error).message}`);
  }
  if (recordColumn && rows.length && !(recordColumn in rows[0]!))
    throw new DocumentError(`the CSV has no column "${recordColumn}" (it has ${Object.keys(rows[0]!).join(', ')})`);
  return {
    passages: rows.map((r) =>
      Object.entries(r)
        .filter(([, v]) => v !== '' && v != null)
        .map(([k, v]) => `${k}: ${collapse(String(v))}`)
        .join('; '),
    ),
    records: rows.map((r, i) => (recordColumn ? collapse(String(r[recordColumn] ?? '')) : '') || String(i + 1)),
  };
}

/** The passages of a file, or a DocumentError saying why it has none. */
export async function extract(
  name: string,
  bytes: Uint8Array,
  opts: { recordColumn?: string | null } = {},
): Promise<Extracted> {
  const format = formatOf(name);
  if (bytes.length === 0) throw new DocumentError(`"${name}" is empty`);
  if (bytes.length > SOURCE_LIMITS.maxBytes)
    throw new DocumentError(
      `"${name}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a document can be at most ${SOURCE_LIMITS.maxBytes / 1024 / 1024} MB`,
    );
  const warnings: string[] = [];
  const utf8 = () => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let passages: string[];
  let records: string[] | undefined;
  switch (format) {
    case 'TXT':
      passages = linesOf(utf8()).map(collapse);
      break;
    case 'MARKDOWN':
      passages = paragraphs(markdownText(utf8()));
      break;
    case 'HTML':
      passages = paragraphs(htmlText(utf8()));
      break;
    case 'DOCX': {
      const mammoth = (await import('mammoth')).default;
      let value: string;
      try {
        ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
      } catch (e) {
        throw new DocumentError(`"${name}" is not a readable Word document (${(e as Error).message})`);
      }
      passages = value.replace(/\r\n?/g, '\n').split(/\n+/).map(collapse).filter(Boolean);
      break;
    }
    case 'PDF': {
      const pages = await pdfPages(bytes);
      passages = pages.flatMap((p) => {
        const ps = paragraphs(p);
        return ps.length > 1 ? ps : p.split('\n').map(collapse).filter(Boolean);
      });
      if (!passages.length)
        throw new DocumentError(
          `"${name}" has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} without text: a scanned document?). Run it through OCR and upload the text, or upload the document in another format`,
        );
      warnings.push(
        'PDF text is read from its text layer; check the passages against the document, as columns, headers and footnotes may be out of order',
      );
      break;
    }
    case 'CSV':
      ({ passages, records } = csvRows(utf8(), opts.recordColumn));
      break;
  }
  if (!passages.some((p) => p.trim())) throw new DocumentError(`"${name}" holds no text`);
  if (passages.length > SOURCE_LIMITS.maxPassages)
    throw new DocumentError(
      `"${name}" has ${passages.length} passages; at most ${SOURCE_LIMITS.maxPassages} can be stored`,
    );
  const long = passages.findIndex((p) => p.length > SOURCE_LIMITS.maxPassageChars);
  if (long >= 0)
    throw new DocumentError(
      `passage ${long + 1} of "${name}" is ${passages[long]!.length} characters long; at most ${SOURCE_LIMITS.maxPassageChars} (is the file one paragraph a line?)`,
    );
  return { format, passages, records, warnings };
}
