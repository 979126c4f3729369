/** The explorer: details of the focus, the graph (or its list), filters, legend and the evidence panel. */
import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { gql, useGql } from '../client/client.js';
import { EvidencePanel } from '../components/EvidencePanel.js';
import { FacetsQuery, FilterPanel, InitiativeFacetsQuery, toFacets } from '../components/FilterPanel.js';
import { GraphList } from '../components/GraphList.js';
import { Legend } from '../components/Legend.js';
import { ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import { GraphCanvas, type GraphHandle } from '../graph/GraphCanvas.js';
import { NetworkKey } from '../graph/NetworkKey.js';
import { foldGroups, isGroup, neighbourGroups } from '../model/groups.js';
import { pathsPart, type ApiPath } from '../model/paths.js';
import { useSession } from '../components/session.js';
import { cytoscapeJson, framedPng, framedSvg, graphml, linksCsv, nodesCsv, pictureFrame } from '../model/export.js';
import { drawGraph, isSlot, mergeNeighbourhoods, type DrawGraph, type Filters } from '../model/graph.js';
import { EXPAND_LIMIT, HOME, LAYOUTS, type LayoutName, type ViewState } from '../model/url.js';
import { DetailsPanel, EntityQuery } from './DetailsPanel.js';
import { plural } from '../model/words.js';

graphql(`fragment GraphNodeItem on GraphNode { id label type placeholder depth degree }`);
graphql(`fragment GraphEdgeItem on GraphEdge { id source target type lever stance confidence claimStatus }`);
export const NeighbourhoodQuery = graphql(`query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) { focus truncated nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }
}`);
/** The focus's neighbourhood's communities, read beside it so the first draw does not wait for the analysis. */
const CommunitiesQuery = graphql(`query NbCommunities($id: ID!, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { communities { id community } }
}`);
const PathsQuery = graphql(`query ExplorePaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, limit: 12) {
    truncated
    shortest { length }
    all { length nodes { id name type placeholder } links { ...GraphEdgeItem } }
  }
}`);

function download(name: string, data: Blob | string, type: string) {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NO_GRAPH: DrawGraph = { nodes: [], edges: [], filteredOut: 0 };

interface Props {
  view: ViewState;
  go(patch: Partial<ViewState>, opts?: { replace?: boolean }): void;
  open(id: string): void;
  openPlace(id: string): void;
  navigate(v: ViewState): void;
}

export function ExplorePage({ view, go, open, openPlace, navigate }: Props) {
  const id = view.id!;
  // A change anywhere (an edit, a claim verified, a change reverted) marks these stale, and they are read again.
  const detail = useGql(EntityQuery, { id });
  const parts = useMemo(
    () => [{ id, limit: view.limit, depth: view.depth }, ...view.expanded.map((e) => ({ ...e, depth: 1 }))],
    [id, view.limit, view.depth, view.expanded],
  );
  // One cached query per part: expanding a node reads only its neighbourhood.
  const nbResults = useQueries({
    queries: parts.map((p) => {
      const vars = { id: p.id, depth: p.depth, limit: p.limit };
      return {
        queryKey: ['Nb', vars],
        queryFn: ({ signal }: { signal: AbortSignal }) => gql(NeighbourhoodQuery, vars, signal),
      };
    }),
  });
  const nbsKey = nbResults.map((r) => r.dataUpdatedAt).join(',');
  const nbs = useMemo(
    () => ({
      error: nbResults.find((r) => r.error)?.error ?? null,
      data: nbResults.every((r) => r.data) ? nbResults.map((r) => r.data!.neighbourhood) : null,
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }),
    [nbsKey, nbResults.length, nbResults.some((r) => r.error)],
  );
  const communitiesRes = useGql(CommunitiesQuery, { id, depth: view.depth, limit: view.limit });
  const communities = useMemo(
    () => new Map((communitiesRes.data?.neighbourhood.communities ?? []).map((c) => [c.id, c.community] as const)),
    [communitiesRes.data],
  );
  const { user } = useSession();
  const pathsRes = useGql(PathsQuery, view.paths && user ? { from: view.paths[0], to: view.paths[1] } : null);
  const pathsFound = useMemo(
    () => (view.paths && pathsRes.data ? pathsPart(view.paths[0], pathsRes.data.paths.all as ApiPath[]) : null),
    [view.paths, pathsRes.data],
  );
  const facetsRes = useGql(FacetsQuery, {}, { staleTime: 60_000 });
  const initiativeFacetsRes = useGql(InitiativeFacetsQuery, {}, { staleTime: 60_000 });
  const facets = useMemo(
    () =>
      facetsRes.data && initiativeFacetsRes.data ? toFacets({ ...facetsRes.data, ...initiativeFacetsRes.data }) : null,
    [facetsRes.data, initiativeFacetsRes.data],
  );
  const [message, setMessage] = useState('');
  const canvas = useRef<GraphHandle>(null);
  const exportMenu = useRef<HTMLDetailsElement>(null);

  // Keep the last graph while the next expansion loads, so the canvas does not flash empty.
  const lastData = useRef<ReturnType<typeof mergeNeighbourhoods> | null>(null);
  const data = useMemo(
    () => (nbs.data ? mergeNeighbourhoods(pathsFound ? [...nbs.data, pathsFound.part] : nbs.data) : null),
    [nbs.data, pathsFound],
  );
  if (data) lastData.current = data;
  const nbLoading = !nbs.error && !nbs.data;
  const shown = data ?? (lastData.current && nbLoading ? lastData.current : null);
  const alignment = detail.data?.initiative?.alignment ?? null;
  const hidden = useMemo(() => new Set(view.hidden), [view.hidden]);
  const graph = useMemo(
    () =>
      shown && shown.nodes.has(id)
        ? drawGraph({ data: shown, focus: id, filters: view.filters, hidden, facets, alignment, communities })
        : null,
    [shown, id, view.filters, hidden, facets, alignment, communities],
  );
  // What the canvas draws: a hub's many neighbours folded into groups until opened (the list shows them all).
  const groups = useMemo(() => (graph ? neighbourGroups(graph, id, view.groups) : []), [graph, id, view.groups]);
  const drawn = useMemo(() => (graph ? foldGroups(graph, id, view.groups) : null), [graph, id, view.groups]);
  const openGroup = (key: string) => {
    if (!view.groups.includes(key)) go({ groups: [...view.groups, key], selected: null });
  };

  const sel = view.selected;
  const selNode = sel && !sel.includes(':') ? graph?.nodes.find((n) => n.id === sel) : undefined;
  const [pathFrom, setPathFrom] = useState<string | null>(null);
  const pathNames = view.paths?.map((p) => shown?.nodes.get(p)?.label ?? p);
  const expand = (nid: string) => {
    if (isSlot(nid)) return;
    if (nid === id) {
      go({ limit: Math.min(500, view.limit * 2) });
      return;
    }
    const at = view.expanded.find((e) => e.id === nid);
    const expanded = at
      ? view.expanded.map((e) => (e.id === nid ? { ...e, limit: Math.min(500, e.limit * 2) } : e))
      : [...view.expanded, { id: nid, limit: EXPAND_LIMIT }];
    go({ expanded, selected: nid });
    setMessage(`Expanding ${selNode?.label ?? nid}…`);
  };
  const collapse = (nid: string) => {
    if (nid === id) go({ limit: 60 });
    else go({ expanded: view.expanded.filter((e) => e.id !== nid) });
  };
  const hide = (nid: string) => {
    if (nid !== id) go({ hidden: [...view.hidden, nid], selected: null });
  };
  const base = `levermap-${id}`;
  const frame = () => pictureFrame(graph?.nodes.find((n) => n.focus)?.label ?? id, window.location.href);
  const copyLink = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setMessage('Link copied: it reopens this exact view.');
    } catch {
      setMessage(`Copy this link to share the view: ${href}`);
    }
  };

  useEffect(() => {
    if (nbs.data) setMessage('');
  }, [nbs.data]);

  const title = detail.data?.entity?.name ?? id;
  useEffect(() => {
    document.title = `${title} · Levermap`;
  }, [title]);

  if (detail.isSuccess && !detail.data.entity) {
    return (
      <main id="main" className="page">
        <h1>Not found</h1>
        <p className="status empty">Nothing with the id “{id}” is in the graph. Try the search above.</p>
      </main>
    );
  }

  return (
    <main id="main" className="explore">
      <div className="col-details">
        {detail.isPending && <Loading what="details" />}
        {detail.isError && <ErrorNote error={detail.error} what="details" />}
        {detail.data?.entity && (
          <DetailsPanel
            data={detail.data}
            onOpen={open}
            onSelect={(s) => go({ selected: s }, { replace: true })}
            onPlace={openPlace}
          />
        )}
      </div>
      <div className="col-graph">
        <div className="toolbar" role="toolbar" aria-label="Graph tools">
          <label className="field inline">
            Layout
            <select value={view.layout} onChange={(e) => go({ layout: e.target.value as LayoutName })}>
              {LAYOUTS.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline">
            Depth
            <select
              value={view.depth}
              onChange={(e) => go({ depth: Number(e.target.value), groups: [] })}
              aria-describedby="depth-hint"
            >
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {d} {d === 1 ? 'hop' : 'hops'}
                </option>
              ))}
            </select>
          </label>
          <span id="depth-hint" className="visually-hidden">
            How many links away from {title} the network reaches.
          </span>
          <button type="button" onClick={() => go({ list: !view.list })} aria-pressed={view.list}>
            {view.list ? 'Show graph' : 'Show as list'}
          </button>
          <button type="button" onClick={() => canvas.current?.fit()} disabled={view.list}>
            Fit
          </button>
          <span className="group" role="group" aria-label="Selected node">
            <button type="button" disabled={!selNode || !!selNode.slot} onClick={() => selNode && expand(selNode.id)}>
              Expand{selNode && selNode.more ? ` (${selNode.more} more)` : ''}
            </button>
            <button
              type="button"
              disabled={
                !selNode || !(selNode.id === id ? view.limit !== 60 : view.expanded.some((e) => e.id === selNode.id))
              }
              onClick={() => selNode && collapse(selNode.id)}
            >
              Collapse
            </button>
            <button
              type="button"
              disabled={!selNode || selNode.focus || !!selNode.slot}
              onClick={() => selNode && hide(selNode.id)}
            >
              Hide
            </button>
            {view.hidden.length > 0 && (
              <button type="button" onClick={() => go({ hidden: [] })}>
                Show {view.hidden.length} hidden
              </button>
            )}
            {view.groups.length > 0 && (
              <button type="button" onClick={() => go({ groups: [] })}>
                Regroup neighbours
              </button>
            )}
          </span>
          <span className="group" role="group" aria-label="Paths between two nodes">
            {!pathFrom ? (
              <button
                type="button"
                disabled={!selNode || !!selNode.slot}
                onClick={() => selNode && setPathFrom(selNode.id)}
                data-testid="path-from"
              >
                Paths from this node…
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="primary"
                  disabled={!selNode || selNode.id === pathFrom || !!selNode.slot}
                  onClick={() => {
                    if (!selNode) return;
                    go({ paths: [pathFrom, selNode.id] });
                    setPathFrom(null);
                  }}
                  data-testid="path-to"
                >
                  {selNode && selNode.id !== pathFrom
                    ? `Show the paths between ${shown?.nodes.get(pathFrom)?.label ?? pathFrom} and ${selNode.label}`
                    : `Now select a second node (from ${shown?.nodes.get(pathFrom)?.label ?? pathFrom})`}
                </button>
                <button type="button" onClick={() => setPathFrom(null)}>
                  Cancel
                </button>
              </>
            )}
            {view.paths && (
              <button type="button" onClick={() => go({ paths: null })}>
                Clear paths
              </button>
            )}
          </span>
          <details className="export" ref={exportMenu}>
            <summary>Share and export</summary>
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: closes the menu after any of its buttons is used; the buttons are the controls */}
            {/* biome-ignore lint/a11y/noStaticElementInteractions: as above, the click bubbles up from a button */}
            <div
              className="menu"
              onClick={() => {
                if (exportMenu.current) exportMenu.current.open = false;
              }}
            >
              <button type="button" onClick={copyLink}>
                Copy link to this view
              </button>
              <button
                type="button"
                disabled={view.list || !graph}
                onClick={async () => {
                  const b = await canvas.current?.png();
                  if (b) download(`${base}.png`, await framedPng(b, frame()), 'image/png');
                }}
              >
                PNG image
              </button>
              <button
                type="button"
                disabled={view.list || !graph}
                onClick={() => {
                  const s = canvas.current?.svg();
                  if (s) download(`${base}.svg`, framedSvg(s, frame()), 'image/svg+xml');
                }}
              >
                SVG image
              </button>
              <button
                type="button"
                disabled={!graph}
                onClick={() => graph && download(`${base}-links.csv`, linksCsv(graph), 'text/csv')}
              >
                CSV of links
              </button>
              <button
                type="button"
                disabled={!graph}
                onClick={() => graph && download(`${base}-nodes.csv`, nodesCsv(graph), 'text/csv')}
              >
                CSV of nodes
              </button>
              <button
                type="button"
                disabled={!graph}
                onClick={() => graph && download(`${base}.graphml`, graphml(graph), 'application/graphml+xml')}
              >
                GraphML
              </button>
              <button
                type="button"
                disabled={!graph}
                onClick={() => graph && download(`${base}.json`, cytoscapeJson(graph, id), 'application/json')}
              >
                Cytoscape JSON
              </button>
            </div>
          </details>
        </div>
        <p className="status-line" role="status" aria-live="polite">
          {message || (nbLoading ? 'Loading the network…' : '')}
          {graph && graph.filteredOut > 0 && !message
            ? `${graph.filteredOut} loaded node(s) hidden by filters or by you.`
            : ''}
        </p>
        {view.paths && (
          <p className="status note" data-testid="paths-note">
            {!user
              ? `Paths between ${pathNames!.join(' and ')} search the whole graph: sign in to see them.`
              : pathsRes.isPending
                ? `Finding the paths between ${pathNames!.join(' and ')}…`
                : pathsRes.isError
                  ? `The paths could not be found: ${pathsRes.error.message}`
                  : pathsRes.data?.paths.all.length
                    ? `${pathsRes.data.paths.all.length}${pathsRes.data.paths.truncated ? '+' : ''} path(s) of up to 4 links between ${pathNames!.join(' and ')}, highlighted; the shortest has ${pathsRes.data.paths.shortest?.length} link(s).`
                    : `No path of up to 4 links joins ${pathNames!.join(' and ')}.`}
          </p>
        )}
        {groups.some((g) => !g.open) && (
          <p className="hint" data-testid="groups-note">
            {groups.filter((g) => !g.open).length} group(s) of neighbours are folded:{' '}
            {groups
              .filter((g) => !g.open)
              .map((g, i) => (
                <span key={g.key}>
                  {i > 0 ? ', ' : ''}
                  <button type="button" className="link" onClick={() => openGroup(g.key)}>
                    {g.label}
                  </button>
                </span>
              ))}
            .
          </p>
        )}
        {nbs.error && <ErrorNote error={nbs.error} what="the network" />}
        {!graph && nbLoading && <Loading what="the network" />}
        {/* Mounted before the data arrives, so Cytoscape is set up while the network is still loading and
            the first draw follows the response at once (within 300 ms). */}
        <div className={view.list ? 'canvas-wrap hidden' : graph ? 'canvas-wrap' : 'canvas-wrap pending'}>
          <GraphCanvas
            ref={canvas}
            graph={drawn ?? NO_GRAPH}
            focus={id}
            layout={view.layout}
            selected={sel}
            label={
              graph
                ? `Network around ${title}: ${plural(drawn?.nodes.length ?? 0, 'node')}, ${plural(drawn?.edges.length ?? 0, 'link')}`
                : `Network around ${title}: loading`
            }
            onSelect={(s) => go({ selected: s }, { replace: true })}
            onExpand={expand}
            onOpenGroup={openGroup}
            highlight={pathsFound?.ids}
          />
          <p className="hint">
            Click a node or link for its evidence; double-click a node (or select it and press Expand) to add its
            neighbours. On the canvas, arrow keys move between nodes.
          </p>
          {drawn && <NetworkKey graph={drawn} />}
        </div>
        {graph && (
          <GraphList
            graph={graph}
            selected={sel}
            onSelect={(s) => go({ selected: s }, { replace: true })}
            onExpand={expand}
          />
        )}
      </div>
      <div className="col-side">
        {/* On a phone this is a bottom sheet over the graph, where the user tapped (styles.css). */}
        <div className={sel ? 'sheet open' : 'sheet'} data-testid="evidence-sheet">
          <EvidencePanel
            id={sel && !isGroup(sel) ? sel : null}
            onOpen={open}
            onClose={() => go({ selected: null }, { replace: true })}
            onNavigate={navigate}
            onDeleted={(gone) => {
              // The focus itself gone: nothing is left to explore around it.
              if (gone === id) navigate(HOME);
              else {
                go({ selected: null, hidden: view.hidden.filter((h) => h !== gone) }, { replace: true });
                setMessage('Deleted. The graph has been read again without it.');
              }
            }}
          />
        </div>
        <FilterPanel filters={view.filters} facets={facets} onChange={(f: Filters) => go({ filters: f })} />
        <Legend />
      </div>
    </main>
  );
}
