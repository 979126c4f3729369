/** What a request selects below the field being resolved, so a read can leave out what nobody asked for. */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the request selects `path` (field names, outermost first) below the field being resolved, through
 * fragments and inline fragments. A field under @skip or @include counts as selected: reading it is never wrong.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, at: number): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === 'Field')
        return s.name.value === path[at] && (at === path.length - 1 || walk(s.selectionSet, at + 1));
      if (s.kind === 'InlineFragment') return walk(s.selectionSet, at);
      const fragment = info.fragments[s.name.value];
      return !!fragment && walk(fragment.selectionSet, at);
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet, 0));
}
