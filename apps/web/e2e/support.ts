/**
 * Shared helpers of the browser tests: the system Chromium and its launch options, the web build, console
 * error capture, a canvas colour count and an axe-core accessibility check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from '@strata/server';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Logger } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distIndex = path.join(webDir, 'dist', 'index.html');
export const shotsDir = path.join(webDir, 'e2e', 'screenshots');

export const skip: string | false = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}`;
if (skip) console.log(`# skipping browser tests: ${skip}`);

/**
 * Headless Chromium on a machine without a GPU or network: SwiftShader draws WebGL in software, and the
 * background services are switched off (their connection attempts would be refused here).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
];

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

/** Builds the web app when `dist` is missing or older than the sources. */
export function ensureBuilt(): void {
  const sourcesTime = Math.max(
    newestMtime(path.join(webDir, 'src')),
    newestMtime(path.join(webDir, 'build')),
    statSync(path.join(webDir, 'index.html')).mtimeMs,
    statSync(path.join(webDir, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sourcesTime) return;
  const vite = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: webDir, stdio: 'inherit' });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Screenshot options that leave out what is drawn over the canvas: the map panel (layer switcher, legend) and the names. */
export const CANVAS_ONLY = { style: '.map-controls, .map-country-label { visibility: hidden; }' };

/**
 * How many distinct colours an element shows on screen. The screenshot is decoded by the page itself
 * (no PNG decoder needed here); a blank WebGL canvas gives 1.
 */
export async function distinctColours(page: Page, selector: string): Promise<number> {
  const png = (await page.locator(selector).screenshot(CANVAS_ONLY)).toString('base64');
  return page.evaluate(async (data) => {
    const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4)
      colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return colours.size;
  }, png);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * How wide the current page lays out in a phone's window (390 px by default), with that window's width;
 * the window is then set back. A page wider than its window scrolls sideways (WCAG 1.4.10, reflow).
 */
export async function widthOnPhone(page: Page, width = 390): Promise<{ page: number; window: number }> {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: 800 });
  // Two frames: components that measure themselves (ResizeObserver) settle first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const measured = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
  }));
  if (before) await page.setViewportSize(before);
  return measured;
}

/** WCAG 2.1 A/AA violations axe-core finds on the current page, as "rule: selector" lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, not as an inline <script>, which the
  // Content-Security-Policy (rightly) blocks.
  await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  };
  const results = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    options,
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Starts the real server on a free port with an in-memory database, the country list, and the seeds of the
 * named modules only (each module's `seed`, as on a first start); other modules stay empty, which keeps
 * start-up fast.
 */
export async function startSeededServer(modules: readonly string[], logger: Logger): Promise<RunningServer> {
  const { MODULES, startServer } = await import('@strata/server');
  const server = await startServer({ port: 0, dataDir: null, seed: false, logger });
  try {
    await server.ctx.platform.countries.seed();
    for (const name of modules) {
      const module = MODULES.find((m) => m.name === name);
      if (!module?.seed) throw new Error(`no module ${name} with a seed`);
      await module.seed(server.ctx);
    }
  } catch (error) {
    await server.close();
    throw error;
  }
  return server;
}

/** The system Chromium with one page (English, 1280 × 900) whose console errors are collected. */
export async function openBrowserPage(): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  return { browser, page, errors: watchErrors(page) };
}

/** Signs `page` in afresh (cookies cleared first) through the sign-in screen, and waits for the account. */
export async function signInAs(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-name').waitFor();
}

/**
 * The Arabic texts of the web app's catalogs for the named modules, looked up by their keys within the
 * module (as the catalog files spell them), with `{name}` placeholders filled from `values`. Plural and
 * select forms are left as written: tests match those with a pattern.
 * @example const ar = arabicCatalog('auth', 'process'); ar('signOut') // "تسجيل الخروج"
 */
export function arabicCatalog(
  ...modules: string[]
): (key: string, values?: Record<string, string>) => string {
  const texts: Record<string, string> = {};
  for (const module of modules) {
    const file = path.join(webDir, `src/i18n/catalogs/${module}/ar.json`);
    Object.assign(texts, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  }
  return (key, values = {}) => {
    const text = texts[key];
    if (text === undefined) throw new Error(`No Arabic text for ${key} in ${modules.join(', ')}`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
