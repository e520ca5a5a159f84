/**
 * Browser test of national statistics: a focal point, in Arabic, downloads the template, uploads a file
 * with bad lines (each comes back with its line, nothing is kept), then a good one; the secretariat
 * approves it; the country profile shows the official figure before the estimate. Real server,
 * in-memory database, fictional figures.
 *
 *   STRATA_E2E=1 npm test -- e2e/sand-submissions
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, ensureBuilt, openBrowserPage, signInAs, skip, webDir } from './support.ts';

const catalog = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(webDir, 'src/i18n/catalogs/sand', `${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;

describe('national statistics in Chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dir: string;
  const password = 'correct horse battery';
  const fp = 'fp@kenya.strata.test';
  const root = 'root@strata.test';

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'strata-e2e-sand-sub-'));
    const { startServer } = await import('@strata/server');
    server = await startServer({ port: 0, dataDir: null, seed: false, logger: pino({ level: 'silent' }) });
    await server.ctx.platform.countries.seed();
    const accounts = server.ctx.platform.accounts;
    const r = await accounts.createUser(
      null,
      { email: root, password, role: 'secretariat' },
      { bootstrap: true },
    );
    const secretariat = {
      userId: r.userId,
      email: root,
      role: 'secretariat' as const,
      countryIso3: null,
      organisationId: null,
      companyId: null,
    };
    await accounts.createUser(secretariat, { email: fp, password, role: 'focal_point', countryIso3: 'KEN' });
    // Fictional figures: the Arabic header of the template, then a French one.
    writeFileSync(path.join(dir, 'bad.csv'), 'السنة,القيمة,الوحدة\n2019,12,tonnes\n2019,-3,t\n');
    writeFileSync(
      path.join(dir, 'good.csv'),
      'année;valeur;unité;densité (t/m3)\n2019;2000;m3;1,5\n2020;4;kt;\n',
    );
    ({ browser, page, errors } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a focal point submits in Arabic: bad lines listed with their numbers, then a version pending review', async () => {
    const ar = catalog('ar');
    await signInAs(page, server.url, fp, password);
    await page.goto(`${server.url}/sand/submissions`);
    await page.locator('#language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar['submissions.title'] }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const template = await fetch(
      `${server.url}${await page.getByRole('link', { name: 'العربية' }).getAttribute('href')}`,
    );
    assert.match(await template.text(), /السنة,القيمة,الوحدة/);

    await page.getByLabel(ar['submissions.field.title'] ?? '').fill('[TEST] fictional yearbook');
    await page.getByLabel(ar['submissions.field.publisher'] ?? '').fill('[TEST] fictional office');
    await page.getByLabel(ar['submissions.field.licence'] ?? '').fill('test');
    await page.getByLabel(ar['submissions.field.method'] ?? '').fill('Quarry returns.');
    await page.getByLabel(ar['submissions.field.file'] ?? '').setInputFiles(path.join(dir, 'bad.csv'));
    await page.getByRole('button', { name: ar['submissions.send'] }).click();
    const rejected = page.getByTestId('submission-rejected');
    await rejected.waitFor();
    const lines = await rejected.locator('li').allTextContents();
    assert.equal(lines.length, 2);
    // Each fault in Arabic, the file's own value isolated in it.
    const fault = (id: string, values: Record<string, string>) =>
      Object.entries(values).reduce(
        (m, [k, v]) => m.replace(`{${k}}`, v),
        ar[`submissions.fault.${id}`] ?? id,
      );
    assert.equal(lines[0]?.trim(), `السطر 2: ${fault('unitUnknown', { unit: 'tonnes' })}`);
    assert.equal(
      lines[1]?.trim(),
      `السطر 3: ${fault('yearRepeats', { year: '2019', line: '2' })}؛ ${fault('valueNegative', {})}`,
    );
    assert.equal(await rejected.locator('li').first().locator('bdi').textContent(), 'tonnes');
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByLabel(ar['submissions.field.file'] ?? '').setInputFiles(path.join(dir, 'good.csv'));
    await page.getByRole('button', { name: ar['submissions.send'] }).click();
    await page.getByRole('status').filter({ hasText: 'النسخة 1' }).waitFor();
    const version = page.getByTestId('submission').first();
    await version.getByText(ar['submissions.status.pending'] ?? '').waitFor();
    // 2,000 m3 × 1.5 t/m3 = 3,000 t, in Arabic digits as Intl gives them.
    const tonnes = new Intl.NumberFormat('ar').format(3000);
    assert.ok(((await version.textContent()) ?? '').includes(tonnes));
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('the secretariat approves; the profile shows the official figure and keeps the version history', async () => {
    const en = catalog('en');
    await page.evaluate(() => localStorage.clear());
    await signInAs(page, server.url, root, password);
    await page.goto(`${server.url}/sand/submissions`);
    await page.locator('#language').selectOption('en');
    await page.getByRole('button', { name: 'Approve version 1' }).click();
    await page
      .getByTestId('submission')
      .first()
      .getByText(en['submissions.status.approved'] ?? '')
      .waitFor();
    assert.equal(await page.getByRole('button', { name: 'Approve version 1' }).count(), 0);

    const profile = (await (await fetch(`${server.url}/api/sand/countries/KEN/profile`)).json()) as {
      indicators: { points: { year: number; headline: { tier: string; central: number } }[] }[];
    };
    const points = profile.indicators[0]?.points ?? [];
    assert.deepEqual(
      points.map((p) => [p.year, p.headline.tier, p.headline.central]),
      [
        [2019, 'official', 3000],
        [2020, 'official', 4000],
      ],
    );
    await page.goto(`${server.url}/sand/countries/KEN`);
    await page
      .getByText(en['tier.official'] ?? '')
      .first()
      .waitFor();
    assert.ok(((await page.locator('article').textContent()) ?? '').includes('[TEST] fictional yearbook'));
    assert.deepEqual(errors, []);
  });
});
