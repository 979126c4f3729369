/** Rows of named statements, typed as the statement returns them: the one place a row's shape is taken on trust. */
import type { Database, Params, Row } from '../../db/database.js';

export const rowsAs = <T>(rows: Row[]): T[] => rows as T[];

export async function readRows<T>(db: Database, name: string, params?: Params, timeoutMs?: number): Promise<T[]> {
  return rowsAs<T>(await db.read(name, params, timeoutMs));
}
