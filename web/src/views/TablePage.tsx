/**
 * The initiatives table, the gap finder: filters, server-side sort and pages, counts at the top, presets for the
 * officer's questions, and the same view as CSV or XLSX. The whole view lives in the URL (model/table-view.ts).
 */
import { useEffect, useId } from 'react';
import { useGql } from '../client/client.js';
import { AlignmentBadge } from '../components/Alignment.js';
import { ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import type { InitiativeTableQuery } from '../gql/graphql.js';
import { NO_TABLE_FILTERS, tableViewQuery, TABLE_PAGE_SIZE, type TableView } from '../../../model/table-view.js';
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_STATUS,
  codes,
  FRAMEWORK_ELEMENT,
  INITIATIVE_STATUS,
  INITIATIVE_TABLE_SORT,
  LEVER_STATE,
  type InitiativeTableSort,
  type Lever,
  type LeverState,
} from '../../../model/vocabulary.js';
import { LEVERS, LEVER_STYLE, flagName, labelOf } from '../model/vocabulary.js';
import { LEVER_ROLE, leverLacks, plural } from '../model/words.js';
import './table.css';

const TableQuery = graphql(`query InitiativeTable($filter: InitiativeTableFilter, $asOf: String,
  $sort: InitiativeTableSort, $descending: Boolean, $first: Int, $offset: Int) {
  initiativeTable(filter: $filter, asOf: $asOf, sort: $sort, descending: $descending, first: $first, offset: $offset) {
    asOf total offset hasNextPage
    byStatus { status count } byFlag { flag count } byLeverState { lever state count }
    rows { initiative { id name placeholder } status alignment opposing flags
      levers { lever state enabling opposing } }
  }
}`);
const OptionsQuery = graphql(`query TableOptions {
  places: entities(type: Place, first: 500) { nodes { id name } }
  groups: entities(type: TargetGroup, first: 500) { nodes { id name } }
  organisations: entities(type: Organisation, first: 500) { nodes { id name } }
  partnerships: entities(type: Partnership, first: 500) { nodes { id name } }
}`);
type Data = InitiativeTableQuery['initiativeTable'];

/** Presets for the questions officers ask; each sets filters and clears the others of its kind. */
export const PRESETS: { id: string; label: string; patch: Partial<TableView> }[] = [
  {
    id: 'lacking-sponsor-or-voice',
    label: 'Lacking a sponsor or community voice',
    patch: { lacking: ['DOWNWARD', 'UPWARD'] },
  },
  { id: 'lacking-sponsor', label: 'Lacking a sponsor', patch: { lacking: ['DOWNWARD'] } },
  { id: 'lacking-partnership', label: 'Lacking a partnership', patch: { lacking: ['SIDEWARD'] } },
  { id: 'contested', label: 'Contested', patch: { alignment: ['CONTESTED'] } },
];

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const toggle = <T,>(xs: readonly T[], x: T) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

/** The GraphQL variables of a view. */
export function variablesOf(v: TableView) {
  return {
    filter: {
      place: v.place,
      status: v.status.length ? v.status : null,
      alignment: v.alignment.length ? v.alignment : null,
      flags: v.flags.length ? v.flags : null,
      levers: LEVERS.filter((l) => v.levers[l].length).map((lever) => ({ lever, states: v.levers[lever] })),
      lacking: v.lacking.length ? v.lacking : null,
      frameworkElement: v.element,
      targetGroup: v.targetGroup,
      organisation: v.organisation,
      partnership: v.partnership,
    },
    asOf: v.asOf,
    sort: v.sort,
    descending: v.descending,
    first: TABLE_PAGE_SIZE,
    offset: (v.page - 1) * TABLE_PAGE_SIZE,
  };
}

/** "42 initiatives; 30 lack a recorded sponsor; 12 lack a recorded community voice." */
export function headline(d: Pick<Data, 'total' | 'byLeverState'>): string {
  if (!d.total) return 'No initiative matches these filters.';
  const parts = [plural(d.total, 'initiative')];
  for (const l of LEVERS) {
    const n = d.byLeverState.filter((c) => c.lever === l && c.state !== 'PRESENT').reduce((a, c) => a + c.count, 0);
    if (n) parts.push(`${n} ${leverLacks(l, n)}`);
  }
  return `${parts.join('; ')}.`;
}

function Select({
  label,
  value,
  options,
  onChange,
  any = 'Any',
}: {
  label: string;
  value: string | null;
  options: { id: string; name: string }[];
  onChange(v: string | null): void;
  any?: string;
}) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </p>
  );
}

function Checks<T extends string>({
  legend,
  codes: all,
  value,
  name,
  onChange,
}: {
  legend: string;
  codes: readonly T[];
  value: readonly T[];
  name(code: T): string;
  onChange(v: T[]): void;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {all.map((c) => (
        <label key={c}>
          <input type="checkbox" checked={value.includes(c)} onChange={() => onChange(toggle(value, c))} /> {name(c)}
        </label>
      ))}
    </fieldset>
  );
}

