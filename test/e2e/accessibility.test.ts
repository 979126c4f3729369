/**
 * Accessibility of every page of the explorer: axe-core (WCAG 2.x A/AA and best practices) on each route, read
 * as a visitor and, for the pages that need an account, signed in; zero violations allowed. Prints the results
 * per page. Also the tab order (the skip link first) and choosing graph nodes by keyboard. Build first
 * (npm run build:web).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, describeViolations } from '../support/axe.js';
import { launch, openPage, signIn as signInAs } from '../support/browser.js';
import { gqlOk } from '../support/helpers.js';
import { SEED, seedDataset } from '../support/seed.js';

let browser: Browser;
let base: string;
const LWG = SEED.liveWellGateshead.id;
const COUNCIL = SEED.gatesheadCouncil.id;

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const signIn = (page: Page) => signInAs(page, base, 'admin');

/** Waits until the page has drawn what it loads: no loading notes left, then a moment for the last paint. */
async function settled(page: Page, ready: string) {
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.status.loading'), undefined, { timeout: 30_000 });
}

const results: { page: string; violations: number; rules: string }[] = [];

const ids = { place: '', source: '', partnership: '', withFindings: '' };
beforeAll(async () => {
  const d = await gqlOk<{
    places: { nodes: { id: string }[] };
    partnerships: { nodes: { id: string }[] };
    sources: { id: string }[];
  }>(`{ places: entities(type: Place, first: 1) { nodes { id } }
        partnerships: entities(type: Partnership, first: 1) { nodes { id } } sources { id } }`);
  ids.place = d.places.nodes[0]!.id;
  ids.partnership = d.partnerships.nodes[0]!.id;
  ids.source = d.sources[0]!.id;
  // An entity the seed's findings are about, so that the findings panel is on the page axe reads.
  const ds = seedDataset();
  ids.withFindings =
    [...ds.findings.values()].flatMap((f) => f.about).find((a) => ds.nodes.get(a)?.label === 'Partnership') ?? LWG;
});

