/**
 * The document reader (/source/ID?line=N&quote=...): a cited line in its context, the quote marked in it, and
 * every node and link that cites that line. Focus moves to the cited line, so a screen reader starts there.
 */
import { useEffect, useRef, useState } from 'react';
import { useGql } from '../client/client.js';
import { can, useSession } from '../components/session.js';
import { Empty, ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import { explore, followLink, reader, toUrl } from '../model/url.js';
import { LABEL_NAME, LINK_NAME } from '../model/vocabulary.js';

export const ReaderQuery = graphql(`query Reader($id: ID!, $from: Int!, $to: Int!, $line: Int!, $cited: Boolean!) {
  source(id: $id) {
    id title authors publisher year date url textHeld lineCount
    passages(from: $from, to: $to) { line text }
    cited: passages(from: $line, to: $line) @include(if: $cited) {
      line
      citedBy {
        nodes { quote node { id name label } }
        links { quote link { id type claimStatus from { id name } to { id name } } }
      }
    }
  }
}`);

const UncitedQuery = graphql(`query UncitedPassages($id: ID!, $after: String) {
  uncitedPassages(sourceId: $id, first: 50, after: $after) { totalCount nodes { line text } pageInfo { hasNextPage endCursor } }
}`);

/** For curators: the lines of the document that nothing cites yet, each opening the reader there. */
function Uncited({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const q = useGql(UncitedQuery, open ? { id, after } : null);
  const u = q.data?.uncitedPassages;
  return (
    <details className="uncited" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Lines nothing cites yet (for curators)</summary>
      {q.isPending && open && <Loading what="the uncited lines" />}
      {q.error && <ErrorNote error={q.error} what="the uncited lines" />}
      {u && (
        <>
          <p>{u.totalCount} lines of this document are not cited by any node or link.</p>
          <ol className="uncited-lines">
            {u.nodes.map((p) => {
              const href = toUrl(reader(id, p.line));
              return (
                <li key={p.line} value={p.line}>
                  <a href={href} onClick={(e) => followLink(e, href)}>
                    Line {p.line}
                  </a>
                  : {p.text.length > 160 ? `${p.text.slice(0, 158)}…` : p.text}
                </li>
              );
            })}
          </ol>
          {u.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(u.pageInfo.endCursor ?? null)}>
              Next uncited lines
            </button>
          )}
        </>
      )}
    </details>
  );
}

