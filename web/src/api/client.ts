/** The one way the web app talks to the API: POST a GraphQL document, get typed data or an ApiError. */

export class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly field?: string) {
    super(message);
    this.name = 'ApiError';
  }
  /** True when the server's schema has no such field yet (a feature another issue is still building). */
  get unavailable(): boolean {
    return (this.code === 'GRAPHQL_VALIDATION_FAILED' && /Cannot query field|Unknown type|Unknown argument/.test(this.message))
      // The schema has the field but no resolver answers it yet.
      || /Cannot return null for non-nullable field (Query|Alignment)\./.test(this.message);
  }
}

interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

let endpoint = '/graphql';
/** Tests and the bench point the client at a server elsewhere. */
export function setEndpoint(url: string): void { endpoint = url; }

export async function gql<T, V extends object = Record<string, never>>(query: string, variables?: V, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
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
  const err = body.errors?.[0];
  if (err) throw new ApiError(err.message, err.extensions?.code ?? 'ERROR', err.extensions?.field);
  if (!body.data) throw new ApiError('The server returned no data.', 'BAD_RESPONSE');
  return body.data;
}
