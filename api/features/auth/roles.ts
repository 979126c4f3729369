/** Roles, ranked: each can do what the ones below it can. Enforced in resolvers, never only in the page. */
import { type Role, ROLES } from '../../../model/vocabulary.js';
import { AppError } from '../../errors.js';

export type { Role };
const RANK = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;

export interface User {
  username: string;
  role: Role;
}

export const atLeast = (user: User | null, role: Role) => !!user && RANK[user.role] >= RANK[role];

/** Throws UNAUTHENTICATED without a user, FORBIDDEN with too low a role. */
export function requireRole(user: User | null, role: Role, action: string): User {
  if (!user) throw new AppError('UNAUTHENTICATED', `sign in to ${action}`);
  if (!atLeast(user, role))
    throw new AppError(
      'FORBIDDEN',
      `${action} needs the ${role.toLowerCase()} role; you are a ${user.role.toLowerCase()}`,
    );
  return user;
}
