/**
 * A citation: which document, which line (one paragraph a line) and a short verbatim quote; a DATASET source is
 * cited by record instead (the row in `line`, the record's identifier or row number in `record`). This one shape is
 * used by the seed files, the API, imports and the explorer. Neo4j properties cannot hold maps, so the graph
 * stores a node's or link's citations as three parallel lists; the codec below is the only place that knows it.
 */
export interface Citation {
  sourceId: string;
  line: number;
  quote: string;
  /** For a DATASET source: the identifier (or row number) of the record cited on row `line`. */
  record?: string;
}

export interface StoredCitations {
  evSource: string[];
  evLine: number[];
  evQuote: string[];
  /** Only stored when some citation names a record ('' for the others). */
  evRecord?: string[];
}

/** The stored properties that hold citations: hidden from readers, who get `evidence` instead. */
export const CITATION_PROPS = ['evSource', 'evLine', 'evQuote', 'evRecord'] as const;

export function encodeCitations(evidence: readonly Citation[]): StoredCitations {
  const out: StoredCitations = {
    evSource: evidence.map((c) => c.sourceId),
    evLine: evidence.map((c) => c.line),
    evQuote: evidence.map((c) => (c.quote ?? '').trim()),
  };
  if (evidence.some((c) => c.record)) out.evRecord = evidence.map((c) => c.record?.trim() ?? '');
  return out;
}

export function decodeCitations(props: Partial<Record<(typeof CITATION_PROPS)[number], unknown>>): Citation[] {
  const s = (props.evSource as string[] | undefined) ?? [];
  const l = (props.evLine as number[] | undefined) ?? [];
  const q = (props.evQuote as string[] | undefined) ?? [];
  const r = (props.evRecord as string[] | undefined) ?? [];
  return s.map((sourceId, i) =>
    r[i]
      ? { sourceId, line: l[i] ?? 0, quote: q[i] ?? '', record: r[i] }
      : { sourceId, line: l[i] ?? 0, quote: q[i] ?? '' },
  );
}

/** Identity of a citation, for merging two lists without doubles. */
export const citationKey = (c: Citation) =>
  `${c.sourceId}\u0000${c.line}\u0000${(c.quote ?? '').trim()}\u0000${c.record ?? ''}`;

/** Two lists of citations as one, in order, without doubles. */
export function mergeCitations(a: readonly Citation[], b: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((c) => {
    const k = citationKey(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
