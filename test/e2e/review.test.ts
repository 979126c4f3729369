/**
 * Stewardship pages end to end in headless Chromium: the verifiers' review queue (filters in the URL, accept one,
 * reject several with a reason), the admins' accounts page (each change audited), deleting a link and a node from
 * the explorer, and the graph read again after a revert. Build first (npm run build:web). Everything made here is
 * deleted afterwards.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot, signIn as signInAs } from '../support/browser.js';
import { builders } from '../support/builders.js';
import { gql, gqlOk, type As } from '../support/helpers.js';

let browser: Browser;
let base: string;
const make = builders();
/** Each test waits on a shared, often busy machine: a generous timeout, never a timed assertion. */
const SLOW = 180_000;

type Role = 'contributor' | 'verifier' | 'admin';
const signIn = (page: Page, role: Role) => signInAs(page, base, role);

const CITE_000 = { sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' };
const CITE_001 = { sourceId: '001', line: 290, quote: 'Alison Hill, Solutions for Public Health (NHS)' };

/** A lever link made as `as` (a claim of theirs), with one citation. */
async function claim(from: string, to: string, lever: string, evidence: object, as: As) {
  const r = await gqlOk<{ createLink: { id: string } }>(
    `mutation($i: LinkInput!) { createLink(input: $i, reason: "e2e review queue") { id } }`,
    { i: { type: 'LEVER', from, to, lever, stance: 'ENABLES', evidence: [evidence] } },
    { as },
  );
  return r.createLink.id;
}

const linkState = async (id: string) =>
  (
    await gqlOk<{ link: { claimStatus: string; verifiedBy: string | null; verificationReason: string | null } | null }>(
      `query($id: ID!) { link(id: $id) { claimStatus verifiedBy verificationReason } }`,
      { id },
    )
  ).link;

const USER = 'e2e-steward-account';
beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
  await gql(`mutation { deleteUser(username: "${USER}", reason: "e2e clean-up") { username } }`);
});
afterAll(async () => {
  await gql(`mutation { deleteUser(username: "${USER}", reason: "e2e clean-up") { username } }`);
  await browser?.close();
});

