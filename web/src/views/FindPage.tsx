/**
 * "Find collaborators": start from an organisation in the graph or describe one; the three
 * tabs ask suggestCollaborators, suggestSponsors and suggestPartnerships; each result says why in sentences
 * with citations, and its reason paths are drawn in one small Cytoscape instance.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../client/client.js';
import { gql } from '../client/client.js';
import type { Ref } from '../components/EntityPicker.js';
import { graphql } from '../gql/index.js';
import type {
  ProfileInput,
  ReasonItemFragment,
  SuggestionItemFragment,
  SuggestionResultItemFragment,
} from '../gql/graphql.js';
import { Citations } from '../components/Citations.js';
import { EntityMultiPicker, EntityPicker } from '../components/EntityPicker.js';
import { Empty, ErrorNote, Loading, Unavailable } from '../components/Status.js';
import { PathCanvas } from '../graph/PathCanvas.js';
import {
  csvName,
  EMPTY_PROFILE,
  profileEmpty,
  profileFromParam,
  profileParam,
  profileInput,
  reasonGraph,
  sharedByText,
  suggestionsCsv,
  type PathGraph,
  type ProfileForm,
} from '../model/suggest.js';
import { FIND_TABS, find, type FindTab, type ViewState } from '../model/url.js';
import { FRAMEWORK_ELEMENT, ORGANISATION_TYPE, PARTNERSHIP_KIND } from '../../../model/vocabulary.js';
import { ELEMENTS, LABEL_NAME, LEVERS, elementName, humanise, labelOf } from '../model/vocabulary.js';
import { plural } from '../model/words.js';

graphql(`fragment ReasonItem on Reason {
  kind text key weight sharedBy via { ...Ref } evidence { ...Citation }
  path { nodes { ...Ref } links { id type lever stance confidence from { ...Ref } to { ...Ref } } }
}`);
graphql(`fragment SuggestionItem on Suggestion {
  rank score generic existingPartner organisationType partnershipKind node { ...Ref } reasons { ...ReasonItem }
}`);
graphql(`fragment SuggestionResultItem on SuggestionResult { source { ...Ref } suggestions { ...SuggestionItem } }`);
const SUGGEST = {
  collaborators:
    graphql(`query SuggestCollaborators($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
    result: suggestCollaborators(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }
  }`),
  sponsors:
    graphql(`query SuggestSponsors($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
    result: suggestSponsors(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }
  }`),
  partnerships:
    graphql(`query SuggestPartnerships($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
    result: suggestPartnerships(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }
  }`),
};
const FIELD: Record<FindTab, string> = {
  collaborators: 'suggestCollaborators',
  sponsors: 'suggestSponsors',
  partnerships: 'suggestPartnerships',
};
const suggestField = (k: FindTab) => FIELD[k];

type Reason = ReasonItemFragment;
type Suggestion = SuggestionItemFragment;
type SuggestionResult = SuggestionResultItemFragment;
/** Exactly one of organisationId and profile. */
interface SuggestArgs {
  organisationId?: string | null;
  profile?: ProfileInput | null;
  first?: number;
  includeExisting?: boolean;
}

async function suggest(kind: FindTab, args: SuggestArgs, signal?: AbortSignal): Promise<SuggestionResult> {
  const d = await gql(
    SUGGEST[kind],
    {
      organisationId: args.organisationId ?? null,
      profile: args.profile ?? null,
      first: args.first ?? 10,
      includeExisting: args.includeExisting ?? false,
    },
    signal,
  );
  return d.result;
}

const TAB_NAME: Record<FindTab, string> = {
  collaborators: 'Collaborators',
  sponsors: 'Sponsors',
  partnerships: 'Partnerships to join',
};
const TAB_HELP: Record<FindTab, string> = {
  collaborators:
    'Organisations that work with the same groups, in the same places or with the same partners, or bring the lever you lack. A partner shares a partnership with you or delivers an initiative with you; having attended the same event is shown as “met at”, not as partnership.',
  sponsors: 'Organisations and partnerships that sponsor, commission or fund initiatives like yours.',
  partnerships: 'Partnerships whose members and initiatives share your groups, places and partners.',
};
const LEVER_HELP: Record<string, string> = {
  UPWARD: 'community reach (upward)',
  DOWNWARD: 'sponsorship, commissioning or funding power (downward)',
  SIDEWARD: 'partnership working (sideward)',
};

