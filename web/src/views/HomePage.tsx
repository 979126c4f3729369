import { useEffect } from 'react';
import { useGql } from '../client/client.js';
import { AlignmentBadge } from '../components/Alignment.js';
import { ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import { LEVERS, LEVER_STYLE } from '../model/vocabulary.js';
import { InitiativesQuery } from './DetailsPanel.js';
import { followLink } from '../model/url.js';

const StatsQuery = graphql(
  `query Stats { stats { organisations directorates partnerships initiatives targetGroups places sources relationships } }`,
);

export function HomePage({ open, openPlace }: { open(id: string): void; openPlace(id: string): void }) {
  useEffect(() => {
    document.title = 'Levermap explorer';
  }, []);
  const s = useGql(StatsQuery, {});
  const featured = useGql(InitiativesQuery, { filter: {}, first: 500 });
  return (
    <main id="main" className="page home">
      <h1>Who backs each initiative, and what is missing?</h1>
      <p className="lede">
        Levermap shows, for local public health and care initiatives in England, who backs them on three levers:{' '}
        {LEVERS.map((l, i) => (
          <span key={l}>
            <b style={{ color: LEVER_STYLE[l].colour }}>{LEVER_STYLE[l].name.toLowerCase()}</b> ({LEVER_STYLE[l].who})
            {i < 2 ? ', ' : ''}
          </span>
        ))}
        . Every link cites the document passage it comes from.
      </p>
      <p>Search above for an initiative, organisation, partnership, place or group; or start from one of these.</p>
      {s.data && (
        <p className="muted">
          The graph holds {s.data.stats.initiatives} initiatives, {s.data.stats.organisations} organisations,{' '}
          {s.data.stats.partnerships} partnerships, {s.data.stats.targetGroups} target groups and {s.data.stats.places}{' '}
          places, joined by {s.data.stats.relationships} cited relationships.
        </p>
      )}
      {s.isError && <ErrorNote error={s.error} what="the graph's size" />}
      <p>
        <button type="button" onClick={() => openPlace('')}>
          Open the place overview
        </button>{' '}
        <a href="/table" onClick={(e) => followLink(e, '/table')}>
          Initiatives table: which lack a sponsor, a partnership or a community voice
        </a>
      </p>
      <h2>Initiatives with the most recorded backing</h2>
      {featured.isPending && <Loading what="initiatives" />}
      {featured.isError && <ErrorNote error={featured.error} what="initiatives" />}
      {featured.data && (
        <ul className="ini-list columns">
          {featured.data.initiatives.edges
            .map((e) => e.node)
            .slice()
            .sort(
              (a, b) =>
                b.alignment.downward +
                b.alignment.sideward +
                b.alignment.upward +
                b.alignment.opposing -
                (a.alignment.downward + a.alignment.sideward + a.alignment.upward + a.alignment.opposing),
            )
            .slice(0, 16)
            .map((i) => (
              <li key={i.id}>
                <button type="button" className="link" onClick={() => open(i.id)}>
                  {i.name}
                </button>{' '}
                <AlignmentBadge status={i.alignment.status} />
              </li>
            ))}
        </ul>
      )}
    </main>
  );
}
