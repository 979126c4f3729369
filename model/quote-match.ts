/**
 * The citation checker: does a quote stand on the line it cites? Pure (no database, no zod), so the API,
 * imports, restore, the seed loader and the explorer all check the same way. The rule is in docs/evidence.md.
 */

/** The text of one document as the checker needs it: line N is `lines[N - 1]` (blank lines included). */
export interface DocumentText {
  id: string;
  /** The source's kind (model/vocabulary.ts SOURCE_KIND); a DATASET is cited by record. */
  kind?: string | null;
  /** False when Levermap holds no text for the source: its citations are accepted but "not checked". */
  textHeld: boolean;
  /** Number of lines (rows, for a dataset); may exceed `lines.length` when blank lines at the end are not held. */
  lineCount: number;
  /** Line N is lines[N - 1]; a missing or empty entry is a blank line. */
  lines: readonly (string | null | undefined)[];
  /** For a DATASET: the identifier of the record on row N is records[N - 1]. */
  records?: readonly (string | null | undefined)[];
}

export interface CitationLike {
  sourceId: string;
  line: number;
  quote?: string | null;
  record?: string | null;
}

export type CheckField = 'sourceId' | 'line' | 'quote' | 'record';

export type CitationCheck =
  | { ok: true; checked: boolean }
  | { ok: false; field: CheckField; message: string; foundOn?: number };

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u0132': 'IJ',
  '\u0133': 'ij',
  '\u0152': 'OE',
  '\u0153': 'oe',
};

/**
 * The comparison form of a text: soft hyphens and zero-width characters removed, ligatures spelt out,
 * typographic single quotes and apostrophes as ', double quotes as ", every dash and minus as -, an ellipsis
 * as ..., and every run of whitespace (no-break spaces included) as one space, trimmed. Case and all other
 * characters are kept: a quote stays verbatim.
 */
export function normaliseText(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\uFB00-\uFB06\u0132\u0133\u0152\u0153]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** A line shortened for a message: at most `max` characters, cut at a word, with an ellipsis. */
export function shorten(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).trimEnd()}…`;
}

const normalised = new WeakMap<readonly unknown[], string[]>();
function normalisedLines(lines: readonly (string | null | undefined)[]): string[] {
  let n = normalised.get(lines);
  if (!n) {
    n = lines.map((l) => normaliseText(l ?? ''));
    normalised.set(lines, n);
  }
  return n;
}

/** Every line (1-based) whose text holds the quote, after normalising both. */
export function findQuote(doc: Pick<DocumentText, 'lines'>, quote: string): number[] {
  const q = normaliseText(quote);
  if (!q) return [];
  const out: number[] = [];
  normalisedLines(doc.lines).forEach((l, i) => {
    if (l.includes(q)) out.push(i + 1);
  });
  return out;
}

const normRecord = (s: string) => normaliseText(s).toLowerCase();

function nearest(lines: number[], to: number): number {
  return lines.reduce((best, l) => (Math.abs(l - to) < Math.abs(best - to) ? l : best), lines[0]!);
}

/**
 * Checks one citation against its document (undefined: the source is unknown). Text sources: the quote must
 * appear on the cited line. DATASET sources: the record must be the one on the cited row (or the record given
 * is the row number itself), and a quote, if given, must appear in that row.
 */
export function checkCitation(c: CitationLike, doc: DocumentText | undefined | null): CitationCheck {
  if (!doc) return { ok: false, field: 'sourceId', message: `unknown source "${c.sourceId}"` };
  const dataset = doc.kind === 'DATASET';
  const quote = c.quote?.trim() ?? '';
  const record = c.record?.trim() ?? '';
  if (record && !dataset)
    return {
      ok: false,
      field: 'record',
      message: `source "${doc.id}" is not a DATASET, so it is cited by a quote, not a record`,
    };
  if (!quote && !record)
    return {
      ok: false,
      field: dataset ? 'record' : 'quote',
      message: dataset
        ? 'give the record (its identifier or row number) this citation rests on'
        : 'give the quote this citation rests on',
    };
  if (!doc.textHeld) return { ok: true, checked: false };
  const unit = dataset ? 'row' : 'line';
  const units = dataset ? 'records' : 'lines';
  if (!Number.isInteger(c.line) || c.line < 1)
    return { ok: false, field: 'line', message: `${unit} must be a whole number from 1` };
  if (c.line > doc.lineCount)
    return {
      ok: false,
      field: 'line',
      message: `${unit} ${c.line} is past the end of source "${doc.id}", which has ${doc.lineCount} ${units}`,
    };

  if (record) {
    const here = doc.records?.[c.line - 1] ?? '';
    const ok = record === String(c.line) || (here !== '' && normRecord(here) === normRecord(record));
    if (!ok) {
      const rows: number[] = [];
      doc.records?.forEach((r, i) => {
        if (r && normRecord(r) === normRecord(record)) rows.push(i + 1);
      });
      if (rows.length) {
        const on = nearest(rows, c.line);
        return {
          ok: false,
          field: 'record',
          foundOn: on,
          message: `record "${record}" is not on row ${c.line} of source "${doc.id}": found on row ${on}, not ${c.line}`,
        };
      }
      return {
        ok: false,
        field: 'record',
        message: `source "${doc.id}" has no record "${record}"; row ${c.line} is record "${here || c.line}"`,
      };
    }
  }
  if (!quote) return { ok: true, checked: true };

  const q = normaliseText(quote);
  const lines = normalisedLines(doc.lines);
  const here = lines[c.line - 1] ?? '';
  if (here.includes(q)) return { ok: true, checked: true };
  const elsewhere = findQuote(doc, quote);
  const says = here
    ? `${unit} ${c.line} says: "${shorten(doc.lines[c.line - 1] ?? '')}"`
    : `${unit} ${c.line} is blank`;
  if (elsewhere.length) {
    const on = nearest(elsewhere, c.line);
    return {
      ok: false,
      field: 'line',
      foundOn: on,
      message: `the quote is not on ${unit} ${c.line} of source "${doc.id}": found on ${unit} ${on}, not ${c.line}; ${says}`,
    };
  }
  return {
    ok: false,
    field: 'quote',
    message: `the quote is not in source "${doc.id}" (looked on ${unit} ${c.line} and every other ${unit}); ${says}`,
  };
}

/** A document's text as numbered passages: line N of the text is passage N (blank lines keep their numbers). */
export function linesOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  return lines;
}