/** Lines shown either side of the cited one, and how many more each "earlier" or "later" adds. */
export const CONTEXT = 5;
const STEP = 10;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a quote stands in a line, forgiving whitespace, typographic quotes and dashes (as the checker does). */
export function findQuote(text: string, quote: string): [number, number] | null {
  const q = quote.trim();
  if (!q) return null;
  const pattern = [...q]
    .map((ch) =>
      /\s/.test(ch)
        ? '\\s+'
        : /['‘’`]/.test(ch)
          ? "['‘’`]"
          : /["“”]/.test(ch)
            ? '["“”]'
            : /[-‐‑‒–—]/.test(ch)
              ? '[-‐‑‒–—]'
              : esc(ch),
    )
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
  const m = new RegExp(pattern, 'iu').exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

function Marked({ text, quote }: { text: string; quote: string | null }) {
  const at = quote ? findQuote(text, quote) : null;
  if (!at) return <>{text}</>;
  return (
    <>
      {text.slice(0, at[0])}
      <mark>{text.slice(at[0], at[1])}</mark>
      {text.slice(at[1])}
    </>
  );
}

interface Props {
  id: string;
  line: number | null;
  quote: string | null;
}

export function ReaderPage({ id, line, quote }: Props) {
  const [range, setRange] = useState(() =>
    line ? { from: Math.max(1, line - CONTEXT), to: line + CONTEXT } : { from: 1, to: 2 * CONTEXT + 1 },
  );
  const q = useGql(ReaderQuery, { id, ...range, line: line ?? 1, cited: line !== null }, { placeholderData: (p) => p });
  const { user } = useSession();
  const citedRef = useRef<HTMLLIElement>(null);
  const focused = useRef(false);
  const s = q.data?.source;

  useEffect(() => {
    if (s && !focused.current) {
      focused.current = true;
      citedRef.current?.focus();
    }
  }, [s]);

  if (q.isPending) return <Loading what="the document" />;
  if (q.error)
    return (
      <main id="main" className="page narrow reader">
        <ErrorNote error={q.error} what="the document" />
      </main>
    );
  if (!s)
    return (
      <main id="main" className="page narrow reader">
        <h1>Document not found</h1>
        <Empty>Levermap holds no document with the id “{id}”.</Empty>
      </main>
    );

  const by = s.cited?.[0]?.citedBy;
  const first = s.passages[0]?.line;
  const last = s.passages[s.passages.length - 1]?.line;
  const meta = [s.authors, s.publisher, s.date ?? s.year].filter(Boolean).join(' · ');
  return (
    <main id="main" className="page narrow reader">
      <h1>{s.title}</h1>
      <p className="reader-meta">
        Document {s.id}
        {meta && <> · {meta}</>}
        {s.url && (
          <>
            {' '}
            · <a href={s.url}>original</a>
          </>
        )}
      </p>
      {!s.textHeld ? (
        <Empty>Levermap does not hold this document’s text, so its citations are not checked.</Empty>
      ) : (
        <section aria-labelledby="reader-text">
          <h2 id="reader-text">
            {line ? `Line ${line} in context` : 'The text'}{' '}
            <span className="reader-range">
              (lines {range.from}–{Math.min(range.to, s.lineCount)} of {s.lineCount})
            </span>
          </h2>
          <button
            type="button"
            disabled={range.from <= 1}
            onClick={() => setRange((r) => ({ ...r, from: Math.max(1, r.from - STEP) }))}
          >
            Earlier lines
          </button>
          {s.passages.length ? (
            <ol className="passages" aria-label={`Lines ${first}–${last}`}>
              {s.passages.map((p) => {
                const cited = p.line === line;
                return (
                  <li
                    key={p.line}
                    value={p.line}
                    ref={cited ? citedRef : undefined}
                    tabIndex={cited ? -1 : undefined}
                    className={cited ? 'cited' : undefined}
                    aria-current={cited ? 'location' : undefined}
                    data-line={p.line}
                  >
                    {cited && <span className="visually-hidden">Cited line: </span>}
                    <span className="line-text">{cited ? <Marked text={p.text} quote={quote} /> : p.text}</span>
                  </li>
                );
              })}
            </ol>
          ) : (
            <Empty>No text on these lines.</Empty>
          )}
          <button
            type="button"
            disabled={range.to >= s.lineCount}
            onClick={() => setRange((r) => ({ ...r, to: r.to + STEP }))}
          >
            Later lines
          </button>
        </section>
      )}
      {line !== null && (
        <section aria-labelledby="reader-cited-by">
          <h2 id="reader-cited-by">What cites line {line}</h2>
          {!by || (!by.nodes.length && !by.links.length) ? (
            <Empty>Nothing in the graph cites this line.</Empty>
          ) : (
            <>
              {by.nodes.length > 0 && (
                <>
                  <h3>Nodes ({by.nodes.length})</h3>
                  <ul className="cited-by" data-testid="cited-by-nodes">
                    {by.nodes.map(({ node: n, quote: nq }) => {
                      const href = toUrl(explore(n.id));
                      return (
                        <li key={n.id}>
                          <a href={href} onClick={(e) => followLink(e, href)}>
                            {n.name}
                          </a>{' '}
                          <span className={`tag t-${n.label}`}>{LABEL_NAME[n.label]}</span>
                          {nq && <q>{nq}</q>}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
              {by.links.length > 0 && (
                <>
                  <h3>Links ({by.links.length})</h3>
                  <ul className="cited-by" data-testid="cited-by-links">
                    {by.links.map(({ link: l, quote: lq }) => {
                      const href = toUrl({ ...explore(l.from.id), selected: l.id });
                      return (
                        <li key={l.id}>
                          <a href={href} onClick={(e) => followLink(e, href)}>
                            {l.from.name} {LINK_NAME[l.type].toLowerCase()} {l.to.name}
                          </a>
                          {l.claimStatus !== 'VERIFIED' && (
                            <span className="tag claim">{l.claimStatus.toLowerCase()}</span>
                          )}
                          {lq && <q>{lq}</q>}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </>
          )}
        </section>
      )}
      {s.textHeld && can(user, 'CONTRIBUTOR') && <Uncited id={s.id} />}
    </main>
  );
}

/** A citation's address in the reader. */
export const readerUrl = (sourceId: string, line: number, quote?: string | null) =>
  toUrl(reader(sourceId, line, quote ?? null));
