/** The audit trail of one node or link: who, when, why, and each field before and after; admins can revert. */
import { useState } from 'react';
import { ApiError, gql, useGql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { AuditEntryItemFragment } from '../gql/graphql.js';
import { actionName, changes, fieldLabel, REVERTIBLE } from '../model/history.js';
import { can, useSession } from './session.js';
import { Empty, ErrorNote, Loading } from './Status.js';

graphql(
  `fragment AuditEntryItem on AuditEntry { id at user action targetKind targetId targetLabel reason before after revertedBy }`,
);
const HistoryQuery = graphql(
  `query History($targetId: ID!) { history(targetId: $targetId, first: 100) { ...AuditEntryItem } }`,
);
const RevertMutation = graphql(
  `mutation Revert($auditId: ID!, $reason: String!) { revertChange(auditId: $auditId, reason: $reason) { ...AuditEntryItem } }`,
);

type AuditEntry = AuditEntryItemFragment;

function Revert({ entry, onDone }: { entry: AuditEntry; onDone(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" className="small" onClick={() => setOpen(true)}>
        Revert…
      </button>
    );
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErr(null);
    try {
      await gql(RevertMutation, { auditId: entry.id, reason });
      onDone();
      setOpen(false);
    } catch (x) {
      setErr(x instanceof ApiError ? x.human : (x as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form revert" onSubmit={submit}>
      <label className="field">
        Why revert this change?
        <input type="text" required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !reason.trim()}>
        Revert the change
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {err && (
        <p className="status error" role="alert">
          {err}
        </p>
      )}
    </form>
  );
}

export function HistoryPanel({
  targetId,
  onChanged,
  revertible = true,
}: {
  targetId: string;
  onChanged?(): void;
  /** False for accounts: their changes are not reverted from the history. */
  revertible?: boolean;
}) {
  const { user } = useSession();
  const res = useGql(HistoryQuery, { targetId });
  return (
    <section className="history-panel" aria-label="History" data-testid="history">
      {res.isPending && <Loading what="the history" />}
      {res.isError && <ErrorNote error={res.error} what="the history" />}
      {res.isSuccess &&
        (res.data.history.length === 0 ? (
          <Empty>No change recorded since the seed was loaded.</Empty>
        ) : (
          <ol className="history-list">
            {res.data.history.map((e) => {
              const diff = changes(e);
              return (
                <li key={e.id} data-action={e.action}>
                  <p>
                    <strong>{actionName(e.action)}</strong>{' '}
                    <time dateTime={e.at}>{new Date(e.at).toLocaleString('en-GB')}</time>
                    {e.user && (
                      <>
                        {' '}
                        by <b>{e.user}</b>
                      </>
                    )}
                    {e.revertedBy && <span className="tag">reverted</span>}
                  </p>
                  {e.reason && <p className="why">Why: “{e.reason}”</p>}
                  {diff.length > 0 && (
                    <table className="data diff">
                      <thead>
                        <tr>
                          <th scope="col">Field</th>
                          <th scope="col">Before</th>
                          <th scope="col">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {diff.map((d) => (
                          <tr key={d.field}>
                            <th scope="row">{fieldLabel(d.field)}</th>
                            <td>{d.before || <span className="muted">(none)</span>}</td>
                            <td>{d.after || <span className="muted">(none)</span>}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {revertible && can(user, 'ADMIN') && !e.revertedBy && REVERTIBLE.has(e.action) && (
                    <Revert entry={e} onDone={() => onChanged?.()} />
                  )}
                </li>
              );
            })}
          </ol>
        ))}
    </section>
  );
}
