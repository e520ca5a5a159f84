/**
 * Browser test of the web app against the real server (in-process, in-memory database), driven by the
 * system Chromium through playwright-core. Screenshots go to `apps/web/e2e/screenshots/` (git-ignored).
 *
 *   node --import tsx --test apps/web/e2e/app.test.ts
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  CHROMIUM,
  CHROMIUM_ARGS,
  distinctColours,
  ensureBuilt,
  shotsDir,
  skip,
  watchErrors,
  webDir,
} from './support.ts';

describe('web app in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const password = 'correct horse battery staple';
  const email = 'e2e-secretariat@strata.test';

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const { startServer } = await import('@strata/server');
    // Only the reference data this test needs (countries) and one account: the modules' demo seeds are
    // theirs to test, and skipping them keeps start-up fast.
    server = await startServer({ port: 0, dataDir: null, seed: false, logger: pino({ level: 'silent' }) });
    await server.ctx.platform.countries.seed();
    await server.ctx.platform.accounts.createUser(
      null,
      { email, password, role: 'secretariat', displayName: 'Amina Diallo' },
      { bootstrap: true },
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    errors = watchErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends the built files compressed to a browser that accepts it, and plain otherwise', async () => {
    const assets = path.join(webDir, 'dist', 'assets');
    const name = readdirSync(assets).find((f) => /^countries-10m-.*\.json$/.test(f));
    assert.ok(name, 'the 1:10m basemap is among the built assets');
    const plain = readFileSync(path.join(assets, name), 'utf8');
    const url = `${server.url}/assets/${name}`;
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await fetch(url, { headers: { 'accept-encoding': accept } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-encoding'), encoding, accept);
      assert.match(response.headers.get('content-type') ?? '', /json/);
      // fetch decodes the body: it is the file itself.
      assert.equal(await response.text(), plain, accept);
    }
  });

  it('loads the home page in English with no console error', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Strata' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.getByRole('heading', { level: 3 }).count(), 6, 'six module cards');
    // Dates go through Intl: English long format, e.g. "November 28, 2026".
    assert.match(
      (await page.getByTestId('build').textContent()) ?? '',
      /built on [A-Z][a-z]+ \d{1,2}, \d{4}\.$/,
    );
    await page.screenshot({ path: path.join(shotsDir, 'home-en.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('starts keyboard navigation with a skip link that moves focus to the page', async () => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    assert.ok(await page.locator('.skip-link').isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  });

  it('opens a module from the navigation, and a 404 page for unknown paths', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sand and gravel in the world' }).waitFor();
    assert.equal(await page.title(), 'Sand and gravel in the world · Strata');
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert.deepEqual(errors, []);
  });

  it('switches to Arabic: right-to-left, Arabic text, and the choice survives a reload', async () => {
    await page.goto(server.url);
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    const heading = await page.locator('#modules-heading').textContent();
    assert.match(heading ?? '', /[\u0600-\u06FF]/, 'the modules heading is in Arabic');
    assert.match((await page.getByTestId('build').textContent()) ?? '', /تاريخ الإصدار/);
    // The layout mirrors: the brand sits at the right edge in RTL.
    const brand = await page.locator('.brand').boundingBox();
    assert.ok(brand && brand.x > 640, `brand at x=${brand?.x}`);
    await page.screenshot({ path: path.join(shotsDir, 'home-ar.png'), fullPage: true });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.deepEqual(errors, []);
  });

  it('lists the 195 countries with their names in Arabic', async () => {
    await page.getByRole('link', { name: 'البلدان' }).first().click();
    await page.waitForFunction(
      () => document.querySelectorAll('#countries-table tbody tr').length === 195,
      null,
      {
        timeout: 20_000,
      },
    );
    const firstName = await page
      .locator('#countries-table tbody tr')
      .first()
      .locator('td')
      .first()
      .textContent();
    assert.match(firstName ?? '', /[\u0600-\u06FF]/);
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shotsDir, 'countries-ar.png') });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('draws the map and filters table, map and chart together in English', async () => {
    await page.getByLabel('اللغة').selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.goto(`${server.url}/countries`);
    const rows = page.locator('#countries-table tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('#countries-table tbody tr').length === 195);
    assert.equal(await rows.count(), 195);
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    // Ocean, land, five group colours, borders, antialiasing: a drawn map has many colours, a blank one 1.
    const colours = await distinctColours(page, '.world-map canvas');
    assert.ok(colours > 20, `map canvas shows ${colours} colours`);
    await page.screenshot({ path: path.join(shotsDir, 'countries-en.png') });

    await page.getByLabel('Regional group', { exact: true }).selectOption('eastern_european');
    await page.waitForFunction(() => document.querySelectorAll('#countries-table tbody tr').length === 23);
    await page.getByLabel('Name or code', { exact: true }).fill('pol');
    await page.waitForFunction(() => document.querySelectorAll('#countries-table tbody tr').length === 1);
    assert.equal(await rows.first().locator('td').first().textContent(), 'Poland');
    assert.match(page.url(), /group=eastern_european/);
    assert.match((await page.getByTestId('result-count').textContent()) ?? '', /^1 country of 195$/);
    const unlabelled = await page
      .locator('main input, main select, main button')
      .evaluateAll(
        (controls) =>
          controls.filter(
            (c) =>
              !(c as HTMLInputElement).labels?.length &&
              !c.getAttribute('aria-label') &&
              !c.textContent?.trim(),
          ).length,
      );
    assert.equal(unlabelled, 0, 'every control has a label');
    assert.deepEqual(errors, []);
  });

  it('exports the filtered rows as CSV with a BOM and as GeoJSON with the country shapes', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^strata-countries-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'UTF-8 byte order mark');
    const lines = text.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[1], /^Poland,POL,PL,616,eastern_european,true$/);

    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /GeoJSON/ }).click(),
    ]);
    assert.match(geo.suggestedFilename(), /\.geojson$/);
    const collection = JSON.parse(readFileSync(await geo.path(), 'utf8')) as {
      type: string;
      features: { geometry: { type: string } | null; properties: Record<string, unknown> }[];
    };
    assert.equal(collection.type, 'FeatureCollection');
    assert.equal(collection.features.length, 1);
    assert.equal(collection.features[0].properties.iso3, 'POL');
    assert.match(collection.features[0].geometry?.type ?? '', /Polygon$/);
  });

  it('opens a country page with its names in the six languages and the map zoomed to it', async () => {
    await page.getByRole('link', { name: 'Poland' }).click();
    await page.getByRole('heading', { level: 1, name: 'Poland' }).waitFor();
    const names = await page.locator('.names-table td').allTextContents();
    assert.deepEqual(names.length, 6);
    assert.ok(
      names.includes('Pologne') && names.includes('Польша') && names.includes('波兰'),
      names.join(', '),
    );
    assert.equal(await page.locator('.names-table td[lang="ar"]').getAttribute('dir'), 'rtl');
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shotsDir, 'country-en.png') });
    await page.goto(`${server.url}/countries/XXX`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    // The unknown code answers 404, which the browser logs as a failed resource load.
    assert.deepEqual(
      errors.filter((e) => !/status of 404/.test(e)),
      [],
    );
    errors.length = 0;
  });

  it('signs in, shows the account in the header, and signs out', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-name').filter({ hasText: 'Amina Diallo' }).waitFor();
    assert.match((await page.getByTestId('account-name').textContent()) ?? '', /Secretariat/);
    await page.screenshot({ path: path.join(shotsDir, 'signed-in-en.png') });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('.account').getByRole('link', { name: 'Sign in' }).waitFor();
    // The failed attempt answers 401, which the browser logs as a failed resource load; nothing else.
    assert.deepEqual(
      errors.filter((e) => !/status of 401/.test(e)),
      [],
    );
  });

  it('shows a message instead of the map when WebGL is unavailable (opened from a French link)', async () => {
    const noGl = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const p = await noGl.newPage();
      const pageErrors = watchErrors(p);
      // A shared link with ?lang= opens in that language.
      await p.goto(`${server.url}/countries?lang=fr`);
      await p.locator('[data-map-state="unsupported"]').waitFor({ timeout: 20_000 });
      assert.equal(await p.getAttribute('html', 'lang'), 'fr');
      assert.match((await p.locator('.world-map').textContent()) ?? '', /ne prend pas en charge WebGL/);
      await p.waitForFunction(() => document.querySelectorAll('#countries-table tbody tr').length === 195);
      assert.deepEqual(pageErrors, []);
    } finally {
      await noGl.close();
    }
  });
});
