/**
 * Findings in the explorer, end to end in Chromium: the initiative, organisation, partnership and place pages show
 * the findings about them with their citations, a citation opens the reader at its line, the search box finds a
 * finding in a group of its own, and no page shows a framework code (E1..E11) without its name. The findings are
 * imported through the API first (so the test does not depend on what the seed holds), each citing its entity's
 * own first seed citation verbatim, and deleted afterwards. Build first (npm run build:web).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, describeViolations } from '../support/axe.js';
import { launch, openPage, shot } from '../support/browser.js';
import { gqlOk, testDatabase, testStatement, uniqueId } from '../support/helpers.js';
import { SEED, seedDataset } from '../support/seed.js';

const db = testDatabase();
let browser: Browser;
let base: string;
const tag = uniqueId('e2efinding').replace(/[^a-z0-9]/g, '');

type Cited = {
  id: string;
  name: string;
  label: string;
  finding: string;
  sourceId: string;
  line: number;
  quote: string;
};
const made: Cited[] = [];

/** The seed's node of a label with its first citation: the named one, or the first with a citation. */
function cited(label: string, id?: string): Omit<Cited, 'finding'> {
  const n = [...seedDataset().nodes.values()].find(
    (x) => x.label === label && (id ? x.props.id === id : x.props.evidence.length > 0 && !x.props.placeholder),
  );
  if (!n) throw new Error(`the seed has no ${label}${id ? ` ${id}` : ''} with a citation`);
  const c = n.props.evidence[0]!;
  return { id: n.props.id, name: n.props.name, label, sourceId: c.sourceId, line: c.line, quote: c.quote };
}

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
  const nodes = [
    cited('Initiative', SEED.liveWellGateshead.id),
    cited('Organisation', SEED.gatesheadCouncil.id),
    cited('Partnership', SEED.liveWellConsortium.id),
    cited('Place', SEED.gateshead.id),
  ];
  for (const n of nodes) made.push({ ...n, finding: `finding-${tag}-${n.label.toLowerCase()}` });
  // What each finding says is its citation's own words, so it says only what the document says.
  const findings = made.map((m) => ({
    id: m.finding,
    kind: 'CLAIM',
    about: [m.id],
    text: `${tag} ${m.label}: ${m.quote}`,
    evidence: [{ sourceId: m.sourceId, line: m.line, quote: m.quote }],
  }));
  const content = Buffer.from(JSON.stringify({ findings })).toString('base64');
  const { importData } = await gqlOk(
    `mutation($c: String!) { importData(format: JSON, contentBase64: $c, dryRun: false) { committed problems { sheet row column reason } } }`,
    { c: content },
  );
  expect(importData).toEqual({ committed: true, problems: [] });
});

afterAll(async () => {
  await browser?.close();
  await db.write(testStatement('delete-findings'), { ids: made.map((m) => m.finding) });
  await db.close();
});

const BARE_CODE = /\bE(?:1[01]|[1-9])\b(?!:)/;

/** The findings section of the page, once it has loaded. */
async function findingsSection(page: Page) {
  const section = page.locator('section.findings-panel');
  await section.getByRole('heading', { name: /What the documents report/ }).waitFor({ timeout: 30_000 });
  return section;
}

describe('findings in the explorer, in Chromium', () => {
  // One test a page: each opens a page and its citations on a loaded machine.
  const PAGES: { label: string; path: (m: Cited) => string }[] = [
    { label: 'Initiative', path: (m) => `/explore/${m.id}` },
    { label: 'Organisation', path: (m) => `/explore/${m.id}` },
    { label: 'Partnership', path: (m) => `/explore/${m.id}` },
    { label: 'Place', path: (m) => `/explore/${m.id}` },
    { label: 'Place', path: (m) => `/place/${m.id}` },
  ];
  for (const { label, path: pathOf } of PAGES) {
    it(`shows the findings beside ${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label.toLowerCase()} (${pathOf({ id: 'ID' } as Cited).split('/')[1]}), with its cited passage, and no bare framework code`, {
      timeout: 180_000,
    }, async () => {
      const { page, errors } = await openPage(browser);
      const m = made.find((x) => x.label === label)!;
      const path = pathOf(m);
      await page.goto(`${base}${path}`);
      const section = await findingsSection(page);
      const item = section.locator('li.finding', { hasText: `${tag} ${m.label}` });
      await item.waitFor();
      await item.getByText('Citations (1)').click();
      await expect(item.locator('blockquote').innerText()).resolves.toBe(`“${m.quote}”`);
      await expect(item.getByRole('link', { name: new RegExp(`Read line ${m.line} of`) }).count()).resolves.toBe(1);
      await page.waitForFunction(() => !document.querySelector('.status.loading'), undefined, { timeout: 30_000 });
      const text = await page.locator('main').innerText();
      expect(BARE_CODE.exec(text)?.[0], `${path} shows a framework code without its name`).toBeUndefined();
      if (label === 'Initiative') {
        await shot(page, 'findings-initiative');
        // The initiative's framework elements are named, code and name together.
        const elements = await page.locator('dt:text("Framework elements") + dd li').allInnerTexts();
        for (const e of elements) expect(e).toMatch(/^E\d{1,2}: \S/);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('opens the reader at the line a finding cites', { timeout: 180_000 }, async () => {
    const { page, errors } = await openPage(browser);
    const council = made.find((m) => m.label === 'Organisation')!;
    await page.goto(`${base}/explore/${council.id}`);
    const item = (await findingsSection(page)).locator('li.finding', { hasText: `${tag} Organisation` });
    await item.getByText('Citations (1)').click();
    await item.getByRole('link', { name: new RegExp(`Read line ${council.line} of`) }).click();
    const line = page.locator('ol.passages li.cited');
    await line.waitFor({ timeout: 30_000 });
    expect(await line.getAttribute('data-line')).toBe(String(council.line));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds a finding through the search box, in its own group, and opens the passage it cites', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox');
    const org = made.find((m) => m.label === 'Organisation')!;
    await box.fill(`${tag} organisation`);
    const list = page.getByRole('listbox', { name: 'Search results' });
    await list.getByText('What the documents report').waitFor({ timeout: 30_000 });
    const option = list.locator('li.finding-hit', { hasText: `${tag} Organisation` });
    await option.waitFor();
    await shot(page, 'findings-search');
    // The open list with its three groups passes axe too.
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await option.dispatchEvent('mousedown');
    const line = page.locator('ol.passages li.cited');
    await line.waitFor({ timeout: 30_000 });
    expect(await line.getAttribute('data-line')).toBe(String(org.line));
    expect(new URL(page.url()).pathname).toBe(`/source/${org.sourceId}`);
    expect(errors).toEqual([]);
  });
});
