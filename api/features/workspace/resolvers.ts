/** Workspaces and drafts: private until published through the ordinary, audited create mutations. */
import { randomUUID } from 'node:crypto';
import { requireRole } from '../auth/roles.js';
import { ENTITY_SCHEMAS, Link } from '../../../model/schemas.js';
import type { EntityLabel } from '../../../model/vocabulary.js';
import { badInput, notFound, zodBadInput } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { readRows, rowsAs } from '../shared/rows.js';
import type { Context } from '../../context.js';
import { create, Mutation } from '../entities/mutation.js';
import { requireCitations } from '../evidence/check.js';

type DraftRow = { id: string; kind: string; label: string; data: string; createdBy: string; createdAt: string };
const draft = (d: DraftRow) => ({ ...d, data: JSON.parse(d.data) as unknown });
/** A workspace as cypher/workspace/*.cypher return it. */
interface WorkspaceRow {
  id: string;
  name: string;
  members: string[];
  drafts?: DraftRow[];
}
const workspaceOf = (w: WorkspaceRow) => ({ ...w, drafts: (w.drafts ?? []).map(draft) });

async function checkShape(ctx: Context, label: string, input: Record<string, unknown>) {
  // Same checks as publishing will make, so a draft that saves can be published.
  const evidence = input.evidence as { sourceId: string; line: number; quote: string }[] | undefined;
  await requireCitations(ctx.sources, evidence);
  const schema = label === 'LINK' ? Link : ENTITY_SCHEMAS[label as EntityLabel];
  const candidate = { ...input, id: input.id ?? 'draft-check', evidence };
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) throw zodBadInput(parsed.error, candidate, ['input']);
}

async function save(
  ctx: Context,
  workspaceId: string,
  kind: 'NODE' | 'LINK',
  label: string,
  input: Record<string, unknown>,
) {
  const user = requireRole(ctx.user, 'CONTRIBUTOR', 'save drafts');
  await checkShape(ctx, kind === 'LINK' ? 'LINK' : label, input);
  const [row] = await ctx.db.write('workspace/save-draft', {
    id: randomUUID(),
    workspace: workspaceId,
    username: user.username,
    kind,
    label,
    data: JSON.stringify(input),
  });
  if (!row) throw notFound('workspace', workspaceId);
  return draft(rowsAs<DraftRow>([row])[0]!);
}

export const workspaceResolvers: Resolvers = {
  Query: {
    async workspaces(_p, _a, ctx) {
      if (!ctx.user) return [];
      return (await readRows<WorkspaceRow>(ctx.db, 'workspace/mine', { username: ctx.user.username, id: null })).map(
        workspaceOf,
      );
    },
    async workspace(_p, { id }, ctx) {
      if (!ctx.user) return null;
      const [w] = await readRows<WorkspaceRow>(ctx.db, 'workspace/mine', { username: ctx.user.username, id });
      return w ? workspaceOf(w) : null;
    },
  },
  Mutation: {
    async createWorkspace(_p, { name }, ctx) {
      const user = requireRole(ctx.user, 'CONTRIBUTOR', 'create workspaces');
      if (!name.trim() || name.length > 200) throw badInput('name', 'must be 1 to 200 characters');
      const [w] = rowsAs<WorkspaceRow>(
        await ctx.db.write('workspace/create', { id: randomUUID(), name: name.trim(), username: user.username }),
      );
      return workspaceOf({ ...w!, drafts: [] });
    },
    async addWorkspaceMember(_p, { workspaceId, username }, ctx) {
      const user = requireRole(ctx.user, 'CONTRIBUTOR', 'add workspace members');
      const [w] = rowsAs<WorkspaceRow>(
        await ctx.db.write('workspace/add-member', { id: workspaceId, username: user.username, member: username }),
      );
      if (!w) throw notFound('workspace or user', `${workspaceId}/${username}`);
      return workspaceOf(w);
    },
    saveDraftNode: (_p, { workspaceId, label, input }, ctx) => {
      if (label === 'Source') throw badInput('label', 'sources cannot be drafted');
      return save(ctx, workspaceId, 'NODE', label, input as Record<string, unknown>);
    },
    saveDraftLink: (_p, { workspaceId, input }, ctx) =>
      save(ctx, workspaceId, 'LINK', input.type, input as Record<string, unknown>),
    async deleteDraft(_p, { id }, ctx) {
      const user = requireRole(ctx.user, 'CONTRIBUTOR', 'delete drafts');
      const [row] = await ctx.db.write('workspace/delete-draft', { id, username: user.username });
      if (!row) throw notFound('draft', id);
      return true;
    },
    async publishDraft(_p, { id, reason }, ctx, info) {
      const user = requireRole(ctx.user, 'CONTRIBUTOR', 'publish drafts');
      const [d] = await ctx.db.read('workspace/find-draft', { id, username: user.username });
      if (!d) throw notFound('draft', id);
      const input = JSON.parse(d.data as string) as Record<string, unknown>;
      const result =
        d.kind === 'LINK'
          ? { entity: null, link: await (Mutation.createLink as Function)(null, { input, reason }, ctx, info) }
          : { entity: await create(d.label as EntityLabel)(null, { input: input as never, reason }, ctx), link: null };
      await ctx.db.write('workspace/delete-draft', { id, username: user.username });
      return result as never;
    },
  },
};
