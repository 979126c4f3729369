/**
 * The document reader end to end: a deep link to a cited line, a citation in the evidence panel opening it, a
 * passage found from the search box, and a document added in the explorer then offered for citing at once.
 * Build first (npm run build:web).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlOk, testDatabase } from '../support/helpers.js';
import { launch, openPage, shot, signIn as signInAs } from '../support/browser.js';
import { SEED } from '../support/seed.js';

const LWG = SEED.liveWellGateshead.id;
const QUOTE = 'The evaluation of LWG was funded by Gateshead Council';
const TMP = resolve('test-output/e2e-files');
const db = testDatabase();
const added: string[] = [];
let browser: Browser;
let base: string;

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (added.length) await db.write('evidence/delete-sources-for-test', { ids: added });
  await db.close();
});

const signIn = (page: Page, role: 'contributor') => signInAs(page, base, role);

const citedLine = (page: Page) => page.locator('ol.passages li.cited');

describe('the document reader in Chromium', () => {
  it('opens /source/003?line=N on the cited line, quote marked, focus on it, with what cites it', async () => {
    const { page, errors } = await openPage(browser);
    const { source } = await gqlOk(`query { source(id: "003") { title } }`);
    await page.goto(`${base}/source/003?line=200&quote=${encodeURIComponent(QUOTE)}`);
    await page.getByRole('heading', { level: 1, name: source.title }).waitFor();
    await citedLine(page).waitFor();
    expect(await citedLine(page).getAttribute('data-line')).toBe('200');
    expect(await citedLine(page).getAttribute('value')).toBe('200');
    expect(await citedLine(page).locator('mark').innerText()).toBe(QUOTE);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-line'))).toBe('200');
    const lines = await page
      .locator('ol.passages li')
      .evaluateAll((l) => l.map((x) => Number(x.getAttribute('value'))));
    expect(Math.min(...lines)).toBeGreaterThanOrEqual(195);
    expect(Math.max(...lines)).toBeLessThanOrEqual(205);
    await page.getByRole('heading', { level: 2, name: 'What cites line 200' }).waitFor();
    await page.getByTestId('cited-by-nodes').getByRole('link', { name: 'Gateshead Council' }).waitFor();
    await page.getByTestId('cited-by-links').getByRole('link').first().waitFor();
    await shot(page, 'reader-01-line');

    await page.getByRole('button', { name: 'Later lines' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('ol.passages li')].some((l) => Number(l.getAttribute('value')) > 205),
    );
    await page.getByRole('button', { name: 'Earlier lines' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('ol.passages li')].some((l) => Number(l.getAttribute('value')) < 195),
    );

    await page.getByTestId('cited-by-nodes').getByRole('link', { name: 'Gateshead Council' }).click();
    await page.waitForURL('**/explore/org-gateshead-council');
    expect(errors).toEqual([]);
  });

  it('opens the reader from a citation in the evidence panel', async () => {
    const { page, errors } = await openPage(browser);
    const { initiative } = await gqlOk(
      `query($id: ID!) { initiative(id: $id) { backers { backer { name } evidence { sourceId line quote } } } }`,
      { id: LWG },
    );
    const all = initiative.backers as { backer: { name: string }; evidence: { sourceId: string; line: number }[] }[];
    const b = all.find(
      (x) => x.evidence.length >= 1 && all.filter((y) => y.backer.name === x.backer.name).length === 1,
    )!;
    await page.goto(`${base}/explore/${LWG}`);
    await page.getByTestId('graph-canvas').waitFor();
    await page
      .getByRole('button', {
        name: `Evidence for ${b.backer.name} (${b.evidence.length} citation${b.evidence.length === 1 ? '' : 's'})`,
      })
      .click();
    const panel = page.getByTestId('evidence-panel');
    const c = b.evidence[0]!;
    await panel
      .getByRole('link', { name: new RegExp(`^Read line ${c.line} of `) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/source/${c.sourceId}\\?line=${c.line}&quote=`));
    await citedLine(page).waitFor();
    expect(await citedLine(page).getAttribute('data-line')).toBe(String(c.line));
    await citedLine(page).locator('mark').waitFor();
    await page.goBack();
    await page.getByTestId('evidence-panel').waitFor();
    expect(errors).toEqual([]);
  });

  it('finds a passage from the search box, in its own group, and opens it in the reader', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(base);
    const box = page.getByRole('combobox');
    await box.fill('evaluation of LWG was funded');
    await page.getByRole('presentation').filter({ hasText: 'Passages in documents' }).waitFor();
    const option = page.getByRole('option', { name: /line 200/ }).first();
    await option.waitFor();
    await shot(page, 'reader-02-search');
    await option.click();
    await page.waitForURL(/\/source\/003\?line=200/);
    await citedLine(page).waitFor();
    expect(await citedLine(page).locator('mark').innerText()).toBe('evaluation of LWG was funded');
    expect(errors).toEqual([]);
  });

  it('adds a Word document in the explorer: preview, save, then it is offered in the citation source picker', async () => {
    const { page, errors } = await openPage(browser);
    const stamp = `${Date.now()}`;
    mkdirSync(TMP, { recursive: true });
    // A Word document, as a board officer would upload it.
    const file = resolve(TMP, `reader-${stamp}.docx`);
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun(`Minutes of the reader test board ${stamp}`)] }),
            new Paragraph({ children: [new TextRun(`The board agreed to fund the reader pilot ${stamp}.`)] }),
          ],
        },
      ],
    });
    writeFileSync(file, await Packer.toBuffer(docx));
    await signIn(page, 'contributor');
    await page.goto(`${base}/edit/link/new`);
    await page.getByLabel('Source').first().waitFor();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Import' }).click();
    const section = page.locator('section.add-document');
    await section.getByLabel(/^Document/).setInputFiles(file);
    await section.getByLabel('Title').fill(`Reader test minutes ${stamp}`);
    await section.getByRole('button', { name: 'Preview the passages' }).click();
    const preview = page.getByTestId('source-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(`The board agreed to fund the reader pilot ${stamp}.`);
    await section.getByRole('button', { name: 'Save the document' }).click();
    const saved = page.getByTestId('source-saved');
    await saved.waitFor();
    const id = await saved.locator('b').innerText();
    added.push(id);
    await saved.getByRole('link', { name: 'Read it' }).click();
    await page.waitForURL(new RegExp(`/source/${id}\\?line=1`));
    await page.getByText('Lines nothing cites yet (for curators)').click();
    await page.locator('ol.uncited-lines li').first().waitFor();
    expect(await page.locator('ol.uncited-lines li').count()).toBeGreaterThanOrEqual(2);
    await page.goBack();
    await page.goBack();
    const picker = page.getByLabel('Source').first();
    await picker.waitFor();
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('option')].some((o) => o.textContent?.includes(t)),
      `Reader test minutes ${stamp}`,
    );
    expect(errors).toEqual([]);
  });
});
