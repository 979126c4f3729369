/**
 * Whole-graph answers kept while the graph is unchanged (api/db/graph-cache.ts): the graph's version moves with
 * every commit, from this process or another client; a kept answer is reused only at its version; an answer read
 * while something committed is not kept; the alignment report and the lever profile follow a change at once,
 * whoever made it.
 */
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { GraphCache } from '../../api/db/graph-cache.js';
import { gqlOk, testDatabase, testStatement, uniqueId } from '../support/helpers.js';

const db = testDatabase();
const n4j = inject('neo4j');
// Another client: its own driver, no bookmarks shared with the app's.
const other = neo4j.driver(n4j.uri, neo4j.auth.basic(n4j.user, n4j.password));
afterAll(async () => {
  await db.close();
  await other.close();
});

async function otherWrites(name: string, params: Record<string, unknown>): Promise<void> {
  const text = readFileSync(testStatement(name), 'utf8');
  const session = other.session({ database: 'neo4j' });
  try {
    await session.executeWrite((tx) => tx.run(text, params));
  } finally {
    await session.close();
  }
}

const marker = async () => {
  const id = uniqueId('marker');
  await db.write(testStatement('create-marker'), { id });
  return id;
};

describe('the graph version', () => {
  it('stays while nothing commits and moves with a commit from this process or another client', async () => {
    const a = await db.version();
    expect(a).toMatch(/\S/);
    expect(await db.version()).toBe(a);
    const id = await marker();
    const b = await db.version();
    expect(b).not.toBe(a);
    await otherWrites('delete-marker', { id });
    const c = await db.version();
    expect(c).not.toBe(b);
    expect(await db.version()).toBe(c);
  });
});

describe('GraphCache', () => {
  it('reads once while the graph is unchanged, and again after any commit', async () => {
    const cache = new GraphCache<number>(4);
    let reads = 0;
    const read = async () => ++reads;
    expect(await cache.get(db, 'k', read)).toBe(1);
    expect(await cache.get(db, 'k', read)).toBe(1);
    expect(reads).toBe(1);
    // Another key is another answer.
    expect(await cache.get(db, 'other', read)).toBe(2);
    const id = await marker();
    expect(await cache.get(db, 'k', read)).toBe(3);
    await otherWrites('delete-marker', { id });
    expect(await cache.get(db, 'k', read)).toBe(4);
    expect(await cache.get(db, 'k', read)).toBe(4);
  });

  it('does not keep an answer read while something committed', async () => {
    const cache = new GraphCache<number>(4);
    let reads = 0;
    const ids: string[] = [];
    const readDuringWrite = async () => {
      reads += 1;
      ids.push(await marker());
      return reads;
    };
    expect(await cache.get(db, 'k', readDuringWrite)).toBe(1);
    expect(await cache.get(db, 'k', async () => ++reads)).toBe(2);
    expect(await cache.get(db, 'k', async () => ++reads)).toBe(2);
    for (const id of ids) await db.write(testStatement('delete-marker'), { id });
  });

  it('keeps at most its size, dropping the least recently used', async () => {
    const cache = new GraphCache<string>(2);
    const reads: string[] = [];
    const read = (k: string) => async () => {
      reads.push(k);
      return k;
    };
    for (const k of ['a', 'b', 'a', 'c', 'a', 'b']) await cache.get(db, k, read(k));
    // a and b kept; a used again; c drops b (least recent); a still kept; b read again.
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('the report and the lever profile follow every change', () => {
  const ev = [{ sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' }];
  const ask = async () => {
    const d = await gqlOk(`{
      alignmentReport(first: 0) { total byStatus { status count } }
      leverProfile(groupBy: PLACE) { key initiatives unknown }
    }`);
    const placeless = (d.leverProfile as { key: string; initiatives: number; unknown: number }[]).find(
      (r) => r.key === '',
    );
    return {
      total: d.alignmentReport.total as number,
      unknown: (d.alignmentReport.byStatus as { status: string; count: number }[]).find((s) => s.status === 'UNKNOWN')!
        .count,
      placeless: placeless?.initiatives ?? 0,
    };
  };

  it('an initiative added through the API counts at once, and is gone at once when another client deletes it', async () => {
    const before = await ask();
    expect(await ask()).toEqual(before);
    const id = uniqueId('ini-cache');
    await gqlOk(`mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }`, {
      i: { id, name: `Cached report initiative ${id}`, kind: 'PILOT', evidence: ev },
    });
    expect(await ask()).toEqual({
      total: before.total + 1,
      unknown: before.unknown + 1,
      placeless: before.placeless + 1,
    });
    await otherWrites('delete-entity', { id });
    expect(await ask()).toEqual(before);
  });
});
