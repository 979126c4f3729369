/**
 * The initiatives table's view (filters, sort and page) and its query-string form: the explorer's URL
 * (/table?...) and the export download (/export/initiative-table.csv?...) use the same keys, so a shared link
 * reopens the view and an export holds exactly the rows shown. Parse and print are inverses.
 */
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_STATUS,
  codes,
  FRAMEWORK_ELEMENT,
  INITIATIVE_STATUS,
  INITIATIVE_TABLE_SORT,
  LEVER_STATE,
  LEVERS,
  type AlignmentFlag,
  type AlignmentStatus,
  type FrameworkElement,
  type InitiativeStatus,
  type InitiativeTableSort,
  type Lever,
  type LeverState,
} from './vocabulary.js';

export type TableSort = InitiativeTableSort;
export const TABLE_SORTS = codes(INITIATIVE_TABLE_SORT);
export const TABLE_PAGE_SIZE = 50;

export interface TableView {
  place: string | null;
  status: InitiativeStatus[];
  alignment: AlignmentStatus[];
  /** Rows must carry every one of these flags. */
  flags: AlignmentFlag[];
  /** Per lever, the states it may have (empty: any). */
  levers: Record<Lever, LeverState[]>;
  /** Rows where at least one of these levers has no backer recorded (the "lacking" presets). */
  lacking: Lever[];
  element: FrameworkElement | null;
  targetGroup: string | null;
  organisation: string | null;
  partnership: string | null;
  asOf: string | null;
  sort: TableSort;
  descending: boolean;
  /** 1-based. */
  page: number;
}

export const NO_TABLE_FILTERS: TableView = {
  place: null,
  status: [],
  alignment: [],
  flags: [],
  levers: { DOWNWARD: [], SIDEWARD: [], UPWARD: [] },
  lacking: [],
  element: null,
  targetGroup: null,
  organisation: null,
  partnership: null,
  asOf: null,
  sort: 'NAME',
  descending: false,
  page: 1,
};

/** The lever-state query keys: ?downward=NOT_RECORDED,ABSENT */
const leverKey = (l: Lever) => l.toLowerCase();
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const REF = /^[A-Za-z0-9:_-]{1,200}$/;

/**
 * Reads a view from query parameters. Unknown values are reported in `problems` (one sentence each, naming the
 * key) and left out of the view: the explorer ignores them, an export refuses them.
 */
export function parseTableView(q: URLSearchParams): { view: TableView; problems: string[] } {
  const problems: string[] = [];
  const list = <T extends string>(key: string, allowed: readonly T[]): T[] => {
    const raw = q.get(key);
    if (!raw) return [];
    const xs = raw.split(',').filter(Boolean);
    for (const x of xs)
      if (!(allowed as readonly string[]).includes(x))
        problems.push(`${key}: "${x}" is not one of ${allowed.join(', ')}`);
    return xs.filter((x): x is T => (allowed as readonly string[]).includes(x));
  };
  const ref = (key: string) => {
    const v = q.get(key);
    if (!v) return null;
    if (!REF.test(v)) {
      problems.push(`${key}: "${v.slice(0, 40)}" is not an id`);
      return null;
    }
    return v;
  };
  const element = q.get('element');
  const asOf = q.get('asOf');
  const sort = q.get('sort');
  const page = q.get('page');
  if (element && !(element in FRAMEWORK_ELEMENT)) problems.push(`element: "${element}" is not a framework element`);
  if (asOf && !DATE.test(asOf)) problems.push('asOf: must be a date YYYY, YYYY-MM or YYYY-MM-DD');
  if (sort && !TABLE_SORTS.includes(sort as TableSort))
    problems.push(`sort: "${sort}" is not one of ${TABLE_SORTS.join(', ')}`);
  const pageNo = page === null ? 1 : Number(page);
  if (!Number.isInteger(pageNo) || pageNo < 1 || pageNo > 100_000) problems.push('page: must be a whole number from 1');
  const view: TableView = {
    place: ref('place'),
    status: list('status', codes(INITIATIVE_STATUS)),
    alignment: list('alignment', codes(ALIGNMENT_STATUS)),
    flags: list('flag', codes(ALIGNMENT_FLAG)),
    levers: Object.fromEntries(LEVERS.map((l) => [l, list(leverKey(l), codes(LEVER_STATE))])) as TableView['levers'],
    lacking: list('lacking', LEVERS),
    element: element && element in FRAMEWORK_ELEMENT ? (element as FrameworkElement) : null,
    targetGroup: ref('group'),
    organisation: ref('org'),
    partnership: ref('partnership'),
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    sort: sort && TABLE_SORTS.includes(sort as TableSort) ? (sort as TableSort) : 'NAME',
    descending: q.get('desc') === '1',
    page: Number.isInteger(pageNo) && pageNo >= 1 && pageNo <= 100_000 ? pageNo : 1,
  };
  return { view, problems };
}

/** The query string of a view (without "?"), defaults left out; `withPage` false for an export (all pages). */
export function tableViewQuery(v: TableView, withPage = true): string {
  const q: [string, string][] = [];
  const add = (k: string, val: string | null | undefined) => {
    if (val) q.push([k, val]);
  };
  add('place', v.place);
  add('status', v.status.join(','));
  add('alignment', v.alignment.join(','));
  add('flag', v.flags.join(','));
  for (const l of LEVERS) add(leverKey(l), v.levers[l].join(','));
  add('lacking', v.lacking.join(','));
  add('element', v.element);
  add('group', v.targetGroup);
  add('org', v.organisation);
  add('partnership', v.partnership);
  add('asOf', v.asOf);
  if (v.sort !== 'NAME') add('sort', v.sort);
  if (v.descending) add('desc', '1');
  if (withPage && v.page > 1) add('page', String(v.page));
  // Codes and ids are letters, digits, hyphens, colons and underscores: readable unescaped.
  return q.map(([k, val]) => `${k}=${encodeURIComponent(val).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
}
