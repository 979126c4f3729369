/** For researchers: lever profiles, the comparison of two dates and the read-only Cypher console. */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, gql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { CompareQuery, ConsoleQuery, LeverGrouping, ProfileQuery } from '../gql/graphql.js';
import { AlignmentBadge } from '../components/Alignment.js';
import { Citations } from '../components/Citations.js';
import { Empty, ErrorNote, Loading, Unavailable } from '../components/Status.js';
import { GraphCanvas } from '../graph/GraphCanvas.js';
import type { DrawGraph } from '../model/graph.js';
import type { ResearchTab } from '../model/url.js';
import { ClaimChecks } from '../components/ClaimChecks.js';
import { FRAMEWORK_ELEMENT, ORGANISATION_TYPE } from '../../../model/vocabulary.js';
import { LEVERS, LEVER_STYLE, LINK_NAME, OPPOSE_COLOUR, groupLabel, humanise, labelOf } from '../model/vocabulary.js';
import { plural } from '../model/words.js';

const ProfileQueryDoc = graphql(`query Profile($groupBy: LeverGrouping!, $asOf: String) {
  leverProfile(groupBy: $groupBy, asOf: $asOf) { key label initiatives downward sideward upward opposing aligned partial contested unknown }
}`);
const CompareQueryDoc = graphql(`query Compare($from: String!, $to: String!) {
  compare(from: $from, to: $to) {
    from to statusChanges { initiative { ...Ref } from to }
    links { change linkId type lever stance validFrom validTo from { ...Ref } to { ...Ref } evidence { ...Citation } }
  }
}`);
const ConsoleQueryDoc = graphql(`query Console($query: String!) {
  cypherConsole(query: $query) { columns rows truncated elapsedMs nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }
}`);
type LeverProfileRow = ProfileQuery['leverProfile'][number];
type Comparison = CompareQuery['compare'];
type ConsoleResult = ConsoleQuery['cypherConsole'];
/** Framework elements and organisation types by name, never as bare codes. */
const GROUP_WORDS: Partial<Record<LeverGrouping, Readonly<Record<string, { label: string }>>>> = {
  FRAMEWORK_ELEMENT,
  ORGANISATION_TYPE,
};
const leverProfile = async (groupBy: LeverGrouping, asOf: string | null) =>
  (await gql(ProfileQueryDoc, { groupBy, asOf })).leverProfile.map((r) => {
    const words = GROUP_WORDS[groupBy];
    return words && r.label ? { ...r, label: labelOf(words, r.label) } : r;
  });
const compare = async (from: string, to: string) => (await gql(CompareQueryDoc, { from, to })).compare;
const cypherConsole = async (query: string) => (await gql(ConsoleQueryDoc, { query })).cypherConsole;

type Run<T> = { state: 'idle' } | { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: T };

function useRun<T>(): [Run<T>, (p: Promise<T>) => void] {
  const [r, setR] = useState<Run<T>>({ state: 'idle' });
  return [
    r,
    (p) => {
      setR({ state: 'loading' });
      p.then(
        (data) => setR({ state: 'done', data }),
        (error: Error) => setR({ state: 'error', error }),
      );
    },
  ];
}

function Outcome<T>({
  r,
  field,
  feature,
  what,
  children,
}: {
  r: Run<T>;
  field: string;
  feature: string;
  what: string;
  children(d: T): ReactNode;
}) {
  if (r.state === 'loading') return <Loading what={what} />;
  if (r.state === 'error')
    return r.error instanceof ApiError && r.error.unavailable ? (
      <Unavailable feature={feature} field={field} />
    ) : (
      <ErrorNote error={r.error} what={what} />
    );
  if (r.state === 'done') return <>{children(r.data)}</>;
  return null;
}

const GROUPINGS: LeverGrouping[] = [
  'PLACE',
  'FRAMEWORK_ELEMENT',
  'TARGET_GROUP',
  'LEVER_CLASS',
  'ORGANISATION_TYPE',
  'SOURCE',
];

