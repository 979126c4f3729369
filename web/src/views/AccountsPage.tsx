/**
 * Accounts, for admins: every user with their role and state; add one, change a role, disable or enable, reset a
 * password, delete. The API audits each change (with the optional reason) and refuses to lose the last admin.
 */
import { useEffect, useState } from 'react';
import { ApiError, gql, useGql } from '../client/client.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { can, useSession } from '../components/session.js';
import { ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import type { AccountItemFragment } from '../gql/graphql.js';
import { ROLE, ROLES, labelOf, type Role } from '../../../model/vocabulary.js';
import { plural } from '../model/words.js';

graphql(`fragment AccountItem on User { username role createdAt disabled }`);
const UsersQuery = graphql(`query Accounts { users { ...AccountItem } }`);
const CreateUser =
  graphql(`mutation CreateAccount($username: String!, $password: String!, $role: Role!, $reason: String) {
  createUser(username: $username, password: $password, role: $role, reason: $reason) { ...AccountItem }
}`);
const SetRole = graphql(`mutation SetAccountRole($username: String!, $role: Role!, $reason: String) {
  setUserRole(username: $username, role: $role, reason: $reason) { ...AccountItem }
}`);
const SetDisabled = graphql(`mutation SetAccountDisabled($username: String!, $disabled: Boolean!, $reason: String) {
  setUserDisabled(username: $username, disabled: $disabled, reason: $reason) { ...AccountItem }
}`);
const ResetPassword = graphql(`mutation ResetAccountPassword($username: String!, $password: String!, $reason: String) {
  resetPassword(username: $username, password: $password, reason: $reason) { ...AccountItem }
}`);
const DeleteUser = graphql(`mutation DeleteAccount($username: String!, $reason: String) {
  deleteUser(username: $username, reason: $reason) { username }
}`);

type Account = AccountItemFragment;
const MIN_PASSWORD = 12;
const message = (x: unknown) => (x instanceof ApiError ? x.human : (x as Error).message);
const roleName = (r: Role) => labelOf(ROLE, r);

/** The outcome of the last action on the page, said once in the live region. */
type Say = (text: string) => void;

function AddAccount({ say }: { say: Say }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('CONTRIBUTOR');
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErr(null);
    if (password.length < MIN_PASSWORD) {
      setErr(`The password must be at least ${MIN_PASSWORD} characters.`);
      return;
    }
    setBusy(true);
    try {
      const d = await gql(CreateUser, { username: username.trim(), password, role, reason: reason.trim() || null });
      say(`Added ${d.createUser.username} as ${roleName(d.createUser.role).toLowerCase()}.`);
      setUsername('');
      setPassword('');
      setReason('');
    } catch (x) {
      setErr(message(x));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form add-account" onSubmit={submit} aria-labelledby="add-account-h">
      <h2 id="add-account-h">Add an account</h2>
      <label className="field">
        Username
        <input type="text" required value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label className="field">
        Password (at least {MIN_PASSWORD} characters)
        <input
          type="password"
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <label className="field">
        Role
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Reason (kept in the history)
        <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Add the account
      </button>
      {err && (
        <p className="status error" role="alert">
          {err}
        </p>
      )}
    </form>
  );
}

function AccountRow({ a, me, say }: { a: Account; me: string; say: Say }) {
  const [role, setRole] = useState<Role>(a.role);
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const [open, setOpen] = useState<'none' | 'password' | 'delete'>('none');
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const why = () => reason.trim() || null;
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setErr(null);
    try {
      say(await work());
      setReason('');
      setPassword('');
      setOpen('none');
    } catch (x) {
      setErr(message(x));
    } finally {
      setBusy(false);
    }
  };
  const you = a.username === me;
  return (
    <li className="account-item" data-testid="account-row" data-username={a.username}>
      <h3>
        {a.username}
        {you && <span className="tag">you</span>}{' '}
        <span className="muted">
          {roleName(a.role)}
          {a.disabled ? ' · disabled: cannot sign in' : ''}
          {a.createdAt ? ` · added ${new Date(a.createdAt).toLocaleDateString('en-GB')}` : ''}
        </span>
      </h3>
      <form className="inline-form" aria-label={`Change ${a.username}`} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Reason (kept in the history)
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label className="field">
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy || role === a.role}
          onClick={() =>
            run(async () => {
              const d = await gql(SetRole, { username: a.username, role, reason: why() });
              return `${a.username} is now ${roleName(d.setUserRole.role).toLowerCase()}.`;
            })
          }
        >
          Change the role
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const d = await gql(SetDisabled, { username: a.username, disabled: !a.disabled, reason: why() });
              return d.setUserDisabled.disabled
                ? `${a.username} is disabled: they cannot sign in, and their sessions have ended.`
                : `${a.username} can sign in again.`;
            })
          }
        >
          {a.disabled ? 'Enable' : 'Disable'}
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen(open === 'password' ? 'none' : 'password')}>
          Reset the password…
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen(open === 'delete' ? 'none' : 'delete')}>
          Delete…
        </button>
      </form>
      {open === 'password' && (
        <form
          className="inline-form"
          aria-label={`New password for ${a.username}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (password.length < MIN_PASSWORD) {
              setErr(`The password must be at least ${MIN_PASSWORD} characters.`);
              return;
            }
            void run(async () => {
              await gql(ResetPassword, { username: a.username, password, reason: why() });
              return `${a.username} has a new password; their sessions have ended.`;
            });
          }}
        >
          <label className="field">
            New password for {a.username}
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            Set the new password
          </button>
          <button type="button" onClick={() => setOpen('none')}>
            Cancel
          </button>
        </form>
      )}
      {open === 'delete' && (
        <div className="confirm" role="group" aria-label={`Delete ${a.username}?`}>
          <p>
            Delete the account <b>{a.username}</b>? They will no longer be able to sign in. The changes they made stay
            in the history, under their name.
          </p>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await gql(DeleteUser, { username: a.username, reason: why() });
                return `Deleted the account ${a.username}.`;
              })
            }
          >
            Delete {a.username}
          </button>{' '}
          <button type="button" onClick={() => setOpen('none')}>
            Cancel
          </button>
        </div>
      )}
      {err && (
        <p className="status error" role="alert">
          {err}
        </p>
      )}
      <details className="history-details">
        <summary>History of {a.username}</summary>
        <HistoryPanel targetId={a.username} revertible={false} />
      </details>
    </li>
  );
}

export function AccountsPage() {
  const { user, known } = useSession();
  const allowed = can(user, 'ADMIN');
  const res = useGql(UsersQuery, allowed ? {} : null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    document.title = 'Accounts · Levermap';
  }, []);
  return (
    <main id="main" className="page accounts">
      <h1>Accounts</h1>
      {!known ? (
        <Loading what="your account" />
      ) : !allowed ? (
        <div className="status unavailable" role="note" data-testid="need-role">
          <strong>{user ? `Your role (${user.role.toLowerCase()}) cannot manage accounts.` : 'Sign in first.'}</strong>{' '}
          Managing accounts needs the admin role.
        </div>
      ) : (
        <>
          <p className="lede">
            Who can sign in, and what each may do. Every change here is kept in the history with its reason. The last
            active admin can be neither demoted, disabled nor deleted.
          </p>
          <ul className="role-key">
            {ROLES.map((r) => (
              <li key={r}>
                <b>{roleName(r)}</b>: {ROLE[r].description}
              </li>
            ))}
          </ul>
          <p className="status-line" role="status" aria-live="polite" data-testid="accounts-said">
            {said}
          </p>
          <AddAccount say={setSaid} />
          {res.isPending && <Loading what="the accounts" />}
          {res.isError && <ErrorNote error={res.error} what="the accounts" />}
          {res.data && (
            <section aria-labelledby="accounts-h">
              <h2 id="accounts-h">{plural(res.data.users.length, 'account')}</h2>
              <ul className="account-list">
                {res.data.users.map((a) => (
                  <AccountRow key={`${a.username}#${a.role}#${a.disabled}`} a={a} me={user!.username} say={setSaid} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </main>
  );
}
