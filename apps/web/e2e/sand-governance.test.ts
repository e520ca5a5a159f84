/**
 * Browser test of the sand governance tracker and the marine layer on a country profile, against the real
 * server (in-process, in-memory database) seeded with the dredging watch (synthetic demo dataset) and the
 * sand module (which seeds the bundled, sourced governance entries).
 *
 *   STRATA_E2E=1 npm test -- e2e/sand-governance
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  ensureBuilt,
  openBrowserPage,
  shotsDir,
  skip,
  startSeededServer,
  webDir,
} from './support.ts';

interface Governance {
  completeness: { known: number; total: number; share: number };
  entries: { id: string; sourceUrl: string; sourceTitle: string }[];
}

const catalog = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(webDir, 'src/i18n/catalogs/sand', `${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;

describe('sand governance section in Chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['dredging', 'sand'], pino({ level: 'silent' }));
    ({ browser, page, errors } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows Viet Nam’s sourced entries, its completeness as the API gives it, and the checklist, in English', async () => {
    const api = (await (await fetch(`${server.url}/api/sand/countries/VNM/governance`)).json()) as Governance;
    assert.ok(api.entries.length > 0, 'the seed has entries for Viet Nam');
    await page.goto(`${server.url}/sand/countries/VNM`);
    await page
      .getByRole('heading', { level: 2, name: catalog('en')['governance.title'] })
      .waitFor({ timeout: 20_000 });
    const share = new Intl.NumberFormat('en', { style: 'percent' }).format(api.completeness.share);
    const completeness = page.getByTestId('sand-governance-completeness');
    assert.equal(
      await completeness.textContent(),
      `${api.completeness.known} of ${api.completeness.total} fields known (${share})`,
    );
    const table = page.locator('section.sand-governance table tbody tr');
    assert.equal(await table.count(), api.entries.length);
    for (const e of api.entries) {
      assert.ok((await page.locator(`a[href="${e.sourceUrl}"]`).count()) > 0, `${e.id} links its source`);
    }
    await page.getByRole('heading', { level: 3, name: catalog('en')['governance.checklist'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: catalog('en')['marine.title'] }).waitFor();
    assert.ok(((await page.locator('body').textContent()) ?? '').includes('6.4 to 16 Gt'));
    await page.screenshot({ path: path.join(shotsDir, 'sand-governance-en.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('shows the same section in Arabic, right to left, and the tracker page lists the countries', async () => {
    await page.locator('#language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.getByRole('heading', { level: 2, name: catalog('ar')['governance.title'] }).waitFor();
    await page
      .getByRole('columnheader', { name: catalog('ar')['governance.field'] })
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(shotsDir, 'sand-governance-ar.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.locator('#language').selectOption('en');
    await page.goto(`${server.url}/sand/governance`);
    await page.getByRole('heading', { level: 1, name: catalog('en')['governance.listTitle'] }).waitFor();
    const list = (await (await fetch(`${server.url}/api/sand/governance`)).json()) as unknown[];
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    assert.equal(await rows.count(), list.length);
    assert.deepEqual(errors, []);
  });
});
