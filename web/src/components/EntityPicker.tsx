/** Choose a node by typing part of its name (ARIA combobox), limited to some labels; the choice shows as a chip. */
import { useEffect, useId, useState } from 'react';
import { gql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { RefFragment, SearchHitFragment } from '../gql/graphql.js';
import { LABEL_NAME, type NodeLabel } from '../model/vocabulary.js';

/** A node as links, suggestions and pickers name it. */
graphql(`fragment Ref on Ref { id name type placeholder }`);
graphql(`fragment SearchHit on SearchHit { id name type score placeholder }`);
const SearchQuery = graphql(
  `query Search($text: String!, $first: Int, $types: [NodeLabel!]) { search(text: $text, first: $first, types: $types) { ...SearchHit } }`,
);

export type Ref = RefFragment;
export type SearchHit = SearchHitFragment;

/** Full-text search, best first; typeahead results are not cached (each keystroke asks afresh). */
export async function search(
  text: string,
  signal?: AbortSignal,
  first = 12,
  types?: readonly NodeLabel[],
): Promise<SearchHitFragment[]> {
  return (await gql(SearchQuery, { text, first, types: types?.length ? [...types] : null }, signal)).search;
}

interface Props {
  label: string;
  types: readonly NodeLabel[];
  value: Ref | null;
  onChange(r: Ref | null): void;
  error?: string;
  hint?: string;
  /** For multi-pickers: clear the box after each choice instead of showing one chip. */
  multi?: boolean;
  required?: boolean;
}

export function EntityPicker({ label, types, value, onChange, error, hint, multi, required }: Props) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const typesKey = types.join(',');

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setHits([]);
      return;
    }
    const ctl = new AbortController();
    const t = window.setTimeout(() => {
      search(q, ctl.signal, 10, types).then(
        (h) => {
          setHits(h);
          setActive(0);
          setOpen(true);
        },
        () => {},
      );
    }, 150);
    return () => {
      ctl.abort();
      window.clearTimeout(t);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, typesKey]);

  const choose = (h: SearchHit) => {
    onChange({ id: h.id, name: h.name, type: h.type, placeholder: h.placeholder });
    setText('');
    setHits([]);
    setOpen(false);
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
    } else if (e.key === 'Escape') setOpen(false);
  };
  const showList = open && hits.length > 0;
  const describedBy = [hint && `${id}-hint`, error && `${id}-err`].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field picker${error ? ' has-error' : ''}`}>
      <label htmlFor={`${id}-in`}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {!multi && value && (
        <span className="chip" data-testid="picked">
          {value.name} <span className={`tag t-${value.type}`}>{LABEL_NAME[value.type]}</span>
          <button type="button" className="small" onClick={() => onChange(null)} aria-label={`Remove ${value.name}`}>
            ×
          </button>
        </span>
      )}
      {(multi || !value) && (
        <div className="search">
          <input
            id={`${id}-in`}
            type="search"
            role="combobox"
            autoComplete="off"
            aria-expanded={showList}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={showList ? `${id}-o${active}` : undefined}
            aria-invalid={!!error}
            aria-describedby={describedBy}
            aria-required={required}
            placeholder={`Type a name: ${types.map((t) => LABEL_NAME[t].toLowerCase()).join(', ')}`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onKeyDown={onKey}
            onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          />
          {showList && (
            <ul id={`${id}-list`} role="listbox" className="search-results" aria-label={`${label}: matches`}>
              {hits.map((h, i) => (
                <li
                  key={h.id}
                  id={`${id}-o${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(h);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="hit-name">{h.name}</span>{' '}
                  <span className={`tag t-${h.type}`}>{LABEL_NAME[h.type]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-err`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Several nodes: chips with a remove button each, and a picker to add one more. */
export function EntityMultiPicker({
  label,
  types,
  values,
  onChange,
  hint,
}: {
  label: string;
  types: readonly NodeLabel[];
  values: Ref[];
  onChange(v: Ref[]): void;
  hint?: string;
}) {
  return (
    <div className="multi-picker">
      <EntityPicker
        label={label}
        types={types}
        value={null}
        multi
        hint={hint}
        onChange={(r) => {
          if (r && !values.some((v) => v.id === r.id)) onChange([...values, r]);
        }}
      />
      {values.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {values.map((v) => (
            <li key={v.id} className="chip">
              {v.name}
              <button
                type="button"
                className="small"
                onClick={() => onChange(values.filter((x) => x.id !== v.id))}
                aria-label={`Remove ${v.name}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
