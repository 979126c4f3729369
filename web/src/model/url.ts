/** The whole view lives in the URL, so a link reopens it exactly; parse and print are inverses. */
import { NO_TABLE_FILTERS, parseTableView, tableViewQuery, type TableView } from '../../../model/table-view.js';
import { NO_FILTERS, type Filters } from './graph.js';
import {
  CONFIDENCES,
  ELEMENTS,
  LEVERS,
  ORG_TYPES,
  STANCES,
  type Confidence,
  type FrameworkElement,
  type Lever,
  type OrganisationType,
  type Stance,
} from './vocabulary.js';

export type Page =
  | 'home'
  | 'explore'
  | 'place'
  | 'research'
  | 'find'
  | 'edit'
  | 'import'
  | 'signin'
  | 'source'
  | 'table'
  | 'review'
  | 'accounts';
export type FindTab = 'collaborators' | 'sponsors' | 'partnerships';
export const FIND_TABS: FindTab[] = ['collaborators', 'sponsors', 'partnerships'];
export type LayoutName = 'lever' | 'fcose' | 'concentric';
export type ResearchTab = 'profile' | 'compare' | 'console';
export const LAYOUTS: { id: LayoutName; name: string }[] = [
  { id: 'lever', name: 'Lever layout' },
  { id: 'fcose', name: 'Force-directed' },
  { id: 'concentric', name: 'Concentric' },
];
export const DEFAULT_LIMIT = 60;
export const EXPAND_LIMIT = 20;

/** How old a claim in the review queue is: any age, added today, or waiting over a week or a month. */
export type ReviewAge = 'any' | 'today' | 'week' | 'month';
export const REVIEW_AGES: ReviewAge[] = ['any', 'today', 'week', 'month'];
/** The review queue's filters (/review?author=&source=&age=). */
export interface ReviewFilters {
  author: string | null;
  source: string | null;
  age: ReviewAge;
}
export const NO_REVIEW_FILTERS: ReviewFilters = { author: null, source: null, age: 'any' };

export interface Expansion {
  id: string;
  limit: number;
}
export interface ViewState {
  page: Page;
  id: string | null;
  layout: LayoutName;
  filters: Filters;
  /** Nodes whose neighbours were added, in order, each with how many it may bring. */
  expanded: Expansion[];
  hidden: string[];
  selected: string | null;
  list: boolean;
  limit: number;
  /** Hops the focus's neighbourhood reaches (1 to 3). */
  depth: number;
  /** Groups of a hub's neighbours the user opened (group keys, model/groups.ts). */
  groups: string[];
  /** Two nodes whose connecting paths are shown, or null. */
  paths: [string, string] | null;
  tab: ResearchTab;
  findTab: FindTab;
  /** The finder's organisation (?org=), or the node a new link starts from on the edit page (?from=). */
  ref: string | null;
  /** The document reader (/source/ID): the cited line (?line=) and the quote to mark in it (?quote=). */
  line: number | null;
  quote: string | null;
  /** The finder's described profile (?profile=, JSON of the form), so a reload or a shared link keeps it. */
  profile: string | null;
  /** The initiatives table (/table?...): its filters, sort and page. */
  table: TableView;
  /** The review queue (/review?...): its filters. */
  review: ReviewFilters;
}

export const HOME: ViewState = {
  page: 'home',
  id: null,
  layout: 'lever',
  filters: NO_FILTERS,
  expanded: [],
  hidden: [],
  selected: null,
  list: false,
  limit: DEFAULT_LIMIT,
  depth: 1,
  groups: [],
  paths: null,
  tab: 'profile',
  findTab: 'collaborators',
  ref: null,
  line: null,
  quote: null,
  profile: null,
  table: NO_TABLE_FILTERS,
  review: NO_REVIEW_FILTERS,
};

const csv = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
function oneOf<T extends string>(values: readonly T[], v: string | null): T | null {
  return v && (values as readonly string[]).includes(v) ? (v as T) : null;
}
const someOf = <T extends string>(values: readonly T[], v: string | null): T[] =>
  csv(v).filter((x): x is T => (values as readonly string[]).includes(x));
