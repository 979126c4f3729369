import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from '../../api/features/entities/selection.js';

/** The info a resolver of the document's first top-level field gets (only what selects reads). */
function infoOf(text: string): GraphQLResolveInfo {
  const doc = parse(text);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

const PATH = ['edges', 'node', 'alignment', 'flags', 'triggers', 'evidence'];

describe('selects', () => {
  it('finds a path written out, and through named and inline fragments', () => {
    expect(
      selects(
        infoOf('{ initiatives { edges { node { alignment { flags { triggers { evidence { line } } } } } } } }'),
        PATH,
      ),
    ).toBe(true);
    expect(
      selects(
        infoOf(
          'query { initiatives { edges { node { ...A } } } } fragment A on Initiative { alignment { flags { ... on AlignmentFlagHit { triggers { evidence { line } } } } } }',
        ),
        PATH,
      ),
    ).toBe(true);
  });

  it('does not find a path cut short or turning elsewhere', () => {
    expect(
      selects(infoOf('{ initiatives { edges { node { alignment { flags { triggers { linkId } } } } } } }'), PATH),
    ).toBe(false);
    expect(selects(infoOf('{ initiatives { edges { node { links { evidence { line } } } } } }'), PATH)).toBe(false);
    expect(selects(infoOf('{ initiatives { totalCount } }'), PATH)).toBe(false);
  });
});
