/**
 * Create, update and delete for every node type and for links. Input is checked with the zod model first
 * (bad input changes nothing and names the field); values only ever travel to Cypher as parameters.
 */
import type { z } from 'zod';
import { evidenceProps, toLink, toNode, type RawLink } from '../db/rows.js';
import { newId, linkFrom } from '../domain/ids.js';
import { ENTITY_SCHEMAS, formatPath, Link, LinkPatch, LINK_RULES, linkId, type EntityLabel } from '../domain/model.js';
import { AppError, badInput, conflict, notFound } from '../errors.js';
import type { MutationResolvers } from '../generated/graphql.js';
import type { Context } from '../context.js';
import { fetchInitiatives } from './query.js';

type CitationIn = { sourceId: string; line: number; quote: string };
type Input = Record<string, unknown> & { evidence?: CitationIn[] | null };

function zodError(err: z.ZodError, prefix = 'input'): AppError {
  const i = err.issues[0]!;
  const path = formatPath([prefix, ...i.path]);
  return badInput(path.replace(/evidence(\[\d+\])?\.source$/, 'evidence$1.sourceId'), i.message);
}

/** GraphQL citations ({sourceId}) to the model's ({source}), checking the source exists. */
function citations(ctx: Context, ev: CitationIn[] | null | undefined, prefix = 'input') {
  return ev?.map((c, i) => {
    if (!ctx.sourceTitles.has(c.sourceId)) throw badInput(`${prefix}.evidence[${i}].sourceId`, `unknown source "${c.sourceId}"`);
    return { source: c.sourceId, line: c.line, quote: c.quote };
  });
}

function storable(parsed: Record<string, unknown>, keys?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (k === 'id' || k === 'evidence' || (keys && !keys.includes(k))) continue;
    out[k] = v === undefined ? null : v;
  }
  if (parsed.evidence) Object.assign(out, evidenceProps(parsed.evidence as never));
  return out;
}

async function readBack(ctx: Context, label: EntityLabel, row: Record<string, unknown>) {
  if (label === 'Initiative') {
    const { items } = await fetchInitiatives(ctx, null, 1, null, [(row.props as { id: string }).id]);
    return items[0]!;
  }
  return toNode(label, row.props as Record<string, unknown>, row.links as RawLink[]);
}

function create(label: EntityLabel) {
  return async (_p: unknown, { input }: { input: Input }, ctx: Context) => {
    const candidate = { ...input, id: input.id ?? newId(label, String(input.name ?? '')), evidence: citations(ctx, input.evidence) };
    const parsed = ENTITY_SCHEMAS[label].safeParse(candidate);
    if (!parsed.success) throw zodError(parsed.error);
    const [row] = await ctx.db.write('mutations/create-entity', { id: parsed.data.id, label, props: storable(parsed.data) });
    return readBack(ctx, label, row!) as never;
  };
}

function update(label: EntityLabel) {
  return async (_p: unknown, { id, input, expectedVersion }: { id: string; input: Input; expectedVersion?: number | null }, ctx: Context) => {
    const keys = Object.keys(input);
    if (keys.length === 0) throw badInput('input', 'names no field to change');
    const schema = ENTITY_SCHEMAS[label] as unknown as z.ZodObject;
    for (const k of keys) {
      const field = schema.shape[k] as z.ZodType | undefined;
      if (input[k] === null && field && !field.safeParse(undefined).success) throw badInput(`input.${k}`, 'is required and cannot be removed');
    }
    const candidate: Record<string, unknown> = {};
    for (const k of keys) candidate[k] = input[k] === null ? undefined : input[k];
    if ('evidence' in input) candidate.evidence = citations(ctx, input.evidence);
    const parsed = schema.partial().safeParse(candidate);
    if (!parsed.success) throw zodError(parsed.error);
    const [row] = await ctx.db.write('mutations/update-entity', {
      id, label, props: storable(parsed.data as Record<string, unknown>, keys), expectedVersion: expectedVersion ?? null,
    });
    if (row!.outcome === 'NOT_FOUND') throw notFound(label, id);
    if (row!.outcome === 'CONFLICT') throw conflict(`${label} "${id}" was changed by someone else (now version ${(row!.props as { version: number }).version}); reload and try again`, { currentVersion: (row!.props as { version: number }).version });
    return readBack(ctx, label, row!) as never;
  };
}