const intIn = (v: string | null, min: number, max: number, dflt: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : dflt;
};

function pairOf(v: string | null): [string, string] | null {
  const [a, b, ...rest] = csv(v);
  return a && b && a !== b && rest.length === 0 ? [a, b] : null;
}

export function parseUrl(pathname: string, search: string): ViewState {
  const q = new URLSearchParams(search);
  const [, first, rest] = pathname.match(/^\/([^/]*)\/?(.*)$/) ?? [];
  const id = rest ? decodeURIComponent(rest) : null;
  const simple: Record<string, Page> = {
    place: 'place',
    research: 'research',
    find: 'find',
    edit: 'edit',
    import: 'import',
    signin: 'signin',
    table: 'table',
    review: 'review',
    accounts: 'accounts',
  };
  const page: Page = (first === 'explore' || first === 'source') && id ? first : (simple[first ?? ''] ?? 'home');
  const filters: Filters = {
    levers: someOf<Lever>(LEVERS, q.get('lever')),
    stances: someOf<Stance>(STANCES, q.get('stance')),
    confidences: someOf<Confidence>(CONFIDENCES, q.get('confidence')),
    orgTypes: someOf<OrganisationType>(ORG_TYPES, q.get('orgType')),
    place: q.get('place') || null,
    element: oneOf<FrameworkElement>(ELEMENTS, q.get('element')),
    hideUnverified: q.get('claims') === 'verified',
  };
  const expanded = csv(q.get('expand'))
    .map((s) => {
      const [eid = '', lim] = s.split('~');
      return { id: eid, limit: intIn(lim ?? null, 2, 500, EXPAND_LIMIT) };
    })
    .filter((e) => e.id);
  return {
    page,
    id: page === 'research' || page === 'find' ? null : id,
    filters,
    expanded,
    layout: oneOf<LayoutName>(['lever', 'fcose', 'concentric'], q.get('layout')) ?? 'lever',
    hidden: csv(q.get('hide')),
    selected: q.get('sel') || null,
    list: q.get('view') === 'list',
    limit: intIn(q.get('limit'), 2, 500, DEFAULT_LIMIT),
    depth: intIn(q.get('depth'), 1, 3, 1),
    groups: csv(q.get('open')),
    paths: pairOf(q.get('paths')),
    tab: page === 'research' ? (oneOf<ResearchTab>(['profile', 'compare', 'console'], id) ?? 'profile') : 'profile',
    findTab: page === 'find' ? (oneOf<FindTab>(FIND_TABS, id) ?? 'collaborators') : 'collaborators',
    ref: (page === 'find' ? q.get('org') : page === 'edit' ? q.get('from') : null) || null,
    line: page === 'source' && q.get('line') ? intIn(q.get('line'), 1, 10_000_000, 1) : null,
    quote: (page === 'source' && q.get('quote')?.slice(0, 1000)) || null,
    profile: (page === 'find' && !q.get('org') && q.get('profile')?.slice(0, 8000)) || null,
    table: page === 'table' ? parseTableView(q).view : NO_TABLE_FILTERS,
    review:
      page === 'review'
        ? {
            author: q.get('author')?.slice(0, 200) || null,
            source: q.get('source')?.slice(0, 200) || null,
            age: oneOf<ReviewAge>(REVIEW_AGES, q.get('age')) ?? 'any',
          }
        : NO_REVIEW_FILTERS,
  };
}

