import { graphql } from '../gql/index.js';
import type { CitationFragment } from '../gql/graphql.js';

graphql(`fragment Citation on Citation { sourceId sourceTitle line quote }`);

export function Citations({ evidence }: { evidence: readonly CitationFragment[] }) {
  if (!evidence.length) return <p className="status empty">No citation recorded.</p>;
  return (
    <ol className="citations">
      {evidence.map((c, i) => (
        <li key={`${c.sourceId}:${c.line}:${i}`}>
          <span className="cite-doc">{c.sourceTitle ?? `Document ${c.sourceId}`}</span>{' '}
          <span className="cite-ref">
            ({c.sourceId}:L{c.line})
          </span>
          <blockquote>“{c.quote}”</blockquote>
        </li>
      ))}
    </ol>
  );
}
