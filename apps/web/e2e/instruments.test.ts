/**
 * Browser test of the global assessment of instruments and standards against the real server (in-process,
 * in-memory database) seeded with the sourced catalogue, driven by the system Chromium.
 *
 *   node --import tsx --test apps/web/e2e/instruments.test.ts
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  CHROMIUM,
  CHROMIUM_ARGS,
  ensureBuilt,
  shotsDir,
  skip,
  startSeededServer,
  watchErrors,
} from './support.ts';

describe('instruments screens in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['instruments'], pino({ level: 'silent' }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    errors = watchErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the catalogue with the count the API gives, and narrows it by search and kind', async () => {
    const all = (await (await fetch(`${server.url}/api/instruments`)).json()) as { items: unknown[] };
    await page.goto(`${server.url}/instruments`);
    await page.getByRole('heading', { level: 1, name: 'Instruments' }).waitFor();
    await page
      .locator('#instruments-catalogue caption', { hasText: `${all.items.length} instruments` })
      .waitFor();
    await page.getByLabel('Kind').selectOption('binding_treaty');
    const binding = (await (await fetch(`${server.url}/api/instruments?kind=binding_treaty`)).json()) as {
      items: unknown[];
    };
    await page
      .locator('#instruments-catalogue caption', { hasText: `${binding.items.length} instruments` })
      .waitFor();
    assert.ok(binding.items.length < all.items.length);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'instruments-catalogue-en.png') });
  });

  it('shows an instrument with each fact’s source and its graded column', async () => {
    await page.goto(`${server.url}/instruments/items/minamata-convention`);
    await page.getByRole('heading', { level: 1, name: 'Minamata Convention on Mercury' }).waitFor();
    await page.getByText('DONE at Kumamoto', { exact: false }).first().waitFor();
    await page.getByRole('cell', { name: /Art\. 3\(3\)/ }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('drills down from a heat-map cell to the clauses it rests on', async () => {
    await page.goto(`${server.url}/instruments/heat-map`);
    const row = page.getByRole('row', { name: /Chemicals and mercury/ });
    await row.waitFor();
    await row.getByRole('button').nth(3).click(); // smelting and refining
    await page
      .getByRole('heading', { level: 2, name: /Chemicals and mercury × Smelting and refining/ })
      .waitFor();
    await page
      .getByText(/Annex D/)
      .first()
      .waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'instruments-heat-map-en.png') });
  });

  it('reads right to left in Arabic', async () => {
    await page.goto(`${server.url}/instruments`);
    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'الصكوك' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });
});