const byName = (xs: { id: string; name: string }[] | undefined) =>
  (xs ?? []).slice().sort((a, b) => a.name.localeCompare(b.name));

function Filters({ view, set }: { view: TableView; set(patch: Partial<TableView>): void }) {
  const opts = useGql(OptionsQuery, {});
  const o = opts.data;
  return (
    <details className="table-filters" open>
      <summary>Filters</summary>
      <div className="filter-grid">
        <Select
          label="Place (and the places within it)"
          value={view.place}
          options={byName(o?.places.nodes)}
          onChange={(place) => set({ place })}
        />
        <Select
          label="Organisation (or its directorates)"
          value={view.organisation}
          options={byName(o?.organisations.nodes)}
          onChange={(organisation) => set({ organisation })}
        />
        <Select
          label="Partnership (or its members)"
          value={view.partnership}
          options={byName(o?.partnerships.nodes)}
          onChange={(partnership) => set({ partnership })}
        />
        <Select
          label="Target group"
          value={view.targetGroup}
          options={byName(o?.groups.nodes)}
          onChange={(targetGroup) => set({ targetGroup })}
        />
        <Select
          label="Framework element"
          value={view.element}
          options={codes(FRAMEWORK_ELEMENT).map((e) => ({ id: e, name: FRAMEWORK_ELEMENT[e].label }))}
          onChange={(e) => set({ element: e as TableView['element'] })}
        />
        <p className="field">
          <label htmlFor="table-asof">As of (YYYY, YYYY-MM or YYYY-MM-DD; empty is today)</label>
          <input
            id="table-asof"
            defaultValue={view.asOf ?? ''}
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            onBlur={(e) => {
              const v = e.target.value.trim();
              if (!v || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) set({ asOf: v || null });
            }}
          />
        </p>
        {LEVERS.map((l) => (
          <Checks<LeverState>
            key={l}
            legend={`${LEVER_STYLE[l].name} lever (${LEVER_ROLE[l]})`}
            codes={codes(LEVER_STATE)}
            value={view.levers[l]}
            name={(s) => LEVER_STATE[s].label}
            onChange={(states) => set({ levers: { ...view.levers, [l]: states } })}
          />
        ))}
        <Checks
          legend="Initiative status"
          codes={codes(INITIATIVE_STATUS)}
          value={view.status}
          name={(s) => INITIATIVE_STATUS[s].label}
          onChange={(status) => set({ status })}
        />
        <Checks
          legend="Alignment"
          codes={codes(ALIGNMENT_STATUS)}
          value={view.alignment}
          name={(s) => ALIGNMENT_STATUS[s].label}
          onChange={(alignment) => set({ alignment })}
        />
        <Checks
          legend="Has every flag ticked"
          codes={codes(ALIGNMENT_FLAG)}
          value={view.flags}
          name={(f) => ALIGNMENT_FLAG[f].label}
          onChange={(flags) => set({ flags })}
        />
      </div>
    </details>
  );
}

const COLUMNS: { sort: InitiativeTableSort; lever?: Lever }[] = [
  { sort: 'NAME' },
  { sort: 'STATUS' },
  { sort: 'ALIGNMENT' },
  { sort: 'DOWNWARD', lever: 'DOWNWARD' },
  { sort: 'SIDEWARD', lever: 'SIDEWARD' },
  { sort: 'UPWARD', lever: 'UPWARD' },
  { sort: 'OPPOSING' },
  { sort: 'FLAGS' },
];

function LeverCell({ l }: { l: Data['rows'][number]['levers'][number] }) {
  if (l.state === 'PRESENT') return <>{l.enabling}</>;
  return <span className={`state s-${l.state}`}>{LEVER_STATE[l.state].label}</span>;
}

