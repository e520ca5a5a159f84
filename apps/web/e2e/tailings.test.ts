/**
 * Browser test of the Tailings portal against the real server (in-process, in-memory database) seeded with
 * the bundled Brazilian SIGBM register, driven by the system Chromium through playwright-core.
 *
 *   node --import tsx --test apps/web/e2e/tailings.test.ts
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  CHROMIUM,
  CHROMIUM_ARGS,
  distinctColours,
  ensureBuilt,
  shotsDir,
  skip,
  startSeededServer,
  watchErrors,
  widthOnPhone,
} from './support.ts';

const ARABIC = /[\u0600-\u06FF]/;

describe('tailings screens in Chromium', { skip, timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  /** `total` of the facilities API for a filter. */
  const apiTotal = async (query: string): Promise<number> => {
    const response = await fetch(`${server.url}/api/tailings/facilities?${query}&limit=1`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { total: number }).total;
  };
  /** The table caption's "(shown of total …)" numbers, once the table shows `total`. */
  const waitForTableTotal = async (total: number): Promise<void> => {
    await page.waitForFunction(
      (n) => (document.querySelector('.tailings table caption')?.textContent ?? '').includes(` ${n} `),
      total,
      { timeout: 20_000 },
    );
  };

  /** The map's view (west, south, east, north) once it has settled. */
  const mapBounds = async (): Promise<number[]> => {
    const figure = page.locator('.world-map[data-map-bounds]');
    await figure.waitFor({ timeout: 20_000 });
    return ((await figure.getAttribute('data-map-bounds')) ?? '').split(',').map(Number);
  };

  /** Waits until the map's cluster labels add up to between 1 and `max` facilities (labels are HTML). */
  const waitForClusters = async (max: number): Promise<void> => {
    await page.waitForFunction(
      (limit) => {
        const counts = [...document.querySelectorAll('.map-cluster-count')].map((e) =>
          Number(e.textContent?.replace(/[^\d]/g, '')),
        );
        const sum = counts.reduce((a, b) => a + b, 0);
        return sum > 0 && sum <= limit;
      },
      max,
      { timeout: 20_000 },
    );
  };

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['tailings'], pino({ level: 'silent' }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    errors = watchErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the Brazilian facilities with the count the API gives, on a drawn map', async () => {
    const total = await apiTotal('country=BRA');
    assert.ok(total > 100, `the SIGBM register seeds hundreds of dams, got ${total}`);
    await page.goto(`${server.url}/tailings?country=BRA`);
    await page.getByRole('heading', { level: 1, name: 'Tailings' }).waitFor();
    const count = page.locator('.result-count');
    await count.waitFor({ timeout: 20_000 });
    assert.equal(
      await count.textContent(),
      `${new Intl.NumberFormat('en-GB').format(total)} facilities on the map`,
    );
    assert.equal(await page.locator('#tf-country').inputValue(), 'BRA');
    await waitForTableTotal(total);
    const rows = page.locator('.tailings table tbody tr');
    assert.equal(await rows.count(), Math.min(100, total));
    const countries = new Set(await rows.locator('td:nth-child(2)').allTextContents());
    assert.deepEqual([...countries], ['Brazil']);
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await waitForClusters(total);
    // The view fits Brazil's facilities, not the whole world.
    const [, south, , north] = await mapBounds();
    assert.ok(south > -45 && north < 15, `map shows latitudes ${south} to ${north}`);
    // The clustered points over South America add colours to the base map.
    const colours = await distinctColours(page, '.world-map canvas');
    assert.ok(colours > 20, `map canvas shows ${colours} colours`);
    await page.screenshot({ path: path.join(shotsDir, 'tailings-en.png') });
    // Includes the map's cluster counts, named by the number they show.
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('narrows the list by status and raise method, in step with the API and the download links', async () => {
    await page.locator('#tf-status').selectOption('active');
    const active = await apiTotal('country=BRA&status=active');
    await waitForTableTotal(active);
    assert.equal(
      await page.locator('.result-count').textContent(),
      `${new Intl.NumberFormat('en-GB').format(active)} facilities on the map`,
    );
    const statuses = new Set(await page.locator('.tailings table tbody td:nth-child(4)').allTextContents());
    assert.deepEqual([...statuses], ['Active']);

    await page.locator('#tf-raiseMethod').selectOption('downstream');
    const downstream = await apiTotal('country=BRA&status=active&raiseMethod=downstream');
    assert.ok(downstream > 0 && downstream < active, `${downstream} active downstream dams of ${active}`);
    await waitForTableTotal(downstream);
    const rows = page.locator('.tailings table tbody tr');
    // the first page of the list (100 rows a page)
    assert.equal(await rows.count(), Math.min(downstream, 100));
    assert.deepEqual([...new Set(await rows.locator('td:nth-child(5)').allTextContents())], ['Downstream']);
    const href = (await page.getByRole('link', { name: 'CSV' }).getAttribute('href')) ?? '';
    const query = new URL(href, server.url).searchParams;
    assert.equal(query.get('country'), 'BRA');
    assert.equal(query.get('status'), 'active');
    assert.equal(query.get('raiseMethod'), 'downstream');
    // The map follows the filter: its clusters now hold at most the downstream dams.
    await waitForClusters(downstream);
    await page.screenshot({ path: path.join(shotsDir, 'tailings-filtered-en.png') });
    assert.deepEqual(errors, []);
  });

  it('keeps the chosen filters in the page address: reload, back and forward show the same view', async () => {
    const params = () => new URL(page.url()).searchParams;
    /** Waits until the address's `name` parameter is `value` (null: absent); the page changes it without a load. */
    const waitForParam = (name: string, value: string | null) =>
      page.waitForFunction(
        ([n, v]) => new URLSearchParams(location.search).get(n) === v,
        [name, value] as const,
        {
          timeout: 20_000,
        },
      );
    assert.equal(params().get('country'), 'BRA');
    assert.equal(params().get('status'), 'active');
    assert.equal(params().get('raiseMethod'), 'downstream');
    const active = await apiTotal('country=BRA&status=active');
    const downstream = await apiTotal('country=BRA&status=active&raiseMethod=downstream');

    // A reload (or the same link opened elsewhere) restores the filters and the list they give.
    await page.reload();
    await waitForTableTotal(downstream);
    assert.equal(await page.locator('#tf-country').inputValue(), 'BRA');
    assert.equal(await page.locator('#tf-status').inputValue(), 'active');
    assert.equal(await page.locator('#tf-raiseMethod').inputValue(), 'downstream');

    // Each choice is a step in the history.
    await page.goBack();
    await waitForTableTotal(active);
    assert.equal(params().get('raiseMethod'), null);
    assert.equal(await page.locator('#tf-raiseMethod').inputValue(), '');
    assert.equal(await page.locator('#tf-status').inputValue(), 'active');
    await page.goForward();
    await waitForTableTotal(downstream);
    assert.equal(await page.locator('#tf-raiseMethod').inputValue(), 'downstream');

    // The colouring is part of the view too.
    await page.locator('#tf-colour').selectOption('status');
    await waitForParam('colour', 'status');
    await page.reload();
    await waitForTableTotal(downstream);
    assert.equal(await page.locator('#tf-colour').inputValue(), 'status');
    await page.locator('#tf-colour').selectOption('class');
    await waitForParam('colour', null);

    // Typing in a text box updates the address in place: no history entry per keystroke.
    // A word of the first listed operator's name, so the narrowed list is not empty.
    const operator =
      (await page.locator('.tailings table tbody tr td:nth-child(3)').first().textContent()) ?? '';
    const word =
      operator
        .split(/\s+/)
        .find((w) => /^\p{L}{3,}$/u.test(w))
        ?.toLowerCase() ?? 'zzq';
    const entries = await page.evaluate(() => history.length);
    await page.locator('#tf-operator').pressSequentially(word);
    await waitForParam('operator', word);
    const narrowed = await apiTotal(
      `country=BRA&status=active&raiseMethod=downstream&operator=${encodeURIComponent(word)}`,
    );
    assert.ok(narrowed > 0, `${narrowed} facilities whose operator matches ${word}`);
    await waitForTableTotal(narrowed);
    const operators = await page.locator('.tailings table tbody td:nth-child(3)').allTextContents();
    assert.ok(
      operators.every((o) => o.toLowerCase().includes(word)),
      operators.join(' | '),
    );
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.locator('#tf-operator').fill('');
    await waitForParam('operator', null);
    await waitForTableTotal(downstream);
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.deepEqual(errors, []);
  });

  it('downloads the filtered view as CSV: a header and one row per facility', async () => {
    const expected = await apiTotal('country=BRA&status=active&raiseMethod=downstream');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split(/\r?\n/);
    const header = lines[0].split(',');
    for (const column of ['id', 'name', 'country_iso3', 'status', 'raise_method', 'source_name', 'licence'])
      assert.ok(header.includes(column), `CSV header has ${column}: ${lines[0]}`);
    assert.equal(lines.length - 1, expected);
    const status = header.indexOf('status');
    const raise = header.indexOf('raise_method');
    // Rows whose quoted fields hold no comma split cleanly; they all show the filter's values.
    const simple = lines.slice(1).filter((l) => !l.includes('"'));
    for (const line of simple) {
      const cells = line.split(',');
      assert.equal(cells[status], 'active');
      assert.equal(cells[raise], 'downstream');
    }

    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'GeoJSON' }).click(),
    ]);
    const collection = JSON.parse(readFileSync(await geo.path(), 'utf8')) as { features: unknown[] };
    assert.equal(collection.features.length, expected);
  });

  it('pages through the table on the server, with the page in the address', async () => {
    const total = await apiTotal('country=BRA');
    await page.goto(`${server.url}/tailings?country=BRA`);
    await waitForTableTotal(total);
    const caption = page.locator('.tailings table caption');
    assert.match((await caption.textContent()) ?? '', /\(1–100 of /);
    const pager = page.getByRole('navigation', { name: 'Pages of the facility table' });
    const pages = Math.ceil(total / 100);
    await pager.getByText(`Page 1 of ${pages}`).waitFor();
    assert.ok(await pager.getByRole('button', { name: 'Previous page' }).isDisabled());
    await pager.getByRole('button', { name: 'Next page' }).click();
    await pager.getByText(`Page 2 of ${pages}`).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('page'), '2');
    assert.match((await caption.textContent()) ?? '', /\(101–/);
    const api = (await (
      await fetch(`${server.url}/api/tailings/facilities?country=BRA&limit=1&offset=100`)
    ).json()) as { items: { name: string }[] };
    await page.waitForFunction(
      (name) => document.querySelector('.tailings table tbody tr td')?.textContent === name,
      api.items[0]?.name,
    );
    // A reload keeps the page.
    await page.reload();
    await pager.getByText(`Page 2 of ${pages}`).waitFor();
    assert.deepEqual(errors, []);
  });

  it('sorts the whole view on the server from a column header, the order in the address', async () => {
    const pager = page.getByRole('navigation', { name: 'Pages of the facility table' });
    const header = page.locator('.tailings table thead').getByRole('button', { name: 'Hazard score' });
    const firstCell = () =>
      page.locator('.tailings table tbody tr').first().locator('td').nth(6).textContent();
    const top = async (sort: string) =>
      (
        (await (
          await fetch(`${server.url}/api/tailings/facilities?country=BRA&limit=1&sort=${sort}`)
        ).json()) as { items: { hazardScore: number }[] }
      ).items[0]?.hazardScore ?? -1;
    // From page 2, a click on the header sorts ascending and goes back to page 1 of the new order.
    await header.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'hazard');
    assert.equal(new URL(page.url()).searchParams.get('page'), null);
    await pager.getByText(/^Page 1 of /).waitFor();
    const lowest = new Intl.NumberFormat('en-GB').format(await top('hazard'));
    await page.waitForFunction(
      (text) => document.querySelector('.tailings table tbody tr td:nth-child(7)')?.textContent === text,
      lowest,
    );
    await header.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === '-hazard');
    // The first row holds the highest score of all 900-odd dams, not only of the page that was shown.
    const highest = new Intl.NumberFormat('en-GB').format(await top('-hazard'));
    await page.waitForFunction(
      (text) => document.querySelector('.tailings table tbody tr td:nth-child(7)')?.textContent === text,
      highest,
    );
    assert.equal(await firstCell(), highest);
    assert.equal(
      await page.locator('.tailings table thead th[aria-sort]').getAttribute('aria-sort'),
      'descending',
    );
    await page.reload();
    await page.waitForFunction(
      (text) => document.querySelector('.tailings table tbody tr td:nth-child(7)')?.textContent === text,
      highest,
    );
    assert.deepEqual(errors, []);
  });

  it('finds a facility by name, fits the map to it, and its popup names it with its class and status', async () => {
    // A facility whose name no other facility contains, from the API's second page of Brazil.
    const list = (await (
      await fetch(`${server.url}/api/tailings/facilities?country=BRA&limit=30&offset=100`)
    ).json()) as { items: { id: string; name: string; operator: string | null }[] };
    let target: { id: string; name: string } | undefined;
    for (const f of list.items)
      if ((await apiTotal(`q=${encodeURIComponent(f.name)}`)) === 1) {
        target = f;
        break;
      }
    assert.ok(target, 'a facility with a unique name');
    await page.getByLabel('Search: facility, mine, operator or municipality').fill(target.name);
    await waitForTableTotal(1);
    assert.equal(new URL(page.url()).searchParams.get('q'), target.name);
    assert.equal(new URL(page.url()).searchParams.get('page'), null, 'a new search starts on page 1');
    assert.equal(await page.locator('.tailings table tbody tr').count(), 1);
    // The map zooms to the one facility: a narrow view centred on it.
    await page.waitForFunction(() => {
      const b = document.querySelector('.world-map')?.getAttribute('data-map-bounds')?.split(',').map(Number);
      return !!b && b[2] - b[0] < 20;
    });
    // Zoomed in, the basemap draws the 1:10m coasts and borders around the view, and Brazil, whose own
    // label lies far off, is named inside the view.
    await page.locator('.world-map[data-basemap-scale="10m"]').waitFor();
    await page.waitForFunction(() => {
      const frame = document.querySelector('.world-map')?.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.map-country-label[data-m49="076"]')].some(
        (label) => {
          const r = label.getBoundingClientRect();
          return (
            !!frame &&
            label.style.display !== 'none' &&
            r.left >= frame.left &&
            r.right <= frame.right &&
            r.top >= frame.top &&
            r.bottom <= frame.bottom &&
            label.textContent === 'Brazil'
          );
        },
      );
    });
    const canvas = page.locator('.world-map canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    assert.ok(box);
    const popup = page.locator('.maplibregl-popup .facility-popup');
    // The point is drawn a moment after the view settles: click its spot until the popup opens.
    for (let attempt = 0; attempt < 10 && (await popup.count()) === 0; attempt++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: path.join(shotsDir, 'tailings-popup-en.png') });
    await popup.waitFor({ timeout: 2_000 });
    assert.equal(await popup.locator('strong').textContent(), target.name);
    const terms = await popup.locator('dt').allTextContents();
    assert.deepEqual(terms, ['GISTM-equivalent class', 'Status']);
    assert.equal(
      (await popup.locator('dd').allTextContents()).every((x) => x.trim().length > 0),
      true,
    );
    assert.equal(
      await popup.getByRole('link', { name: 'Open the facility page' }).getAttribute('href'),
      `/tailings/facilities/${target.id}`,
    );
    assert.deepEqual(errors, []);

    // Back to the view the next test opens.
    await page.goto(`${server.url}/tailings?country=BRA&status=active&raiseMethod=downstream`);
    await waitForTableTotal(await apiTotal('country=BRA&status=active&raiseMethod=downstream'));
  });

  it('opens a facility page with its fields and their provenance (source and licence)', async () => {
    const link = page.locator('.tailings table tbody tr').first().getByRole('link');
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 20_000 });
    const lead = (await page.locator('.tailings-facility .lead').textContent()) ?? '';
    assert.match(
      lead,
      /^Source: ANM .*SIGBM.*\. Licence: Brazilian open government data.*\. Retrieved: \d{4}-\d{2}-\d{2}\.$/,
    );
    const fieldRow = (label: string) =>
      page
        .locator('.tailings-facility tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    assert.equal(await fieldRow('Status').locator('td').first().textContent(), 'Active');
    assert.equal(await fieldRow('Raise method').locator('td').first().textContent(), 'Downstream');
    const provenance = await page.locator('.tailings-facility tbody td.muted').allTextContents();
    assert.ok(provenance.length >= 30, `${provenance.length} provenance cells`);
    for (const cell of provenance) assert.match(cell, /SIGBM|ANM/);
    assert.ok(provenance.some((c) => /Brazilian open government data/.test(c)));
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shotsDir, 'tailings-facility-en.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('names the GISTM principles in the published French translation where it was read, in Strata’s marked rendering otherwise', async () => {
    await page.getByLabel('Language').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    const statements = page.locator('.tailings-facility .principle-summary .principle-statement');
    assert.equal(await statements.count(), 15);
    assert.equal(await statements.nth(0).getAttribute('lang'), 'fr');
    assert.match((await statements.nth(0).textContent()) ?? '', /^Respecter les droits des populations/);
    // Principle 9: no published French wording was read, so Strata's rendering, marked unofficial.
    assert.equal(await statements.nth(8).getAttribute('lang'), 'fr');
    const row9 = page.locator('.tailings-facility .principle-summary tbody tr').nth(8);
    assert.match(
      (await row9.locator('th').textContent()) ?? '',
      /Engineer of Record.*\(traduction non officielle\)/,
    );
    const row1 = page.locator('.tailings-facility .principle-summary tbody tr').nth(0);
    assert.doesNotMatch((await row1.locator('th').textContent()) ?? '', /non officielle/);
    const sources = (await page.locator('.tailings-facility .principle-sources').textContent()) ?? '';
    assert.match(sources, /l’original anglais fait foi/);
    assert.match(sources, /Norme industrielle mondiale pour la gestion des résidus miniers/);
    assert.match(sources, /traductions de Strata/);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    // The library's summaries read in French too, said to be Strata's unofficial rendering.
    const facilityUrl = page.url();
    await page.goto(`${server.url}/tailings/knowledge`);
    const gtmi = page
      .locator('.tailings-knowledge li:has(> .resource-summary)')
      .filter({ hasText: 'Global Tailings Management Institute' });
    await gtmi.waitFor();
    assert.equal(await gtmi.locator('.resource-summary').getAttribute('lang'), 'fr');
    assert.match(
      (await gtmi.textContent()) ?? '',
      /lancé à Johannesburg le 21 janvier 2025.*\(traduction non officielle\)/,
    );
    // A seeded knowledge gap: the report's French title, then its description in French.
    const gap = page
      .locator('.tailings-knowledge li')
      .filter({ hasText: 'Le trafic de déchets dans le contexte' });
    assert.match(
      (await gap.first().textContent()) ?? '',
      /Thème de recherche cité dans le rapport sur la résolution 5\/12 de l’ANUE : le trafic de déchets/,
    );
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.goto(facilityUrl);
    await page.getByLabel('Langue').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('shows the facility and the registry in Arabic, right to left', async () => {
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    const lead = (await page.locator('.tailings-facility .lead').textContent()) ?? '';
    assert.match(lead, /^المصدر: .*الترخيص: /);
    const headings = await page.locator('.tailings-facility h2').allTextContents();
    assert.ok(headings.length > 0 && headings.every((h) => ARABIC.test(h)), headings.join(' | '));
    await page.screenshot({ path: path.join(shotsDir, 'tailings-facility-ar.png') });
    // No published Arabic wording of the principles was read: Strata's rendering, marked unofficial.
    const statement = page.locator('.tailings-facility .principle-summary .principle-statement').first();
    assert.equal(await statement.getAttribute('lang'), 'ar');
    assert.match((await statement.textContent()) ?? '', ARABIC);
    assert.match((await page.locator('.tailings-facility .principle-sources').textContent()) ?? '', ARABIC);

    // A facility whose class comes through a crosswalk: the crosswalk's note is in Arabic too; only the
    // reference stays as published, isolated.
    const high = await fetch(`${server.url}/api/tailings/facilities?country=BRA&class=high&limit=1`);
    const [classed] = ((await high.json()) as { items: { id: string }[] }).items;
    assert.ok(classed, 'a Brazilian facility of the high class');
    await page.goto(`${server.url}/tailings/facilities/${classed.id}`);
    const note = page.locator('.tailings-facility .crosswalk-note');
    const noteText = (await note.textContent()) ?? '';
    assert.match(noteText, /^ملاحظة جدول المقابلة ومرجعه: .*[\u0600-\u06FF].*\. /);
    assert.doesNotMatch(noteText, /points score|same class|population band/);
    assert.equal(await note.locator('bdi[lang="en"]').count(), 1);
    // The note sits under its value: the page does not grow sideways (it once made the facts 2,400 px wide).
    const width = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok((width[0] ?? 0) <= (width[1] ?? 0), `page ${width[0]} px wide in a ${width[1]} px window`);
    const phone = await widthOnPhone(page);
    assert.ok(phone.page <= phone.window, `facility ${phone.page} px wide in a ${phone.window} px window`);

    await page.goto(`${server.url}/tailings?country=BRA`);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: 'المخلفات المنجمية' }).waitFor();
    const count = page.locator('.result-count');
    await count.waitFor({ timeout: 20_000 });
    assert.match((await count.textContent()) ?? '', /على الخريطة/);
    assert.match((await page.locator('label[for="tf-status"]').textContent()) ?? '', ARABIC);
    const total = await apiTotal('country=BRA');
    // The caption's numbers are in Arabic-Indic or Latin digits depending on the locale data.
    const caption = (await page.locator('.tailings table caption').textContent()) ?? '';
    assert.match(caption, ARABIC);
    const digits = caption.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    assert.match(digits.replace(/[٬,\s]/g, ''), new RegExp(String(total)));
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shotsDir, 'tailings-ar.png') });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('lets a journalist reading Arabic find Brazil’s high-class facilities and download them', async () => {
    await page.goto(`${server.url}/tailings?country=BRA`);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const classFilter = page.locator('#tf-class');
    // The choices are in Arabic: the journalist picks the one the catalog names for "high".
    const highLabel = (await classFilter.locator('option[value="high"]').textContent()) ?? '';
    assert.match(highLabel, ARABIC);
    await classFilter.selectOption({ label: highLabel });
    await page.waitForURL(/class=high/);
    const expected = await apiTotal('country=BRA&class=high');
    assert.ok(expected > 0, 'Brazil has facilities of the high class');
    // The caption's numbers may be in Arabic-Indic digits: read them as Latin digits.
    await page.waitForFunction(
      (n) =>
        (document.querySelector('.tailings table caption')?.textContent ?? '')
          .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
          .replace(/[\u066c,]/g, '')
          .includes(String(n)),
      expected,
      { timeout: 20_000 },
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    assert.equal(lines.length - 1, expected);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });
});
