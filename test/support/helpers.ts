/** What tests share: GraphQL over real HTTP, a direct database handle, and unique ids. */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { Database } from '../../api/db/database.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export type As = 'ANONYMOUS' | 'VIEWER' | 'CONTRIBUTOR' | 'VERIFIER' | 'ADMIN';

/** GraphQL over HTTP, signed in as a test account of the given role (an admin unless told otherwise). */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: { as?: As; headers?: Record<string, string> } = {},
): Promise<GqlResult<T>> {
  const as = opts.as ?? 'ADMIN';
  const auth: Record<string, string> = as === 'ANONYMOUS' ? {} : { authorization: `Bearer ${inject('tokens')[as]}` };
  const res = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth, ...opts.headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** Runs a query and fails the test with the server's errors if there are any. */
export async function gqlOk<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: { as?: As } = {},
): Promise<T> {
  const r = await gql<T>(query, variables, opts);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
  return r.data!;
}

export function testDatabase(): Database {
  const n = inject('neo4j');
  return new Database({ ...n, database: 'neo4j', queryTimeoutMs: 30_000, checkAccessModes: true });
}

/** A statement only tests run, kept in test/fixtures/ (the product ships none of them), for Database.read/write. */
export const testStatement = (name: string) => fileURLToPath(new URL(`../cypher/${name}.cypher`, import.meta.url));

export const uniqueId = (prefix: string) => `${prefix}-test-${randomBytes(4).toString('hex')}`;

export { CITATION as citation } from './builders.js';
import { Builders, CITATION } from './builders.js';

/** An organisation and an initiative made for one test, their ids pushed onto `cleanup` for deletion afterwards. */
export async function createOrgAndInitiative(
  cleanup: string[],
  names: { org: string; orgType: string; initiative: string },
) {
  const b = new Builders();
  const org = await b.organisation({ name: names.org, type: names.orgType, evidence: [CITATION] });
  const ini = await b.initiative({ name: names.initiative, kind: 'PROJECT', evidence: [CITATION] });
  cleanup.push(org, ini);
  return { org, ini };
}
