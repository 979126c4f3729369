/**
 * The alignment report as CSV (lever counts, status, gaps and flags per initiative). The column names are listed
 * in docs/analysis.md; CSV_COLUMNS is the one place they are defined.
 */
import { stringify } from 'csv-stringify/sync';
import type { ReportRow } from './report.js';
import type { Lever } from '../../../model/vocabulary.js';
import type { ExportFile } from '../shared/export-file.js';

const list = (xs: readonly string[]) => xs.join('; ');
const stateOf = (r: ReportRow, lever: Lever) => r.alignment.leverStates.find((s) => s.lever === lever)!.state;

/** CSV columns, in order, with how each is read from a report row. */
export const CSV_COLUMNS: [string, (r: ReportRow) => string | number | boolean][] = [
  ['id', (r) => r.facts.id],
  ['name', (r) => r.facts.name],
  ['placeholder', (r) => r.facts.placeholder],
  ['kind', (r) => r.kind ?? ''],
  ['initiative_status', (r) => r.facts.status],
  ['as_of', (r) => r.facts.asOf],
  ['alignment_status', (r) => r.alignment.status],
  ['downward', (r) => r.alignment.downward],
  ['sideward', (r) => r.alignment.sideward],
  ['upward', (r) => r.alignment.upward],
  ['opposing', (r) => r.alignment.opposing],
  ['opposing_downward', (r) => r.alignment.levers.find((l) => l.lever === 'DOWNWARD')!.opposing],
  ['opposing_sideward', (r) => r.alignment.levers.find((l) => l.lever === 'SIDEWARD')!.opposing],
  ['opposing_upward', (r) => r.alignment.levers.find((l) => l.lever === 'UPWARD')!.opposing],
  // What the sources say per lever: PRESENT, ABSENT (a gap may follow) or NOT_RECORDED (unknown, never a gap).
  ['downward_state', (r) => stateOf(r, 'DOWNWARD')],
  ['sideward_state', (r) => stateOf(r, 'SIDEWARD')],
  ['upward_state', (r) => stateOf(r, 'UPWARD')],
  ['gaps', (r) => list(r.alignment.gaps)],
  ['flags', (r) => list(r.alignment.flags.map((f) => f.flag))],
  ['flag_triggers', (r) => list(r.alignment.flags.flatMap((f) => f.triggers.map((t) => `${f.flag}=${t.id}`)))],
  ['framework_elements', (r) => list(r.frameworkElements)],
  ['places', (r) => list(r.places)],
  ['target_groups', (r) => list(r.targetGroups)],
  ['sources', (r) => list(r.sources)],
];

export function initiativesCsv(rows: ReportRow[], asOf: string): ExportFile {
  const content = stringify([CSV_COLUMNS.map(([c]) => c), ...rows.map((r) => CSV_COLUMNS.map(([, get]) => get(r)))], {
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
  return {
    filename: `levermap-initiatives-${asOf}.csv`,
    mimeType: 'text/csv; charset=utf-8',
    content,
    count: rows.length,
  };
}