/** Reasons shown at once; the rest fold away (a suggestion can have a dozen). */
const SHOWN = 3;
const NO_PATHS: PathGraph = { graph: { nodes: [], edges: [], filteredOut: 0 }, positions: new Map() };

type Run =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; error: Error }
  | { state: 'done'; data: SuggestionResult; about: string };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props {
  tab: FindTab;
  org: string | null;
  /** The described profile from the URL. */
  profileParam: string | null;
  navigate(v: ViewState, replace?: boolean): void;
  open(id: string): void;
}

export function FindPage({ tab, org, profileParam: described, navigate, open }: Props) {
  const [mode, setMode] = useState<'org' | 'profile'>('org');
  const [picked, setPicked] = useState<Ref | null>(null);
  const [profile, setProfile] = useState<ProfileForm>(EMPTY_PROFILE);
  const [includeExisting, setIncludeExisting] = useState(false);
  const [first, setFirst] = useState(10);
  /** What was last asked for, so switching tabs asks the same question of another field. */
  const [asked, setAsked] = useState<{ args: SuggestArgs; about: string } | null>(null);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [chosen, setChosen] = useState<{ rank: number; reason: number | null }>({ rank: 1, reason: null });
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => {
    document.title = `Find ${tab} · Levermap`;
  }, [tab]);

  // An organisation in the URL is the question: a shared link reopens the same results.
  useEffect(() => {
    if (!org) return;
    setMode('org');
    setAsked((a) =>
      a?.args.organisationId === org && a.args.first === first && a.args.includeExisting === includeExisting
        ? a
        : {
            args: { organisationId: org, first, includeExisting },
            about: picked?.id === org ? picked.name : org,
          },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [org]);

  // A described profile in the URL is the question too: a reload keeps it.
  useEffect(() => {
    const p = profileFromParam(described);
    if (org || !p || profileEmpty(p)) return;
    setMode('profile');
    setProfile(p);
    setAsked((a) =>
      a?.args.profile && JSON.stringify(a.args.profile) === JSON.stringify(profileInput(p))
        ? a
        : { args: { profile: profileInput(p), first, includeExisting }, about: p.name.trim() || 'your organisation' },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [described, org]);

  useEffect(() => {
    if (!asked) return;
    const ctl = new AbortController();
    setRun({ state: 'loading' });
    suggest(tab, asked.args, ctl.signal).then(
      (data) => {
        setRun({ state: 'done', data, about: data.source?.name ?? asked.about });
        if (data.source) setPicked((p) => p ?? data.source);
        // The top reason's path first: one path reads at a glance; "Draw all its paths" shows the rest.
        setChosen({ rank: data.suggestions[0]?.rank ?? 1, reason: data.suggestions[0]?.reasons.length ? 0 : null });
      },
      (error: Error) => {
        if (!ctl.signal.aborted) setRun({ state: 'error', error });
      },
    );
    return () => ctl.abort();
  }, [asked, tab]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (mode === 'org') {
      if (!picked) {
        setFormError('Choose your organisation: type part of its name and pick it from the list.');
        return;
      }
      setAsked({ args: { organisationId: picked.id, first, includeExisting }, about: picked.name });
      navigate(find(tab, picked.id), true);
    } else {
      if (profileEmpty(profile)) {
        setFormError(
          'Describe your organisation: at least one target group, place, partnership, framework element, service area or lever.',
        );
        return;
      }
      setAsked({
        args: { profile: profileInput(profile), first, includeExisting },
        about: profile.name.trim() || 'your organisation',
      });
      navigate(find(tab, null, profileParam(profile)), true);
    }
  };
  const setP = (patch: Partial<ProfileForm>) => setProfile((p) => ({ ...p, ...patch }));
  const toggle = (list: string[], v: string, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));

  const result = run.state === 'done' ? run.data : null;
  const current = result?.suggestions.find((s) => s.rank === chosen.rank) ?? result?.suggestions[0] ?? null;
  const paths = useMemo(
    () => (current && run.state === 'done' ? reasonGraph(current, chosen.reason) : null),
    [current, chosen.reason, run.state],
  );

  // A render helper, not a component: a component defined here would remount (closing open citations) on every render.
  const reasonItem = (r: Reason, i: number, s: Suggestion) => (
    <li key={`${r.kind}:${r.key ?? r.via?.id ?? i}`}>
      <span className="reason-text">{r.text}.</span>{' '}
      <span className="muted">
        +{r.weight.toFixed(2)}
        {r.sharedBy > 0 ? `; ${sharedByText(r, tab)}` : ''}
      </span>{' '}
      {r.path.links.length > 0 && (
        <button
          type="button"
          className="small"
          aria-pressed={s.rank === current?.rank && chosen.reason === i}
          aria-label={`Draw the path: ${r.text}`}
          onClick={() =>
            setChosen({ rank: s.rank, reason: s.rank === current?.rank && chosen.reason === i ? null : i })
          }
        >
          path
        </button>
      )}
      {r.evidence.length > 0 && (
        <details>
          <summary>Citations ({r.evidence.length})</summary>
          <Citations evidence={r.evidence} />
        </details>
      )}
    </li>
  );

  return (
    <main id="main" className="page find">
      <h1>Find collaborators, sponsors and partnerships</h1>
      <p className="lede">
        Who else works with the same people or in the same places, who sponsors work like yours, and which partnerships
        to join. Every suggestion says why, with the documents that show it.
      </p>

      <form className="form find-form" onSubmit={submit} aria-label="Who the suggestions are for">
        <fieldset className="mode">
          <legend>Start from</legend>
          <label className="check">
            <input type="radio" name="mode" checked={mode === 'org'} onChange={() => setMode('org')} /> An organisation
            in the graph
          </label>
          <label className="check">
            <input type="radio" name="mode" checked={mode === 'profile'} onChange={() => setMode('profile')} /> Describe
            one that is not
          </label>
        </fieldset>
        {mode === 'org' ? (
          <EntityPicker
            label="Your organisation"
            types={['Organisation']}
            value={picked}
            onChange={setPicked}
            required
          />
        ) : (
          <div className="profile-grid">
            <label className="field">
              Name (optional)
              <input type="text" value={profile.name} onChange={(e) => setP({ name: e.target.value })} />
            </label>
            <EntityMultiPicker
              label="Target groups you work with"
              types={['TargetGroup']}
              values={profile.targetGroups}
              onChange={(targetGroups) => setP({ targetGroups })}
            />
            <EntityMultiPicker
              label="Places you work in"
              types={['Place']}
              values={profile.places}
              onChange={(places) => setP({ places })}
            />
            <EntityMultiPicker
              label="Partnerships you belong to"
              types={['Partnership']}
              values={profile.partnerships}
              onChange={(partnerships) => setP({ partnerships })}
            />
            <fieldset>
              <legend>Framework elements</legend>
              {ELEMENTS.map((el) => (
                <label key={el} className="check">
                  <input
                    type="checkbox"
                    checked={profile.frameworkElements.includes(el)}
                    onChange={(e) =>
                      setP({ frameworkElements: toggle(profile.frameworkElements, el, e.target.checked) })
                    }
                  />
                  {elementName(el)}
                </label>
              ))}
            </fieldset>
            <label className="field">
              Service areas
              <input
                type="text"
                value={profile.serviceAreas}
                placeholder="e.g. mental health, older people"
                onChange={(e) => setP({ serviceAreas: e.target.value })}
              />
              <span className="hint">Separate with commas.</span>
            </label>
            <fieldset>
              <legend>Levers you bring</legend>
              {LEVERS.map((l) => (
                <label key={l} className="check">
                  <input
                    type="checkbox"
                    checked={profile.levers.includes(l)}
                    onChange={(e) => setP({ levers: toggle(profile.levers, l, e.target.checked) })}
                  />
                  {LEVER_HELP[l]}
                </label>
              ))}
            </fieldset>
          </div>
        )}
        <div className="inline-form">
          <label className="field inline">
            Show
            <select value={first} onChange={(e) => setFirst(Number(e.target.value))}>
              {[10, 20, 50].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={includeExisting} onChange={(e) => setIncludeExisting(e.target.checked)} />{' '}
            Include existing partners (marked)
          </label>
          <button type="submit" className="primary">
            Find
          </button>
        </div>
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
      </form>

      <nav aria-label="What to find" className="tabs">
        {FIND_TABS.map((t) => (
          <a
            key={t}
            href={`/find/${t}${org ? `?org=${encodeURIComponent(org)}` : ''}`}
            aria-current={tab === t ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(find(t, org, org ? null : described));
            }}
          >
            {TAB_NAME[t]}
          </a>
        ))}
      </nav>
      <p className="muted">
        {TAB_HELP[tab]} The score adds up the reasons’ weights. Beside each reason, “N share this” counts who else
        reaches the same group, place or partner, yours included: the fewer share it, the more it weighs.
      </p>

      <div className="find-results">
        <section aria-labelledby="results-h" className="results-list">
          {run.state === 'idle' && <Empty>Choose your organisation or describe it above, then press Find.</Empty>}
          {run.state === 'loading' && <Loading what="suggestions" />}
          {run.state === 'error' &&
            (run.error instanceof ApiError && run.error.unavailable ? (
              <Unavailable feature="Suggestions" field={suggestField(tab)} />
            ) : run.error instanceof ApiError && run.error.code === 'BAD_USER_INPUT' ? (
              <p className="status error" role="alert">
                {run.error.message}
              </p>
            ) : (
              <ErrorNote error={run.error} what="suggestions" />
            ))}
          {result && run.state === 'done' && (
            <>
              <div className="results-head">
                <h2 id="results-h">
                  {TAB_NAME[tab]} for {run.about} ({result.suggestions.length})
                </h2>
                <button
                  type="button"
                  disabled={!result.suggestions.length}
                  onClick={() => download(csvName(tab, run.about), suggestionsCsv(result))}
                >
                  Download CSV
                </button>
              </div>
              {result.suggestions.length === 0 ? (
                <Empty>
                  No suggestion: nothing is shared with anyone yet. Add places or target groups, or include existing
                  partners.
                </Empty>
              ) : (
                <ol className="suggestions" data-testid="suggestions">
                  {result.suggestions.map((s) => (
                    <li
                      key={s.node.id}
                      className={s.rank === current?.rank ? 'chosen' : undefined}
                      data-testid="suggestion"
                    >
                      <div className="s-head">
                        <span className="rank" aria-hidden="true">
                          {s.rank}
                        </span>
                        <button type="button" className="link strong" onClick={() => open(s.node.id)}>
                          {s.node.name}
                        </button>
                        <span className={`tag t-${s.node.type}`}>
                          {s.organisationType
                            ? labelOf(ORGANISATION_TYPE, s.organisationType)
                            : s.partnershipKind
                              ? labelOf(PARTNERSHIP_KIND, s.partnershipKind)
                              : LABEL_NAME[s.node.type]}
                        </span>
                        {s.existingPartner && <span className="tag existing">already a partner</span>}
                        {s.generic && (
                          <span className="tag generic" data-testid="generic">
                            generic or unnamed body, not one to contact: ranked last
                          </span>
                        )}
                        <span className="score" title="The sum of the reasons' weights">
                          score {s.score.toFixed(2)}
                        </span>
                      </div>
                      <ul className="reasons">{s.reasons.slice(0, SHOWN).map((r, i) => reasonItem(r, i, s))}</ul>
                      {s.reasons.length > SHOWN && (
                        <details className="more-reasons">
                          <summary>
                            {s.reasons.length - SHOWN} more {s.reasons.length - SHOWN === 1 ? 'reason' : 'reasons'}
                          </summary>
                          <ul className="reasons">
                            {s.reasons.slice(SHOWN).map((r, j) => reasonItem(r, j + SHOWN, s))}
                          </ul>
                        </details>
                      )}
                      <button
                        type="button"
                        className="small"
                        onClick={() => setChosen({ rank: s.rank, reason: null })}
                        aria-pressed={s.rank === current?.rank && chosen.reason === null}
                      >
                        Draw all its paths
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
        </section>
        {/* Always mounted: one Cytoscape instance for the page, fed each new set of paths. */}
        <section aria-labelledby="paths-h" className={paths ? 'results-paths' : 'results-paths empty'}>
          <h2 id="paths-h">{current ? `Why ${current.node.name}` : 'Reason paths'}</h2>
          <PathCanvas
            paths={paths ?? NO_PATHS}
            onOpen={open}
            label={
              current && paths
                ? `Graph paths from ${run.state === 'done' ? run.about : 'you'} to ${current.node.name}: ${plural(paths.graph.nodes.length, 'node')}, ${plural(paths.graph.edges.length, 'link')}. The same reasons are listed as text.`
                : 'No paths to draw yet.'
            }
          />
          {current && run.state === 'done' ? (
            <p className="hint">
              {chosen.reason === null ? 'All its reasons' : 'One reason'}:{' '}
              {run.data.source ? `${run.about} on the left, ` : ''}
              {current.node.name} on the right, what they share between. Double-click a node to open it.
            </p>
          ) : (
            <p className="hint">The reason paths of the chosen suggestion are drawn here.</p>
          )}
        </section>
      </div>
    </main>
  );
}
