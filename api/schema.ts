/** The executable schema: the types generated from the model, each feature's schema.graphql, and the resolvers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvers } from './resolvers.js';

const API_DIR = fileURLToPath(new URL('.', import.meta.url));
export const SCHEMA_FILES = [
  join(API_DIR, 'generated/model.graphql'),
  ...readdirSync(join(API_DIR, 'features'))
    .sort()
    .map((f) => join(API_DIR, 'features', f, 'schema.graphql'))
    .filter((p) => {
      try {
        return readFileSync(p).length > 0;
      } catch {
        return false;
      }
    }),
];
export const typeDefs = SCHEMA_FILES.map((p) => readFileSync(p, 'utf8'));
export { resolvers };
