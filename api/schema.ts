/** The executable schema: every .graphql file in api/schema, and the resolvers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvers } from './resolvers/index.js';

const SCHEMA_DIR = fileURLToPath(new URL('./schema', import.meta.url));
export const typeDefs = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql')).sort()
  .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
export { resolvers };
