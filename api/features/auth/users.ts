/** Local accounts and sessions, stored in Neo4j outside the domain graph (labels LevermapUser, LevermapSession). */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { rowsAs } from '../shared/rows.js';
import { AppError, badInput } from '../../errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { Role } from '../../../model/schemas.js';
import type { User } from './roles.js';

export const SESSION_HOURS = 12;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function checkNewCredentials(username: string, password: string) {
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/i.test(username))
    throw badInput('username', 'use 2-63 letters, digits, dots, hyphens or underscores');
  if (password.length < 12) throw badInput('password', 'must be at least 12 characters');
}

export async function createUser(db: Database, username: string, password: string, role: Role): Promise<User> {
  checkNewCredentials(username, password);
  const passwordHash = await hashPassword(password);
  const rows = await db.write('auth/create-user', { username, role: Role.parse(role), passwordHash }).catch((e) => {
    // The uniqueness constraint answers for an account name as for an id; say it in the account's words.
    if (e instanceof AppError && e.extensions.code === 'CONFLICT')
      throw new AppError('CONFLICT', `an account named "${username}" already exists`, { field: 'username' });
    throw e;
  });
  return rowsAs<User>(rows)[0]!;
}

/** Null for an unknown user or a wrong password alike, so the answer does not reveal which. */
export async function checkCredentials(db: Database, username: string, password: string): Promise<User | null> {
  const [row] = await db.read('auth/find-user', { username });
  const stored =
    (row?.passwordHash as string | undefined) ??
    'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
  const ok = await verifyPassword(password, stored);
  // A disabled account cannot sign in; it is told apart from a wrong password nowhere.
  return ok && row && !row.disabled ? { username: row.username as string, role: row.role as Role } : null;
}

export async function startSession(db: Database, username: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.write('auth/create-session', { username, tokenHash: tokenHash(token), hours: SESSION_HOURS });
  return token;
}

export async function sessionUser(db: Database, token: string | undefined): Promise<User | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db.read('auth/find-session', { tokenHash: tokenHash(token) });
  return row ? { username: row.username as string, role: row.role as Role } : null;
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.write('auth/delete-session', { tokenHash: tokenHash(token) });
}

/** On a fresh install, an admin account with a random password kept in a mode-600 file. */
export async function ensureFirstAdmin(
  db: Database,
  writeSecret: (password: string) => string,
): Promise<string | null> {
  const [row] = await db.read('auth/count-users');
  if ((row!.users as number) > 0) return null;
  const password = randomBytes(18).toString('base64url');
  await createUser(db, 'admin', password, 'ADMIN');
  return writeSecret(password);
}

export function assertRole(value: string): Role {
  const r = Role.safeParse(value);
  if (!r.success)
    throw new AppError('BAD_USER_INPUT', `role: must be one of ${Role.options.join(', ')}`, { field: 'role' });
  return r.data;
}
