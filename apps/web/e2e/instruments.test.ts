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
  CANVAS_ONLY,
  CHROMIUM,
  CHROMIUM_ARGS,
  ensureBuilt,
  shotsDir,
  skip,
  startSeededServer,
  watchErrors,
  widthOnPhone,
} from './support.ts';

/** How many pixels of one exact colour an element's screenshot holds. */
async function pixelsOf(page: Page, selector: string, rgb: [number, number, number]): Promise<number> {
  const png = (await page.locator(selector).screenshot(CANVAS_ONLY)).toString('base64');
  return page.evaluate(
    async ([data, [r, g, b]]) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
      return n;
    },
    [png, rgb] as const,
  );
}

describe('instruments screens in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['process', 'instruments'], pino({ level: 'silent' }));
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

  it('maps the parties of a treaty, with the list’s source, its date and its CSV', async () => {
    const parties = (await (
      await fetch(`${server.url}/api/instruments/parties?instrument=minamata-convention`)
    ).json()) as { items: { listDate: string; consentDate: string | null; entryIntoForce: string | null }[] };
    assert.ok(parties.items.length > 100);
    await page.goto(`${server.url}/instruments/items/minamata-convention`);
    await page
      .locator('#instrument-parties caption', {
        hasText: `Parties list (${parties.items.length} rows, checked ${parties.items[0].listDate})`,
      })
      .waitFor();
    await page
      .getByText('International Environmental Agreements Database', { exact: false })
      .first()
      .waitFor();
    const csv = page.getByRole('link', { name: 'Parties (CSV)' });
    const href = (await csv.getAttribute('href')) ?? '';
    const body = await (await fetch(`${server.url}${href}`)).text();
    assert.equal(
      body.trim().split('\n').length,
      parties.items.length + 1,
      'CSV: header and one row per party',
    );
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await page.getByRole('list', { name: 'Map legend' }).getByText('Party (bound)').waitFor();
    // The bound parties are filled in the party colour (#0072B2): many pixels of it on the canvas.
    const partyPixels = await pixelsOf(page, '.world-map canvas', [0x00, 0x72, 0xb2]);
    assert.ok(partyPixels > 1000, `${partyPixels} pixels in the party colour`);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'instruments-parties-map-en.png') });
  });

  it('lists on a proposal’s page the instruments linked to it, each linking to its page', async () => {
    const proposals = (await (await fetch(`${server.url}/api/process/processes/demo/proposals`)).json()) as {
      items: { id: string; code: string }[];
    };
    const demo01 = proposals.items.find((x) => x.code === 'DEMO-01');
    assert.ok(demo01);
    await page.goto(`${server.url}/process/proposals/${demo01.id}`);
    const section = page.getByRole('region', { name: 'Instruments linked to this page' });
    await section.waitFor();
    assert.equal(await section.getByRole('listitem').count(), 2);
    await section.getByRole('link', { name: 'Global Industry Standard on Tailings Management' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Global Industry Standard on Tailings Management' })
      .waitFor();
    // A proposal without links shows no such section.
    const demo02 = proposals.items.find((x) => x.code === 'DEMO-02');
    await page.goto(`${server.url}/process/proposals/${demo02?.id}`);
    await page.getByRole('heading', { level: 1, name: /DEMO-02/ }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Instruments linked to this page' }).count(), 0);
  });

  it('fits the duplications table to a phone: it scrolls in its own frame, not the page', async () => {
    await page.goto(`${server.url}/instruments/analyses`);
    await page.locator('#instruments-duplications tbody tr').first().waitFor();
    const phone = await widthOnPhone(page);
    assert.ok(phone.page <= phone.window, `analyses ${phone.page} px wide in a ${phone.window} px window`);
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

  it('titles a treaty in the UI language where an official title is recorded, flagged official', async () => {
    await page.goto(`${server.url}/instruments/items/minamata-convention`);
    await page.getByLabel('Language').selectOption('fr');
    await page
      .getByRole('heading', { level: 1, name: 'Convention de Minamata sur le mercure (officiel)' })
      .waitFor();
    await page.getByText('Minamata Convention on Mercury', { exact: true }).waitFor();
    // No French title recorded: the English title, without a flag.
    await page.goto(`${server.url}/instruments/items/gistm`);
    await page
      .getByRole('heading', { level: 1, name: 'Global Industry Standard on Tailings Management' })
      .waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByLabel('Langue').selectOption('en');
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
