/** Accounts and the audit trail (api/schema/auth.graphql) and the server's sign-in options (GET /auth/config). */
import { ApiError, gql, serverPath } from './client.js';
import type { AuditEntry, AuthConfig, User } from './types.js';

export async function authConfig(signal?: AbortSignal): Promise<AuthConfig> {
  try {
    const res = await fetch(serverPath('/auth/config'), { credentials: 'same-origin', signal });
    if (!res.ok) return { oidc: false, anonymousRead: true };
    return (await res.json()) as AuthConfig;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { oidc: false, anonymousRead: true };
  }
}

export const OIDC_LOGIN = '/auth/oidc/login';

export async function me(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await gql<{ me: User | null }>(`query Me { me { username role } }`, undefined, signal)).me;
  } catch (e) {
    // Anonymous reading switched off: the server refuses before GraphQL; that is "not signed in".
    if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') return null;
    throw e;
  }
}

export async function signIn(username: string, password: string): Promise<User> {
  const d = await gql<{ signIn: { user: User } }, { username: string; password: string }>(
    `mutation SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { user { username role } } }`,
    { username, password });
  return d.signIn.user;
}

export async function signOut(): Promise<void> {
  await gql<{ signOut: boolean }>(`mutation SignOut { signOut }`);
}

const AUDIT = 'id at user action targetKind targetId targetLabel reason before after revertedBy';

export async function history(targetId: string, signal?: AbortSignal): Promise<AuditEntry[]> {
  const d = await gql<{ history: AuditEntry[] }, { targetId: string }>(
    `query History($targetId: ID!) { history(targetId: $targetId, first: 100) { ${AUDIT} } }`, { targetId }, signal);
  return d.history;
}

export async function revertChange(auditId: string, reason: string): Promise<AuditEntry> {
  const d = await gql<{ revertChange: AuditEntry }, { auditId: string; reason: string }>(
    `mutation Revert($auditId: ID!, $reason: String!) { revertChange(auditId: $auditId, reason: $reason) { ${AUDIT} } }`, { auditId, reason });
  return d.revertChange;
}
