/** Sign in with a local account, or with the organisation's identity provider when the server offers it. */
import { useEffect, useState } from 'react';
import { OIDC_LOGIN } from '../client/auth.js';
import { ApiError } from '../client/client.js';
import { signIn, useSession } from '../components/session.js';

export function SignInPage({ done }: { done(): void }) {
  const { user, setUser, config } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Sign in · Levermap';
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErr(null);
    try {
      setUser(await signIn(username.trim(), password));
      done();
    } catch (x) {
      setErr(
        x instanceof ApiError && x.code === 'UNAUTHENTICATED'
          ? 'Unknown username or wrong password.'
          : (x as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page narrow">
      <h1>Sign in</h1>
      {user && (
        <p className="status">
          You are signed in as <b>{user.username}</b> ({user.role.toLowerCase()}).
        </p>
      )}
      <p>
        Anyone can read the graph{config.anonymousRead ? '' : ' once signed in'}. Contributors add and change nodes and
        links, verifiers accept or reject contributed links, and admins manage accounts and revert changes.
      </p>
      {config.oidc && (
        <p>
          <a className="button" href={OIDC_LOGIN}>
            Sign in with your organisation
          </a>
        </p>
      )}
      <form className="form" onSubmit={submit} aria-labelledby="local-h">
        <h2 id="local-h">{config.oidc ? 'Or with a Levermap account' : 'With a Levermap account'}</h2>
        <label className="field block">
          Username
          <input
            type="text"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field block">
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {err && (
          <p className="status error" role="alert">
            {err}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
