/** The committed client documents (web/src/gql): current, and within the limits the server puts on a query. */
import { generate } from '@graphql-codegen/cli';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { QUERY_LIMITS } from '../../model/query-limits.js';
import { buildSchema, parse, specifiedRules, validate, type GraphQLError, type ValidationContext } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import * as generated from './gql/graphql.js';

const TARGET = 'web/src/gql/';

describe('web/src/gql', () => {
  it('is current: run npm run codegen after changing a graphql(`...`) document or the schema', async () => {
    const outputs = await generate(
      { ...config, silent: true, generates: { [TARGET]: config.generates[TARGET]! } },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const o of outputs) expect(readFileSync(o.filename, 'utf8'), o.filename).toBe(o.content);
  }, 60_000);

  it('sends every operation within the depth, cost and alias limits a production server applies', () => {
    const sdl = (config.schema as string[])
      .flatMap((glob) => {
        const [dir, rest] = glob.split('*');
        return rest === undefined ? [readFileSync(glob, 'utf8')] : readdirGlob(dir!, rest);
      })
      .join('\n');
    const schema = buildSchema(sdl);
    const report = {
      propagateOnRejection: false,
      onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
    };
    const rules = [
      ...specifiedRules,
      maxDepthRule({ n: QUERY_LIMITS.depth, ...report }),
      costLimitRule({ maxCost: QUERY_LIMITS.cost, ...report }),
      maxAliasesRule({ n: QUERY_LIMITS.aliases, ...report }),
    ];
    const operations = Object.entries(generated).filter(
      ([name]) => name.endsWith('Document') && !name.endsWith('FragmentDoc'),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const [name, doc] of operations)
      expect(
        validate(schema, parse(String(doc)), rules).map((e) => e.message),
        name,
      ).toEqual([]);
  });
});

/** 'api/features/' and '/schema.graphql': every feature's schema file. */
function readdirGlob(dir: string, rest: string): string[] {
  return readdirSync(dir)
    .map((d) => `${dir}${d}${rest}`)
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'utf8'));
}
