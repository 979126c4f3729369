/**
 * A request whose client has gone runs no more reads: the door checks the request's signal before it opens a
 * session, so a backlog of abandoned requests drains at once instead of keeping the API busy after a load ends.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { withRequestSignal } from '../../../api/request-signal.js';
import { testDatabase, testStatement } from '../../support/helpers.js';

const db = testDatabase();
afterAll(() => db.close());

describe('abandoned requests', () => {
  it('runs no read for a client that has gone, and says why', async () => {
    const gone = new AbortController();
    gone.abort();
    await expect(withRequestSignal(gone.signal, () => db.read('queries/stats'))).rejects.toMatchObject({
      extensions: { code: 'CANCELLED' },
    });
  });

  it('reads as usual while the client waits', async () => {
    const waiting = new AbortController();
    const rows = await withRequestSignal(waiting.signal, () => db.read('queries/stats'));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('still runs a write the client sent before it left', async () => {
    const id = `abandoned-${Date.now()}`;
    const gone = new AbortController();
    gone.abort();
    await withRequestSignal(gone.signal, () => db.write(testStatement('create-marker'), { id }));
    expect(await db.read(testStatement('find-marker'), { id })).toEqual([{ id }]);
    await db.write(testStatement('delete-marker'), { id });
  });
});
