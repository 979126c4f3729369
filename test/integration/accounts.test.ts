/**
 * Account management by admins: add, change role, disable, reset password and delete, each audited; a disabled
 * account cannot sign in and its sessions end; the last active admin cannot be removed or demoted; nobody below
 * admin may use any of it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gql, gqlOk, uniqueId, type As } from '../support/helpers.js';

const created: string[] = [];
afterAll(async () => {
  for (const username of created)
    await gql(`mutation($u: String!) { deleteUser(username: $u) { username } }`, { u: username });
});

const PASSWORD = 'a-long-enough-password';
async function newAccount(role = 'CONTRIBUTOR') {
  const username = uniqueId('acct');
  created.push(username);
  await gqlOk(
    `mutation($u: String!, $p: String!, $r: Role!) { createUser(username: $u, password: $p, role: $r, reason: "new colleague") { username } }`,
    { u: username, p: PASSWORD, r: role },
  );
  return username;
}
const signIn = (username: string, password = PASSWORD) =>
  gql(
    `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`,
    { u: username, p: password },
    { as: 'ANONYMOUS' },
  );
const meWith = async (token: string) => {
  const res = await gql(`{ me { username } }`, {}, { as: 'ANONYMOUS', headers: { authorization: `Bearer ${token}` } });
  return res.data?.me ?? null;
};
const history = async (username: string) =>
  (await gqlOk(`query($t: ID!) { history(targetId: $t) { action user reason before after } }`, { t: username }))
    .history;

describe('accounts', () => {
  it('adds an account and records who added it, with what role and why', async () => {
    const username = await newAccount();
    const [entry] = await history(username);
    expect(entry).toMatchObject({ action: 'CREATE', user: 'test-admin', reason: 'new colleague' });
    expect(entry.after).toMatchObject({ role: 'CONTRIBUTOR', disabled: false });
    expect(JSON.stringify(entry)).not.toContain('scrypt');
  });

  it('changes a role, audited with before and after', async () => {
    const username = await newAccount();
    const { setUserRole } = await gqlOk(
      `mutation($u: String!) { setUserRole(username: $u, role: VERIFIER, reason: "promoted") { username role disabled } }`,
      { u: username },
    );
    expect(setUserRole).toEqual({ username, role: 'VERIFIER', disabled: false });
    const [entry] = await history(username);
    expect(entry).toMatchObject({
      action: 'ROLE',
      reason: 'promoted',
      before: { role: 'CONTRIBUTOR' },
      after: { role: 'VERIFIER' },
    });
  });

  it('disables an account: it cannot sign in, its sessions end, and enabling it lets it back in', async () => {
    const username = await newAccount();
    const token = (await signIn(username)).data!.signIn.token as string;
    expect(await meWith(token)).toEqual({ username });
    await gqlOk(
      `mutation($u: String!) { setUserDisabled(username: $u, disabled: true, reason: "left") { disabled } }`,
      { u: username },
    );
    expect(await meWith(token)).toBeNull();
    expect((await signIn(username)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gqlOk(`{ users { username disabled } }`)).users).toContainEqual({ username, disabled: true });
    await gqlOk(`mutation($u: String!) { setUserDisabled(username: $u, disabled: false) { disabled } }`, {
      u: username,
    });
    expect((await signIn(username)).data?.signIn.token).toBeTruthy();
    expect((await history(username)).map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
      'ENABLE',
      'DISABLE',
    ]);
  });

  it('resets a password: the old one stops working and the old sessions end', async () => {
    const username = await newAccount();
    const token = (await signIn(username)).data!.signIn.token as string;
    const short = await gql(`mutation($u: String!) { resetPassword(username: $u, password: "short") { username } }`, {
      u: username,
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await gqlOk(
      `mutation($u: String!) { resetPassword(username: $u, password: "another-long-password", reason: "forgot") { username } }`,
      { u: username },
    );
    expect(await meWith(token)).toBeNull();
    expect((await signIn(username)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(username, 'another-long-password')).data?.signIn.token).toBeTruthy();
    const [entry] = await history(username);
    expect(entry).toMatchObject({ action: 'PASSWORD', after: { passwordReset: true } });
  });

  it('deletes an account: it cannot sign in, and the deletion stays in the history', async () => {
    const username = await newAccount();
    await gqlOk(`mutation($u: String!) { deleteUser(username: $u, reason: "duplicate") { username } }`, {
      u: username,
    });
    expect((await signIn(username)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gqlOk(`{ users { username } }`)).users).not.toContainEqual({ username });
    expect((await history(username))[0]).toMatchObject({ action: 'DELETE', reason: 'duplicate', after: null });
    const again = await gql(`mutation($u: String!) { deleteUser(username: $u) { username } }`, { u: username });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('never removes or demotes the last active admin', async () => {
    const others = (await gqlOk(`{ users { username role disabled } }`)).users.filter(
      (u: { username: string; role: string; disabled: boolean }) =>
        u.role === 'ADMIN' && !u.disabled && u.username !== 'test-admin',
    );
    for (const u of others)
      await gqlOk(`mutation($u: String!) { setUserDisabled(username: $u, disabled: true) { disabled } }`, {
        u: u.username,
      });
    try {
      for (const m of [
        `setUserRole(username: "test-admin", role: VIEWER)`,
        `setUserDisabled(username: "test-admin", disabled: true)`,
        `deleteUser(username: "test-admin")`,
      ]) {
        const res = await gql(`mutation { ${m} { username } }`);
        expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(res.errors?.[0]?.message).toContain('last active admin');
      }
      expect((await gqlOk(`{ me { username role } }`)).me).toEqual({ username: 'test-admin', role: 'ADMIN' });
    } finally {
      for (const u of others)
        await gqlOk(`mutation($u: String!) { setUserDisabled(username: $u, disabled: false) { disabled } }`, {
          u: u.username,
        });
    }
  });

  for (const as of ['ANONYMOUS', 'VIEWER', 'CONTRIBUTOR', 'VERIFIER'] as As[])
    it(`refuses every account change to ${as.toLowerCase()}`, async () => {
      const username = await newAccount();
      for (const m of [
        `users { username }`,
        `createUser(username: "x-${as.toLowerCase()}", password: "${PASSWORD}", role: ADMIN) { username }`,
        `setUserRole(username: "${username}", role: ADMIN) { username }`,
        `setUserDisabled(username: "${username}", disabled: true) { username }`,
        `resetPassword(username: "${username}", password: "${PASSWORD}-2") { username }`,
        `deleteUser(username: "${username}") { username }`,
      ]) {
        const op = m.startsWith('users') ? `{ ${m} }` : `mutation { ${m} }`;
        const res = await gql(op, {}, { as });
        expect(res.errors?.[0]?.extensions?.code).toBe(as === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      expect((await signIn(username)).data?.signIn.token).toBeTruthy();
    });
});
