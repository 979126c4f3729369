import { useEffect } from 'react';
import { initiatives, stats } from '../api/queries.js';
import { AlignmentBadge } from '../components/Alignment.js';
import { ErrorNote, Loading } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { LEVERS, LEVER_STYLE } from '../model/vocabulary.js';

export function HomePage({ open, openPlace }: { open(id: string): void; openPlace(id: string): void }) {
  useEffect(() => { document.title = 'Levermap explorer'; }, []);
  const s = useAsync('stats', (sig) => stats(sig));
  const featured = useAsync('featured', (sig) => initiatives({}, sig, 500));
  return (
    <main id="main" className="page home">
      <h1>Who backs each initiative, and what is missing?</h1>
      <p className="lede">
        Levermap shows, for local public health and care initiatives in England, who backs them on three levers:
        {' '}{LEVERS.map((l, i) => <span key={l}><b style={{ color: LEVER_STYLE[l].colour }}>{LEVER_STYLE[l].name.toLowerCase()}</b> ({LEVER_STYLE[l].who}){i < 2 ? ', ' : ''}</span>)}.
        Every link cites the document passage it comes from.
      </p>
      <p>Search above for an initiative, organisation, partnership, place or group; or start from one of these.</p>
      {s.state === 'done' && (
        <p className="muted">The graph holds {s.data.initiatives} initiatives, {s.data.organisations} organisations, {s.data.partnerships} partnerships, {s.data.targetGroups} target groups and {s.data.places} places, joined by {s.data.relationships} cited relationships.</p>
      )}
      {s.state === 'error' && <ErrorNote error={s.error} what="the graph's size" />}
      <p><button type="button" onClick={() => openPlace('')}>Open the place map</button></p>
      <h2>Initiatives with the most recorded backing</h2>
      {featured.state === 'loading' && <Loading what="initiatives" />}
      {featured.state === 'error' && <ErrorNote error={featured.error} what="initiatives" />}
      {featured.state === 'done' && (
        <ul className="ini-list columns">
          {featured.data.items
            .slice().sort((a, b) => (b.alignment.downward + b.alignment.sideward + b.alignment.upward + b.alignment.opposing) - (a.alignment.downward + a.alignment.sideward + a.alignment.upward + a.alignment.opposing))
            .slice(0, 16)
            .map((i) => <li key={i.id}><button type="button" className="link" onClick={() => open(i.id)}>{i.name}</button> <AlignmentBadge status={i.alignment.status} /></li>)}
        </ul>
      )}
    </main>
  );
}
