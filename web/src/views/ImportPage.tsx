/**
 * Import a CSV, XLSX or JSON file: a dry run first, showing what would be created, updated
 * and left unchanged and every bad row; then Commit, which writes all or nothing. Uses importData from
 * api/features/io/schema.graphql; a server without it gets a plain "not available".
 */
import { useEffect, useState } from 'react';
import { ApiError, gql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { ImportFormat, ImportReportItemFragment, OpenDataStandard } from '../gql/graphql.js';
import { can, useSession } from '../components/session.js';
import { Empty, Unavailable } from '../components/Status.js';
import { humanise } from '../model/vocabulary.js';
import { SECTIONS } from '../../../model/vocabulary.js';
import { sheetOfFileName } from '../../../model/sheets.js';
import { AddDocument, readBase64 } from './AddDocument.js';

graphql(`fragment ImportReportItem on ImportReport {
  ok dryRun committed format encoding rows created updated unchanged changesTruncated warnings
  sheets { sheet rows created updated unchanged bad } problems { sheet row column reason } changes { sheet row action id changedFields }
  overwrite conflictsTruncated conflicts { sheet row id field fileValue graphValue fileVersion graphVersion }
}`);
const ImportMutation =
  graphql(`mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean, $sheet: String, $overwrite: Boolean) {
  importData(format: $format, contentBase64: $content, dryRun: $dryRun, sheet: $sheet, overwrite: $overwrite) { ...ImportReportItem }
}`);
const OpenDataMutation =
  graphql(`mutation ImportOpenData($standard: OpenDataStandard!, $format: ImportFormat!, $content: String!, $fileName: String, $dryRun: Boolean) {
  importOpenData(standard: $standard, format: $format, contentBase64: $content, fileName: $fileName, dryRun: $dryRun) { ...ImportReportItem }
}`);
type ImportReport = ImportReportItemFragment;
/** The file's layout: Levermap's own sheets, or an open-data standard (docs/open-data.md). */
const STANDARDS = {
  LEVERMAP: 'Levermap layout',
  THREESIXTYGIVING: '360Giving grants',
  OPEN_REFERRAL_UK: 'Open Referral UK services (a ZIP of its CSV tables)',
} as const;
type Standard = keyof typeof STANDARDS;

async function importOpenData(
  standard: OpenDataStandard,
  format: ImportFormat,
  content: string,
  fileName: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const d = await gql(OpenDataMutation, { standard, format, content, fileName, dryRun });
  return d.importOpenData;
}

/** A dry run reports; a commit writes all or nothing, and then everything on screen is read again. */
async function importData(
  format: ImportFormat,
  content: string,
  dryRun: boolean,
  sheet: string | null,
  overwrite: boolean,
): Promise<ImportReport> {
  const d = await gql(ImportMutation, { format, content, dryRun, sheet, overwrite });
  return d.importData;
}

const MAX_BYTES = 14 * 1024 * 1024; // the API's limit (api/features/io/read.ts API_LIMITS); larger files: npm run import
const SHEETS: readonly string[] = SECTIONS;

export function formatOf(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').pop();
  // A ZIP holds CSV tables (Open Referral UK's form).
  return ext === 'csv' || ext === 'zip' ? 'CSV' : ext === 'xlsx' ? 'XLSX' : ext === 'json' ? 'JSON' : null;
}
/**
 * A CSV named like a sheet (links.csv, or Calc's book-links.csv) is that sheet, unless its first column names the
 * sheet on each row.
 */
export const sheetOf = (name: string) =>
  sheetOfFileName(name.replace(/\.csv$/i, '')) ??
  SHEETS.find((s) => name.toLowerCase().replace(/\.csv$/, '') === s.toLowerCase()) ??
  '';

function Report({ r }: { r: ImportReport }) {
  return (
    <section className="import-report" aria-labelledby="report-h" data-testid="import-report">
      <h2 id="report-h">
        {r.committed ? 'Imported' : r.dryRun ? 'Dry run: nothing written yet' : 'Not imported: nothing was written'}
      </h2>
      <p className={r.ok ? 'status saved' : 'status error'} role="status" data-testid="import-summary">
        {r.rows} rows{r.encoding ? ` (${r.encoding})` : ''}: {r.created} {r.committed ? 'created' : 'to create'},{' '}
        {r.updated} {r.committed ? 'updated' : 'to update'}, {r.unchanged} unchanged.{' '}
        {r.ok
          ? r.committed
            ? 'All written in one transaction.'
            : 'No problems: you can commit.'
          : r.problems.length
            ? `${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'}: fix ${r.problems.length === 1 ? 'it' : 'them'} in the file and upload it again. A file with any bad row writes nothing.`
            : `${r.conflicts.length} ${r.conflicts.length === 1 ? 'conflict' : 'conflicts'}: rows exported before the graph's last change. Tick "Overwrite newer changes" and check again to apply them, or export again.`}
      </p>
      <table className="data">
        <caption>By sheet</caption>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Rows</th>
            <th scope="col">Create</th>
            <th scope="col">Update</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Bad rows</th>
          </tr>
        </thead>
        <tbody>
          {r.sheets.map((s) => (
            <tr key={s.sheet}>
              <th scope="row">{s.sheet}</th>
              <td>{s.rows}</td>
              <td>{s.created}</td>
              <td>{s.updated}</td>
              <td>{s.unchanged}</td>
              <td className={s.bad ? 'bad' : undefined}>{s.bad}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.problems.length > 0 && (
        <div className="table-scroll">
          <table className="data problems" data-testid="import-problems">
            <caption>Every problem (row 1 of a sheet is its header)</caption>
            <thead>
              <tr>
                <th scope="col">Sheet</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {r.problems.map((p, i) => (
                <tr key={i}>
                  <td>{p.sheet}</td>
                  <td>{p.row ?? ''}</td>
                  <td>{p.column ?? ''}</td>
                  <td>{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.conflicts.length > 0 && (
        <div className="table-scroll">
          <table className="data problems" data-testid="import-conflicts">
            <caption>
              {r.overwrite ? 'Stale rows that overwrite newer changes' : 'Conflicts: rows older than the graph'}
              {r.conflictsTruncated ? ' (the first 1,000)' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Sheet</th>
                <th scope="col">Row</th>
                <th scope="col">Id</th>
                <th scope="col">Field</th>
                <th scope="col">In the file</th>
                <th scope="col">In the graph now</th>
              </tr>
            </thead>
            <tbody>
              {r.conflicts.map((c, i) => (
                <tr key={i}>
                  <td>{c.sheet}</td>
                  <td>{c.row}</td>
                  <td>{c.id}</td>
                  <td>{c.field}</td>
                  <td>
                    {c.fileValue ?? <em>nothing</em>} (version {c.fileVersion})
                  </td>
                  <td>
                    {c.graphValue ?? <em>nothing</em>} (version {c.graphVersion})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.warnings.length > 0 && (
        <ul className="warnings">
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {r.changes.length > 0 && (
        <details>
          <summary>
            Rows that create or change something ({r.changes.length}
            {r.changesTruncated ? '+, the first 1,000 shown' : ''})
          </summary>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Sheet</th>
                  <th scope="col">Row</th>
                  <th scope="col">Action</th>
                  <th scope="col">Id</th>
                  <th scope="col">Fields</th>
                </tr>
              </thead>
              <tbody>
                {r.changes.map((c) => (
                  <tr key={`${c.sheet}:${c.row}`}>
                    <td>{c.sheet}</td>
                    <td>{c.row}</td>
                    <td>{humanise(c.action)}</td>
                    <td>{c.id}</td>
                    <td>{c.changedFields.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

export function ImportPage() {
  const { user, known } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('XLSX');
  const [standard, setStandard] = useState<Standard>('LEVERMAP');
  const [sheet, setSheet] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [content, setContent] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  useEffect(() => {
    document.title = 'Import · Levermap';
  }, []);

  const choose = (f: File | null) => {
    setFile(f);
    setReport(null);
    setError(null);
    setContent(null);
    if (!f) return;
    const fmt = formatOf(f.name);
    if (fmt) setFormat(fmt);
    if (f.name.toLowerCase().endsWith('.zip')) setStandard('OPEN_REFERRAL_UK');
    setSheet(sheetOf(f.name));
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(
        new Error(
          `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most 14 MB can be imported here. Use npm run import for larger files.`,
        ),
      );
      return;
    }
    try {
      let b64 = content;
      if (!b64) {
        setProgress('Reading the file… 0%');
        b64 = await readBase64(file, (p) => setProgress(`Reading the file… ${p}%`));
        setContent(b64);
      }
      setProgress(dryRun ? 'Checking every row (dry run)…' : 'Writing everything in one transaction…');
      setReport(
        standard === 'LEVERMAP'
          ? await importData(format, b64, dryRun, format === 'CSV' && sheet ? sheet : null, overwrite)
          : await importOpenData(standard, format, b64, file.name, dryRun),
      );
    } catch (x) {
      setError(x as Error);
      setReport(null);
    } finally {
      setProgress(null);
    }
  };

  if (known && !can(user, 'CONTRIBUTOR')) {
    return (
      <main id="main" className="page narrow">
        <h1>Import</h1>
        <div className="status unavailable" role="note" data-testid="need-role">
          <strong>{user ? `Your role (${user.role.toLowerCase()}) cannot import.` : 'Sign in to import.'}</strong>{' '}
          Importing needs the contributor role or above.
        </div>
      </main>
    );
  }
  const unavailable = error instanceof ApiError && error.unavailable;
  return (
    <main id="main" className="page narrow import">
      <h1>Import a spreadsheet</h1>
      <p>
        Upload an XLSX workbook (one sheet per kind of node, plus sources and links), a CSV (one sheet, or all sheets
        with a first column <code>sheet</code>) or a seed-shaped JSON file. The layout is in docs/import.md, with an
        example in <code>examples/</code>. Rows are matched by id or natural key, so importing the same file again
        creates nothing new.
      </p>
      {unavailable ? (
        <Unavailable feature="Import" field="importData" />
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(true);
          }}
        >
          <div className="field block">
            <label htmlFor="import-file">File (CSV, XLSX or JSON, at most 14 MB)</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.xlsx,.json,.zip,text/csv,application/zip,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => choose(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="inline-form">
            <label className="field">
              Standard
              <select
                value={standard}
                onChange={(e) => {
                  setStandard(e.target.value as Standard);
                  setReport(null);
                }}
              >
                {(Object.keys(STANDARDS) as Standard[]).map((k) => (
                  <option key={k} value={k}>
                    {STANDARDS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              Format
              <select
                value={format}
                onChange={(e) => {
                  setFormat(e.target.value as ImportFormat);
                  setReport(null);
                }}
              >
                {(['XLSX', 'CSV', 'JSON'] as ImportFormat[]).map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
            {format === 'CSV' && standard === 'LEVERMAP' && (
              <label className="field">
                Sheet (for a CSV of one sheet)
                <select
                  value={sheet}
                  onChange={(e) => {
                    setSheet(e.target.value);
                    setReport(null);
                  }}
                >
                  <option value="">Named in its first column</option>
                  {SHEETS.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <label className="field checkbox">
            <input
              type="checkbox"
              checked={overwrite}
              onChange={(e) => {
                setOverwrite(e.target.checked);
                setReport(null);
              }}
            />{' '}
            Overwrite newer changes (apply rows exported before the graph's last change)
          </label>
          <button type="submit" disabled={!file || !!progress}>
            Check the file (dry run)
          </button>{' '}
          <button
            type="button"
            className="primary"
            disabled={!file || !!progress || !report || !report.ok || !report.dryRun}
            onClick={() => void run(false)}
          >
            Commit the import
          </button>
          {progress && (
            <p className="status loading" role="status" aria-live="polite" data-testid="import-progress">
              {progress}
            </p>
          )}
        </form>
      )}
      {error && !unavailable && (
        <p className="status error" role="alert">
          {error instanceof ApiError ? error.human : error.message}
        </p>
      )}
      {!report && !error && !progress && (
        <Empty>Choose a file, then check it: nothing is written until you commit.</Empty>
      )}
      {report && <Report r={report} />}
      <AddDocument />
    </main>
  );
}