function ProfileChart({ rows, groupBy }: { rows: LeverProfileRow[]; groupBy: LeverGrouping }) {
  const max = Math.max(1, ...rows.map((r) => r.initiatives));
  const bars: { key: keyof LeverProfileRow; name: string; colour: string }[] = [
    ...LEVERS.map((l) => ({
      key: l.toLowerCase() as keyof LeverProfileRow,
      name: LEVER_STYLE[l].name,
      colour: LEVER_STYLE[l].colour,
    })),
    { key: 'opposing', name: 'Opposing', colour: OPPOSE_COLOUR },
  ];
  return (
    <div
      className="profile-chart"
      role="img"
      aria-label="Bar chart of the lever profile; the same figures are in the table below"
    >
      {rows.map((r) => (
        <div key={r.key || '(none)'} className="profile-row">
          <div className="profile-label">
            {groupLabel(groupBy, r.key, r.label)} <span className="muted">({r.initiatives})</span>
          </div>
          <div className="profile-bars">
            {bars.map((b) => {
              const v = r[b.key] as number;
              return (
                <div key={b.key} className="bar-line">
                  <span className="bar-name">{b.name}</span>
                  <span className={`bar b-${b.key}`} style={{ width: `${(v / max) * 100}%`, background: b.colour }} />
                  <span className="bar-value">{v}</span>
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}

function Profile() {
  const [groupBy, setGroupBy] = useState<LeverGrouping>('PLACE');
  const [asOf, setAsOf] = useState('');
  const [r, run] = useRun<LeverProfileRow[]>();
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    run(leverProfile(groupBy, asOf || null));
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    submit();
  }, []);
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">Lever profile</h2>
      <p>
        How many initiatives in each group have an enabling backer on each lever, how many are opposed, and how many are
        aligned, partly aligned, contested or unknown.
      </p>
      <form className="inline-form" onSubmit={submit}>
        <label className="field">
          Group by
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as LeverGrouping)}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {humanise(g)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          As of (optional)
          <input
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
          />
        </label>
        <button type="submit">Show profile</button>
      </form>
      <Outcome r={r} field="leverProfile" feature="The lever profile" what="the lever profile">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>No initiatives to profile.</Empty>
          ) : (
            <>
              <ProfileChart rows={rows} groupBy={groupBy} />
              <table className="data">
                <caption>Lever profile by {humanise(groupBy).toLowerCase()}</caption>
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col">Initiatives</th>
                    <th scope="col">Downward</th>
                    <th scope="col">Sideward</th>
                    <th scope="col">Upward</th>
                    <th scope="col">Opposing</th>
                    <th scope="col">Aligned</th>
                    <th scope="col">Partial</th>
                    <th scope="col">Contested</th>
                    <th scope="col">Unknown</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((x) => (
                    <tr key={x.key || '(none)'}>
                      <th scope="row">{groupLabel(groupBy, x.key, x.label)}</th>
                      <td>{x.initiatives}</td>
                      <td>{x.downward}</td>
                      <td>{x.sideward}</td>
                      <td>{x.upward}</td>
                      <td>{x.opposing}</td>
                      <td>{x.aligned}</td>
                      <td>{x.partial}</td>
                      <td>{x.contested}</td>
                      <td>{x.unknown}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </Outcome>
      <ClaimChecks />
    </section>
  );
}

function Compare({ open }: { open(id: string): void }) {
  const [from, setFrom] = useState('2015');
  const [to, setTo] = useState(new Date().toISOString().slice(0, 10));
  const [r, run] = useRun<Comparison>();
  return (
    <section aria-labelledby="compare-h">
      <h2 id="compare-h">Compare two dates</h2>
      <p>
        Initiatives whose alignment status changed, and lever and other links that appeared or ended, between two dates.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(compare(from, to));
        }}
      >
        <label className="field">
          From
          <input
            type="text"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            placeholder="YYYY or YYYY-MM-DD"
            required
          />
        </label>
        <label className="field">
          To
          <input
            type="text"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            placeholder="YYYY or YYYY-MM-DD"
            required
          />
        </label>
        <button type="submit">Compare</button>
      </form>
      <Outcome r={r} field="compare" feature="Comparison of two dates" what="the comparison">
        {(c) => (
          <>
            <h3>Status changes ({c.statusChanges.length})</h3>
            {c.statusChanges.length === 0 ? (
              <Empty>No initiative changed status.</Empty>
            ) : (
              <ul>
                {c.statusChanges.map((s) => (
                  <li key={s.initiative.id}>
                    <button type="button" className="link" onClick={() => open(s.initiative.id)}>
                      {s.initiative.name}
                    </button>
                    : <AlignmentBadge status={s.from} /> → <AlignmentBadge status={s.to} />
                  </li>
                ))}
              </ul>
            )}
            <h3>Links that appeared or ended ({c.links.length})</h3>
            {c.links.length === 0 ? (
              <Empty>No link appeared or ended.</Empty>
            ) : (
              <ul>
                {c.links.map((l) => (
                  <li key={`${l.change}:${l.linkId}`}>
                    <strong>{l.change === 'APPEARED' ? 'Appeared' : 'Ended'}</strong>: {l.from.name} → {l.to.name} (
                    {LINK_NAME[l.type as keyof typeof LINK_NAME] ?? humanise(l.type)}
                    {l.lever ? `, ${l.lever.toLowerCase()}` : ''}
                    {l.stance === 'OPPOSES' ? ', opposes' : ''}) {l.validFrom && `from ${l.validFrom}`}{' '}
                    {l.validTo && `to ${l.validTo}`}
                    <details>
                      <summary>Evidence ({l.evidence.length})</summary>
                      <Citations evidence={l.evidence} />
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Outcome>
    </section>
  );
}

export function consoleGraph(res: ConsoleResult): DrawGraph {
  const ids = new Set(res.nodes.map((n) => n.id));
  return {
    nodes: res.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      type: n.type,
      placeholder: n.placeholder,
      focus: false,
      more: 0,
      hops: 1,
    })),
    edges: res.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    filteredOut: 0,
  };
}

/** Nodes and relationships read as their name or type; anything else as JSON text. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  const p = o.properties ?? {};
  if (Array.isArray(o.labels))
    return `${String(p.name ?? p.title ?? p.id ?? '')} (${o.labels.filter((l) => l !== 'Entity').join(', ')})`;
  if (typeof o.type === 'string' && o.properties) return [o.type, p.lever, p.stance, p.id].filter(Boolean).join(' · ');
  return JSON.stringify(v);
}

function Console({ open }: { open(id: string): void }) {
  const [query, setQuery] = useState(
    "MATCH (b)-[r:LEVER]->(i:Initiative)\nWHERE r.stance = 'OPPOSES'\nRETURN b, r, i LIMIT 25",
  );
  const [asGraph, setAsGraph] = useState(false);
  const [r, run] = useRun<ConsoleResult>();
  return (
    <section aria-labelledby="console-h">
      <h2 id="console-h">Read-only Cypher console</h2>
      <p>
        Runs one read-only query against the graph. Writes, file or URL loads and most procedures are refused, with a
        reason; long queries time out and results are capped.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run(cypherConsole(query));
        }}
      >
        <label className="field block" htmlFor="cypher">
          Cypher query
        </label>
        <textarea id="cypher" rows={5} spellCheck={false} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">Run query</button>
      </form>
      <Outcome r={r} field="cypherConsole" feature="The Cypher console" what="the query result">
        {(res) => (
          <>
            <p role="status">
              {res.rows.length} {res.rows.length === 1 ? 'row' : 'rows'} in {res.elapsedMs} ms
              {res.truncated ? ' (truncated at the row cap: narrow the query)' : ''}.
            </p>
            <div className="toolbar">
              <button type="button" aria-pressed={!asGraph} onClick={() => setAsGraph(false)}>
                Table
              </button>
              <button
                type="button"
                aria-pressed={asGraph}
                onClick={() => setAsGraph(true)}
                disabled={!res.nodes.length}
              >
                Graph ({plural(res.nodes.length, 'node')})
              </button>
            </div>
            {asGraph && res.nodes.length ? (
              <div className="canvas-wrap console-graph">
                <GraphCanvas
                  graph={consoleGraph(res)}
                  focus=""
                  layout="fcose"
                  selected={null}
                  label="Query result as a graph"
                  onSelect={(id) => {
                    if (id && !id.includes(':')) open(id);
                  }}
                  onExpand={open}
                />
              </div>
            ) : res.rows.length === 0 ? (
              <Empty>The query returned no rows.</Empty>
            ) : (
              <div className="table-scroll">
                <table className="data" data-testid="console-table">
                  <thead>
                    <tr>
                      {res.columns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {res.rows.map((row, i) => (
                      <tr key={i}>
                        {res.columns.map((c) => (
                          <td key={c}>{cell((row as Record<string, unknown>)[c])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Outcome>
    </section>
  );
}

export function ResearchPage({
  tab,
  setTab,
  open,
}: {
  tab: ResearchTab;
  setTab(t: ResearchTab): void;
  open(id: string): void;
}) {
  useEffect(() => {
    document.title = 'Research · Levermap';
  }, []);
  const tabs: { id: ResearchTab; name: string }[] = [
    { id: 'profile', name: 'Lever profile' },
    { id: 'compare', name: 'Compare dates' },
    { id: 'console', name: 'Cypher console' },
  ];
  return (
    <main id="main" className="page research">
      <h1>Research</h1>
      <nav aria-label="Research tools" className="tabs">
        {tabs.map((t) => (
          <a
            key={t.id}
            href={`/research/${t.id}`}
            aria-current={tab === t.id ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              setTab(t.id);
            }}
          >
            {t.name}
          </a>
        ))}
      </nav>
      {tab === 'profile' && <Profile />}
      {tab === 'compare' && <Compare open={open} />}
      {tab === 'console' && <Console open={open} />}
    </main>
  );
}
