/** Who is signed in, and what the server offers for signing in; read once at start, changed by sign-in and sign-out. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { authConfig, type AuthConfig } from '../client/auth.js';
import { ApiError, gql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { UserItemFragment } from '../gql/graphql.js';
import type { Role } from '../model/vocabulary.js';

graphql(`fragment UserItem on User { username role }`);
const MeQuery = graphql(`query Me { me { ...UserItem } }`);
const SignInMutation = graphql(`mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) { user { ...UserItem } }
}`);
const SignOutMutation = graphql(`mutation SignOut { signOut }`);

export type User = UserItemFragment;

async function me(): Promise<User | null> {
  try {
    return (await gql(MeQuery)).me ?? null;
  } catch (e) {
    // Anonymous reading switched off: the server refuses before GraphQL; that is "not signed in".
    if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') return null;
    throw e;
  }
}

/** What a reader may see depends on who they are, so a sign-in or sign-out reads everything again. */
export async function signIn(username: string, password: string): Promise<User> {
  const d = await gql(SignInMutation, { username, password });
  return d.signIn.user;
}

export async function signOut(): Promise<void> {
  await gql(SignOutMutation);
}

const RANK: Record<Role, number> = { VIEWER: 0, CONTRIBUTOR: 1, VERIFIER: 2, ADMIN: 3 };
/** Whether the user's role is at least `role`: only to hide what they cannot use; the API enforces roles itself. */
export const can = (user: User | null, role: Role) => !!user && RANK[user.role] >= RANK[role];

export interface Session {
  user: User | null;
  config: AuthConfig;
  /** False until the first me query has answered. */
  known: boolean;
  setUser(u: User | null): void;
  refresh(): void;
}

const Ctx = createContext<Session>({
  user: null,
  config: { oidc: false, anonymousRead: true },
  known: false,
  setUser: () => {},
  refresh: () => {},
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [known, setKnown] = useState(false);
  const [config, setConfig] = useState<AuthConfig>({ oidc: false, anonymousRead: true });
  const refresh = useCallback(() => {
    me().then(
      (u) => {
        setUser(u);
        setKnown(true);
      },
      () => setKnown(true),
    );
  }, []);
  useEffect(() => {
    refresh();
    authConfig().then(setConfig, () => {});
  }, [refresh]);
  return <Ctx.Provider value={{ user, config, known, setUser, refresh }}>{children}</Ctx.Provider>;
}

export const useSession = () => useContext(Ctx);
