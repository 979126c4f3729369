import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import {
  buildASTSchema,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type InlineFragmentNode,
  type SelectionNode,
} from 'graphql';
import { ENTITY_LABELS } from './model/vocabulary.js';

/**
 * Fragments are how the web app's components name what they need; on the wire each operation goes with its
 * fragments written in place, so it reaches exactly the depth the server allows (the server's depth limit
 * counts every named fragment as a level). A fragment on the type it is spread into becomes plain fields; one
 * on another type becomes an inline fragment. The generated types are the same.
 */
const inlineFragments: Types.DocumentTransformObject = {
  transform: ({ documents, schema }) => {
    const typed = buildASTSchema(schema, { assumeValidSDL: true });
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const file of documents) {
      for (const def of file.document?.definitions ?? [])
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    return documents.map((file) => {
      if (!file.document) return file;
      const operations = file.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (!operations.length) return file;
      const info = new TypeInfo(typed);
      // Each spread becomes an inline fragment (with no type condition where the types match) ...
      const spreadFree = visit(
        { ...file.document, definitions: operations },
        visitWithTypeInfo(info, {
          FragmentSpread(node): InlineFragmentNode {
            const f = fragments.get(node.name.value);
            if (!f) throw new Error(`Unknown fragment ${node.name.value} in ${file.location}`);
            const same = info.getParentType()?.name === f.typeCondition.name.value;
            return {
              kind: Kind.INLINE_FRAGMENT,
              typeCondition: same ? undefined : f.typeCondition,
              directives: node.directives,
              selectionSet: f.selectionSet,
            };
          },
        }),
      );
      // ... and those without one are merged into the selection around them.
      const flat = visit(spreadFree, {
        SelectionSet: {
          leave(node) {
            const selections = node.selections.flatMap((s): readonly SelectionNode[] =>
              s.kind === Kind.INLINE_FRAGMENT && !s.typeCondition && !s.directives?.length
                ? s.selectionSet.selections
                : [s],
            );
            return { ...node, selections };
          },
        },
      });
      return { ...file, document: flat };
    });
  },
};

// Two targets from one schema. The server's resolver types: the mappers name the rows our Cypher returns for each
// type. The web app's typed documents (client preset): every graphql(`...`) in web/src, as strings with their types.
const config: CodegenConfig = {
  schema: ['api/generated/model.graphql', 'api/features/*/schema.graphql'],
  ignoreNoDocuments: true,
  // Only graphql(`...`) calls are documents; gql(doc, variables) is the fetcher.
  pluckConfig: { globalGqlIdentifierName: 'graphql', gqlMagicComment: 'graphql' },
  generates: {
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**', '!web/src/**/*.test.tsx', '!web/src/**/*.d.ts'],
      presetConfig: { fragmentMasking: false },
      documentTransforms: [inlineFragments],
      config: {
        emitLegacyCommonJSImports: false,
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { ID: 'string', JSON: 'unknown' },
        avoidOptionals: false,
        maybeValue: 'T | null',
      },
    },
    'api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context.js#Context',
        mappers: {
          ...Object.fromEntries(ENTITY_LABELS.map((l) => [l, '../db/rows.js#NodeRow'])),
          Initiative: '../features/entities/rows.js#InitiativeRow',
          Entity: '../db/rows.js#NodeRow',
          Link: '../db/rows.js#LinkRow',
          Neighbourhood: '../features/entities/rows.js#NeighbourhoodRow',
          Citation: '../../model/citation.js#Citation as CitationRow',
          Passage: '../features/evidence/reading.js#PassageRow',
        },
        scalars: { ID: 'string' },
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
      },
    },
  },
};
export default config;
