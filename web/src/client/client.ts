/**
 * The one way the web app talks to the API: POST a typed GraphQL document (generated in web/src/gql from the
 * graphql(`...`) beside each component), get typed data or an ApiError. Reads go through TanStack Query.
 */
import { QueryClient, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** The message for a person: FORBIDDEN and UNAUTHENTICATED say what to do, not only what went wrong. */
  get human(): string {
    if (this.code === 'UNAUTHENTICATED') return `You are not signed in (or your session ended): ${this.message}.`;
    const sentence = `${this.message.charAt(0).toUpperCase()}${this.message.slice(1)}.`;
    // A refusal for the role says so; others (your own claim, an account name taken) speak for themselves.
    if (this.code === 'FORBIDDEN')
      return /needs the \w+ role/.test(this.message) ? `Your role does not allow this: ${this.message}.` : sentence;
    if (this.code === 'CONFLICT')
      return /changed by someone else/.test(this.message) ? `Changed by someone else: ${this.message}.` : sentence;
    return this.message;
  }
  /** True when the server's schema has no such field yet (a feature another issue is still building). */
  get unavailable(): boolean {
    return (
      (this.code === 'GRAPHQL_VALIDATION_FAILED' &&
        /Cannot query field|Unknown type|Unknown argument/.test(this.message)) ||
      // The schema has the field but no resolver answers it yet.
      /Cannot return null for non-nullable field (Query|Alignment)\./.test(this.message)
    );
  }
}

interface GqlResponse<T> {
  data?: T | null;
  /** Not GraphQL: the server's own refusal, e.g. 401 when anonymous reading is off. */
  error?: { code?: string; message?: string };
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

let endpoint = '/graphql';
/** Tests and the bench point the client at a server elsewhere. */
export function setEndpoint(url: string): void {
  endpoint = url;
}
/** Another path on the same server as the GraphQL endpoint (e.g. /auth/config). */
export const serverPath = (path: string) => endpoint.replace(/\/graphql$/, path);

export async function gql<T, V extends object = Record<string, never>>(
  document: TypedDocumentString<T, V> | string,
  variables?: V,
  signal?: AbortSignal,
): Promise<T> {
  const query = String(document);
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // The session is an HttpOnly cookie set by signIn.
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('The Levermap server could not be reached. Check your connection and try again.', 'NETWORK');
  }
  let body: GqlResponse<T>;
  try {
    body = (await res.json()) as GqlResponse<T>;
  } catch {
    throw new ApiError(`The server answered ${res.status} without data.`, 'BAD_RESPONSE');
  }
  // User Timing marks: the render bench measures from the response to the first draw.
  const op = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  if (op && typeof performance !== 'undefined' && performance.mark) performance.mark(`levermap:gql:${op}`);
  const err = body.errors?.[0];
  if (err)
    throw new ApiError(err.message, err.extensions?.code ?? 'ERROR', err.extensions?.field, err.extensions ?? {});
  if (body.error)
    throw new ApiError(body.error.message ?? `The server answered ${res.status}.`, body.error.code ?? 'ERROR');
  if (!body.data) throw new ApiError('The server returned no data.', 'BAD_RESPONSE');
  // Every mutation that succeeds may have changed what any page shows (an edit, a verdict, a revert, a sign-in):
  // every cached read is marked stale here, once for all callers, and whatever is on screen is read again.
  if (/^\s*mutation\b/.test(query)) void dataChanged();
  return body.data;
}

/** Every read is cached here; any mutation (edit, verification, revert, import) marks them all stale (gql above). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
  },
});

/** Everything on screen is read again; gql calls it after every mutation, so callers need not. */
export function dataChanged(): Promise<void> {
  return queryClient.invalidateQueries();
}

const opName = (doc: string) => /^\s*(?:query|mutation)\s+(\w+)/.exec(doc)?.[1] ?? doc;

/** A typed read keyed by its operation and variables; null variables mean "not yet" (the query waits). */
export function useGql<T, V extends object>(
  document: TypedDocumentString<T, V>,
  variables: V | null,
  options: Omit<UseQueryOptions<T, Error>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, Error>({
    queryKey: [opName(String(document)), variables],
    queryFn: ({ signal }) => gql(document, variables!, signal),
    enabled: variables !== null,
    ...options,
  });
}
