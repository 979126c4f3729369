/** Sign-in, users and the audit trail. */
import { randomUUID } from 'node:crypto';
import { clearSessionCookie, setSessionCookie } from './request.js';
import { maySeeAuthors, withoutAuthors } from './privacy.js';
import { requireRole } from './roles.js';
import { changeAccount } from './accounts.js';
import { hashPassword } from './passwords.js';
import { assertRole, checkCredentials, checkNewCredentials, createUser, endSession, startSession } from './users.js';
import { AppError, badInput, conflict, notFound } from '../../errors.js';
import type { AuditEntry, Resolvers, User } from '../../generated/graphql.js';
import { readRows } from '../shared/rows.js';
import type { Context } from '../../context.js';
import { pageSize } from '../entities/pagination.js';
import { signInThrottle } from './throttle.js';

/** An entry as cypher/audit/history.cypher returns it. */
type AuditRow = Omit<AuditEntry, 'before' | 'after'> & {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Snapshots as plain JSON, without the bookkeeping a reader does not need. */
function snapshot(p: Record<string, unknown> | null | undefined) {
  if (!p) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p))
    out[k] = v && typeof v === 'object' && 'toString' in v && !Array.isArray(v) ? String(v) : v;
  return out;
}

function entries(rows: AuditRow[], ctx: Context): AuditEntry[] {
  const showUser = maySeeAuthors(ctx.user);
  const shown = (p: Record<string, unknown> | null) => (p && !showUser ? withoutAuthors(p) : p);
  return rows.map((r) => ({
    ...r,
    user: showUser ? r.user : null,
    before: shown(snapshot(r.before)),
    after: shown(snapshot(r.after)),
  }));
}

const REVERTERS: Record<string, string> = {
  UPDATE: 'audit/revert-update',
  VERIFY: 'audit/revert-update',
  REJECT: 'audit/revert-update',
  CREATE: 'audit/revert-create',
  DELETE: 'audit/revert-delete',
};

export const authResolvers: Resolvers = {
  Query: {
    // Whoever has a session is not disabled: find-session skips disabled accounts.
    me: (_p, _a, ctx) => (ctx.user ? { ...ctx.user, disabled: false } : null),
    async users(_p, _a, ctx) {
      requireRole(ctx.user, 'ADMIN', 'list users');
      return readRows<User>(ctx.db, 'auth/list-users');
    },
    async history(_p, { targetId, first }, ctx) {
      return entries(await readRows<AuditRow>(ctx.db, 'audit/history', { targetId, first: pageSize(first, 500) }), ctx);
    },
    async recentChanges(_p, { first }, ctx) {
      return entries(
        await readRows<AuditRow>(ctx.db, 'audit/history', { targetId: null, first: pageSize(first, 500) }),
        ctx,
      );
    },
  },
  Mutation: {
    async signIn(_p, { username, password }, ctx) {
      const throttle = signInThrottle(ctx.config);
      const client = ctx.req?.ip ?? ctx.req?.socket.remoteAddress ?? 'unknown';
      throttle.check(username, client);
      const user = await checkCredentials(ctx.db, username, password);
      if (!user) {
        for (const l of throttle.fail(username, client)) {
          await ctx.db
            .write('audit/record-lockout', {
              id: randomUUID(),
              kind: l.kind,
              who: l.kind === 'ACCOUNT' ? l.key : `client ${l.key}`,
              reason: `${l.failures} failed sign-ins; locked out for ${l.seconds} s`,
            })
            .catch((e: unknown) => console.error(`could not audit a sign-in lockout: ${(e as Error).message}`));
        }
        throw new AppError('UNAUTHENTICATED', 'unknown username or wrong password');
      }
      throttle.succeed(username);
      const token = await startSession(ctx.db, user.username);
      if (ctx.res) setSessionCookie(ctx.res, token, ctx.config.NODE_ENV === 'production');
      return { user: { ...user, disabled: false }, token };
    },
    async signOut(_p, _a, ctx) {
      if (ctx.token) await endSession(ctx.db, ctx.token);
      if (ctx.res) clearSessionCookie(ctx.res);
      return true;
    },
    async createUser(_p, { username, password, role, reason }, ctx) {
      const admin = requireRole(ctx.user, 'ADMIN', 'create users');
      const user = await createUser(ctx.db, username, password, assertRole(role));
      await ctx.db.write('auth/record-account', {
        username: user.username,
        role: user.role,
        audit: { id: randomUUID(), user: admin.username, reason: reason ?? null },
      });
      return { ...user, disabled: false };
    },
    async setUserRole(_p, { username, role, reason }, ctx) {
      requireRole(ctx.user, 'ADMIN', 'change roles');
      return changeAccount(ctx, 'ROLE', username, { role: assertRole(role), reason });
    },
    async setUserDisabled(_p, { username, disabled, reason }, ctx) {
      requireRole(ctx.user, 'ADMIN', 'disable accounts');
      return changeAccount(ctx, disabled ? 'DISABLE' : 'ENABLE', username, { disabled, reason });
    },
    async resetPassword(_p, { username, password, reason }, ctx) {
      requireRole(ctx.user, 'ADMIN', 'reset passwords');
      checkNewCredentials(username, password);
      return changeAccount(ctx, 'PASSWORD', username, { passwordHash: await hashPassword(password), reason });
    },
    async deleteUser(_p, { username, reason }, ctx) {
      requireRole(ctx.user, 'ADMIN', 'delete accounts');
      return changeAccount(ctx, 'DELETE', username, { delete: true, reason });
    },
    async revertChange(_p, { auditId, reason }, ctx) {
      const user = requireRole(ctx.user, 'ADMIN', 'revert changes');
      if (!reason.trim()) throw badInput('reason', 'say why the change is reverted');
      const [old] = await ctx.db.read('audit/find', { id: auditId });
      if (!old) throw notFound('audit entry', auditId);
      if (old.revertedBy) throw conflict(`change "${auditId}" was already reverted by "${old.revertedBy}"`);
      const statement = REVERTERS[old.action as string];
      if (!statement) throw badInput('auditId', `a ${String(old.action).toLowerCase()} cannot be reverted`);
      const id = randomUUID();
      const [row] = await ctx.db.write(statement, {
        auditId,
        audit: { id, user: user.username, reason: reason.trim() },
      });
      if (!row)
        throw conflict(
          `change "${auditId}" cannot be reverted: what it changed has changed shape since (deleted, recreated, or a node that now has links)`,
        );
      const [entry] = await readRows<AuditRow>(ctx.db, 'audit/history', { targetId: old.targetId, first: 1 });
      return entries([entry!], ctx)[0]!;
    },
  },
};
