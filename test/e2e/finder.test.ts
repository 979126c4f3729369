/**
 * "Find collaborators" end to end: the built app, the real server and the seed graph in
 * headless Chromium. Build first (npm run build:web).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlOk } from '../support/helpers.js';
import { launch, openPage, shot } from '../support/browser.js';
import { SEED } from '../support/seed.js';

let browser: Browser;
let base: string;
const COUNCIL = SEED.gatesheadCouncil.id;

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Api = {
  suggestions: {
    rank: number;
    node: { id: string; name: string };
    reasons: { text: string; evidence: { quote: string }[] }[];
  }[];
};
const ask = async (field: string, args: string) =>
  (
    await gqlOk<Record<string, Api>>(
      `{ r: ${field}(${args}) { suggestions { rank node { id name } reasons { text evidence { quote } } } } }`,
    )
  ).r!;

describe('Find collaborators in Chromium', () => {
  it('picks an organisation by typeahead and lists ranked collaborators with reasons, citations and drawn paths', async () => {
    const api = await ask('suggestCollaborators', `organisationId: "${COUNCIL}"`);
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/find/collaborators`);
    const box = page.getByRole('combobox', { name: /Your organisation/ });
    await box.fill('Gateshead Council');
    await page.getByRole('option', { name: /^Gateshead Council\s+Organisation/ }).click();
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.waitForURL(`**/find/collaborators?org=${COUNCIL}`);
    const items = page.getByTestId('suggestion');
    await items.first().waitFor();
    expect(await items.count()).toBe(api.suggestions.length);
    // Same order as the API, each with its first reason as a sentence.
    for (const [i, s] of api.suggestions.slice(0, 3).entries()) {
      const text = await items.nth(i).innerText();
      expect(text).toContain(s.node.name);
      expect(text).toContain(s.reasons[0]!.text);
    }
    // The top reason's path is drawn; citations open under their reason.
    const canvas = page.getByTestId('path-canvas');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=path-canvas]')?.getAttribute('data-edges')) > 0,
    );
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(1);
    const firstCite = api.suggestions[0]!.reasons[0]!.evidence[0]!;
    await items.first().locator('details summary', { hasText: 'Citations' }).first().click();
    await items.first().getByText(firstCite.quote, { exact: false }).first().waitFor();
    await page.evaluate(() => document.getElementById('results-h')?.scrollIntoView());
    await page.waitForTimeout(300);
    await shot(page, '11-find-collaborators');
    // All its paths: more of the graph.
    const one = Number(await canvas.getAttribute('data-nodes'));
    await items.first().getByRole('button', { name: 'Draw all its paths' }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=path-canvas]')?.getAttribute('data-nodes')) >= n,
      one,
    );
    await page.evaluate(() => document.getElementById('paths-h')?.scrollIntoView());
    await page.waitForTimeout(300);
    await shot(page, '11b-find-all-paths');

    // CSV of the results: a header and one row per suggestion.
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(dl.suggestedFilename()).toBe('levermap-collaborators-gateshead-council.csv');
    const csv = readFileSync((await dl.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('rank,id,name,type,score,existing_partner,reasons,citations');
    expect(csv).toHaveLength(api.suggestions.length + 1);
    expect(csv[1]).toContain(api.suggestions[0]!.node.id);
    expect(errors).toEqual([]);
  });

  it('asks the sponsors and partnerships fields from their tabs, for the same organisation', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/find/collaborators?org=${COUNCIL}`);
    await page.getByTestId('suggestion').first().waitFor();
    for (const [tab, field, url] of [
      ['Sponsors', 'suggestSponsors', 'sponsors'],
      ['Partnerships to join', 'suggestPartnerships', 'partnerships'],
    ] as const) {
      const api = await ask(field, `organisationId: "${COUNCIL}"`);
      await page.getByRole('navigation', { name: 'What to find' }).getByRole('link', { name: tab }).click();
      await page.waitForURL(`**/find/${url}?org=${COUNCIL}`);
      await page.getByRole('heading', { name: new RegExp(`^${tab} for Gateshead Council`) }).waitFor();
      if (api.suggestions.length) {
        await page
          .getByTestId('suggestion')
          .first()
          .getByText(api.suggestions[0]!.node.name, { exact: true })
          .first()
          .waitFor();
        expect(await page.getByTestId('suggestion').count()).toBe(api.suggestions.length);
      } else {
        await page.getByText(/^No suggestion/).waitFor();
      }
    }
    await shot(page, '12-find-partnerships');
    expect(errors).toEqual([]);
  });

  it('suggests from a described organisation that is not in the graph', async () => {
    const api = await ask('suggestCollaborators', 'profile: { places: ["place-gateshead"], levers: [UPWARD] }');
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/find/collaborators`);
    await page.getByLabel('Describe one that is not').check();
    // Nothing described yet: the form says what is missing.
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByText(/Describe your organisation: at least one/).waitFor();
    await page.getByLabel('Name (optional)').fill('Gateshead Young Carers Group');
    await page.getByRole('combobox', { name: 'Places you work in' }).fill('Gateshead');
    await page.getByRole('option', { name: /^Gateshead\s+Place/ }).click();
    await page.getByRole('list', { name: 'Places you work in: chosen' }).getByText('Gateshead').waitFor();
    await page.getByLabel(/community reach/).check();
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('heading', { name: /^Collaborators for Gateshead Young Carers Group/ }).waitFor();
    await page.getByTestId('suggestion').first().waitFor();
    expect(await page.getByTestId('suggestion').count()).toBe(api.suggestions.length);
    expect(await page.getByTestId('suggestion').first().innerText()).toContain(api.suggestions[0]!.node.name);
    // The described profile is in the address: a reload asks the same question and keeps the form.
    await page.waitForURL(/\/find\/collaborators\?profile=/);
    await page.reload();
    await page.getByRole('heading', { name: /^Collaborators for Gateshead Young Carers Group/ }).waitFor();
    await page.getByTestId('suggestion').first().waitFor();
    expect(await page.getByTestId('suggestion').count()).toBe(api.suggestions.length);
    expect(await page.getByLabel('Name (optional)').inputValue()).toBe('Gateshead Young Carers Group');
    // "Shared by N" says what N counts.
    const text = await page.getByTestId('suggestion').first().innerText();
    expect(text).not.toMatch(/shared by \d/);
    expect(text).toMatch(/\d+ organisations (share this|partner with)/);
    expect(errors).toEqual([]);
  });

  it('marks generic and placeholder bodies and lists them after every named one', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/find/collaborators?org=${COUNCIL}`);
    await page.getByTestId('suggestion').first().waitFor();
    const marks = await page.$$eval('[data-testid=suggestion]', (els) =>
      els.map((el) => el.querySelector('[data-testid=generic]') !== null),
    );
    const api = (
      await gqlOk<{ r: { suggestions: { generic: boolean }[] } }>(
        `{ r: suggestCollaborators(organisationId: "${COUNCIL}") { suggestions { generic } } }`,
      )
    ).r.suggestions;
    expect(marks).toEqual(api.map((x) => x.generic));
    if (marks.includes(true)) {
      expect(marks.slice(marks.indexOf(true)).every(Boolean)).toBe(true);
      expect(await page.getByTestId('generic').first().innerText()).toContain('ranked last');
    }
    expect(errors).toEqual([]);
  });

  it('says "met at", never "partner", for bodies that only attended the same event', async () => {
    const AGE_UK = 'org-001-age-uk';
    const api = (
      await gqlOk<{ r: { suggestions: { existingPartner: boolean; reasons: { kind: string; text: string }[] }[] } }>(
        `{ r: suggestCollaborators(organisationId: "${AGE_UK}", includeExisting: true, first: 50) {
            suggestions { existingPartner reasons { kind text } } } }`,
      )
    ).r.suggestions;
    // Age UK's one link is its attendance at the colloquium: nobody is its partner, many met it there.
    expect(api.length).toBeGreaterThan(0);
    expect(api.some((s) => s.existingPartner)).toBe(false);
    const kinds = new Set(api.flatMap((s) => s.reasons.map((r) => r.kind)));
    expect(kinds.has('MET_AT')).toBe(true);
    expect(kinds.has('EXISTING') || kinds.has('PARTNER_OF_PARTNER')).toBe(false);
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/find/collaborators?org=${AGE_UK}`);
    const first = page.getByTestId('suggestion').first();
    await first.waitFor();
    const text = await page.getByTestId('suggestions').innerText();
    expect(text).toContain(
      'Met at National Colloquium on co-production for health: attending organisations: both attended it, which does not make them partners',
    );
    expect(text).toMatch(/\d+ organisations attended it, counting yours; the fewer, the more it counts/);
    expect(text).not.toMatch(/partner of Age UK|A partner in common|already a partner/);
    // The page says what a partner is.
    expect(await page.locator('main').innerText()).toContain('attended the same event is shown as “met at”');
    // The event is no partnership to join.
    const join = (
      await gqlOk<{ r: { suggestions: { node: { id: string } }[] } }>(
        `{ r: suggestPartnerships(organisationId: "${AGE_UK}", includeExisting: true, first: 50) { suggestions { node { id } } } }`,
      )
    ).r.suggestions;
    expect(join.map((s) => s.node.id)).not.toContain('part-001-colloquium-attendees');
    await shot(page, '21-find-met-at');
    expect(errors).toEqual([]);
  });

  it('lists funders among sponsors only, and says what "N share this" counts on each tab', async () => {
    const types = async (field: string) =>
      (
        await gqlOk<{ r: { suggestions: { organisationType: string | null }[] } }>(
          `{ r: ${field}(organisationId: "${COUNCIL}", first: 50) { suggestions { organisationType } } }`,
        )
      ).r.suggestions.map((s) => s.organisationType);
    expect(await types('suggestCollaborators')).not.toContain('FUNDER');
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/find/collaborators?org=${COUNCIL}`);
    await page.getByTestId('suggestion').first().waitFor();
    const tags = await page.$$eval('[data-testid=suggestion] .s-head .tag', (els) => els.map((e) => e.textContent));
    expect(tags).not.toContain('Funder');
    await page.goto(`${base}/find/sponsors?org=${COUNCIL}`);
    await page.getByTestId('suggestion').first().waitFor();
    const sponsors = await page.getByTestId('suggestions').innerText();
    expect(sponsors).toMatch(/\d+ share this \((no|\d+) other sponsors? and yours\); the fewer, the more it counts/);
    expect(sponsors).not.toMatch(/shared by \d/);
    expect(await page.locator('main').innerText()).toContain('“N share this” counts who else');
    expect(errors).toEqual([]);
  });

  it('fits a 390 px wide phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/find/sponsors?org=${COUNCIL}`);
    await page.getByTestId('suggestion').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shot(page, '20-find-phone');
    expect(errors).toEqual([]);
  });
});
