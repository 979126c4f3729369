/**
 * Typeahead over every entity, every finding and every passage of the stored documents (ARIA combobox), in three
 * groups: type, arrow to a result, Enter opens its view (a finding or a passage opens the document reader at the
 * line it cites). The entity whose exact name was typed is the one Enter opens first, never a placeholder named
 * after it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { gql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { FindingSearchHitFragment, PassageHitFragment } from '../gql/graphql.js';
import { search, type SearchHit } from './EntityPicker.js';
import { LABEL_NAME } from '../model/vocabulary.js';
import { FINDING_KIND, labelOf } from '../../../model/vocabulary.js';
import { nameKey } from '../../../model/name-key.js';

graphql(`fragment PassageHit on PassageHit { sourceTitle exact passage { sourceId line text } }`);
const PassageSearchQuery = graphql(
  `query PassageSearch($query: String!, $first: Int) { passageSearch(query: $query, first: $first) { ...PassageHit } }`,
);
export type PassageHit = PassageHitFragment;

graphql(`fragment FindingSearchHit on FindingHit { finding { id kind text evidence { sourceId line quote } } }`);
const FindingSearchQuery = graphql(
  `query FindingSearch($text: String!, $first: Int) { searchFindings(text: $text, first: $first) { ...FindingSearchHit } }`,
);
export type FindingHit = FindingSearchHitFragment;

/** Findings whose text holds every word typed, best first; none from a server without finding search. */
export async function searchFindingHits(text: string, signal?: AbortSignal, first = 5): Promise<FindingHit[]> {
  try {
    return (await gql(FindingSearchQuery, { text, first }, signal)).searchFindings;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return [];
  }
}

/** Passages whose text holds what was typed, best first; none from a server without passage search. */
export async function searchPassages(text: string, signal?: AbortSignal, first = 5): Promise<PassageHit[]> {
  try {
    return (await gql(PassageSearchQuery, { query: text, first }, signal)).passageSearch;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return [];
  }
}

