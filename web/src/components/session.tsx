/** Who is signed in, and what the server offers for signing in; read once at start, changed by sign-in and sign-out. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { authConfig, me } from '../api/auth.js';
import type { AuthConfig, Role, User } from '../api/types.js';

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

const Ctx = createContext<Session>({ user: null, config: { oidc: false, anonymousRead: true }, known: false, setUser: () => {}, refresh: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [known, setKnown] = useState(false);
  const [config, setConfig] = useState<AuthConfig>({ oidc: false, anonymousRead: true });
  const refresh = useCallback(() => {
    me().then((u) => { setUser(u); setKnown(true); }, () => setKnown(true));
  }, []);
  useEffect(() => {
    refresh();
    authConfig().then(setConfig, () => {});
  }, [refresh]);
  return <Ctx.Provider value={{ user, config, known, setUser, refresh }}>{children}</Ctx.Provider>;
}

export const useSession = () => useContext(Ctx);
