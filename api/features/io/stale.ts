/**
 * Stale rows: a row exported at an older version than the graph's now holds would undo the edits made since.
 * Each field it would change is a conflict (the row, the field, the file's value, the graph's value), and such
 * rows are applied only when the importer asks to overwrite.
 */
import { decodeCitations } from '../../../model/citation.js';
import { ABSENCE_PROPS, decodeAbsences } from '../../../model/lever-absence.js';
import type { Rec } from './records.js';

export interface Conflict {
  sheet: string;
  row: number;
  id: string;
  field: string;
  fileValue: string | null;
  graphValue: string | null;
  fileVersion: number;
  graphVersion: number;
}

type Props = Record<string, unknown>;
const EVIDENCE = /^ev[A-Z]/;

const shown = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
const citations = (p: Props) =>
  decodeCitations(p)
    .map((c) => `${c.sourceId}:${c.line} "${c.quote}"${c.record ? ` (${c.record})` : ''}`)
    .join('; ');
const ABSENCE = new Set<string>(ABSENCE_PROPS);
const absences = (p: Props) =>
  decodeAbsences(p)
    .map((a) =>
      a.kind === 'SOURCE'
        ? `${a.lever} none: ${a.citation.sourceId}:${a.citation.line} "${a.citation.quote}"`
        : a.kind === 'CHECKED'
          ? `${a.lever} checked: none (${a.checkedBy}, ${a.checkedOn})`
          : a.lever,
    )
    .join('; ');

/**
 * The conflicts of one row: none unless the row gives a version older than `graph.version`. `changed` names the
 * stored properties the row would change, `props` what it would store (a changed field absent from it is removed).
 */
export function staleConflicts(r: Rec, id: string, changed: string[], props: Props, graph: Props): Conflict[] {
  const fileVersion = r.values.version;
  const graphVersion = Number(graph.version ?? 1);
  if (typeof fileVersion !== 'number' || fileVersion >= graphVersion || changed.length === 0) return [];
  const at = { sheet: r.sheet, row: r.row, id, fileVersion, graphVersion };
  const fields = [
    ...new Set(changed.map((f) => (EVIDENCE.test(f) ? 'evidence' : ABSENCE.has(f) ? 'leverAbsences' : f))),
  ];
  return fields.map((field) =>
    field === 'evidence'
      ? { ...at, field, fileValue: citations(props) || null, graphValue: citations(graph) || null }
      : field === 'leverAbsences'
        ? { ...at, field, fileValue: absences(props) || null, graphValue: absences(graph) || null }
        : { ...at, field, fileValue: shown(props[field]), graphValue: shown(graph[field]) },
  );
}
