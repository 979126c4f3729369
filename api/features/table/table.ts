/**
 * The initiatives table (the gap finder): cypher/table/initiatives.cypher filters the graph and decides each lever's
 * state; the alignment report's rows (alignment/report.ts) give counts, status and flags for those initiatives;
 * here they are filtered by alignment and flags, counted for the header, sorted and paged, all on the server and
 * in one read transaction. The page is read again with evidence and lists, as the alignment report does.
 */
import type { Database, RunStep } from '../../db/database.js';
import { type Citation, citationKey } from '../../../model/citation.js';
import {
  ALIGNMENT_FLAGS,
  ALIGNMENT_STATUS,
  codes,
  INITIATIVE_STATUS,
  LEVER_STATE,
  LEVERS,
  type AlignmentFlag,
  type AlignmentStatus,
  type InitiativeTableSort,
  type Lever,
  type LeverState,
} from '../../../model/vocabulary.js';
import type { TableView } from '../../../model/table-view.js';
import { readAlignmentRows, type ReportRow } from '../alignment/report.js';
import type { Claim } from '../shared/args.js';

/** What the table filters on: the view without its sort and page. */
export type TableFilter = Omit<TableView, 'asOf' | 'sort' | 'descending' | 'page'>;

export interface TableArgs {
  filter: TableFilter;
  asOf: string;
  sort: InitiativeTableSort;
  descending: boolean;
  /** Rows from `offset`; null reads every matching row (the export). */
  first: number | null;
  offset: number;
  claims: Claim[];
}

export interface TableLever {
  lever: Lever;
  state: LeverState;
  enabling: number;
  opposing: number;
}

export interface TableRow {
  id: string;
  name: string;
  placeholder: boolean;
  status: string;
  alignment: AlignmentStatus;
  levers: TableLever[];
  opposing: number;
  flags: AlignmentFlag[];
  kind: string | null;
  frameworkElements: string[];
  places: string[];
  targetGroups: string[];
  /** The lever links' citations, behind the counts: each once. */
  citations: Citation[];
}

export interface Table {
  asOf: string;
  total: number;
  offset: number;
  hasNextPage: boolean;
  byStatus: { status: AlignmentStatus; count: number }[];
  byFlag: { flag: AlignmentFlag; count: number }[];
  byLeverState: { lever: Lever; state: LeverState; count: number }[];
  rows: TableRow[];
}

type States = Record<Lever, LeverState>;
interface Matched {
  row: ReportRow;
  states: States;
}

const ALIGNMENT_ORDER = codes(ALIGNMENT_STATUS);
const STATUS_ORDER: string[] = codes(INITIATIVE_STATUS);
const enabling = (r: ReportRow, l: Lever) => r.alignment.levers.find((x) => x.lever === l)!.enabling;

/** The sort key of a column; ties go by name, then id, always ascending. */
const KEY: Record<InitiativeTableSort, (m: Matched) => number | string> = {
  NAME: (m) => m.row.facts.name.toLocaleLowerCase('en-GB'),
  STATUS: (m) => STATUS_ORDER.indexOf(m.row.facts.status),
  ALIGNMENT: (m) => ALIGNMENT_ORDER.indexOf(m.row.alignment.status),
  DOWNWARD: (m) => enabling(m.row, 'DOWNWARD'),
  SIDEWARD: (m) => enabling(m.row, 'SIDEWARD'),
  UPWARD: (m) => enabling(m.row, 'UPWARD'),
  OPPOSING: (m) => m.row.alignment.opposing,
  FLAGS: (m) => m.row.alignment.flags.length,
};

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortRows(rows: Matched[], sort: InitiativeTableSort, descending: boolean): Matched[] {
  const key = KEY[sort];
  const byName = (a: Matched, b: Matched) =>
    compare(KEY.NAME(a), KEY.NAME(b)) || compare(a.row.facts.id, b.row.facts.id);
  return rows
    .map((m) => ({ m, k: key(m) }))
    .sort((a, b) => (descending ? -1 : 1) * compare(a.k, b.k) || byName(a.m, b.m))
    .map((x) => x.m);
}

