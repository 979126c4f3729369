/**
 * Whole-graph answers (the alignment report's counts, the lever profile) kept while the graph is unchanged: at
 * national scale each reads every initiative's lever links, seconds of work, and a user pages, filters and comes
 * back to the same answer. The graph's version is the bookmark Neo4j gives any read (Database.version): the last
 * transaction committed, by this process or any other, so a write from anywhere makes the next request read afresh.
 * An answer is kept only if the version was the same before and after it was read, so what is kept is what that
 * version holds; a hit costs one round trip. Answers are kept per database, the most recently used first.
 */
import type { Database } from './database.js';

export class GraphCache<T> {
  readonly #byDb = new WeakMap<Database, Map<string, T>>();

  /** size: answers kept per database (each key and version is one). */
  constructor(readonly size: number) {}

  async get(db: Database, key: string, read: () => Promise<T>): Promise<T> {
    const before = await db.version();
    if (before === null) return read();
    let entries = this.#byDb.get(db);
    if (!entries) {
      entries = new Map();
      this.#byDb.set(db, entries);
    }
    const at = `${before}\n${key}`;
    const kept = entries.get(at);
    if (kept !== undefined) {
      // Most recently used last, so the first is the one to drop.
      entries.delete(at);
      entries.set(at, kept);
      return kept;
    }
    const value = await read();
    if ((await db.version()) !== before) return value;
    entries.set(at, value);
    for (const old of entries.keys()) {
      if (entries.size <= this.size) break;
      entries.delete(old);
    }
    return value;
  }
}