/** A passage cut down to the part around what was typed. */
export function snippet(text: string, q: string, width = 140): string {
  if (text.length <= width) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(q.toLowerCase().split(/\s+/)[0] ?? ''));
  const start = Math.max(0, Math.min(at - 40, text.length - width));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width).trim()}${start + width < text.length ? '…' : ''}`;
}

/** The named (not placeholder) entity whose name is exactly what was typed, as search folds names; -1 if none. */
export function exactHit(hits: readonly SearchHit[], typed: string): number {
  const key = nameKey(typed);
  return hits.findIndex((h) => !h.placeholder && nameKey(h.name) === key);
}

type Item =
  | { kind: 'entity'; hit: SearchHit }
  | { kind: 'finding'; hit: FindingHit }
  | { kind: 'passage'; hit: PassageHit };

export function SearchBox({
  onOpen,
  onOpenPassage,
  onOpenFinding,
  autoFocus,
}: {
  onOpen(hit: SearchHit): void;
  onOpenPassage?(hit: PassageHit, text: string): void;
  onOpenFinding?(hit: FindingHit): void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [entities, setEntities] = useState<SearchHit[]>([]);
  const [findings, setFindings] = useState<FindingHit[]>([]);
  const [passages, setPassages] = useState<PassageHit[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const timer = useRef<number | undefined>(undefined);
  const withPassages = Boolean(onOpenPassage);
  const withFindings = Boolean(onOpenFinding);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setEntities([]);
      setFindings([]);
      setPassages([]);
      setState('idle');
      return;
    }
    const ctl = new AbortController();
    setState('loading');
    timer.current = window.setTimeout(() => {
      Promise.all([
        search(q, ctl.signal),
        withFindings ? searchFindingHits(q, ctl.signal) : [],
        withPassages ? searchPassages(q, ctl.signal) : [],
      ]).then(
        ([h, f, p]) => {
          setEntities(h);
          setFindings(f);
          setPassages(p);
          setActive(h.length + f.length + p.length ? Math.max(0, exactHit(h, q)) : -1);
          setState('done');
          setOpen(true);
        },
        (e: Error) => {
          if (e.name !== 'AbortError') setState('error');
        },
      );
    }, 150);
    return () => {
      ctl.abort();
      window.clearTimeout(timer.current);
    };
  }, [text, withPassages, withFindings]);

  const hits: Item[] = [
    ...entities.map((hit) => ({ kind: 'entity' as const, hit })),
    ...findings.map((hit) => ({ kind: 'finding' as const, hit })),
    ...passages.map((hit) => ({ kind: 'passage' as const, hit })),
  ];
  const choose = (item: Item) => {
    setOpen(false);
    setText('');
    setEntities([]);
    setFindings([]);
    setPassages([]);
    if (item.kind === 'entity') onOpen(item.hit);
    else if (item.kind === 'finding') onOpenFinding?.(item.hit);
    else onOpenPassage?.(item.hit, text.trim());
  };
  const keyOf = (item: Item) =>
    item.kind === 'entity'
      ? item.hit.id
      : item.kind === 'finding'
        ? `finding:${item.hit.finding.id}`
        : `${item.hit.passage.sourceId}:${item.hit.passage.line}`;
  const option = (item: Item, i: number) => (
    <li
      key={keyOf(item)}
      id={`${listId}-${i}`}
      role="option"
      aria-selected={i === active}
      className={
        [i === active ? 'active' : '', item.kind === 'entity' ? '' : `${item.kind}-hit`].join(' ').trim() || undefined
      }
      onMouseDown={(e) => {
        e.preventDefault();
        choose(item);
      }}
      onMouseEnter={() => setActive(i)}
    >
      {item.kind === 'entity' ? (
        <>
          <span className="hit-name">{item.hit.name}</span>{' '}
          <span className={`tag t-${item.hit.type}`}>{LABEL_NAME[item.hit.type]}</span>
          {item.hit.placeholder && <span className="tag placeholder">unnamed in sources</span>}
        </>
      ) : item.kind === 'finding' ? (
        <>
          <span className="tag">{labelOf(FINDING_KIND, item.hit.finding.kind)}</span>{' '}
          <span className="hit-text">{snippet(item.hit.finding.text, text.trim())}</span>
        </>
      ) : (
        <>
          <span className="hit-name">
            {item.hit.sourceTitle}, line {item.hit.passage.line}
          </span>{' '}
          <span className="hit-text">{snippet(item.hit.passage.text, text.trim())}</span>
        </>
      )}
    </li>
  );
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(0, a - 1));
      e.preventDefault();
    } else if (e.key === 'Enter' && open && hits[active]) {
      choose(hits[active]);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && text.trim().length >= 2;

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search organisations, partnerships, initiatives, places, groups and what the documents say
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Search: an initiative, organisation, place…"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        autoFocus={autoFocus}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {state === 'loading' && !hits.length && (
            <li className="status" role="presentation">
              Searching…
            </li>
          )}
          {state === 'error' && (
            <li className="status error" role="presentation">
              Search failed; try again.
            </li>
          )}
          {state === 'done' && !hits.length && (
            <li className="status" role="presentation">
              Nothing matches “{text.trim()}”.
            </li>
          )}
          {entities.length > 0 && findings.length + passages.length > 0 && (
            <li className="group-head" role="presentation">
              Names
            </li>
          )}
          {hits.slice(0, entities.length).map((item, i) => option(item, i))}
          {findings.length > 0 && (
            <li className="group-head" role="presentation">
              What the documents report
            </li>
          )}
          {hits
            .slice(entities.length, entities.length + findings.length)
            .map((item, i) => option(item, entities.length + i))}
          {passages.length > 0 && (
            <li className="group-head" role="presentation">
              Passages in documents
            </li>
          )}
          {hits
            .slice(entities.length + findings.length)
            .map((item, i) => option(item, entities.length + findings.length + i))}
        </ul>
      )}
    </div>
  );
}
