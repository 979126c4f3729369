/**
 * The initiatives table (the gap finder) in headless Chromium, as an HWB officer uses it: from the Gateshead place
 * overview to "initiatives lacking a sponsor or a community voice" in two clicks, rows checked against the API; a
 * column sort; the shared link reopening the view; the CSV holding exactly the rows of the view; the links from the
 * home and partnership pages. Build first (npm run build:web).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlOk } from '../support/helpers.js';
import { launch, openPage, shot } from '../support/browser.js';
import { seedDataset } from '../support/seed.js';

let browser: Browser;
let base: string;
const GATESHEAD = 'place-gateshead';

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type ApiTable = {
  total: number;
  rows: { initiative: { id: string; name: string }; flags: string[]; levers: { lever: string; enabling: number }[] }[];
};
const apiTable = async (filter: Record<string, unknown>, sort = 'NAME', descending = false) =>
  (
    await gqlOk<{ t: ApiTable }>(
      `query($f: InitiativeTableFilter, $s: InitiativeTableSort, $d: Boolean) {
        t: initiativeTable(filter: $f, sort: $s, descending: $d, first: 50) { total rows { initiative { id name } flags levers { lever enabling } } } }`,
      { f: filter, s: sort, d: descending },
    )
  ).t;

const shownIds = (page: Page) =>
  page.$$eval('[data-testid=gap-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')));
async function waitForRows(page: Page, ids: string[]) {
  await page.waitForFunction(
    (want) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid=gap-table] tbody tr')].map((tr) => tr.getAttribute('data-id')),
      ) === JSON.stringify(want),
    ids,
  );
}

describe('the initiatives table in Chromium', () => {
  it('gives "Gateshead initiatives lacking a sponsor or a community voice" in two clicks from the place overview', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/place/${GATESHEAD}`);
    await page.getByRole('heading', { name: 'Place overview: Gateshead' }).waitFor();
    // Click 1: the place overview's link to its initiatives in the table.
    await page.getByRole('link', { name: 'Initiatives here, in a table to find the gaps' }).click();
    await page.waitForURL(`**/table?place=${GATESHEAD}`);
    const all = await apiTable({ place: GATESHEAD });
    await waitForRows(
      page,
      all.rows.map((r) => r.initiative.id),
    );
    await page.getByRole('heading', { name: 'Initiatives in Gateshead' }).waitFor();
    // Click 2: the preset.
    await page.getByRole('button', { name: 'Lacking a sponsor or community voice' }).click();
    await page.waitForURL(`**/table?place=${GATESHEAD}&lacking=DOWNWARD,UPWARD`);
    const lacking = await apiTable({ place: GATESHEAD, lacking: ['DOWNWARD', 'UPWARD'] });
    expect(lacking.total).toBeGreaterThan(0);
    const ids = lacking.rows.map((r) => r.initiative.id);
    // Exactly the place's initiatives with no enabling backer recorded on the downward or the upward lever.
    const lacks = (r: ApiTable['rows'][number]) =>
      ['DOWNWARD', 'UPWARD'].some((l) => !r.levers.find((x) => x.lever === l)?.enabling);
    expect(ids).toEqual(all.rows.filter(lacks).map((r) => r.initiative.id));
    await waitForRows(page, ids);
    expect(await shownIds(page)).toEqual(ids);
    expect(
      await page.getByRole('button', { name: 'Lacking a sponsor or community voice' }).getAttribute('aria-pressed'),
    ).toBe('true');
    // The counts at the top, in words.
    const counts = await page.getByTestId('table-counts').innerText();
    expect(counts).toMatch(new RegExp(`^${lacking.total} initiatives?; `));
    expect(counts).toMatch(/lacks? a recorded sponsor|lacks? a recorded community voice/);
    // Each row names its flags in words and its levers' states.
    const first = page.locator('[data-testid=gap-table] tbody tr').first();
    expect(await first.innerText()).toContain(lacking.rows[0]!.initiative.name);
    expect(await page.getByTestId('gap-table').innerText()).toContain('Not recorded');
    expect(await page.getByTestId('gap-table').innerText()).not.toMatch(/\bE\d+\b|NOT_RECORDED|NO_[A-Z]/);
    // The README's picture: the presets, the counts and the rows.
    await page.evaluate(() => {
      (document.querySelector('details.table-filters') as HTMLDetailsElement).open = false;
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: 'docs/screenshots/gap-table.png' });
    await shot(page, '20-gap-table');
    expect(errors).toEqual([]);
  });

  it('sorts by a column on the server, keeps the view in the URL, and reopens it from a shared link', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/table?place=${GATESHEAD}`);
    await page.locator('[data-testid=gap-table] tbody tr').first().waitFor();
    await page.getByRole('button', { name: /^Flags/ }).click();
    await page.waitForURL(`**/table?place=${GATESHEAD}&sort=FLAGS&desc=1`);
    const sorted = await apiTable({ place: GATESHEAD }, 'FLAGS', true);
    const ids = sorted.rows.map((r) => r.initiative.id);
    await waitForRows(page, ids);
    const n = sorted.rows.map((r) => r.flags.length);
    expect(n).toEqual([...n].sort((a, b) => b - a));
    expect(await page.getByRole('columnheader', { name: /Flags/ }).getAttribute('aria-sort')).toBe('descending');
    // A filter from the form: the downward lever's state.
    const downward = page.getByRole('group', { name: /Downward lever/ });
    await downward.getByLabel('Not recorded').check();
    await page.waitForURL(`**/table?place=${GATESHEAD}&downward=NOT_RECORDED&sort=FLAGS&desc=1`);
    const noSponsor = await apiTable(
      { place: GATESHEAD, levers: [{ lever: 'DOWNWARD', states: ['NOT_RECORDED'] }] },
      'FLAGS',
      true,
    );
    await waitForRows(
      page,
      noSponsor.rows.map((r) => r.initiative.id),
    );
    // The shared link, opened afresh, shows the same view.
    const url = page.url();
    const other = await openPage(browser);
    await other.page.goto(url);
    await waitForRows(
      other.page,
      noSponsor.rows.map((r) => r.initiative.id),
    );
    expect(
      await other.page
        .getByRole('group', { name: /Downward lever/ })
        .getByLabel('Not recorded')
        .isChecked(),
    ).toBe(true);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('downloads exactly the rows shown, as CSV and XLSX, with flags and citations', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/table?place=${GATESHEAD}&lacking=DOWNWARD,UPWARD&sort=FLAGS&desc=1`);
    await page.locator('[data-testid=gap-table] tbody tr').first().waitFor();
    const shown = await shownIds(page);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    const csv = parse(readFileSync((await csvDownload.path())!, 'utf8').replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    expect(csv.map((r) => r.Id)).toEqual(shown);
    expect(csv.some((r) => (r.Flags ?? '').length > 0)).toBe(true);
    expect(csv.some((r) => /line \d+: “/.test(r.Citations!))).toBe(true);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^levermap-initiative-table-.*\.xlsx$/);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('is linked from the home page and from a partnership', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(base);
    await page.getByRole('link', { name: /^Initiatives table:/ }).click();
    await page.waitForURL('**/table');
    await page.locator('[data-testid=gap-table] tbody tr').first().waitFor();
    // A partnership that backs an initiative, from the seed files.
    const links = [...seedDataset().links.values()];
    const partnerships = new Set(
      [...seedDataset().nodes.values()].filter((n) => n.label === 'Partnership').map((n) => n.props.id as string),
    );
    const pship = links.find((l) => l.type === 'LEVER' && partnerships.has(l.from) && !l.validTo)!.from;
    await page.goto(`${base}/explore/${pship}`);
    await page.getByRole('link', { name: /initiatives \(table\)$/ }).click();
    await page.waitForURL(`**/table?partnership=${pship}`);
    const api = await apiTable({ partnership: pship });
    expect(api.total).toBeGreaterThan(0);
    await waitForRows(
      page,
      api.rows.map((r) => r.initiative.id),
    );
    expect(errors).toEqual([]);
  });
});
