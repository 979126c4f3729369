/**
 * Add a document (contributor or above): upload TXT, Markdown, HTML, DOCX, PDF or CSV; a dry run shows the numbered
 * passages Levermap would store, then Save stores them (addSource), and the new source can be cited at once.
 */
import { useId, useState } from 'react';
import { SOURCE_KIND, SOURCE_KINDS, type SourceKind } from '../../../model/vocabulary.js';
import { ApiError, gql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { AddSourceResultItemFragment } from '../gql/graphql.js';
import { followLink, reader, toUrl } from '../model/url.js';

graphql(`fragment AddSourceResultItem on AddSourceResult {
  dryRun format warnings source { id title lineCount } passages { line text record }
}`);
const AddSourceMutation = graphql(`mutation AddSource($input: AddSourceInput!, $dryRun: Boolean, $reason: String) {
  addSource(input: $input, dryRun: $dryRun, reason: $reason) { ...AddSourceResultItem }
}`);
type AddSourceResult = AddSourceResultItemFragment;

/** The API's limit on a document (api/features/evidence/documents.ts SOURCE_LIMITS). */
export const MAX_DOCUMENT_BYTES = 14 * 1024 * 1024;
const PREVIEW = 30;

/** A file's content as base64, reporting progress. */
export function readBase64(file: File, onProgress: (pct: number) => void = () => {}): Promise<string> {
  return new Promise((ok, fail) => {
    const r = new FileReader();
    r.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    r.onerror = () => fail(new Error('The file could not be read.'));
    r.onload = () => {
      const s = String(r.result);
      ok(s.slice(s.indexOf(',') + 1));
    };
    r.readAsDataURL(file);
  });
}

const titleOf = (name: string) => name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');

export function AddDocument() {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<SourceKind>('REPORT');
  const [authors, setAuthors] = useState('');
  const [publisher, setPublisher] = useState('');
  const [year, setYear] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<AddSourceResult | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const changed = () => {
    setResult(null);
    setError(null);
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_DOCUMENT_BYTES) {
      setError(new Error(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a document can be at most 14 MB.`));
      return;
    }
    if (!title.trim()) {
      setError(new Error('Give the document a title.'));
      return;
    }
    const y = year.trim() ? Number(year) : null;
    if (y !== null && !Number.isInteger(y)) {
      setError(new Error('The year must be a whole number, such as 2016.'));
      return;
    }
    try {
      let b64 = content;
      if (!b64) {
        setBusy('Reading the file…');
        b64 = await readBase64(file, (p) => setBusy(`Reading the file… ${p}%`));
        setContent(b64);
      }
      setBusy(dryRun ? 'Splitting the text into passages (dry run)…' : 'Saving the document…');
      const d = await gql(AddSourceMutation, {
        input: {
          title: title.trim(),
          kind,
          authors: authors.trim() || null,
          publisher: publisher.trim() || null,
          year: y,
          url: url.trim() || null,
          file: { name: file.name, contentBase64: b64 },
        },
        dryRun,
      });
      setResult(d.addSource);
    } catch (x) {
      setError(x as Error);
      setResult(null);
    } finally {
      setBusy(null);
    }
  };

  const saved = result && !result.dryRun ? result : null;
  return (
    <section className="add-document" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add a document</h2>
      <p>
        Upload a TXT, Markdown, HTML, DOCX or PDF file (a PDF needs a text layer) or a CSV dataset. Levermap splits it
        into numbered passages, one paragraph a line, and shows them before anything is saved. Once saved, its lines can
        be cited at once.
      </p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <div className="field block">
          <label htmlFor={`${id}-file`}>Document (TXT, MD, HTML, DOCX, PDF or CSV, at most 14 MB)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,.csv"
            onChange={(e) => {
              const f = e.target.files?.[0] ?? null;
              setFile(f);
              setContent(null);
              changed();
              if (f && !title) setTitle(titleOf(f.name));
            }}
          />
        </div>
        <div className="field block">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            required
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              changed();
            }}
          />
        </div>
        <div className="inline-form">
          <label className="field">
            Kind
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as SourceKind);
                changed();
              }}
            >
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KIND[k].label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Year
            <input
              inputMode="numeric"
              size={6}
              value={year}
              onChange={(e) => {
                setYear(e.target.value);
                changed();
              }}
            />
          </label>
        </div>
        <div className="inline-form">
          <label className="field">
            Authors
            <input
              value={authors}
              onChange={(e) => {
                setAuthors(e.target.value);
                changed();
              }}
            />
          </label>
          <label className="field">
            Publisher
            <input
              value={publisher}
              onChange={(e) => {
                setPublisher(e.target.value);
                changed();
              }}
            />
          </label>
        </div>
        <div className="field block">
          <label htmlFor={`${id}-url`}>Web address (where known)</label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              changed();
            }}
          />
        </div>
        <button type="submit" disabled={!file || !!busy}>
          Preview the passages
        </button>{' '}
        <button
          type="button"
          className="primary"
          disabled={!file || !!busy || !result?.dryRun}
          onClick={() => void run(false)}
        >
          Save the document
        </button>
        {busy && (
          <p className="status loading" role="status" aria-live="polite">
            {busy}
          </p>
        )}
      </form>
      {error && (
        <p className="status error" role="alert">
          {error instanceof ApiError ? error.human : error.message}
        </p>
      )}
      {saved && (
        <p className="status ok" role="status" data-testid="source-saved">
          Saved as source <b>{saved.source.id}</b> ({saved.passages.length} passages). It can be cited now.{' '}
          <a href={toUrl(reader(saved.source.id, 1))} onClick={(e) => followLink(e, toUrl(reader(saved.source.id, 1)))}>
            Read it
          </a>
        </p>
      )}
      {result?.dryRun && (
        <div className="add-preview" data-testid="source-preview">
          <h3>
            Preview: {result.passages.length} passages read as {result.format}, to be stored as source{' '}
            {result.source.id}
          </h3>
          {result.warnings.length > 0 && (
            <ul className="warnings">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <ol className="passages">
            {result.passages.slice(0, PREVIEW).map((p) => (
              <li key={p.line} value={p.line}>
                {p.record ? `[${p.record}] ` : ''}
                {p.text}
              </li>
            ))}
          </ol>
          {result.passages.length > PREVIEW && <p>… and {result.passages.length - PREVIEW} more.</p>}
        </div>
      )}
    </section>
  );
}
