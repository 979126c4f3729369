/**
 * One form for every kind of edit: fields by definition, evidence, an optional reason for the change; checks
 * before sending, shows the API's errors at their field, and on CONFLICT reloads the newer version under what
 * the user typed (nothing typed is lost).
 */
import { useState, type ReactNode } from 'react';
import { ApiError } from '../client/client.js';
import type { Ref } from './EntityPicker.js';
import type { Source } from './FormFields.js';
import {
  changedOnServer,
  checkForm,
  fieldKey,
  rebase,
  type FieldDef,
  type FieldErrors,
  type FormValues,
  type Value,
} from '../model/forms.js';
import { EvidenceEditor, Field } from './FormFields.js';

export interface Saved {
  message: string;
}

interface Props {
  fields: FieldDef[];
  initial: FormValues;
  /** The version the edit starts from; null when creating. */
  version: number | null;
  sources: Source[];
  submit(args: {
    values: FormValues;
    start: FormValues;
    version: number | null;
    reason: string | null;
  }): Promise<Saved>;
  reload?(): Promise<{ values: FormValues; version: number }>;
  picks?: Record<string, Ref | null>;
  onPick?(key: string, r: Ref | null): void;
  submitLabel: string;
  children?: ReactNode;
}

export function EditForm({
  fields,
  initial,
  version: v0,
  sources,
  submit,
  reload,
  picks,
  onPick,
  submitLabel,
  children,
}: Props) {
  const [values, setValues] = useState<FormValues>(initial);
  const [start, setStart] = useState<FormValues>(initial);
  const [version, setVersion] = useState<number | null>(v0);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [topError, setTopError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ message: string; reloaded?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const setField = (k: string, v: Value) => {
    setValues((x) => ({ ...x, fields: { ...x.fields, [k]: v } }));
    setErrors(({ [k]: _drop, ...rest }) => rest);
  };

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTopError(null);
    setSaved(null);
    const found = checkForm(fields, values);
    setErrors(found);
    if (Object.keys(found).length) {
      setTopError('Some fields need attention; see the messages beside them.');
      return;
    }
    setBusy(true);
    try {
      const r = await submit({ values, start, version, reason: reason.trim() || null });
      setConflict(null);
      setSaved(r.message);
    } catch (x) {
      if (!(x instanceof ApiError)) {
        setTopError((x as Error).message);
        return;
      }
      if (x.code === 'CONFLICT' && version !== null) {
        setConflict({ message: x.message });
        return;
      }
      const key = fieldKey(x.field);
      const text = x.field
        ? x.message.replace(new RegExp(`^${x.field.replace(/[[\].]/g, '\\$&')}:\\s*`), '')
        : x.message;
      if (key && (key === 'changeReason' || key.startsWith('evidence') || fields.some((f) => f.key === key))) {
        setErrors({ [key]: `${text.charAt(0).toUpperCase()}${text.slice(1)}.` });
        setTopError('The server refused a field; see the message beside it.');
      } else setTopError(x.human);
    } finally {
      setBusy(false);
    }
  };

  const doReload = async () => {
    if (!reload) return;
    setBusy(true);
    try {
      const now = await reload();
      const theirs = changedOnServer(fields, start, now.values);
      setValues(rebase(fields, start, now.values, values));
      setStart(now.values);
      setVersion(now.version);
      setConflict({ message: '', reloaded: theirs });
    } catch (x) {
      setTopError(x instanceof ApiError ? x.human : (x as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form edit-form" onSubmit={onSubmit} noValidate>
      {children}
      {conflict && !conflict.reloaded && (
        <div className="status conflict" role="alert" data-testid="conflict">
          <strong>Changed by someone else</strong> since you opened this form (you started from version {version}).
          Nothing you typed is lost.
          <p className="muted">{conflict.message}</p>
          {reload && (
            <button type="button" onClick={doReload} disabled={busy}>
              Reload their version, keep my changes
            </button>
          )}
        </div>
      )}
      {conflict?.reloaded && (
        <div className="status note" role="status" data-testid="reloaded">
          Reloaded version {version}.{' '}
          {conflict.reloaded.length
            ? `They changed: ${conflict.reloaded.join(', ')} (taken in where you had not typed).`
            : 'Nothing you see here was changed.'}{' '}
          Your changes are kept: check and save again.
        </div>
      )}
      <div className="fields">
        {fields.map((f) => (
          <Field
            key={f.key}
            def={f}
            value={values.fields[f.key]}
            error={errors[f.key]}
            onChange={(v) => setField(f.key, v)}
            picked={picks?.[f.key]}
            onPick={(r) => onPick?.(f.key, r)}
          />
        ))}
      </div>
      <EvidenceEditor
        rows={values.evidence}
        sources={sources}
        errors={errors}
        onChange={(evidence) => {
          setValues((x) => ({ ...x, evidence }));
          setErrors((er) => Object.fromEntries(Object.entries(er).filter(([k]) => !k.startsWith('evidence'))));
        }}
      />
      <div className={`field block${errors.changeReason ? ' has-error' : ''}`}>
        <label htmlFor="change-reason">Reason for this change (optional, kept in the history)</label>
        <input
          id="change-reason"
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-field="changeReason"
        />
        {errors.changeReason && (
          <span className="field-error" role="alert">
            {errors.changeReason}
          </span>
        )}
      </div>
      {topError && (
        <p className="status error" role="alert" data-testid="form-error">
          {topError}
        </p>
      )}
      {saved && (
        <p className="status saved" role="status" data-testid="saved">
          {saved}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
      {version !== null && <span className="muted"> Editing version {version}.</span>}
    </form>
  );
}
