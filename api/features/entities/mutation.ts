/**
 * Create, update and delete for every node type and for links. Input is checked with the zod model first
 * (bad input changes nothing and names the field); values only ever travel to Cypher as parameters.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole, type Role } from '../auth/roles.js';
import { type Citation, encodeCitations } from '../../../model/citation.js';
import { toLink, toNode, type RawLink } from '../../db/rows.js';
import { linkFrom, linkId, newId } from '../../../model/ids.js';
import { Citation as CitationSchema, ENTITY_SCHEMAS, Link, LinkPatch } from '../../../model/schemas.js';
import { byLabel, ENTITY_LABELS, type EntityLabel } from '../../../model/vocabulary.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { AppError, badInput, conflict, notFound, zodBadInput } from '../../errors.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import type { Context } from '../../context.js';
import { readInitiatives } from './loaders.js';
import { requireCitations } from '../evidence/check.js';
import { mayVerify } from '../evidence/claims.js';

type CitationIn = { sourceId: string; line: number; quote?: string | null; record?: string | null };

/** Checks the role, then gives the audit entry's who and why; every mutation statement writes it in the same transaction. */
export function audit(ctx: Context, role: Role, action: string, reason: string | null | undefined, kind = 'UPDATE') {
  const user = requireRole(ctx.user, role, action);
  if (reason && reason.length > 1000) throw badInput('reason', 'must be at most 1000 characters');
  return { id: randomUUID(), user: user.username, reason: reason ?? null, action: kind };
}
type Input = Record<string, unknown> & { evidence?: CitationIn[] | null };

function zodError(err: z.ZodError, root: unknown, prefix = 'input'): AppError {
  return zodBadInput(err, root, [prefix]);
}

/** Citations as given, once each is checked against the stored text of its document (api/features/evidence). */
const CitationList = z.object({ evidence: z.array(CitationSchema) });

export async function citations(ctx: Context, ev: CitationIn[] | null | undefined, prefix = 'input') {
  if (!ev) return undefined;
  const given = ev.map((c) => ({
    sourceId: c.sourceId,
    line: c.line,
    quote: c.quote ?? '',
    ...(c.record ? { record: c.record } : {}),
  }));
  // The shape first (a quote of at most 25 words, ...), so a long quote is told so before it is looked for.
  const shape = CitationList.safeParse({ evidence: given });
  if (!shape.success) throw zodError(shape.error, { evidence: given }, prefix);
  await requireCitations(ctx.sources, given, prefix);
  return given;
}

function storable(parsed: Record<string, unknown>, keys?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (k === 'id' || k === 'evidence' || (keys && !keys.includes(k))) continue;
    out[k] = v === undefined ? null : v;
  }
  if (parsed.evidence) Object.assign(out, encodeCitations(parsed.evidence as Citation[]));
  return out;
}

/** Writes changed properties of a link, under optimistic concurrency, and reads it back. */
async function updateLinkProps(
  ctx: Context,
  id: string,
  from: string,
  props: Record<string, unknown>,
  expectedVersion: number | null | undefined,
  who: ReturnType<typeof audit>,
) {
  const [row] = await ctx.db.write('mutations/update-link', {
    id,
    from,
    props,
    expectedVersion: expectedVersion ?? null,
    audit: who,
  });
  if (row!.outcome === 'NOT_FOUND') throw notFound('link', id);
  if (row!.outcome === 'CONFLICT') throw conflict(`link "${id}" was changed by someone else; reload and try again`);
  return toLink(row!.link as RawLink);
}

const verdict = (accept: boolean, user: string, reason: string) => ({
  claimStatus: accept ? 'VERIFIED' : 'REJECTED',
  verifiedBy: user,
  verificationReason: reason.trim(),
});

/** Nobody verifies their own claim (unless LEVERMAP_SELF_VERIFY); an unknown link is NOT_FOUND. */
function checkMayVerify(
  ctx: Context,
  id: string,
  current: Record<string, unknown> | undefined,
  user: string,
  accept: boolean,
) {
  if (!current) throw notFound('link', id);
  const claimedBy = ((current.link as RawLink).props as { claimedBy?: string }).claimedBy;
  if (!mayVerify(ctx.config, claimedBy, user, accept))
    throw new AppError(
      'FORBIDDEN',
      `you added link "${id}", and nobody verifies their own claim: another verifier must accept or reject it`,
    );
}

async function readBack(ctx: Context, label: EntityLabel, row: Record<string, unknown>) {
  if (label === 'Initiative') {
    const { items } = await readInitiatives(ctx.db, null, 1, null, [(row.props as { id: string }).id]);
    return items[0]!;
  }
  return toNode(label, row.props as Record<string, unknown>, row.links as RawLink[]);
}

