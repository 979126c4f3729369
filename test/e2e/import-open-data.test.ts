/**
 * The Import page as an officer uses it, in Chromium: a workbook exported before someone else's edit shows its
 * conflicts and applies them only once "Overwrite newer changes" is ticked; a 360Giving file and an Open Referral
 * UK ZIP are checked in dry runs that name what they would create. Everything the test creates is deleted after.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, gqlOk } from '../support/helpers.js';
import { launch, openPage, shot, signIn as signInAs } from '../support/browser.js';

let browser: Browser;
let base: string;
const ID = 'org-e2e-stale-row';
const TMP = resolve('test-output/e2e-files');
const FIX = resolve('test/fixtures/opendata');

async function signIn(page: Page) {
  await signInAs(page, base, 'contributor');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Import' }).click();
}

const cleanUp = () =>
  gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true, reason: "e2e clean-up") { deleted } }`, { id: ID });
const description = async () =>
  (
    await gqlOk<{ entity: { description: string | null; version: number } | null }>(
      `query($id: ID!) { entity(id: $id) { ... on Organisation { description version } } }`,
      { id: ID },
    )
  ).entity;

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

describe('the Import page', () => {
  it('shows a stale row as a conflict, and applies it only with "Overwrite newer changes" ticked', async () => {
    const evidence = [{ sourceId: '003', line: 81, quote: 'communities of interest' }];
    await gqlOk(`mutation($input: OrganisationInput!) { createOrganisation(input: $input, reason: "e2e") { id } }`, {
      input: { id: ID, name: 'E2E stale row group', type: 'VCSE', description: 'first words', evidence },
    });
    // The officer's file was exported at version 1; a colleague has since changed the description.
    await gqlOk(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { description: "a colleague's words" }, reason: "e2e") { version } }`,
      { id: ID },
    );
    const csv = resolve(TMP, 'organisations.csv');
    writeFileSync(
      csv,
      `id,name,type,description,version,source,line,quote\n${ID},E2E stale row group,VCSE,the officer's words,1,003,81,communities of interest\n`,
    );
    const { page, errors } = await openPage(browser);
    await signIn(page);
    await page.getByLabel(/^File/).setInputFiles(csv);
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const conflicts = page.getByTestId('import-conflicts');
    await conflicts.waitFor();
    const row = (await conflicts.locator('tbody tr').allInnerTexts()).join('\n');
    expect(row).toContain('description');
    expect(row).toContain("the officer's words");
    expect(row).toContain("a colleague's words");
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/1 conflict: rows exported before/);
    expect(await page.getByRole('button', { name: 'Commit the import' }).isDisabled()).toBe(true);
    await shot(page, 'import-stale-conflict');

    await page.getByLabel(/Overwrite newer changes/).check();
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await page
      .getByTestId('import-summary')
      .getByText(/No problems: you can commit/)
      .waitFor();
    expect(await page.getByTestId('import-conflicts').innerText()).toContain('Stale rows that overwrite newer changes');
    expect((await description())!.description).toBe("a colleague's words");
    await page.getByRole('button', { name: 'Commit the import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect((await description())!.description).toBe("the officer's words");
    expect(errors).toEqual([]);
  });

  // This server's seed has the documents' two Wigans, unmerged (it loads no ONS places), so each file's Wigan is
  // reported as ambiguous, with what to do, and nothing can be committed.
  const checkShowsWigan = async (page: Page) => {
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/"Wigan" matches several places .*npm run places/);
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/[1-9]\d* to create.*1 problem/s);
    expect(await page.getByRole('button', { name: 'Commit the import' }).isDisabled()).toBe(true);
  };

  it('checks a 360Giving file and an Open Referral UK ZIP, naming what each would create and every problem', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page);
    await page.getByLabel(/^File/).setInputFiles(resolve(FIX, '360giving/grants.csv'));
    await page.getByLabel('Standard').selectOption('THREESIXTYGIVING');
    await checkShowsWigan(page);

    // A ZIP is an Open Referral UK set of tables: the page chooses that standard and CSV.
    await page.getByLabel(/^File/).setInputFiles(resolve(FIX, 'oruk.zip'));
    expect(await page.getByLabel('Standard').inputValue()).toBe('OPEN_REFERRAL_UK');
    expect(await page.getByLabel('Format').inputValue()).toBe('CSV');
    await checkShowsWigan(page);
    await shot(page, 'import-open-referral-uk');
    expect(errors).toEqual([]);
  });
});
