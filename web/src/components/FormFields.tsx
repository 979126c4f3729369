/** The parts every edit form shares: one field by its definition, the evidence rows, errors at the field. */
import { useId } from 'react';
import { graphql } from '../gql/index.js';
import type { SourceItemFragment } from '../gql/graphql.js';
import { EMPTY_EVIDENCE, type EvidenceRow, type FieldDef, type FieldErrors, type Value } from '../model/forms.js';
import { EntityPicker, type Ref } from './EntityPicker.js';

graphql(`fragment SourceItem on Source { id title authors year publisher url }`);
export type Source = SourceItemFragment;

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span className="field-error" id={id} role="alert">
      {error}
    </span>
  ) : null;
}

interface FieldProps {
  def: FieldDef;
  value: Value | undefined;
  error?: string;
  onChange(v: Value): void;
  /** For entity fields: the chosen node, to show its name. */
  picked?: Ref | null;
  onPick?(r: Ref | null): void;
}

export function Field({ def, value, error, onChange, picked, onPick }: FieldProps) {
  const id = useId();
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const described = [def.hint && hintId, error && errId].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': !!error, 'aria-describedby': described, 'data-field': def.key } as const;
  const label = (
    <label htmlFor={id}>
      {def.name}
      {def.required && <span aria-hidden="true"> *</span>}
    </label>
  );
  const hint = def.hint ? (
    <span className="hint" id={hintId}>
      {def.hint}
    </span>
  ) : null;

  if (def.kind === 'entity') {
    return (
      <EntityPicker
        label={def.name}
        types={def.labels ?? []}
        value={picked ?? null}
        onChange={(r) => {
          onPick?.(r);
          onChange(r?.id ?? '');
        }}
        error={error}
        required={def.required}
        hint={def.hint}
      />
    );
  }
  if (def.kind === 'bool') {
    return (
      <div className={`field check-field${error ? ' has-error' : ''}`}>
        <label className="check">
          <input
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
            data-field={def.key}
          />{' '}
          {def.name}
        </label>
        <FieldError id={errId} error={error} />
      </div>
    );
  }
  if (def.kind === 'enums') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className={`field${error ? ' has-error' : ''}`} data-field={def.key}>
        <legend>{def.name}</legend>
        {Object.entries(def.options ?? {}).map(([o, t]) => (
          <label key={o} className="check" title={t.label}>
            <input
              type="checkbox"
              checked={chosen.includes(o)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, o] : chosen.filter((c) => c !== o))}
            />
            {o}
          </label>
        ))}
        <FieldError id={errId} error={error} />
      </fieldset>
    );
  }
  return (
    <div className={`field block${error ? ' has-error' : ''}`}>
      {label}
      {def.kind === 'enum' ? (
        <select
          {...common}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.target.value)}
          required={def.required}
        >
          <option value="">{def.required ? 'Choose…' : '(none)'}</option>
          {Object.entries(def.options ?? {}).map(([o, t]) => (
            <option key={o} value={o}>
              {t.label}
            </option>
          ))}
        </select>
      ) : def.kind === 'textarea' ? (
        <textarea
          {...common}
          className="prose"
          rows={3}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : def.kind === 'list' ? (
        <input
          {...common}
          type="text"
          value={Array.isArray(value) ? value.join('; ') : String(value ?? '')}
          onChange={(e) => onChange(e.target.value.split(';').map((s) => s.trimStart()))}
        />
      ) : (
        <input
          {...common}
          type="text"
          value={String(value ?? '')}
          onChange={(e) => onChange(e.target.value)}
          required={def.required}
        />
      )}
      {hint}
      <FieldError id={errId} error={error} />
    </div>
  );
}

/** Citations: a source from the sources list, the line (paragraph) and a short verbatim quote; at least one. */
export function EvidenceEditor({
  rows,
  sources,
  errors,
  onChange,
}: {
  rows: EvidenceRow[];
  sources: Source[];
  errors: FieldErrors;
  onChange(rows: EvidenceRow[]): void;
}) {
  const id = useId();
  const set = (i: number, patch: Partial<EvidenceRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset
      className={`evidence-editor${errors.evidence ? ' has-error' : ''}`}
      aria-describedby={errors.evidence ? `${id}-err` : undefined}
    >
      <legend>
        Evidence <span aria-hidden="true">*</span>
      </legend>
      <p className="hint">
        Every fact cites the document passage it comes from: the source, the line (one paragraph a line) and a short
        quote, word for word.
      </p>
      {rows.map((r, i) => {
        const e = (k: string) => errors[`evidence.${i}.${k}`];
        return (
          <div key={i} className="evidence-row" role="group" aria-label={`Citation ${i + 1}`}>
            <div className={`field block${e('sourceId') ? ' has-error' : ''}`}>
              <label htmlFor={`${id}-s${i}`}>Source</label>
              <select
                id={`${id}-s${i}`}
                data-field={`evidence.${i}.sourceId`}
                value={r.sourceId}
                aria-invalid={!!e('sourceId')}
                aria-describedby={e('sourceId') ? `${id}-s${i}-err` : undefined}
                onChange={(ev) => set(i, { sourceId: ev.target.value })}
              >
                <option value="">Choose the document…</option>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.id}: {s.title.length > 90 ? `${s.title.slice(0, 88)}…` : s.title}
                    {s.year ? ` (${s.year})` : ''}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-s${i}-err`} error={e('sourceId')} />
            </div>
            <div className={`field block line${e('line') ? ' has-error' : ''}`}>
              <label htmlFor={`${id}-l${i}`}>Line</label>
              <input
                id={`${id}-l${i}`}
                data-field={`evidence.${i}.line`}
                type="text"
                inputMode="numeric"
                value={r.line}
                aria-invalid={!!e('line')}
                aria-describedby={e('line') ? `${id}-l${i}-err` : undefined}
                onChange={(ev) => set(i, { line: ev.target.value })}
              />
              <FieldError id={`${id}-l${i}-err`} error={e('line')} />
            </div>
            <div className={`field block quote${e('quote') ? ' has-error' : ''}`}>
              <label htmlFor={`${id}-q${i}`}>Quote</label>
              <textarea
                id={`${id}-q${i}`}
                data-field={`evidence.${i}.quote`}
                className="prose"
                rows={2}
                value={r.quote}
                aria-invalid={!!e('quote')}
                aria-describedby={e('quote') ? `${id}-q${i}-err` : undefined}
                onChange={(ev) => set(i, { quote: ev.target.value })}
              />
              <FieldError id={`${id}-q${i}-err`} error={e('quote')} />
            </div>
            {rows.length > 1 && (
              <button
                type="button"
                className="small remove"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                aria-label={`Remove citation ${i + 1}`}
              >
                Remove
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="small" onClick={() => onChange([...rows, { ...EMPTY_EVIDENCE }])}>
        Add another citation
      </button>
      <FieldError id={`${id}-err`} error={errors.evidence} />
    </fieldset>
  );
}