export function create(label: EntityLabel) {
  return async (_p: unknown, { input, reason }: { input: Input; reason?: string | null }, ctx: Context) => {
    const who = audit(ctx, 'CONTRIBUTOR', `create a ${label}`, reason, 'CREATE');
    const candidate = {
      ...input,
      id: input.id ?? newId(label, String(input.name ?? '')),
      evidence: await citations(ctx, input.evidence),
    };
    const parsed = ENTITY_SCHEMAS[label].safeParse(candidate);
    if (!parsed.success) throw zodError(parsed.error, candidate);
    const props = { ...storable(parsed.data), claimStatus: 'UNVERIFIED', claimedBy: who.user };
    const [row] = await ctx.db.write('mutations/create-entity', { id: parsed.data.id, label, props, audit: who });
    return readBack(ctx, label, row!);
  };
}

function update(label: EntityLabel) {
  return async (
    _p: unknown,
    {
      id,
      input,
      expectedVersion,
      reason,
    }: { id: string; input: Input; expectedVersion?: number | null; reason?: string | null },
    ctx: Context,
  ) => {
    const who = audit(ctx, 'CONTRIBUTOR', `change a ${label}`, reason);
    const keys = Object.keys(input);
    if (keys.length === 0) throw badInput('input', 'names no field to change');
    const schema: z.ZodObject = ENTITY_SCHEMAS[label];
    for (const k of keys) {
      const field = schema.shape[k] as z.ZodType | undefined;
      if (input[k] === null && field && !field.safeParse(undefined).success)
        throw badInput(`input.${k}`, 'is required and cannot be removed');
    }
    const candidate: Record<string, unknown> = {};
    for (const k of keys) candidate[k] = input[k] === null ? undefined : input[k];
    if ('evidence' in input) candidate.evidence = await citations(ctx, input.evidence);
    const parsed = schema.partial().safeParse(candidate);
    if (!parsed.success) throw zodError(parsed.error, candidate);
    const [row] = await ctx.db.write('mutations/update-entity', {
      id,
      label,
      props: storable(parsed.data as Record<string, unknown>, keys),
      expectedVersion: expectedVersion ?? null,
      audit: who,
    });
    if (row!.outcome === 'NOT_FOUND') throw notFound(label, id);
    if (row!.outcome === 'CONFLICT')
      throw conflict(
        `${label} "${id}" was changed by someone else (now version ${(row!.props as { version: number }).version}); reload and try again`,
        { currentVersion: (row!.props as { version: number }).version },
      );
    return readBack(ctx, label, row!);
  };
}

/** createOrganisation, updateOrganisation, ...: one pair per label. */
const entityMutations: Pick<MutationResolvers, `create${EntityLabel}` | `update${EntityLabel}`> = {
  ...byLabel(ENTITY_LABELS, (l) => `create${l}` as const, create),
  ...byLabel(ENTITY_LABELS, (l) => `update${l}` as const, update),
};

