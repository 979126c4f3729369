/**
 * An editor's "checked: none": an officer mapping their own area records that they looked for a backer on one lever
 * of an initiative and found none, which lets the lever's GAP rules fire (lever-states.ts). Recorded and withdrawn
 * through the audited node update, with the editor and date; a document's own statement of absence is curated in
 * the seed and is never withdrawn here.
 */
import { decodeAbsences, encodeAbsences, type LeverAbsence } from '../../../model/lever-absence.js';
import type { Lever } from '../../../model/vocabulary.js';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { audit } from '../entities/mutation.js';
import { readInitiatives } from '../entities/loaders.js';
import { today } from './facts.js';

async function current(ctx: Context, id: string) {
  const { items } = await readInitiatives(ctx.db, null, 1, null, [id]);
  const i = items[0];
  if (!i) throw notFound('Initiative', id);
  return { row: i, absences: decodeAbsences(i as Record<string, unknown>), version: Number(i.version) };
}

async function write(
  ctx: Context,
  id: string,
  absences: LeverAbsence[],
  version: number,
  who: ReturnType<typeof audit>,
) {
  const [row] = await ctx.db.write('mutations/update-entity', {
    id,
    label: 'Initiative',
    props: encodeAbsences(absences),
    expectedVersion: version,
    audit: who,
  });
  if (row!.outcome === 'NOT_FOUND') throw notFound('Initiative', id);
  if (row!.outcome === 'CONFLICT') throw conflict(`Initiative "${id}" was changed by someone else; try again`);
  const { items } = await readInitiatives(ctx.db, null, 1, null, [id]);
  return items[0]!;
}

export async function recordLeverCheck(
  ctx: Context,
  id: string,
  lever: Lever,
  note: string | null | undefined,
  reason: string | null | undefined,
) {
  const who = audit(ctx, 'CONTRIBUTOR', 'record a lever check', reason ?? `checked: none (${lever})`);
  const text = (note ?? '').trim();
  if (text.length > 500) throw badInput('note', 'must be at most 500 characters');
  const { absences, version } = await current(ctx, id);
  if (absences.some((a) => a.lever === lever && a.kind === 'CHECKED'))
    throw badInput('lever', `${lever} on "${id}" is already checked; withdraw that check first`);
  const check: LeverAbsence = { lever, kind: 'CHECKED', checkedBy: who.user, checkedOn: today(), note: text };
  return write(ctx, id, [...absences, check], version, who);
}

export async function withdrawLeverCheck(ctx: Context, id: string, lever: Lever, reason: string | null | undefined) {
  const who = audit(ctx, 'CONTRIBUTOR', 'withdraw a lever check', reason ?? `checked: none withdrawn (${lever})`);
  const { absences, version } = await current(ctx, id);
  const kept = absences.filter((a) => !(a.lever === lever && a.kind === 'CHECKED'));
  if (kept.length === absences.length) throw badInput('lever', `${lever} on "${id}" has no editor's check to withdraw`);
  return write(ctx, id, kept, version, who);
}
