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
import { cytoscapeJson, graphml, linksCsv, nodesCsv } from '../model/export.js';
import { drawGraph, isSlot, mergeNeighbourhoods, type DrawGraph, type Filters } from '../model/graph.js';
import { EXPAND_LIMIT, LAYOUTS, type LayoutName, type ViewState } from '../model/url.js';
import { DetailsPanel, EntityQuery } from './DetailsPanel.js';
import { plural } from '../model/words.js';

graphql(`fragment GraphNodeItem on GraphNode { id label type placeholder depth degree }`);
graphql(`fragment GraphEdgeItem on GraphEdge { id source target type lever stance confidence claimStatus }`);
export const NeighbourhoodQuery = graphql(`query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) { focus truncated nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }
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
  const parts = useMemo(() => [{ id, limit: view.limit }, ...view.expanded], [id, view.limit, view.expanded]);
  // One cached query per part: expanding a node reads only its neighbourhood.
  const nbResults = useQueries({
    queries: parts.map((p) => {
      const vars = { id: p.id, depth: 1, limit: p.limit };
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
  const data = useMemo(() => (nbs.data ? mergeNeighbourhoods(nbs.data) : null), [nbs.data]);
  if (data) lastData.current = data;
  const nbLoading = !nbs.error && !nbs.data;
  const shown = data ?? (lastData.current && nbLoading ? lastData.current : null);
  const alignment = detail.data?.initiative?.alignment ?? null;
  const hidden = useMemo(() => new Set(view.hidden), [view.hidden]);
  const graph = useMemo(
    () =>
      shown && shown.nodes.has(id)
        ? drawGraph({ data: shown, focus: id, filters: view.filters, hidden, facets, alignment })
        : null,
    [shown, id, view.filters, hidden, facets, alignment],
  );

  const sel = view.selected;
  const selNode = sel && !sel.includes(':') ? graph?.nodes.find((n) => n.id === sel) : undefined;
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
                  if (b) download(`${base}.png`, b, 'image/png');
                }}
              >
                PNG image
              </button>
              <button
                type="button"
                disabled={view.list || !graph}
                onClick={() => {
                  const s = canvas.current?.svg();
                  if (s) download(`${base}.svg`, s, 'image/svg+xml');
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
        {nbs.error && <ErrorNote error={nbs.error} what="the network" />}
        {!graph && nbLoading && <Loading what="the network" />}
        {/* Mounted before the data arrives, so Cytoscape is set up while the network is still loading and
            the first draw follows the response at once (within 300 ms). */}
        <div className={view.list ? 'canvas-wrap hidden' : graph ? 'canvas-wrap' : 'canvas-wrap pending'}>
          <GraphCanvas
            ref={canvas}
            graph={graph ?? NO_GRAPH}
            focus={id}
            layout={view.layout}
            selected={sel}
            label={
              graph
                ? `Network around ${title}: ${plural(graph.nodes.length, 'node')}, ${plural(graph.edges.length, 'link')}`
                : `Network around ${title}: loading`
            }
            onSelect={(s) => go({ selected: s }, { replace: true })}
            onExpand={expand}
          />
          <p className="hint">
            Click a node or link for its evidence; double-click a node (or select it and press Expand) to add its
            neighbours.
          </p>
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
        <EvidencePanel
          id={sel}
          onOpen={open}
          onClose={() => go({ selected: null }, { replace: true })}
          onNavigate={navigate}
        />
        <FilterPanel filters={view.filters} facets={facets} onChange={(f: Filters) => go({ filters: f })} />
        <Legend />
      </div>
    </main>
  );
}