export const Mutation: MutationResolvers = {
  ...entityMutations,

  async deleteEntity(_p, { id, detach, expectedVersion, reason }, ctx) {
    const who = audit(ctx, 'VERIFIER', 'delete a node', reason, 'DELETE');
    const [row] = await ctx.db.write('mutations/delete-entity', {
      id,
      detach: detach ?? false,
      expectedVersion: expectedVersion ?? null,
      audit: who,
    });
    if (row!.outcome === 'NOT_FOUND') throw notFound('node', id);
    if (row!.outcome === 'CONFLICT') throw conflict(`node "${id}" was changed by someone else; reload and try again`);
    if (row!.outcome === 'HAS_LINKS')
      throw conflict(`node "${id}" still has ${row!.degree} link(s); delete them first or pass detach: true`);
    return { id, deleted: true };
  },

  async createLink(_p, { input, reason }, ctx) {
    const who = audit(ctx, 'CONTRIBUTOR', 'add a link', reason, 'CREATE');
    const linkInput = { ...input, evidence: await citations(ctx, input.evidence as CitationIn[]) };
    const parsed = Link.safeParse(linkInput);
    if (!parsed.success) throw zodError(parsed.error, linkInput);
    const l = parsed.data;
    const id = linkId(l);
    const rule = LINK_RULES[l.type];
    const { type, from, to, ...rest } = l;
    const [row] = await ctx.db.write('mutations/create-link', {
      id,
      type,
      from,
      to,
      fromLabels: rule.from,
      toLabels: rule.to,
      audit: who,
      // Every new link is a claim, whoever adds it, until a verifier other than its author accepts it.
      props: { ...storable(rest as Record<string, unknown>), claimStatus: 'UNVERIFIED', claimedBy: who.user },
    });
    switch (row!.outcome) {
      case 'FROM_NOT_FOUND':
        throw badInput('input.from', `no node with id "${from}"`);
      case 'TO_NOT_FOUND':
        throw badInput('input.to', `no node with id "${to}"`);
      case 'BAD_ENDS':
        throw badInput(
          'input.type',
          `${type} cannot go from ${row!.fromLabel} to ${row!.toLabel}; it goes from ${rule.from.join(' or ')} to ${rule.to.join(' or ')}`,
        );
      case 'CONFLICT':
        throw conflict(`link "${id}" already exists; update it instead`, { id });
    }
    return toLink(row!.link as RawLink);
  },

  async updateLink(_p, { id, input, expectedVersion, reason }, ctx) {
    const who = audit(ctx, 'CONTRIBUTOR', 'change a link', reason);
    const from = linkFrom(id);
    if (!from) throw notFound('link', id);
    const keys = Object.keys(input);
    if (keys.length === 0) throw badInput('input', 'names no field to change');
    for (const k of ['confidence', 'evidence'] as const)
      if (k in input && input[k] === null) throw badInput(`input.${k}`, 'is required and cannot be removed');
    const candidate: Record<string, unknown> = {};
    for (const k of keys) candidate[k] = (input as Record<string, unknown>)[k] ?? undefined;
    if (input.evidence) candidate.evidence = await citations(ctx, input.evidence as CitationIn[]);
    if (id.split(':')[0] !== 'LEVER' && (candidate.stance || candidate.class))
      throw badInput('input.stance', 'only LEVER links carry a stance and class');
    if (id.split(':')[0] === 'LEVER' && 'stance' in input && input.stance === null)
      throw badInput('input.stance', 'is required and cannot be removed');
    const parsed = LinkPatch.safeParse(candidate);
    if (!parsed.success) throw zodError(parsed.error, candidate);
    const props = storable(parsed.data as Record<string, unknown>, keys);
    return updateLinkProps(ctx, id, from, props, expectedVersion, who);
  },

  async verifyLink(_p, { id, accept, reason, expectedVersion }, ctx) {
    const who = audit(ctx, 'VERIFIER', 'verify a link', reason, accept ? 'VERIFY' : 'REJECT');
    if (!reason.trim()) throw badInput('reason', 'say why the link is accepted or rejected');
    const from = linkFrom(id);
    if (!from) throw notFound('link', id);
    const [current] = await ctx.db.read('queries/link', { id, from });
    checkMayVerify(ctx, id, current, who.user, accept);
    return updateLinkProps(ctx, id, from, verdict(accept, who.user, reason), expectedVersion, who);
  },

  async verifyLinks(_p, { ids, accept, reason }, ctx) {
    const who = audit(ctx, 'VERIFIER', 'verify links', reason, accept ? 'VERIFY' : 'REJECT');
    if (!reason.trim()) throw badInput('reason', 'say why the links are accepted or rejected');
    if (ids.length < 1 || ids.length > 200) throw badInput('ids', 'give from 1 to 200 links');
    if (new Set(ids).size !== ids.length) throw badInput('ids', 'name each link once');
    // One transaction: any link missing, changed or not the verifier's to judge rolls every one of them back.
    return ctx.db.transaction('WRITE', 'verify-links', async (run) => {
      const out = [];
      for (const [k, id] of ids.entries()) {
        const from = linkFrom(id);
        if (!from) throw notFound(`link ids[${k}]`, id);
        const [current] = await run('queries/link', { id, from });
        checkMayVerify(ctx, id, current, who.user, accept);
        const [row] = await run('mutations/update-link', {
          id,
          from,
          props: verdict(accept, who.user, reason),
          expectedVersion: null,
          audit: { ...who, id: randomUUID() },
        });
        if (row!.outcome !== 'OK') throw conflict(`link "${id}" was changed by someone else; reload and try again`);
        out.push(toLink(row!.link as RawLink));
      }
      return out;
    });
  },

  async deleteLink(_p, { id, expectedVersion, reason }, ctx) {
    const who = audit(ctx, 'VERIFIER', 'delete a link', reason, 'DELETE');
    const from = linkFrom(id);
    if (!from) throw notFound('link', id);
    const [row] = await ctx.db.write('mutations/delete-link', {
      id,
      from,
      expectedVersion: expectedVersion ?? null,
      audit: who,
    });
    if (row!.outcome === 'NOT_FOUND') throw notFound('link', id);
    if (row!.outcome === 'CONFLICT') throw conflict(`link "${id}" was changed by someone else; reload and try again`);
    return { id, deleted: true };
  },
};
