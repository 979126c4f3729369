import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the schema; the mappers name the rows our Cypher returns for each type.
const config: CodegenConfig = {
  schema: ['api/generated/model.graphql', 'api/features/*/schema.graphql'],
  generates: {
    'api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context.js#Context',
        mappers: {
          Organisation: '../db/rows.js#NodeRow',
          Directorate: '../db/rows.js#NodeRow',
          Partnership: '../db/rows.js#NodeRow',
          Initiative: '../db/rows.js#InitiativeRow',
          TargetGroup: '../db/rows.js#NodeRow',
          Place: '../db/rows.js#NodeRow',
          Entity: '../db/rows.js#NodeRow',
          Link: '../db/rows.js#LinkRow',
          Citation: '../../model/citation.js#Citation as CitationRow',
        },
        scalars: { ID: 'string' },
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
      },
    },
  },
};
export default config;
