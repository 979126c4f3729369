/**
 * Editing, verifying, history and import in the explorer, end to end: the built app and the real
 * server in headless Chromium, signed in as the test accounts test/global-setup.ts creates. Everything the
 * tests create is deleted afterwards. Build first (npm run build:web).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, gqlOk } from '../support/helpers.js';
import { launch, openPage, shot, signIn as signInAs, type TestRole } from '../support/browser.js';
import { SEED } from '../support/seed.js';

let browser: Browser;
let base: string;
const FROM = SEED.gatesheadCouncil.id;
const TO = SEED.liveWellGateshead.id;
const LINK = `LEVER:${FROM}:${TO}:UPWARD`;
const IMPORTED = 'org-e2e-import-test-group';
const TMP = resolve('test-output/e2e-files');

type Role = TestRole;

const signIn = (page: Page, role: Role) => signInAs(page, base, role);

async function cleanUp() {
  await gql(`mutation($id: ID!) { deleteLink(id: $id, reason: "e2e clean-up") { deleted } }`, { id: LINK });
  await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true, reason: "e2e clean-up") { deleted } }`, {
    id: IMPORTED,
  });
  await gql(`mutation { setUserRole(username: "test-contributor", role: CONTRIBUTOR) { role } }`);
}

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
  mkdirSync(TMP, { recursive: true });
  await cleanUp();
});
afterAll(async () => {
  await cleanUp();
  await browser?.close();
});

const linkState = async () =>
  (
    await gqlOk<{
      link: { claimStatus: string; version: number; class: string | null; validFrom: string | null } | null;
    }>(`query($id: ID!) { link(id: $id) { claimStatus version class validFrom } }`, { id: LINK })
  ).link;

describe('signing in', () => {
  it('shows each role its user and role, and only the pages it can use', async () => {
    const { page, errors } = await openPage(browser);
    for (const role of ['viewer', 'contributor', 'verifier', 'admin'] as Role[]) {
      await signIn(page, role);
      expect(await page.getByTestId('account').innerText()).toContain(`test-${role}`);
      const nav = page.getByRole('navigation', { name: 'Pages' });
      await nav.getByRole('link', { name: 'Find collaborators' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Add or edit' }).count()).toBe(role === 'viewer' ? 0 : 1);
      expect(await nav.getByRole('link', { name: 'Import' }).count()).toBe(role === 'viewer' ? 0 : 1);
      if (role === 'viewer') {
        // The page is hidden, and says why when reached directly.
        await page.goto(`${base}/edit`);
        expect(await page.getByTestId('need-role').innerText()).toContain('Your role (viewer) cannot edit');
        await shot(page, '13-viewer-cannot-edit');
      }
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
    }
    await page.goto(`${base}/signin`);
    await page.getByLabel('Username').fill('test-admin');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Unknown username or wrong password.').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('a link added, verified, edited and reverted through the explorer', () => {
  it('adds a link with evidence as a contributor: errors at the field, then an UNVERIFIED claim', async () => {
    expect(await linkState()).toBeNull();
    const { page, errors } = await openPage(browser);
    await signIn(page, 'contributor');
    await page.goto(`${base}/explore/${FROM}?sel=${FROM}`);
    await page.getByTestId('evidence-panel').getByRole('button', { name: 'Add a link from here' }).click();
    await page.waitForURL(`**/edit/link/new?from=${FROM}`);
    await page.getByTestId('picked').getByText('Gateshead Council').waitFor();
    await page.getByRole('combobox', { name: 'To' }).fill('Live Well Gateshead');
    await page.getByRole('option', { name: /^Live Well Gateshead\s+Initiative/ }).click();
    await page.getByRole('combobox', { name: 'Lever', exact: true }).selectOption('UPWARD');
    await page.getByLabel('Confidence').selectOption('INFERRED');
    await page
      .getByLabel('Why it is inferred')
      .fill('The council funds the community capacity-building strand that gives residents a voice.');
    const cite = page.getByRole('group', { name: 'Citation 1' });
    await cite.getByLabel('Source').selectOption('003');
    // Checked in the page first: a missing line and quote are flagged beside their fields.
    await page.getByRole('button', { name: 'Add the link' }).click();
    await cite.getByText(/The line \(or paragraph\) number/).waitFor();
    await cite.getByText(/Quote the passage/).waitFor();
    // Checked by the server: a quote over 25 words comes back as BAD_USER_INPUT on input.evidence[0].quote.
    await cite.getByLabel('Line').fill('81');
    await cite.getByLabel('Quote').fill(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '));
    await page.getByRole('button', { name: 'Add the link' }).click();
    await cite.getByText(/Quote must be at most 25 words/i).waitFor();
    expect(await cite.getByLabel('Quote').getAttribute('aria-invalid')).toBe('true');
    await shot(page, '14-edit-form-errors');
    await cite
      .getByLabel('Quote')
      .fill('Live Well Gateshead (LWG) provided one-to-one, group-based and capacity-building support');
    await page.getByLabel('Reason for this change').fill('Adding the community lever from 003:L81');
    await page.getByRole('button', { name: 'Add the link' }).click();
    await page
      .getByTestId('saved')
      .getByText(/unverified claim/)
      .waitFor();
    await page.waitForURL(/\/explore\/org-gateshead-council\?sel=LEVER/);
    const panel = page.getByTestId('evidence-panel');
    expect(await panel.getByTestId('claim-status').innerText()).toContain('Unverified');
    expect((await linkState())!.claimStatus).toBe('UNVERIFIED');
    // A contributor cannot verify: no Accept button.
    expect(await panel.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('draws the claim as unverified and hides it with the URL-held filter', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/explore/${TO}`);
    await page
      .getByTestId('graph-list')
      .getByText(/Gateshead Council/)
      .first()
      .waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=graph-list]')?.textContent?.includes('(unverified claim)'),
    );
    await page.waitForTimeout(300);
    await shot(page, '15-unverified-edge');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel(/Hide unverified links/).check();
    await page.waitForURL(/claims=verified/);
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=graph-list]')?.textContent?.includes('(unverified claim)'),
    );
    // The shared link reopens with the filter on.
    const other = await openPage(browser);
    await other.page.goto(page.url());
    await other.page.getByTestId('graph-list').waitFor();
    expect(await other.page.getByLabel(/Hide unverified links/).isChecked()).toBe(true);
  });

  it('lets a verifier accept the claim with a reason, and shows it in the history', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, 'verifier');
    await page.goto(`${base}/explore/${FROM}?sel=${encodeURIComponent(LINK)}`);
    const panel = page.getByTestId('evidence-panel');
    await panel.getByTestId('claim-status').waitFor();
    const accept = panel.getByRole('button', { name: 'Accept' });
    expect(await accept.isDisabled()).toBe(true); // a reason first
    await panel.getByLabel('Reason for accepting or rejecting').fill('Checked against 003:L81');
    await accept.click();
    await panel.getByTestId('claim-status').getByText('✓ Verified').waitFor();
    expect((await linkState())!.claimStatus).toBe('VERIFIED');
    await panel.getByText('History', { exact: true }).click();
    const history = panel.getByTestId('history');
    await history.getByText('Accepted (verified)').waitFor();
    const text = await history.innerText();
    expect(text).toContain('Created');
    expect(text).toContain('by test-verifier');
    expect(text).toContain('by test-contributor');
    expect(text).toContain('Why: “Checked against 003:L81”');
    // The history names fields in words ("claim"), not by their stored key.
    expect(text).toMatch(/(^|\n)claim\s+UNVERIFIED\s+VERIFIED/);
    expect(text).not.toContain('claimStatus');
    await shot(page, '16-history');
    expect(errors).toEqual([]);
  });

  it('edits with a stale version: "changed by someone else", reload, nothing typed lost', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, 'contributor');
    await page.goto(`${base}/edit/link/${encodeURIComponent(LINK)}`);
    const cls = page.getByLabel('Service area or class');
    await cls.waitFor();
    await cls.fill('community capacity');
    // Meanwhile someone else changes the link.
    const before = (await linkState())!;
    await gqlOk(
      `mutation($id: ID!, $v: Int) { updateLink(id: $id, input: { validFrom: "2016" }, expectedVersion: $v, reason: "e2e: the other editor") { version } }`,
      { id: LINK, v: before.version },
    );
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Changed by someone else');
    expect(await cls.inputValue()).toBe('community capacity');
    await shot(page, '17-conflict');
    await conflict.getByRole('button', { name: /Reload their version/ }).click();
    expect(await page.getByTestId('reloaded').innerText()).toContain('They changed: Valid from');
    expect(await cls.inputValue()).toBe('community capacity');
    expect(await page.getByLabel('Valid from').inputValue()).toBe('2016');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('saved').waitFor();
    const after = (await linkState())!;
    expect({ class: after.class, validFrom: after.validFrom, version: after.version }).toEqual({
      class: 'community capacity',
      validFrom: '2016',
      version: before.version + 2,
    });
    expect(errors).toEqual([]);
  });

  it('shows the API refusing a change the role no longer allows, and an ended session', async () => {
    const { page } = await openPage(browser);
    await signIn(page, 'contributor');
    await page.goto(`${base}/edit/link/${encodeURIComponent(LINK)}`);
    await page.getByLabel('Service area or class').fill('changed while demoted');
    try {
      await gqlOk(`mutation { setUserRole(username: "test-contributor", role: VIEWER) { role } }`);
      await page.getByRole('button', { name: 'Save changes' }).click();
      expect(await page.getByTestId('form-error').innerText()).toMatch(
        /Your role does not allow this: change a link needs the contributor role; you are a viewer/,
      );
    } finally {
      await gqlOk(`mutation { setUserRole(username: "test-contributor", role: CONTRIBUTOR) { role } }`);
    }
    // Signed out in another tab: the form says so, and keeps what was typed.
    const other = await page.context().newPage();
    await other.goto(`${base}/`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.getByRole('link', { name: 'Sign in' }).waitFor(); // the session has ended on the server
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByTestId('form-error')
      .getByText(/You are not signed in/)
      .waitFor();
    expect(await page.getByLabel('Service area or class').inputValue()).toBe('changed while demoted');
  });

  it('lets an admin revert a change from the history', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${base}/explore/${FROM}?sel=${encodeURIComponent(LINK)}`);
    const panel = page.getByTestId('evidence-panel');
    await panel.getByText('History', { exact: true }).click();
    const latest = panel.getByTestId('history').locator('li[data-action=UPDATE]').first();
    await latest.getByRole('button', { name: 'Revert…' }).click();
    await latest.getByLabel('Why revert this change?').fill('e2e: back to the earlier class');
    await latest.getByRole('button', { name: 'Revert the change' }).click();
    await panel.getByTestId('history').locator('li').first().getByText('reverted', { exact: false }).waitFor();
    expect((await linkState())!.class).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('import', () => {
  async function exampleWith(type: string, name: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resolve('examples/levermap-example.xlsx'));
    const ws = wb.getWorksheet('organisations')!;
    const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const row: Record<string, string> = {
      id: IMPORTED,
      name: 'E2E import test group',
      placeholder: 'false',
      type,
      source: '003',
      line: '81',
      quote: 'communities of interest',
    };
    ws.addRow(head.map((h) => row[h] ?? ''));
    const path = resolve(TMP, name);
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    return path;
  }

  it('imports the example file: a bad row is reported and nothing written, the fixed file commits', async () => {
    const bad = await exampleWith('NOT_A_TYPE', 'levermap-example-bad-row.xlsx');
    const fixed = await exampleWith('VCSE', 'levermap-example-fixed.xlsx');
    const { page, errors } = await openPage(browser);
    await signIn(page, 'contributor');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Import' }).click();
    await page.getByLabel(/^File/).setInputFiles(bad);
    expect(await page.getByLabel('Format').inputValue()).toBe('XLSX');
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^organisations\s+\d+\s+type\s+/);
    expect(await page.getByRole('button', { name: 'Commit the import' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('import-summary').innerText()).toContain('1 problem');
    await shot(page, '18-import-bad-row');

    await page.getByLabel(/^File/).setInputFiles(fixed);
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await page
      .getByTestId('import-summary')
      .getByText(/No problems: you can commit/)
      .waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/1 to create, 0 to update, \d+ unchanged/);
    expect((await gqlOk<{ entity: unknown }>(`{ entity(id: "${IMPORTED}") { id } }`)).entity).toBeNull();
    await page.getByRole('button', { name: 'Commit the import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/1 created, 0 updated, \d+ unchanged/);
    await shot(page, '19-import-committed');
    expect((await gqlOk<{ entity: { name: string } | null }>(`{ entity(id: "${IMPORTED}") { name } }`)).entity).toEqual(
      { name: 'E2E import test group' },
    );
    expect(errors).toEqual([]);
  });
});
