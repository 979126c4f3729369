/**
 * The explorer end to end: the built web app served by the real server over the seed graph, driven in
 * headless Chromium. Build first (npm run build:web). Screenshots of each main view go to test-output/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, gqlOk } from '../support/helpers.js';
import { launch, openPage, shot } from '../support/browser.js';
import { SEED } from '../support/seed.js';

const LWG = SEED.liveWellGateshead.id;
let browser: Browser;
let base: string;

beforeAll(async () => {
  base = inject('apiUrl');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const canvasCount = async (page: Page, what: 'nodes' | 'edges') =>
  Number(await page.getByTestId('graph-canvas').getAttribute(`data-${what}`));

async function openInitiative(page: Page, id: string, query = '') {
  await page.goto(`${base}/explore/${id}${query}`);
  await page.getByTestId('graph-canvas').waitFor();
  await page.locator('#focus-h').waitFor();
}

describe('the explorer in Chromium', () => {
  it('serves the app at / with a search box', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('combobox').waitFor();
    await page.locator('.home .ini-list li').first().waitFor();
    await shot(page, '01-home');
    expect(errors).toEqual([]);
  });

  it('finds an initiative by typeahead and opens its lever view with summary, flags and legend', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(base);
    const box = page.getByRole('combobox');
    await box.fill('Live Well Gateshead');
    const option = page.getByRole('option', { name: /^Live Well Gateshead\s+Initiative/ });
    await option.waitFor();
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await option.click();
    await page.waitForURL(`**/explore/${LWG}`);
    await page.locator('#focus-h', { hasText: 'Live Well Gateshead' }).waitFor();

    const api = await gqlOk<{
      initiative: {
        alignment: { downward: number; sideward: number; upward: number; opposing: number; status: string };
      };
    }>(`query($id: ID!) { initiative(id: $id) { alignment { downward sideward upward opposing status } } }`, {
      id: LWG,
    });
    const a = api.initiative.alignment;
    const summary = await page.getByTestId('summary').innerText();
    // A lever with no backer reads "no … recorded" (unknown, not a gap), never "0 …".
    const says = (n: number, one: string) => (n ? `${n} ${one}` : `no ${one} recorded`);
    expect(summary.toLowerCase()).toContain(says(a.downward, 'sponsor'));
    expect(summary.toLowerCase()).toContain(a.sideward ? `${a.sideward} partnership` : 'no partnership recorded');
    expect(summary.toLowerCase()).toContain(says(a.upward, 'community voice'));
    expect(summary).not.toMatch(/\b0 /);
    if (a.opposing) expect(summary).toMatch(new RegExp(`${a.opposing} backers? opposes?`));
    expect(summary.toLowerCase()).toContain(
      a.status === 'CONTESTED' ? 'contested' : a.status === 'ALIGNED' ? 'aligned' : 'partly aligned',
    );
    await page.getByRole('heading', { name: 'Legend' }).waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > 3,
    );
    // Every backer is in the list view mirroring the graph, by name.
    const list = await page.getByTestId('graph-list').innerText();
    expect(list).toMatch(/backs \(downward lever\)|opposes \(downward lever\)/);
    expect(list).toContain('Live Well Gateshead delivery consortium');
    await page.waitForTimeout(300);
    await shot(page, '02-initiative');
    expect(errors).toEqual([]);
  });

  it('shows an unknown initiative differently from one with a gap', async () => {
    const all = await gqlOk<{
      initiatives: {
        edges: {
          node: { id: string; alignment: { status: string; gaps: string[]; opposing: number; upward: number } };
        }[];
      };
    }>(`{ initiatives(first: 500) { edges { node { id alignment { status gaps opposing upward } } } } }`);
    const unknown = all.initiatives.edges.find(
      (e) => e.node.alignment.status === 'UNKNOWN' && e.node.alignment.opposing === 0,
    )!.node;
    // Silence is never a gap: an officer's "checked: none" on the upward lever is what makes one.
    const gappy = all.initiatives.edges.find(
      (e) => e.node.alignment.status === 'PARTIAL' && e.node.alignment.upward === 0 && e.node.alignment.opposing === 0,
    )!.node;
    await gqlOk(`mutation($id: ID!) { recordLeverCheck(initiativeId: $id, lever: UPWARD) { id } }`, { id: gappy.id });
    const { page } = await openPage(browser);
    await openInitiative(page, unknown.id);
    await page.getByTestId('flags-unknown').waitFor();
    expect(await page.getByTestId('summary').innerText()).toContain('unknown, not a gap');
    expect(await page.getByTestId('graph-list').innerText()).toMatch(
      /Unknown: no upward lever in the sources\s+unknown/,
    );
    await shot(page, '03-initiative-unknown');

    await openInitiative(page, gappy.id);
    await page.getByTestId('flags').waitFor();
    expect(await page.getByTestId('flags').innerText()).toMatch(/community voice/i);
    expect(await page.getByTestId('graph-list').innerText()).toMatch(/Gap: no upward backer recorded\s+gap/);
    expect(await page.getByTestId('summary').innerText()).toContain('no community voice recorded');
  });

  it('shows every citation of a link in the evidence panel', async () => {
    const { page } = await openPage(browser);
    await openInitiative(page, LWG);
    const backers = await gqlOk<{
      initiative: {
        backers: {
          linkId: string;
          backer: { name: string };
          evidence: { sourceId: string; line: number; quote: string; sourceTitle: string | null }[];
        }[];
      };
    }>(
      `query($id: ID!) { initiative(id: $id) { backers { linkId backer { name } evidence { sourceId sourceTitle line quote } } } }`,
      { id: LWG },
    );
    const all = backers.initiative.backers;
    const b = all.find(
      (x) => x.evidence.length >= 1 && all.filter((y) => y.backer.name === x.backer.name).length === 1,
    )!;
    await page
      .getByRole('button', {
        name: `Evidence for ${b.backer.name} (${b.evidence.length} citation${b.evidence.length === 1 ? '' : 's'})`,
      })
      .click();
    const panel = page.getByTestId('evidence-panel');
    await panel.locator('.citations li').first().waitFor();
    const text = await panel.innerText();
    for (const c of b.evidence) {
      expect(text).toContain(c.quote);
      expect(text).toContain(`line ${c.line}`);
      expect(text).not.toContain(`${c.sourceId}:L${c.line}`);
      if (c.sourceTitle) expect(text).toContain(c.sourceTitle);
    }
    expect(page.url()).toContain(`sel=${encodeURIComponent(b.linkId).replace(/%3A/g, ':')}`);
    await shot(page, '04-evidence');
  });

  it('expands a node with its neighbours, collapses it, and remembers it in the URL', async () => {
    const { page } = await openPage(browser);
    await openInitiative(page, LWG);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > 3,
    );
    const before = await canvasCount(page, 'nodes');
    await page.getByTestId('graph-list').getByRole('button', { name: 'Gateshead Council', exact: true }).click();
    const expandBtn = page.getByRole('button', { name: /^Expand \(\d+ more\)$/ });
    await expandBtn.click();
    await page.waitForURL(/expand=org-gateshead-council/);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > n,
      before,
    );
    const after = await canvasCount(page, 'nodes');
    expect(after).toBeGreaterThan(before);
    await shot(page, '05-expanded');
    await page.getByRole('button', { name: 'Collapse' }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) === n,
      before,
    );
    expect(page.url()).not.toContain('expand=');
    // Back returns to the expanded view.
    await page.goBack();
    await page.waitForURL(/expand=org-gateshead-council/);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) === n,
      after,
    );
  });

  it('filters by lever and reopens exactly from a shared link', async () => {
    const { page } = await openPage(browser);
    await openInitiative(page, LWG);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('group', { name: 'Lever' }).getByLabel('Downward').check();
    await page.waitForURL(/lever=DOWNWARD/);
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=graph-list]')?.textContent?.includes('sideward lever'),
    );
    const list = await page.getByTestId('graph-list').innerText();
    expect(list).toContain('downward lever');
    expect(list).not.toContain('upward lever');
    const nodes = await canvasCount(page, 'nodes');
    await page.getByRole('combobox', { name: /Layout/ }).selectOption('concentric');
    await page.waitForURL(/layout=concentric/);
    await shot(page, '06-filtered');

    const shared = page.url();
    const other = await openPage(browser);
    await other.page.goto(shared);
    await other.page.getByTestId('graph-canvas').waitFor();
    await other.page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) === n,
      nodes,
    );
    expect(await other.page.getByRole('group', { name: 'Lever' }).getByLabel('Downward').isChecked()).toBe(true);
    expect(await other.page.getByRole('combobox', { name: /Layout/ }).inputValue()).toBe('concentric');
    expect(await other.page.getByTestId('graph-list').innerText()).toBe(list);
  });

  it('exports the view as PNG, SVG, CSV, GraphML and JSON', async () => {
    const { page } = await openPage(browser);
    await openInitiative(page, LWG);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-nodes')) > 3,
    );
    // The exports hold the whole graph of real nodes and links: the canvas may fold a hub's neighbours into
    // groups (open them all to count) and draws a "not recorded" slot, with its line, for each lever no backer
    // is recorded on, which no export holds.
    const note = page.getByTestId('groups-note');
    for (let folded = await note.getByRole('button').count(); folded > 0; ) {
      await note.getByRole('button').first().click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=groups-note] button').length < n,
        folded,
      );
      folded = await note.getByRole('button').count();
    }
    const { alignment } = (
      await gqlOk<{ initiative: { alignment: { downward: number; sideward: number; upward: number } } }>(
        `query($id: ID!) { initiative(id: $id) { alignment { downward sideward upward } } }`,
        { id: LWG },
      )
    ).initiative;
    const slots = [alignment.downward, alignment.sideward, alignment.upward].filter((n) => n === 0).length;
    const nodes = (await canvasCount(page, 'nodes')) - slots;
    const edges = (await canvasCount(page, 'edges')) - slots;
    const grab = async (name: RegExp) => {
      await page.getByText('Share and export').click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const path = await dl.path();
      return { name: dl.suggestedFilename(), body: readFileSync(path!) };
    };
    const png = await grab(/PNG image/);
    expect(png.name).toBe(`levermap-${LWG}.png`);
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const svg = (await grab(/SVG image/)).body.toString();
    expect(svg).toContain('<svg');
    // Framed: a title naming the focus, and the legend of the lines.
    expect(svg).toContain('Live Well Gateshead: its links in Levermap');
    expect(svg).toMatch(/Upward lever \([a-z]+\)/);
    const csv = (await grab(/CSV of links/)).body.toString().trim().split('\r\n');
    expect(csv[0]).toBe('link_id,from_id,from_name,from_type,link_type,lever,stance,confidence,to_id,to_name,to_type');
    expect(csv.length - 1).toBe(edges);
    const gml = (await grab(/GraphML/)).body.toString();
    expect(gml.match(/<node /g)?.length).toBe(nodes);
    const json = JSON.parse((await grab(/Cytoscape JSON/)).body.toString());
    expect(json.elements.nodes).toHaveLength(nodes);
    expect(json.elements.edges.some((e: { data: { lever: string } }) => e.data.lever === 'DOWNWARD')).toBe(true);
  });

  it('shows a place map with partnerships, initiatives by alignment and fragility', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/place`);
    await page.getByRole('button', { name: 'Gateshead', exact: true }).click();
    await page.waitForURL('**/place/place-gateshead');
    await page.getByTestId('place-partnerships').waitFor();
    await page.locator('[data-testid^=status-]').first().waitFor();
    const inis = await gqlOk<{ initiatives: { totalCount: number } }>(
      `{ initiatives(filter: { place: "place-gateshead" }) { totalCount } }`,
    );
    const listed = await page.locator('[data-testid^=status-] .ini-list > li').count();
    expect(listed).toBe(inis.initiatives.totalCount);
    expect(await page.getByTestId('place-partnerships').innerText()).toContain(
      'Live Well Gateshead delivery consortium',
    );
    await page.getByTestId('fragility').waitFor();
    await shot(page, '07-place-map');
    expect(errors).toEqual([]);
  });

  it('runs the console or says plainly that it is not available', async () => {
    const probe = await gql(`{ cypherConsole(query: "RETURN 1 AS one") { columns } }`);
    const { page } = await openPage(browser);
    await page.goto(`${base}/research/console`);
    await page.getByRole('button', { name: 'Run query' }).click();
    if (probe.errors?.length) {
      await page.getByTestId('unavailable').waitFor();
      expect(await page.getByTestId('unavailable').innerText()).toContain('cypherConsole');
    } else {
      await page.getByTestId('console-table').waitFor();
      expect(await page.getByTestId('console-table').locator('tbody tr').count()).toBeGreaterThan(0);
    }
    await shot(page, '08-console');
    await page.goto(`${base}/research/profile`);
    await page.locator('.profile-chart, [data-testid=unavailable]').first().waitFor();
    await shot(page, '09-lever-profile');
  });

  it('works on a 390 px wide phone screen and by keyboard', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await openInitiative(page, LWG);
    await page.getByTestId('summary').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, '10-phone');
    // Keyboard: the skip link comes first, then the search box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('Gateshead Council');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/explore/(?!${LWG})`));
    expect(errors).toEqual([]);
  });
});
