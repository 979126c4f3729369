/** The key to what the network view adds: node size by degree, fill by community (named by its best-linked members), groups. */
import type { DrawGraph } from '../model/graph.js';
import { COMMUNITY_COLOURS, OTHER_COMMUNITY, sizeOf } from './style.js';

const SIZES = [1, 10, 40];

/** Communities drawn, largest first, each with its two best-linked members' names and its size. */
export function communitiesShown(graph: DrawGraph): { community: number; size: number; names: string[] }[] {
  const by = new Map<number, DrawGraph['nodes']>();
  for (const n of graph.nodes) {
    if (n.community == null) continue;
    const list = by.get(n.community) ?? [];
    list.push(n);
    by.set(n.community, list);
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([community, ns]) => ({
      community,
      size: ns.length,
      names: ns
        .slice()
        .sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || a.label.localeCompare(b.label))
        .slice(0, 2)
        .map((n) => n.label),
    }));
}

export function NetworkKey({ graph }: { graph: DrawGraph }) {
  const communities = communitiesShown(graph);
  const shown = communities.slice(0, COMMUNITY_COLOURS.length);
  const rest = communities.length - shown.length;
  const groups = graph.nodes.filter((n) => n.group).length;
  return (
    <section className="network-key" aria-labelledby="network-key-h" data-testid="network-key">
      <h2 id="network-key-h">Size, colour and groups</h2>
      <div className="key-row">
        <span className="key-title">Size: links in the whole graph</span>
        <span className="key-sizes">
          {SIZES.map((d) => {
            const px = Math.round(sizeOf(d) / 2.2);
            return (
              <span key={d} className="key-size">
                <span className="dot" style={{ width: px, height: px }} aria-hidden="true" /> {d}
              </span>
            );
          })}
        </span>
      </div>
      {shown.length > 0 && (
        <div className="key-row">
          <span className="key-title">
            Fill: community (groups that link mostly among themselves, found by the API)
          </span>
          <ul className="key-communities">
            {shown.map((c) => (
              <li key={c.community}>
                <span className="dot" style={{ background: COMMUNITY_COLOURS[c.community] }} aria-hidden="true" />{' '}
                {c.names.join(', ')}
                {c.size > c.names.length ? ` and ${c.size - c.names.length} more` : ''}
              </li>
            ))}
            {rest > 0 && (
              <li>
                <span className="dot" style={{ background: OTHER_COMMUNITY }} aria-hidden="true" /> {rest} smaller
                communities
              </li>
            )}
          </ul>
        </div>
      )}
      {groups > 0 && (
        <p className="key-row">
          <span className="dot group" aria-hidden="true" /> A double outline is a group of the focus's neighbours:
          choose it (click, or Enter on the canvas) to show them one by one.
        </p>
      )}
    </section>
  );
}
