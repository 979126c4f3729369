/** Typeahead over every entity (ARIA combobox): type, arrow to a result, Enter opens its view. */
import { useEffect, useId, useRef, useState } from 'react';
import { search, type SearchHit } from './EntityPicker.js';
import { LABEL_NAME } from '../model/vocabulary.js';

export function SearchBox({ onOpen, autoFocus }: { onOpen(hit: SearchHit): void; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setHits([]);
      setState('idle');
      return;
    }
    const ctl = new AbortController();
    setState('loading');
    timer.current = window.setTimeout(() => {
      search(q, ctl.signal).then(
        (h) => {
          setHits(h);
          setActive(h.length ? 0 : -1);
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
  }, [text]);

  const choose = (h: SearchHit) => {
    setOpen(false);
    setText('');
    setHits([]);
    onOpen(h);
  };
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
        Search organisations, partnerships, initiatives, places and groups
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
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="hit-name">{h.name}</span> <span className={`tag t-${h.type}`}>{LABEL_NAME[h.type]}</span>
              {h.placeholder && <span className="tag placeholder">unnamed in sources</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