function Rows({
  data,
  view,
  set,
  open,
}: {
  data: Data;
  view: TableView;
  set(patch: Partial<TableView>, keepPage?: boolean): void;
  open(id: string): void;
}) {
  const first = data.offset + 1;
  const last = data.offset + data.rows.length;
  return (
    <>
      <section
        className="table-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways; keyboard users must reach it
        tabIndex={0}
        aria-labelledby="table-caption"
      >
        <table className="gap-table" data-testid="gap-table">
          <caption id="table-caption">
            {data.total ? `Initiatives ${first} to ${last} of ${data.total}` : 'No initiative matches these filters'},
            by {INITIATIVE_TABLE_SORT[view.sort].label.toLowerCase()}
            {view.descending ? ', highest first' : ''}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const on = view.sort === c.sort;
                return (
                  <th
                    key={c.sort}
                    scope="col"
                    aria-sort={on ? (view.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="sort"
                      onClick={() => set({ sort: c.sort, descending: on ? !view.descending : c.sort !== 'NAME' })}
                    >
                      {c.lever && (
                        <span aria-hidden="true" style={{ color: LEVER_STYLE[c.lever].colour }}>
                          {LEVER_STYLE[c.lever].glyph}{' '}
                        </span>
                      )}
                      {INITIATIVE_TABLE_SORT[c.sort].label}
                      <span aria-hidden="true">{on ? (view.descending ? ' ↓' : ' ↑') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.initiative.id} data-id={r.initiative.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => open(r.initiative.id)}>
                    {r.initiative.name}
                  </button>
                  {r.initiative.placeholder && <span className="muted"> (placeholder)</span>}
                </th>
                <td>{labelOf(INITIATIVE_STATUS, r.status)}</td>
                <td>
                  <AlignmentBadge status={r.alignment} />
                </td>
                {r.levers.map((l) => (
                  <td key={l.lever} className="num">
                    <LeverCell l={l} />
                  </td>
                ))}
                <td className="num">{r.opposing}</td>
                <td>
                  {r.flags.length ? (
                    <ul className="flag-list">
                      {r.flags.map((f) => (
                        <li key={f}>{flagName(f)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <nav aria-label="Pages of the table" className="pager">
        <button type="button" disabled={view.page <= 1} onClick={() => set({ page: view.page - 1 }, true)}>
          Previous page
        </button>{' '}
        <span>Page {view.page}</span>{' '}
        <button type="button" disabled={!data.hasNextPage} onClick={() => set({ page: view.page + 1 }, true)}>
          Next page
        </button>
      </nav>
    </>
  );
}

export function TablePage({
  view,
  setView,
  open,
}: {
  view: TableView;
  setView(v: TableView): void;
  open(id: string): void;
}) {
  useEffect(() => {
    document.title = 'Initiatives table · Levermap';
  }, []);
  const res = useGql(TableQuery, variablesOf(view), { placeholderData: (prev) => prev });
  const opts = useGql(OptionsQuery, {});
  const set = (patch: Partial<TableView>, keepPage = false) =>
    setView({ ...view, ...patch, page: keepPage ? (patch.page ?? view.page) : 1 });
  const placeName = view.place ? opts.data?.places.nodes.find((p) => p.id === view.place)?.name : null;
  const pshipName = view.partnership
    ? opts.data?.partnerships.nodes.find((p) => p.id === view.partnership)?.name
    : null;
  const exportQuery = tableViewQuery(view, false);
  const d = res.data?.initiativeTable;
  return (
    <main id="main" className="page table-page">
      <h1>
        Initiatives{placeName ? ` in ${placeName}` : ''}
        {pshipName ? ` backed by ${pshipName}` : ''}
      </h1>
      <p className="lede">
        Filter and sort initiatives to find the gaps. "Not recorded" means the sources say nothing on that lever: it is
        unknown, not a confirmed gap.
      </p>
      <fieldset className="chips">
        <legend className="visually-hidden">Ready-made filters</legend>
        {PRESETS.map((p) => {
          const on = Object.entries(p.patch).every(([k, v]) =>
            same(view[k as keyof TableView] as string[], v as string[]),
          );
          return (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={on}
              onClick={() =>
                set(
                  on
                    ? Object.fromEntries(Object.keys(p.patch).map((k) => [k, []]))
                    : { lacking: [], alignment: [], ...p.patch },
                )
              }
            >
              {p.label}
            </button>
          );
        })}
        <button type="button" className="chip" onClick={() => setView({ ...NO_TABLE_FILTERS })}>
          Clear all filters
        </button>
      </fieldset>
      <Filters key={tableViewQuery(view)} view={view} set={set} />
      {res.isPending && <Loading what="initiatives" />}
      {res.isError && <ErrorNote error={res.error} what="the initiatives table" />}
      {d && (
        <>
          <p className="counts" data-testid="table-counts" aria-live="polite">
            <strong>{headline(d)}</strong> As of {d.asOf}.
          </p>
          {d.total > 0 && (
            <p className="muted" data-testid="flag-counts">
              Flags:{' '}
              {d.byFlag
                .filter((f) => f.count)
                .map((f) => `${flagName(f.flag)} ${f.count}`)
                .join(', ') || 'none'}
              .
            </p>
          )}
          <p className="exports">
            Download these {plural(d.total, 'row')}, with flags and citations:{' '}
            <a href={`/export/initiative-table.csv${exportQuery ? `?${exportQuery}` : ''}`} download>
              CSV
            </a>{' '}
            <a href={`/export/initiative-table.xlsx${exportQuery ? `?${exportQuery}` : ''}`} download>
              Excel (XLSX)
            </a>
          </p>
          <Rows data={d} view={view} set={set} open={open} />
        </>
      )}
    </main>
  );
}