function counts(rows: Matched[]) {
  const byStatus = new Map<string, number>();
  const byFlag = new Map<string, number>();
  const byState = new Map<string, number>();
  for (const { row, states } of rows) {
    byStatus.set(row.alignment.status, (byStatus.get(row.alignment.status) ?? 0) + 1);
    for (const f of row.alignment.flags) byFlag.set(f.flag, (byFlag.get(f.flag) ?? 0) + 1);
    for (const l of LEVERS) byState.set(`${l}:${states[l]}`, (byState.get(`${l}:${states[l]}`) ?? 0) + 1);
  }
  return {
    byStatus: ALIGNMENT_ORDER.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byFlag: ALIGNMENT_FLAGS.map((flag) => ({ flag, count: byFlag.get(flag) ?? 0 })),
    byLeverState: LEVERS.flatMap((lever) =>
      codes(LEVER_STATE).map((state) => ({ lever, state, count: byState.get(`${lever}:${state}`) ?? 0 })),
    ),
  };
}

function rowOf(r: ReportRow, states: States): TableRow {
  const citations = new Map<string, Citation>();
  for (const l of r.facts.levers) for (const c of l.evidence) citations.set(citationKey(c), c);
  return {
    id: r.facts.id,
    name: r.facts.name,
    placeholder: r.facts.placeholder,
    status: r.facts.status,
    alignment: r.alignment.status,
    levers: r.alignment.levers.map((l) => ({ ...l, state: states[l.lever] })),
    opposing: r.alignment.opposing,
    flags: r.alignment.flags.map((f) => f.flag),
    kind: r.kind,
    frameworkElements: r.frameworkElements,
    places: r.places,
    targetGroups: r.targetGroups,
    citations: [...citations.values()],
  };
}

async function readTable(run: RunStep, a: TableArgs): Promise<Table> {
  const f = a.filter;
  const graph = await run('table/initiatives', {
    asOf: a.asOf,
    claims: a.claims,
    status: f.status.length ? f.status : null,
    frameworkElement: f.element,
    place: f.place,
    targetGroup: f.targetGroup,
    organisation: f.organisation,
    partnership: f.partnership,
    levers: LEVERS.filter((l) => f.levers[l].length).map((lever) => ({ lever, states: f.levers[lever] })),
    lacking: f.lacking.length ? f.lacking : null,
  });
  const states = new Map(graph.map((g) => [g.id as string, g.leverStates as States]));
  const all = states.size
    ? await readAlignmentRows(run, { asOf: a.asOf, ids: [...states.keys()], claims: a.claims })
    : [];
  const matched = all
    .filter((row) => !f.alignment.length || f.alignment.includes(row.alignment.status))
    .filter((row) => f.flags.every((flag) => row.alignment.flags.some((x) => x.flag === flag)))
    .map((row) => ({ row, states: states.get(row.facts.id)! }));
  const sorted = sortRows(matched, a.sort, a.descending);
  const page = a.first === null ? sorted.slice(a.offset) : sorted.slice(a.offset, a.offset + a.first);
  // The page again with evidence and lists; both reads order by name, so they are put back in the page's order.
  const full = page.length
    ? await readAlignmentRows(run, {
        asOf: a.asOf,
        ids: page.map((m) => m.row.facts.id),
        claims: a.claims,
        evidence: true,
        lists: true,
      })
    : [];
  const byId = new Map(full.map((r) => [r.facts.id, r]));
  return {
    asOf: a.asOf,
    total: matched.length,
    offset: a.offset,
    hasNextPage: a.first !== null && a.offset + a.first < matched.length,
    ...counts(matched),
    rows: page.map((m) => rowOf(byId.get(m.row.facts.id)!, m.states)),
  };
}

export function initiativeTable(db: Database, a: TableArgs): Promise<Table> {
  return db.transaction('READ', 'table/initiatives', (run) => readTable(run, a), { timeoutMs: 60_000 });
}
