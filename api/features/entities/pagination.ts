/** Opaque keyset cursors over (name, id). */
import { badInput } from '../../errors.js';

export const encodeCursor = (name: string, id: string) => Buffer.from(JSON.stringify([name, id])).toString('base64url');

export function decodeCursor(after: string | null | undefined): { afterName: string | null; afterId: string | null } {
  if (!after) return { afterName: null, afterId: null };
  try {
    const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return { afterName: v[0], afterId: v[1] };
  } catch {
    /* fall through to the error below */
  }
  throw badInput('after', 'is not a cursor returned by this API');
}

export function pageSize(first: number | null | undefined, max: number, field = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(field, `must be between 1 and ${max}`);
  return n;
}