export function toUrl(s: ViewState): string {
  const path =
    s.page === 'home'
      ? '/'
      : s.page === 'research'
        ? `/research/${s.tab}`
        : s.page === 'find'
          ? `/find/${s.findTab}`
          : s.page === 'edit'
            ? `/edit${s.id ? `/${s.id.split('/').map(encodeURIComponent).join('/')}` : ''}`
            : `/${s.page}${s.id ? `/${encodeURIComponent(s.id)}` : ''}`;
  if (s.page === 'find' && s.ref) return `${path}?org=${encodeURIComponent(s.ref)}`;
  if (s.page === 'find' && s.profile) return `${path}?profile=${encodeURIComponent(s.profile)}`;
  if (s.page === 'edit' && s.ref) return `${path}?from=${encodeURIComponent(s.ref)}`;
  if (s.page === 'source') {
    const q = new URLSearchParams();
    if (s.line) q.set('line', String(s.line));
    if (s.line && s.quote) q.set('quote', s.quote);
    const qs = q.toString();
    return qs ? `${path}?${qs}` : path;
  }
  if (s.page === 'table') {
    const qs = tableViewQuery(s.table);
    return qs ? `${path}?${qs}` : path;
  }
  if (s.page === 'review') {
    const q = new URLSearchParams();
    if (s.review.author) q.set('author', s.review.author);
    if (s.review.source) q.set('source', s.review.source);
    if (s.review.age !== 'any') q.set('age', s.review.age);
    const qs = q.toString();
    return qs ? `${path}?${qs}` : path;
  }
  if (s.page !== 'explore') return path;
  const q: [string, string][] = [];
  const add = (k: string, v: string | null | undefined) => {
    if (v) q.push([k, v]);
  };
  if (s.layout !== 'lever') add('layout', s.layout);
  add('lever', s.filters.levers.join(','));
  add('stance', s.filters.stances.join(','));
  add('confidence', s.filters.confidences.join(','));
  add('orgType', s.filters.orgTypes.join(','));
  add('place', s.filters.place);
  add('element', s.filters.element);
  if (s.filters.hideUnverified) add('claims', 'verified');
  add('expand', s.expanded.map((e) => (e.limit === EXPAND_LIMIT ? e.id : `${e.id}~${e.limit}`)).join(','));
  add('hide', s.hidden.join(','));
  if (s.limit !== DEFAULT_LIMIT) add('limit', String(s.limit));
  if (s.depth !== 1) add('depth', String(s.depth));
  add('open', s.groups.join(','));
  add('paths', s.paths?.join(','));
  add('sel', s.selected);
  if (s.list) add('view', 'list');
  // Ids are lower-case letters, digits, hyphens and colons: readable unescaped.
  const qs = q.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
  return qs ? `${path}?${qs}` : path;
}

export const explore = (id: string): ViewState => ({ ...HOME, page: 'explore', id });
/** The edit page: a new node of a label, an existing node or link, or a new link (optionally from a node). */
export const editNew = (label: string): ViewState => ({ ...HOME, page: 'edit', id: `new/${label}` });
export const editNode = (id: string): ViewState => ({ ...HOME, page: 'edit', id: `node/${id}` });
export const editLink = (id: string): ViewState => ({ ...HOME, page: 'edit', id: `link/${id}` });
export const newLink = (from: string | null): ViewState => ({ ...HOME, page: 'edit', id: 'link/new', ref: from });
export const find = (tab: FindTab, org: string | null = null, profile: string | null = null): ViewState => ({
  ...HOME,
  page: 'find',
  findTab: tab,
  ref: org,
  profile: org ? null : profile,
});

/** The initiatives table with some filters (a place page's "initiatives here", a partnership's). */
export const table = (patch: Partial<TableView> = {}): ViewState => ({
  ...HOME,
  page: 'table',
  table: { ...NO_TABLE_FILTERS, ...patch },
});

/** The review queue with these filters. */
export const review = (patch: Partial<ReviewFilters> = {}): ViewState => ({
  ...HOME,
  page: 'review',
  review: { ...NO_REVIEW_FILTERS, ...patch },
});

/** The document reader at a cited line, with the quote to mark in it. */
export const reader = (sourceId: string, line: number | null = null, quote: string | null = null): ViewState => ({
  ...HOME,
  page: 'source',
  id: sourceId,
  line,
  quote: quote || null,
});

/** Goes to a URL of this app from anywhere (a link deep in a panel): the shell follows it as it follows Back. */
export function followLink(e: React.MouseEvent, url: string): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
