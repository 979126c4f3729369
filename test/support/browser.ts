/**
 * The one Chromium launcher for tests: Debian's Chromium (LEVERMAP_CHROMIUM, else /usr/bin/chromium), driven by
 * playwright-core; never a downloaded browser. Screenshots go to test-output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LEVERMAP_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SCREENSHOTS = resolve('test-output/screenshots');

export function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A page that records any uncaught script error, for the test to assert there were none. */
export async function openPage(
  browser: Browser,
  opts: { width?: number; height?: number; bypassCSP?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    acceptDownloads: true,
    // The app's CSP allows no inline script; axe-core is injected as one (test/support/axe.ts).
    bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });

export type TestRole = 'viewer' | 'contributor' | 'verifier' | 'admin';

/** Signs in on the sign-in page as the test account of a role (test/global-setup.ts), and waits until it shows. */
export async function signIn(page: Page, base: string, role: TestRole): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByLabel('Username').fill(`test-${role}`);
  await page.getByLabel('Password').fill(`test-${role}-password`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account').getByText(role, { exact: true }).waitFor();
}
