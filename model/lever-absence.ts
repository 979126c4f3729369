/**
 * A lever confirmed absent on an initiative: either a source says there is none (a citation), or an editor looked
 * and recorded "checked: none" (who and when). Neo4j properties cannot hold maps, so an initiative stores its
 * absences as parallel lists; this codec is the only place that knows it. The lists live on the Initiative node
 * itself so that backups, restores and the audit snapshots carry them with no extra machinery.
 */
import type { Citation } from './citation.js';
import type { LeverAbsenceEntry } from './schemas.js';
import type { Lever } from './vocabulary.js';

export type LeverAbsence =
  | { lever: Lever; kind: 'SOURCE'; citation: Citation }
  | { lever: Lever; kind: 'CHECKED'; checkedBy: string; checkedOn: string; note: string }
  /** Only in memory: the lever a what-if withdrawal leaves with no backer (fragility); never stored. */
  | { lever: Lever; kind: 'WITHDRAWN' };

export interface StoredAbsences {
  absLever: string[];
  /** The citing source, or '' for an editor's check. */
  absSource: string[];
  absLine: number[];
  /** The quote, or the editor's note. */
  absQuote: string[];
  /** The editor and date of a check ('' for a source's statement). */
  absBy: string[];
  absOn: string[];
}

/** The stored properties that hold absences; readers get `leverStates` instead. */
export const ABSENCE_PROPS = ['absLever', 'absSource', 'absLine', 'absQuote', 'absBy', 'absOn'] as const;

export function encodeAbsences(all: readonly LeverAbsence[]): StoredAbsences {
  const xs = all.filter((a) => a.kind !== 'WITHDRAWN');
  return {
    absLever: xs.map((a) => a.lever),
    absSource: xs.map((a) => (a.kind === 'SOURCE' ? a.citation.sourceId : '')),
    absLine: xs.map((a) => (a.kind === 'SOURCE' ? a.citation.line : 0)),
    absQuote: xs.map((a) => (a.kind === 'SOURCE' ? a.citation.quote.trim() : a.note)),
    absBy: xs.map((a) => (a.kind === 'CHECKED' ? a.checkedBy : '')),
    absOn: xs.map((a) => (a.kind === 'CHECKED' ? a.checkedOn : '')),
  };
}

export function decodeAbsences(props: Partial<Record<(typeof ABSENCE_PROPS)[number], unknown>>): LeverAbsence[] {
  const list = <T>(k: (typeof ABSENCE_PROPS)[number]) => (props[k] as T[] | null | undefined) ?? [];
  const lever = list<Lever>('absLever');
  const source = list<string>('absSource');
  const line = list<number>('absLine');
  const quote = list<string>('absQuote');
  const by = list<string>('absBy');
  const on = list<string>('absOn');
  return lever.map((l, i) =>
    source[i]
      ? {
          lever: l,
          kind: 'SOURCE',
          citation: { sourceId: source[i]!, line: Number(line[i] ?? 0), quote: quote[i] ?? '' },
        }
      : { lever: l, kind: 'CHECKED', checkedBy: by[i] ?? '', checkedOn: on[i] ?? '', note: quote[i] ?? '' },
  );
}

const absenceKey = (a: LeverAbsence) =>
  a.kind === 'SOURCE'
    ? `S|${a.lever}|${a.citation.sourceId}|${a.citation.line}|${a.citation.quote.trim()}`
    : a.kind === 'CHECKED'
      ? `C|${a.lever}|${a.checkedBy}|${a.checkedOn}`
      : `W|${a.lever}`;

/** The stored absences and those a file adds, without repeats: an import adds, and never takes one away. */
export function mergeAbsences(a: readonly LeverAbsence[], b: readonly LeverAbsence[]): LeverAbsence[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((x) => {
    const k = absenceKey(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Absences as files carry them (model/schemas.ts LeverAbsenceEntry), a source's citations of one lever together;
 * `authors` false leaves out who checked, as exports for people other than verifiers do.
 */
export function toEntries(all: readonly LeverAbsence[], authors: boolean): LeverAbsenceEntry[] {
  const out: LeverAbsenceEntry[] = [];
  for (const a of all) {
    if (a.kind === 'WITHDRAWN') continue;
    if (a.kind === 'CHECKED') {
      out.push({
        lever: a.lever,
        ...(authors && a.checkedBy ? { checkedBy: a.checkedBy } : {}),
        checkedOn: a.checkedOn,
        note: a.note,
      });
      continue;
    }
    const same = out.find(
      (e): e is Extract<LeverAbsenceEntry, { evidence: unknown }> => 'evidence' in e && e.lever === a.lever,
    );
    if (same) same.evidence.push(a.citation);
    else out.push({ lever: a.lever, evidence: [a.citation] });
  }
  return out;
}

/** A file's entries as stored absences, one per citation; a check with no author is the importer's (`by`). */
export function fromEntries(entries: readonly LeverAbsenceEntry[], by: string): LeverAbsence[] {
  return entries.flatMap((e): LeverAbsence[] =>
    'evidence' in e
      ? e.evidence.map((citation) => ({ lever: e.lever, kind: 'SOURCE', citation }))
      : [{ lever: e.lever, kind: 'CHECKED', checkedBy: e.checkedBy ?? by, checkedOn: e.checkedOn, note: e.note }],
  );
}
