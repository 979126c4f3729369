/** The server's sign-in options (GET /auth/config): plain HTTP, not GraphQL. */
import { serverPath } from './client.js';

export type AuthConfig = { oidc: boolean; anonymousRead: boolean };

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
