/**
 * A commit whose outcome is unknown (the connection lost while the commit was under way) is reported as
 * UNKNOWN with the import's id, not as failed; importStatus(id) tells whether it landed, and running the same
 * import again is safe and says "already applied, nothing changed". The lost answer is injected at the door:
 * the commit really happens (or really does not), and only its answer is lost.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database, type Mode, type RunStep, type TxOptions, unavailable } from '../../api/db/database.js';
import { importData, type ImportActor } from '../../api/features/io/import.js';
import { CLI_LIMITS } from '../../api/features/io/read.js';
import { gqlOk, testDatabase, uniqueId } from '../support/helpers.js';

/** The door, but the import's answer is lost: after its commit (landed) or instead of it (never sent). */
class LostAnswer extends Database {
  constructor(readonly landed: boolean) {
    super({ ...inject('neo4j'), database: 'neo4j', queryTimeoutMs: 30_000 });
  }
  override async transaction<T>(mode: Mode, label: string, work: (run: RunStep) => Promise<T>, opts: TxOptions = {}) {
    if (label !== 'io/import') return super.transaction(mode, label, work, opts);
    expect(opts.once).toBe(true);
    if (this.landed) await super.transaction(mode, label, work, opts);
    throw unavailable({ outcome: 'UNKNOWN' });
  }
}

const db = testDatabase();
const made: string[] = [];
afterAll(async () => {
  await db.write('io/delete-by-ids', { ids: made });
  await db.close();
});

const file = (id: string) =>
  Buffer.from(
    JSON.stringify({
      organisations: [
        { id, name: `Unknown ${id}`, type: 'VCSE', evidence: [{ sourceId: '003', line: 214, quote: 'Employer' }] },
      ],
    }),
  );
const actor = (): ImportActor => ({
  auditId: randomUUID(),
  user: 'test-contributor',
  reason: null,
  verifier: false,
  selfVerify: false,
});
const status = async (id: string) =>
  (
    await gqlOk(
      `query($id: ID!) { importStatus(id: $id) { id landed at nodesCreated } }`,
      { id },
      { as: 'CONTRIBUTOR' },
    )
  ).importStatus;

describe('an import whose commit outcome is unknown', () => {
  it('landed: UNKNOWN with its id, importStatus says landed, and a re-run says already applied', async () => {
    const id = uniqueId('org-unknown');
    made.push(id);
    const lost = new LostAnswer(true);
    const a = actor();
    try {
      const r = await importData(lost, 'JSON', [{ content: file(id) }], {
        dryRun: false,
        limits: CLI_LIMITS,
        actor: a,
      });
      expect(r).toMatchObject({ outcome: 'UNKNOWN', committed: false, importId: a.auditId });
      expect(r.message).toContain(`importStatus(id: "${a.auditId}")`);
    } finally {
      await lost.close();
    }
    expect(await status(a.auditId)).toMatchObject({ id: a.auditId, landed: true, nodesCreated: 1 });
    expect((await status(a.auditId)).at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const again = await importData(db, 'JSON', [{ content: file(id) }], {
      dryRun: false,
      limits: CLI_LIMITS,
      actor: actor(),
    });
    expect(again).toMatchObject({
      outcome: 'NOTHING_TO_CHANGE',
      committed: true,
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(again.message).toMatch(/^Already applied, nothing changed/);
  });

  it('not landed: UNKNOWN, importStatus says not landed, and a re-run imports it', async () => {
    const id = uniqueId('org-unknown');
    made.push(id);
    const lost = new LostAnswer(false);
    const a = actor();
    try {
      const r = await importData(lost, 'JSON', [{ content: file(id) }], {
        dryRun: false,
        limits: CLI_LIMITS,
        actor: a,
      });
      expect(r.outcome).toBe('UNKNOWN');
    } finally {
      await lost.close();
    }
    expect(await status(a.auditId)).toEqual({ id: a.auditId, landed: false, at: null, nodesCreated: null });
    const again = await importData(db, 'JSON', [{ content: file(id) }], {
      dryRun: false,
      limits: CLI_LIMITS,
      actor: actor(),
    });
    expect(again).toMatchObject({ outcome: 'COMMITTED', created: 1 });
  });

  it('a dry run has no import id and says nothing was written', async () => {
    const r = await importData(db, 'JSON', [{ content: file(uniqueId('org-dry')) }], {
      dryRun: true,
      limits: CLI_LIMITS,
      actor: actor(),
    });
    expect(r).toMatchObject({ outcome: 'DRY_RUN', importId: null, message: 'Dry run: nothing was written.' });
  });
});
