/** Roles, ranked: each can do what the ones below it can. Enforced in resolvers, never only in the page. */
import { z } from 'zod';
import { AppError } from '../errors.js';

export const Role = z.enum(['VIEWER', 'CONTRIBUTOR', 'VERIFIER', 'ADMIN']);
export type Role = z.infer<typeof Role>;
const RANK: Record<Role, number> = { VIEWER: 0, CONTRIBUTOR: 1, VERIFIER: 2, ADMIN: 3 };

export interface User { username: string; role: Role }

export const atLeast = (user: User | null, role: Role) => !!user && RANK[user.role] >= RANK[role];

/** Throws UNAUTHENTICATED without a user, FORBIDDEN with too low a role. */
export function requireRole(user: User | null, role: Role, action: string): User {
  if (!user) throw new AppError('UNAUTHENTICATED', `sign in to ${action}`);
  if (!atLeast(user, role)) throw new AppError('FORBIDDEN', `${action} needs the ${role.toLowerCase()} role; you are a ${user.role.toLowerCase()}`);
  return user;
}
