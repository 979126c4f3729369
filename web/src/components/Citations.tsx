import { graphql } from '../gql/index.js';
import type { CitationFragment } from '../gql/graphql.js';
import { followLink, reader, toUrl } from '../model/url.js';

graphql(`fragment Citation on Citation { sourceId sourceTitle line quote }`);

export function Citations({ evidence }: { evidence: readonly CitationFragment[] }) {
  if (!evidence.length) return <p className="status empty">No citation recorded.</p>;
  return (
    <ol className="citations">
      {evidence.map((c, i) => {
        const href = toUrl(reader(c.sourceId, c.line, c.quote));
        const title = c.sourceTitle ?? `Document ${c.sourceId}`;
        return (
          <li key={`${c.sourceId}:${c.line}:${i}`}>
            <span className="cite-doc">{title}</span>{' '}
            <span className="cite-ref">
              (
              <a href={href} onClick={(e) => followLink(e, href)} aria-label={`Read line ${c.line} of ${title}`}>
                line {c.line}
              </a>
              )
            </span>
            <blockquote>“{c.quote}”</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