describe('the review queue', () => {
  const ids = { org: '', a: '', b: '', c: '', l1: '', l2: '', l3: '', l4: '' };
  beforeAll(async () => {
    ids.org = await make.organisation({ name: 'E2E review group' });
    ids.a = await make.initiative({ name: 'E2E review initiative A' });
    ids.b = await make.initiative({ name: 'E2E review initiative B' });
    ids.c = await make.initiative({ name: 'E2E review initiative C' });
    ids.l1 = await claim(ids.org, ids.a, 'UPWARD', CITE_000, 'CONTRIBUTOR');
    ids.l2 = await claim(ids.org, ids.b, 'UPWARD', CITE_001, 'CONTRIBUTOR');
    ids.l3 = await claim(ids.org, ids.c, 'DOWNWARD', CITE_001, 'CONTRIBUTOR');
    ids.l4 = await claim(ids.org, ids.c, 'UPWARD', CITE_000, 'ADMIN');
  });

  /** Waits until the queue shows all of `present` and none of `absent` (the list is read again after a filter). */
  const shows = (page: Page, present: string[], absent: string[]) =>
    page.waitForFunction(
      ([yes, no]) => {
        const shown = [...document.querySelectorAll('[data-testid=review-item]')].map((e) => e.getAttribute('data-id'));
        return yes!.every((id) => shown.includes(id)) && !no!.some((id) => shown.includes(id));
      },
      [present, absent],
    );
  const shownIds = (page: Page) =>
    page.$$eval('[data-testid=review-item]', (els) => els.map((e) => e.getAttribute('data-id')));

  it(
    'filters by author, source and age, each held in the URL, and shows each claim with its evidence',
    async () => {
      const { page, errors } = await openPage(browser);
      await signIn(page, 'verifier');
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Review queue' }).click();
      await page.waitForURL('**/review');
      await page.getByTestId('review-item').first().waitFor();
      for (const id of [ids.l1, ids.l2, ids.l3, ids.l4]) expect(await shownIds(page)).toContain(id);

      await page.getByRole('combobox', { name: /^Added by/ }).selectOption('test-contributor');
      await page.waitForURL(/author=test-contributor/);
      await shows(page, [ids.l1, ids.l2, ids.l3], [ids.l4]);

      await page.getByRole('combobox', { name: /^Cites/ }).selectOption('001');
      await page.waitForURL(/source=001/);
      await shows(page, [ids.l2, ids.l3], [ids.l1]);
      // The server filtered: the count says so, and every claim shown is the contributor's, citing 001.
      const api = (
        await gqlOk<{ reviewQueue: { totalCount: number } }>(
          `{ reviewQueue(author: "test-contributor", source: "001") { totalCount } }`,
          {},
          { as: 'VERIFIER' },
        )
      ).reviewQueue;
      expect(await page.getByTestId('review-count').innerText()).toContain(
        `${api.totalCount} ${api.totalCount === 1 ? 'claim' : 'claims'} waiting`,
      );

      // A shared link reopens the same filters.
      const other = await openPage(browser);
      await signIn(other.page, 'verifier');
      await other.page.goto(page.url());
      await other.page.getByTestId('review-item').first().waitFor();
      expect(await other.page.getByRole('combobox', { name: /^Added by/ }).inputValue()).toBe('test-contributor');
      expect(await other.page.getByRole('combobox', { name: /^Cites/ }).inputValue()).toBe('001');
      await other.page.context().close();

      // Everything here was added today: none waits a month.
      await page.getByRole('combobox', { name: /^Age/ }).selectOption('month');
      await page.waitForURL(/age=month/);
      const old = (
        await gqlOk<{ reviewQueue: { totalCount: number } }>(
          `{ reviewQueue(author: "test-contributor", source: "001", minAgeDays: 30) { totalCount } }`,
          {},
          { as: 'VERIFIER' },
        )
      ).reviewQueue.totalCount;
      expect(old).toBe(0);
      await page.getByTestId('review-count').getByText('No claim is waiting with these filters.').waitFor();
      expect(await shownIds(page)).toEqual([]);

      // Each claim with its evidence: who added it, when, the document, the line (opening the reader) and the quote.
      await page.goto(`${base}/review?author=test-contributor&source=000`);
      const item = page.locator(`[data-testid=review-item][data-id="${ids.l1}"]`);
      await item.waitFor();
      const text = await item.innerText();
      expect(text).toContain('E2E review group backs E2E review initiative A (upward lever)');
      expect(text).toContain('added by test-contributor');
      expect(text).toContain('added today');
      expect(text).toContain(CITE_000.quote);
      expect(await item.getByRole('link', { name: /Read line 884 of/ }).getAttribute('href')).toContain(
        '/source/000?line=884',
      );
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'accepts one claim with a reason, and rejects several at once with one reason',
    async () => {
      const { page, errors } = await openPage(browser);
      await signIn(page, 'verifier');
      await page.goto(`${base}/review?author=test-contributor`);
      const one = page.locator(`[data-testid=review-item][data-id="${ids.l1}"]`);
      await one.waitFor();
      const accept = one.getByRole('button', { name: 'Accept', exact: true });
      expect(await accept.isDisabled()).toBe(true); // a reason first
      await one.getByLabel('Reason').fill('e2e: the quote stands on 000 line 884');
      await accept.click();
      await page
        .getByTestId('review-done')
        .getByText('Accepted: E2E review group backs E2E review initiative A')
        .waitFor();
      await one.waitFor({ state: 'detached' });
      expect(await linkState(ids.l1)).toEqual({
        claimStatus: 'VERIFIED',
        verifiedBy: 'test-verifier',
        verificationReason: 'e2e: the quote stands on 000 line 884',
      });

      await page.goto(`${base}/review?author=test-contributor&source=001`);
      await page.locator(`[data-testid=review-item][data-id="${ids.l2}"]`).waitFor();
      for (const id of [ids.l2, ids.l3])
        await page.locator(`[data-testid=review-item][data-id="${id}"]`).getByRole('checkbox').check();
      const batch = page.getByRole('form', { name: 'Accept or reject the selected claims' });
      const reject = batch.getByRole('button', { name: 'Reject 2 selected claims' });
      expect(await reject.isDisabled()).toBe(true);
      await batch.getByLabel('Reason for the selected').fill('e2e: line 290 names an attendee, not a lever');
      await page.waitForTimeout(200);
      await shot(page, 'review-queue');
      await page.screenshot({ path: resolve('docs/screenshots/review-queue.png') });
      await reject.click();
      await page.getByTestId('review-done').getByText('Rejected 2 claims.').waitFor();
      for (const id of [ids.l2, ids.l3]) {
        await page.locator(`[data-testid=review-item][data-id="${id}"]`).waitFor({ state: 'detached' });
        expect(await linkState(id)).toEqual({
          claimStatus: 'REJECTED',
          verifiedBy: 'test-verifier',
          verificationReason: 'e2e: line 290 names an attendee, not a lever',
        });
      }
      // Each verdict is in the audit trail.
      const history = (
        await gqlOk<{ history: { action: string; user: string; reason: string }[] }>(
          `query($id: ID!) { history(targetId: $id) { action user reason } }`,
          { id: ids.l2 },
        )
      ).history;
      expect(history[0]).toEqual({
        action: 'REJECT',
        user: 'test-verifier',
        reason: 'e2e: line 290 names an attendee, not a lever',
      });
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'says plainly when a verifier tries to accept their own claim, and changes nothing',
    async () => {
      const { page, errors } = await openPage(browser);
      await signIn(page, 'admin');
      await page.goto(`${base}/review?author=test-admin`);
      const own = page.locator(`[data-testid=review-item][data-id="${ids.l4}"]`);
      await own.waitFor();
      expect(await own.innerText()).toContain('(you: another verifier must check it)');
      await own.getByLabel('Reason').fill('e2e: my own');
      await own.getByRole('button', { name: 'Accept', exact: true }).click();
      await own
        .getByRole('alert')
        .getByText(/^You added link .*nobody verifies their own claim/)
        .waitFor();
      expect((await linkState(ids.l4))!.claimStatus).toBe('UNVERIFIED');
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'is not offered to a contributor, and says why when reached',
    async () => {
      const { page } = await openPage(browser);
      await signIn(page, 'contributor');
      expect(
        await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Review queue' }).count(),
      ).toBe(0);
      await page.goto(`${base}/review`);
      expect(await page.getByTestId('need-role').innerText()).toContain('Your role (contributor) cannot review claims');
      const r = await gql(`{ reviewQueue { totalCount } }`, {}, { as: 'CONTRIBUTOR' });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
    SLOW,
  );
});

describe('the accounts page', () => {
  const PASSWORD = 'e2e-steward-password-1';
  const NEW_PASSWORD = 'e2e-steward-password-2';
  const account = async () =>
    (
      await gqlOk<{ users: { username: string; role: string; disabled: boolean }[] }>(
        `{ users { username role disabled } }`,
      )
    ).users.find((u) => u.username === USER) ?? null;
  const canSignIn = async (password: string) =>
    !(await gql(`mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, {
      u: USER,
      p: password,
    }).then((r) => r.errors?.length));

  it(
    'adds an account, changes its role, disables, enables, resets the password and deletes it, each audited',
    async () => {
      const { page, errors } = await openPage(browser);
      await signIn(page, 'admin');
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Accounts' }).click();
      await page.waitForURL('**/accounts');
      const add = page.getByRole('form', { name: 'Add an account' });
      await add.getByLabel('Username').fill(USER);
      await add.getByLabel(/^Password/).fill('short');
      await add.getByRole('button', { name: 'Add the account' }).click();
      await add.getByRole('alert').getByText('The password must be at least 12 characters.').waitFor();
      expect(await account()).toBeNull();
      await add.getByLabel(/^Password/).fill(PASSWORD);
      await add.getByLabel('Role').selectOption('CONTRIBUTOR');
      await add.getByLabel('Reason (kept in the history)').fill('e2e: a new curator');
      await add.getByRole('button', { name: 'Add the account' }).click();
      await page.getByTestId('accounts-said').getByText(`Added ${USER} as contributor.`).waitFor();
      expect(await account()).toEqual({ username: USER, role: 'CONTRIBUTOR', disabled: false });

      // The same name again: the server's refusal, in plain words, and nothing changes.
      await add.getByLabel('Username').fill(USER);
      await add.getByLabel(/^Password/).fill(PASSWORD);
      await add.getByRole('button', { name: 'Add the account' }).click();
      await add.getByRole('alert').waitFor();
      expect(await add.getByRole('alert').innerText()).toContain(`An account named "${USER}" already exists.`);

      const row = page.locator(`[data-testid=account-row][data-username="${USER}"]`);
      await row.getByLabel('Role').selectOption('VERIFIER');
      await row.getByLabel('Reason (kept in the history)').fill('e2e: checks claims now');
      await row.getByRole('button', { name: 'Change the role' }).click();
      await page.getByTestId('accounts-said').getByText(`${USER} is now verifier.`).waitFor();
      expect((await account())!.role).toBe('VERIFIER');

      await row.getByRole('button', { name: 'Disable' }).click();
      await page
        .getByTestId('accounts-said')
        .getByText(/is disabled: they cannot sign in/)
        .waitFor();
      expect((await account())!.disabled).toBe(true);
      expect(await canSignIn(PASSWORD)).toBe(false);
      expect(await row.innerText()).toContain('disabled: cannot sign in');
      await row.getByRole('button', { name: 'Enable' }).click();
      await page.getByTestId('accounts-said').getByText(`${USER} can sign in again.`).waitFor();
      expect((await account())!.disabled).toBe(false);

      await row.getByRole('button', { name: 'Reset the password…' }).click();
      await row.getByRole('textbox', { name: `New password for ${USER}` }).fill(NEW_PASSWORD);
      await row.getByRole('button', { name: 'Set the new password' }).click();
      await page.getByTestId('accounts-said').getByText(`${USER} has a new password`).waitFor();
      expect(await canSignIn(PASSWORD)).toBe(false);
      expect(await canSignIn(NEW_PASSWORD)).toBe(true);

      // The history of the account, in words, on the page.
      await row.getByText(`History of ${USER}`).click();
      const history = row.getByTestId('history');
      await history.getByText('Password reset', { exact: true }).first().waitFor();
      const text = await history.innerText();
      for (const w of ['Created', 'Role changed', 'Disabled', 'Enabled', 'Password reset']) expect(text).toContain(w);
      expect(text).toContain('Why: “e2e: checks claims now”');
      expect(await history.getByRole('button', { name: 'Revert…' }).count()).toBe(0);
      await shot(page, 'accounts');

      await row.getByRole('button', { name: 'Delete…' }).click();
      const confirm = row.getByRole('group', { name: `Delete ${USER}?` });
      expect(await confirm.innerText()).toContain(`Delete the account ${USER}?`);
      await confirm.getByRole('button', { name: `Delete ${USER}` }).click();
      await page.getByTestId('accounts-said').getByText(`Deleted the account ${USER}.`).waitFor();
      await row.waitFor({ state: 'detached' });
      expect(await account()).toBeNull();

      const audit = (
        await gqlOk<{ history: { action: string; user: string; targetKind: string }[] }>(
          `query($id: ID!) { history(targetId: $id) { action user targetKind } }`,
          { id: USER },
        )
      ).history;
      expect(audit.filter((e) => e.targetKind === 'ACCOUNT').map((e) => e.action)).toEqual(
        expect.arrayContaining(['CREATE', 'ROLE', 'DISABLE', 'ENABLE', 'PASSWORD', 'DELETE']),
      );
      expect(audit.every((e) => e.user === 'test-admin')).toBe(true);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'is for admins only',
    async () => {
      const { page } = await openPage(browser);
      await signIn(page, 'verifier');
      expect(
        await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Accounts' }).count(),
      ).toBe(0);
      await page.goto(`${base}/accounts`);
      expect(await page.getByTestId('need-role').innerText()).toContain('Your role (verifier) cannot manage accounts');
    },
    SLOW,
  );
});

describe('deleting from the explorer, and the graph after a revert', () => {
  const edgesDrawn = (page: Page) =>
    page.getByTestId('graph-canvas').evaluate((el) => Number(el.getAttribute('data-edges')));

  it(
    'deletes a link and a node after a confirm that names what goes; the graph and list are read again',
    async () => {
      const org = await make.organisation({ name: 'E2E delete group' });
      const keep = await make.initiative({ name: 'E2E delete kept initiative' });
      const gone = await make.initiative({ name: 'E2E delete doomed initiative' });
      const link = await make.lever(org, keep, 'SIDEWARD');
      await make.lever(org, gone, 'UPWARD');
      const { page, errors } = await openPage(browser);
      await signIn(page, 'verifier');
      await page.goto(`${base}/explore/${org}?sel=${encodeURIComponent(link)}`);
      const list = page.getByTestId('graph-list');
      await list.getByRole('button', { name: 'E2E delete kept initiative', exact: true }).waitFor({ timeout: 60_000 });
      expect(await edgesDrawn(page)).toBe(2);
      const panel = page.getByTestId('evidence-panel');
      await panel.getByRole('button', { name: 'Delete this link…' }).click();
      const confirm = panel.getByTestId('confirm-delete');
      expect(await confirm.innerText()).toContain(
        'Delete the link “E2E delete group backs E2E delete kept initiative (sideward lever)”?',
      );
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(await linkState(link)).not.toBeNull();
      await panel.getByRole('button', { name: 'Delete this link…' }).click();
      await panel.getByLabel('Reason for deleting').fill('e2e: the quote does not say so');
      await panel.getByRole('button', { name: 'Yes, delete this link' }).click();
      await list
        .getByRole('button', { name: 'E2E delete kept initiative', exact: true })
        .waitFor({ state: 'detached' });
      expect(await edgesDrawn(page)).toBe(1);
      expect(await linkState(link)).toBeNull();
      expect(new URL(page.url()).searchParams.get('sel')).toBeNull();

      await list.getByRole('button', { name: 'E2E delete doomed initiative', exact: true }).click();
      await panel.getByRole('button', { name: 'Delete E2E delete doomed initiative…' }).click();
      expect(await panel.getByTestId('confirm-delete').innerText()).toContain(
        'Delete E2E delete doomed initiative and its 1 link?',
      );
      await panel.getByRole('button', { name: 'Yes, delete E2E delete doomed initiative' }).click();
      await list
        .getByRole('button', { name: 'E2E delete doomed initiative', exact: true })
        .waitFor({ state: 'detached' });
      expect(await edgesDrawn(page)).toBe(0);
      expect(
        (await gqlOk<{ entity: unknown }>(`query($id: ID!) { entity(id: $id) { id } }`, { id: gone })).entity,
      ).toBe(null);
      const audit = (
        await gqlOk<{ history: { action: string; reason: string }[] }>(
          `query($id: ID!) { history(targetId: $id) { action reason } }`,
          { id: link },
        )
      ).history;
      expect(audit[0]).toEqual({ action: 'DELETE', reason: 'e2e: the quote does not say so' });
      // A contributor is not offered delete (the API asks for a verifier).
      const other = await openPage(browser);
      await signIn(other.page, 'contributor');
      await other.page.goto(`${base}/explore/${org}?sel=${org}`);
      await other.page
        .getByTestId('evidence-panel')
        .getByRole('button', { name: /^Edit / })
        .waitFor();
      expect(
        await other.page
          .getByTestId('evidence-panel')
          .getByRole('button', { name: /^Delete/ })
          .count(),
      ).toBe(0);
      await other.page.context().close();
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'no longer draws a link once its creation is reverted from the history',
    async () => {
      const org = await make.organisation({ name: 'E2E revert group' });
      const ini = await make.initiative({ name: 'E2E revert initiative' });
      const other = await make.initiative({ name: 'E2E revert other initiative' });
      await make.lever(org, other, 'DOWNWARD');
      const link = await claim(org, ini, 'UPWARD', CITE_000, 'CONTRIBUTOR');
      const { page, errors } = await openPage(browser);
      await signIn(page, 'admin');
      await page.goto(`${base}/explore/${org}?sel=${encodeURIComponent(link)}`);
      const list = page.getByTestId('graph-list');
      await list.getByText(/E2E revert initiative \(unverified claim\)/).waitFor();
      expect(await edgesDrawn(page)).toBe(2);
      const panel = page.getByTestId('evidence-panel');
      await panel.getByText('History', { exact: true }).click();
      const created = panel.getByTestId('history').locator('li[data-action=CREATE]').first();
      await created.getByRole('button', { name: 'Revert…' }).click();
      await created.getByLabel('Why revert this change?').fill('e2e: added in error');
      await created.getByRole('button', { name: 'Revert the change' }).click();
      // The link is gone from the API, and the canvas and the list are read again without it.
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-edges')) === 1,
      );
      expect(await linkState(link)).toBeNull();
      expect(await list.innerText()).not.toMatch(/E2E revert initiative(?! )/);
      expect(errors).toEqual([]);
    },
    SLOW,
  );
});
