/** Authors are private: who made or verified a claim is shown to verifiers and admins only. */
import { AUTHOR_FIELDS } from '../../../model/vocabulary.js';
import { atLeast, type User } from './roles.js';

export const maySeeAuthors = (user: User | null) => atLeast(user, 'VERIFIER');

const AUTHORS = new Set<string>(AUTHOR_FIELDS);

/** A snapshot of stored properties without its authors. */
export function withoutAuthors(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !AUTHORS.has(k)));
}
