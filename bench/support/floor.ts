/**
 * The raw-Bolt floor: the statements Levermap's resolvers run, through the database door and the same loader code,
 * without HTTP or GraphQL. One place, so that a change to a statement's parameters is made once for every bench.
 */
import type { Database } from '../../api/db/database.js';
import { readInitiatives } from '../../api/features/entities/loaders.js';

/** initiative(id): queries/initiative-items for one id (an index seek), with its evidence. */
export const rawInitiative = (db: Database, id: string) => readInitiatives(db, null, 1, null, [id]);

/** initiatives(first): queries/initiatives chooses the page, queries/initiative-items projects it. */
export const rawInitiativesPage = (db: Database, first: number) =>
  readInitiatives(db, null, first, null, undefined, { evidence: false, links: 'NONE' });