export const Mutation: MutationResolvers = {
  createOrganisation: create('Organisation'),
  updateOrganisation: update('Organisation'),
  createDirectorate: create('Directorate'),
  updateDirectorate: update('Directorate'),
  createPartnership: create('Partnership'),
  updatePartnership: update('Partnership'),
  createInitiative: create('Initiative'),
  updateInitiative: update('Initiative'),
  createTargetGroup: create('TargetGroup'),
  updateTargetGroup: update('TargetGroup'),
  createPlace: create('Place'),
  updatePlace: update('Place'),

  async deleteEntity(_p, { id, detach, expectedVersion }, ctx) {
    const [row] = await ctx.db.write('mutations/delete-entity', { id, detach: detach ?? false, expectedVersion: expectedVersion ?? null });
    if (row!.outcome === 'NOT_FOUND') throw notFound('node', id);
    if (row!.outcome === 'CONFLICT') throw conflict(`node "${id}" was changed by someone else; reload and try again`);
    if (row!.outcome === 'HAS_LINKS') throw conflict(`node "${id}" still has ${row!.degree} link(s); delete them first or pass detach: true`);
    return { id, deleted: true };
  },

  async createLink(_p, { input }, ctx) {
    const parsed = Link.safeParse({ ...input, evidence: citations(ctx, input.evidence as CitationIn[]) });
    if (!parsed.success) throw zodError(parsed.error);
    const l = parsed.data;
    const id = linkId(l);
    const rule = LINK_RULES[l.type];
    const { type, from, to, ...rest } = l;
    const [row] = await ctx.db.write('mutations/create-link', {
      id, type, from, to, fromLabels: rule.from, toLabels: rule.to, props: storable(rest as Record<string, unknown>),
    });
    switch (row!.outcome) {
      case 'FROM_NOT_FOUND': throw badInput('input.from', `no node with id "${from}"`);
      case 'TO_NOT_FOUND': throw badInput('input.to', `no node with id "${to}"`);
      case 'BAD_ENDS': throw badInput('input.type', `${type} cannot go from ${row!.fromLabel} to ${row!.toLabel}; it goes from ${rule.from.join(' or ')} to ${rule.to.join(' or ')}`);
      case 'CONFLICT': throw conflict(`link "${id}" already exists; update it instead`, { id });
    }
    return toLink(row!.link as RawLink);
  },

  async updateLink(_p, { id, input, expectedVersion }, ctx) {
    const from = linkFrom(id);
    if (!from) throw notFound('link', id);
    const keys = Object.keys(input);
    if (keys.length === 0) throw badInput('input', 'names no field to change');
    for (const k of ['confidence', 'evidence'] as const) if (k in input && input[k] === null) throw badInput(`input.${k}`, 'is required and cannot be removed');
    const candidate: Record<string, unknown> = {};
    for (const k of keys) candidate[k] = (input as Record<string, unknown>)[k] ?? undefined;
    if (input.evidence) candidate.evidence = citations(ctx, input.evidence as CitationIn[]);
    if (id.split(':')[0] !== 'LEVER' && (candidate.stance || candidate.class)) throw badInput('input.stance', 'only LEVER links carry a stance and class');
    if (id.split(':')[0] === 'LEVER' && 'stance' in input && input.stance === null) throw badInput('input.stance', 'is required and cannot be removed');
    const parsed = LinkPatch.safeParse(candidate);
    if (!parsed.success) throw zodError(parsed.error);
    const props = storable(parsed.data as Record<string, unknown>, keys);
    const [row] = await ctx.db.write('mutations/update-link', { id, from, props, expectedVersion: expectedVersion ?? null });
    if (row!.outcome === 'NOT_FOUND') throw notFound('link', id);
    if (row!.outcome === 'CONFLICT') throw conflict(`link "${id}" was changed by someone else; reload and try again`);
    return toLink(row!.link as RawLink);
  },

  async deleteLink(_p, { id, expectedVersion }, ctx) {
    const from = linkFrom(id);
    if (!from) throw notFound('link', id);
    const [row] = await ctx.db.write('mutations/delete-link', { id, from, expectedVersion: expectedVersion ?? null });
    if (row!.outcome === 'NOT_FOUND') throw notFound('link', id);
    if (row!.outcome === 'CONFLICT') throw conflict(`link "${id}" was changed by someone else; reload and try again`);
    return { id, deleted: true };
  },
};