describe('every page passes axe with zero violations', () => {
  const ROUTES: { name: string; path: () => string; ready: string; signedIn?: boolean }[] = [
    { name: 'home', path: () => '/', ready: '.home .ini-list li' },
    { name: 'initiative view', path: () => `/explore/${LWG}`, ready: '#focus-h' },
    { name: 'explore (organisation)', path: () => `/explore/${COUNCIL}`, ready: '#focus-h' },
    { name: 'explore (partnership)', path: () => `/explore/${ids.partnership}`, ready: '#focus-h' },
    { name: 'explore, as a list', path: () => `/explore/${LWG}?view=list`, ready: '#focus-h' },
    {
      name: 'explore, with findings',
      path: () => `/explore/${ids.withFindings}`,
      ready: 'section.findings-panel li.finding',
    },
    { name: 'place overview', path: () => '/place', ready: 'main h1' },
    { name: 'place', path: () => `/place/${ids.place}`, ready: 'main h1' },
    { name: 'research: profile', path: () => '/research/profile', ready: 'main h1' },
    { name: 'research: compare', path: () => '/research/compare', ready: 'main h1' },
    { name: 'research: console', path: () => '/research/console', ready: 'main h1' },
    { name: 'find collaborators', path: () => '/find/collaborators', ready: 'main h1' },
    { name: 'find sponsors', path: () => '/find/sponsors', ready: 'main h1' },
    { name: 'find partnerships', path: () => '/find/partnerships', ready: 'main h1' },
    { name: 'reader', path: () => `/source/${ids.source}?line=3`, ready: 'main h1' },
    { name: 'sign-in', path: () => '/signin', ready: 'main h1' },
    { name: 'import (visitor)', path: () => '/import', ready: 'main h1' },
    { name: 'import', path: () => '/import', ready: 'main h1', signedIn: true },
    { name: 'add or edit', path: () => '/edit', ready: 'main h1', signedIn: true },
    { name: 'edit a node', path: () => `/edit/node/${COUNCIL}`, ready: 'main form', signedIn: true },
    { name: 'review queue', path: () => '/review', ready: '[data-testid=review-count]', signedIn: true },
    { name: 'review queue (visitor)', path: () => '/review', ready: '[data-testid=need-role]' },
    { name: 'accounts', path: () => '/accounts', ready: '[data-testid=account-row]', signedIn: true },
    {
      name: 'initiative view (signed in)',
      path: () => `/explore/${LWG}`,
      ready: '#focus-h',
      signedIn: true,
    },
  ];

  afterAll(() => {
    console.log('\naxe-core results per page (WCAG 2.x A/AA and best practices):');
    for (const r of results)
      console.log(`  ${r.page.padEnd(30)} ${r.violations} violation(s)${r.rules ? `: ${r.rules}` : ''}`);
  });

  for (const r of ROUTES) {
    it(r.name, async () => {
      const { page, errors } = await openPage(browser, { bypassCSP: true });
      if (r.signedIn) await signIn(page);
      await page.goto(`${base}${r.path()}`);
      await settled(page, r.ready);
      const violations = await axe(page);
      results.push({ page: r.name, violations: violations.length, rules: violations.map((v) => v.id).join(', ') });
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('keyboard', () => {
  it('reaches the skip link first on every page, the home page included', async () => {
    const { page } = await openPage(browser);
    for (const path of ['/', `/explore/${LWG}`, '/find/collaborators']) {
      await page.goto(`${base}${path}`);
      await page.locator('main').first().waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent), path).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#main');
    }
    await page.context().close();
  });
});

describe('choosing nodes on the canvas by keyboard', () => {
  it('moves between nodes with the arrow keys, announces each, and opens a group with Enter', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/explore/${COUNCIL}?limit=300`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > 3,
      undefined,
      { timeout: 60_000 },
    );
    const canvas = page.getByTestId('graph-canvas');
    await canvas.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/sel=/);
    const first = new URL(page.url()).searchParams.get('sel');
    expect(first).toBeTruthy();
    await page.getByTestId('graph-announce').filter({ hasText: /link/ }).waitFor();
    await page.keyboard.press('n');
    await page.waitForFunction((f) => new URLSearchParams(location.search).get('sel') !== f, first);
    // The chosen node's evidence opens beside the graph, as a click would open it.
    await page.getByTestId('evidence-panel').locator('h2').first().waitFor();
    // Walk the nodes in reading order until a folded group is chosen, then open it with Enter.
    const nodes = await canvas.getAttribute('data-nodes');
    let group: string | null = null;
    for (let i = 0; i < Number(nodes) + 1 && !group; i++) {
      const sel = new URL(page.url()).searchParams.get('sel');
      if (sel?.startsWith('group:')) group = sel;
      else {
        await page.keyboard.press('n');
        await page.waitForFunction((s) => new URLSearchParams(location.search).get('sel') !== s, sel);
      }
    }
    if (group) {
      const before = Number(await canvas.getAttribute('data-nodes'));
      await page.keyboard.press('Enter');
      await page.waitForURL(/open=group/);
      await page.waitForFunction(
        (b) => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > b,
        before,
      );
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('on a 390 px wide phone', () => {
  it('puts the graph on the first screen and opens a tapped link’s evidence in a sheet in view', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/explore/${LWG}`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > 3,
      undefined,
      { timeout: 60_000 },
    );
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(box.y).toBeLessThan(844 / 2);
    expect(box.height).toBeGreaterThan(844 / 2);
    expect(box.width).toBeGreaterThan(350);
    // Tap the middle of a link with evidence (not a gap slot), where Cytoscape draws it.
    const at = await page.evaluate(() => {
      const el = document.querySelector('.graph-canvas') as unknown as {
        _cyreg: { cy: import('cytoscape').Core };
        getBoundingClientRect(): DOMRect;
      };
      const cy = el._cyreg.cy;
      const edge = (cy.edges() as import('cytoscape').EdgeCollection)
        .filter((e) => !e.id().startsWith('slot') && !e.id().startsWith('group'))
        .filter((e) => {
          const p = (e as import('cytoscape').EdgeSingular).renderedMidpoint();
          return p.x > 20 && p.x < cy.width() - 20 && p.y > 20 && p.y < cy.height() - 20;
        })[0]!;
      const p = (edge as import('cytoscape').EdgeSingular).renderedMidpoint();
      const r = el.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, id: edge.id() };
    });
    expect(at.y).toBeLessThan(844);
    await page.touchscreen.tap(at.x, at.y).catch(() => page.mouse.click(at.x, at.y));
    await page.waitForURL((u) => u.searchParams.get('sel') === at.id);
    const sheet = page.getByTestId('evidence-sheet');
    await sheet.locator('.citations li, .status.empty, h2').first().waitFor();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=evidence-sheet] .status.loading'),
      undefined,
      {
        timeout: 30_000,
      },
    );
    const s = (await sheet.boundingBox())!;
    // The sheet is on screen where the user is: its top inside the viewport and its bottom at the viewport's foot.
    expect(s.y).toBeGreaterThan(0);
    expect(s.y).toBeLessThan(844);
    expect(Math.round(s.y + s.height)).toBeLessThanOrEqual(844);
    expect(await sheet.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
    await page.screenshot({ path: 'docs/screenshots/mobile.png' });
    // Closing the sheet gives the whole graph back.
    await sheet.getByRole('button', { name: 'Close the evidence panel' }).click();
    await page.waitForURL((u) => !u.searchParams.get('sel'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
