/** Every GraphQL example in the README is valid against the schema the server builds. */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES } from '../../api/schema.js';

const schema = buildSchema(SCHEMA_FILES.map((f) => readFileSync(f, 'utf8')).join('\n'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('the README', () => {
  it('has GraphQL examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));
  for (const [i, text] of examples.entries()) {
    it(`example ${i + 1} is valid: ${text.trim().slice(0, 50).replace(/\s+/g, ' ')}`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    });
  }
});
