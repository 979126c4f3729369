/** The drawn graph as text: every node with its links, in the same order a reader would scan the lever layout. */
import type { DrawGraph, DrawNode } from '../model/graph.js';
import { LABEL_NAME, LEVER_STYLE, LINK_NAME } from '../model/vocabulary.js';
import { plural } from '../model/words.js';

function verb(e: DrawGraph['edges'][number]): string {
  return e.type === 'LEVER' && e.lever
    ? `${e.stance === 'OPPOSES' ? 'opposes' : 'backs'} (${LEVER_STYLE[e.lever].name.toLowerCase()} lever)`
    : LINK_NAME[e.type];
}

export function GraphList({
  graph,
  selected,
  onSelect,
  onExpand,
}: {
  graph: DrawGraph;
  selected: string | null;
  onSelect(id: string): void;
  onExpand(id: string): void;
}) {
  const byId = new Map<string, DrawNode>(graph.nodes.map((n) => [n.id, n]));
  const nodes = graph.nodes.slice().sort((a, b) => a.hops - b.hops || a.label.localeCompare(b.label));
  return (
    <section className="graph-list" aria-labelledby="list-h" data-testid="graph-list">
      <h2 id="list-h">
        In this view: {plural(graph.nodes.filter((n) => !n.slot).length, 'node')},{' '}
        {plural(graph.edges.filter((e) => !e.slot).length, 'link')}
      </h2>
      <ul>
        {nodes.map((n) => (
          <li key={n.id} className={n.id === selected ? 'selected' : undefined}>
            <button type="button" className="link" onClick={() => onSelect(n.id)} aria-pressed={n.id === selected}>
              {n.label}
            </button>{' '}
            <span className="muted">
              {n.slot ? (n.slot.kind === 'gap' ? 'gap' : 'unknown') : LABEL_NAME[n.type as keyof typeof LABEL_NAME]}
              {n.focus ? ', focus' : ''}
            </span>
            {n.more > 0 && !n.slot && (
              <>
                {' '}
                <button type="button" className="small" onClick={() => onExpand(n.id)}>
                  expand ({n.more} more)
                </button>
              </>
            )}
            <ul>
              {graph.edges
                .filter((e) => !e.slot && e.source === n.id)
                .map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      className="link subtle"
                      onClick={() => onSelect(e.id)}
                      aria-pressed={e.id === selected}
                    >
                      {verb(e)} {byId.get(e.target)?.label}
                      {e.confidence === 'INFERRED' ? ' (inferred)' : ''}
                      {e.claim === 'UNVERIFIED'
                        ? ' (unverified claim)'
                        : e.claim === 'REJECTED'
                          ? ' (rejected claim)'
                          : ''}
                    </button>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
