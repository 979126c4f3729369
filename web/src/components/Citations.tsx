import type { Citation } from '../api/types.js';

export function Citations({ evidence }: { evidence: Citation[] }) {
  if (!evidence.length) return <p className="status empty">No citation recorded.</p>;
  return (
    <ol className="citations">
      {evidence.map((c, i) => (
        <li key={`${c.sourceId}:${c.line}:${i}`}>
          <span className="cite-doc">{c.sourceTitle ?? `Document ${c.sourceId}`}</span>{' '}
          <span className="cite-ref">({c.sourceId}:L{c.line})</span>
          <blockquote>“{c.quote}”</blockquote>
        </li>
      ))}
    </ol>
  );
}
