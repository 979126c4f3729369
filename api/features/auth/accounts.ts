/**
 * An admin's changes to accounts: role, disabled, password, deletion. One statement (cypher/auth/change-account)
 * checks, changes and audits, so the last active admin is never removed or demoted between a check and a write.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { Role } from './roles.js';

export type AccountAction = 'ROLE' | 'DISABLE' | 'ENABLE' | 'PASSWORD' | 'DELETE';
export interface AccountChange {
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
  delete?: boolean;
  reason?: string | null;
}
export interface Account {
  username: string;
  role: Role;
  createdAt: string | null;
  disabled: boolean;
}

export async function changeAccount(
  ctx: Context,
  action: AccountAction,
  username: string,
  c: AccountChange,
): Promise<Account> {
  const [row] = await ctx.db.write('auth/change-account', {
    username,
    action,
    role: c.role ?? null,
    disabled: c.disabled ?? null,
    passwordHash: c.passwordHash ?? null,
    delete: c.delete ?? false,
    audit: { id: randomUUID(), user: ctx.user!.username, reason: c.reason ?? null },
  });
  if (!row || row.outcome === 'NOT_FOUND') throw notFound('user', username);
  if (row.outcome === 'LAST_ADMIN') throw conflict(`"${username}" is the last active admin: make another admin first`);
  return {
    username: row.username as string,
    role: row.role as Role,
    createdAt: (row.createdAt as string | null) ?? null,
    disabled: Boolean(row.disabled),
  };
}
