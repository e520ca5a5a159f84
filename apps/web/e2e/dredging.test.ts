/**
 * Browser test of the Marine dredging watch against the real server (in-process, in-memory database)
 * seeded with the labelled synthetic demo dataset, driven by the system Chromium through playwright-core.
 *
 *   node --import tsx --test apps/web/e2e/dredging.test.ts
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, chromium, type Download, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  CANVAS_ONLY,
  CHROMIUM,
  CHROMIUM_ARGS,
  distinctColours,
  ensureBuilt,
  shotsDir,
  skip,
  startSeededServer,
  watchErrors,
} from './support.ts';

const ARABIC = /[\u0600-\u06FF]/;

interface Band {
  low: number;
  central: number;
  high: number;
}
interface CountryRow {
  country: string | null;
  name: string;
  volumeM3: Band;
}
interface VesselRow {
  mmsi: number;
  name: string | null;
}

/** The three numbers of a rendered band "central m³ (low–high)", in any digits, separators dropped. */
function bandNumbers(text: string): Band {
  const latin = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const match =
    /([\d.,\u066B\u066C\s\u00A0\u202F]+)\s*m(?:³|3)?[^(]*\(([\d.,\u066B\u066C\s\u00A0\u202F]+)[–-]([\d.,\u066B\u066C\s\u00A0\u202F]+)\)/.exec(
      latin.replace(/م³/g, 'm³'),
    );
  assert.ok(match, `a volume band in "${text}"`);
  const n = (s: string) => Number(s.replace(/[^\d]/g, ''));
  return { central: n(match[1]), low: n(match[2]), high: n(match[3]) };
}

/**
 * How many pixels of an element show a colour: `warm` is the red-orange of the intensity ramp (#fdd49e to
 * #b30000) and of the dredging track (#D55E00); `deep` is the dark red of the ramp's top only.
 */
async function pixelsOf(page: Page, selector: string, kind: 'warm' | 'deep'): Promise<number> {
  const png = (await page.locator(selector).screenshot(CANVAS_ONLY)).toString('base64');
  return page.evaluate(
    async ([data, which]) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
        if (which === 'deep' ? r > 160 && g < 60 && b < 60 : r > 110 && r - b > 90 && r - g > 40) count++;
      }
      return count;
    },
    [png, kind] as const,
  );
}

async function downloadText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
}

describe('dredging screens in Chromium', { skip, timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let countries: CountryRow[];
  let vessels: VesselRow[];

  const api = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${server.url}/api/dredging/${route}`);
    assert.equal(response.status, 200, route);
    return (await response.json()) as T;
  };

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['dredging'], pino({ level: 'silent' }));
    countries = (await api<{ items: CountryRow[] }>('countries')).items;
    vessels = (await api<{ items: VesselRow[] }>('vessels')).items;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    errors = watchErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('labels the overview as synthetic data and draws the dredging hexagons on the map', async () => {
    assert.ok(countries.length > 0 && vessels.length > 0, 'the demo seed has countries and dredgers');
    const hexagons = page.waitForResponse((r) =>
      r.url().includes('/api/dredging/downloads/hexagons.geojson'),
    );
    await page.goto(`${server.url}/dredging`);
    await page.getByRole('heading', { level: 1, name: 'Marine dredging' }).waitFor();
    const first = await hexagons;
    // At world scale the map asks for coarse cells (H3 resolution 3), large enough to see.
    assert.equal(new URL(first.url()).searchParams.get('resolution'), '3');
    const cells = (await first.json()) as { features: { geometry: { type: string } }[] };
    assert.ok(cells.features.length > 0, 'the map has hexagons to draw');
    assert.ok(cells.features.every((f) => f.geometry.type === 'Polygon'));
    const note = page.getByRole('note');
    await note.waitFor({ timeout: 20_000 });
    assert.match((await note.textContent()) ?? '', /^Synthetic demo data\./);
    assert.match((await page.locator('.dredging-notice').textContent()) ?? '', /not real vessels/);
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    // The cells' centres are drawn in the red-orange intensity ramp, which the base map never uses.
    const warm = await pixelsOf(page, '.world-map canvas', 'warm');
    assert.ok(warm > 30, `${warm} red-orange pixels on the map`);
    assert.ok((await distinctColours(page, '.world-map canvas')) > 20);
    // At world scale the centres of neighbouring cells overlap; the most intense cell must stay on top, so
    // its dark red shows rather than a paler neighbour's colour.
    const deep = await pixelsOf(page, '.world-map canvas', 'deep');
    assert.ok(deep > 40, `${deep} dark red pixels: the hottest cell is hidden under a weaker one`);
    const countryRows = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: 'Dredged volume by country waters' }) })
      .locator('tbody tr');
    await countryRows.first().waitFor();
    assert.equal(await countryRows.count(), countries.length);
    await page.screenshot({ path: path.join(shotsDir, 'dredging-en.png') });
    assert.deepEqual(await accessibilityViolations(page), []);
    // The panel names the colours and lets the reader hide each layer: with both hidden, no red is left.
    const panel = page.locator('.map-controls');
    await panel.getByRole('heading', { name: 'Dredged volume per cell, central estimate (m³)' }).waitFor();
    for (const name of ['Cell centres', 'H3 cells']) await panel.getByRole('checkbox', { name }).uncheck();
    await page.waitForTimeout(300);
    const hiddenWarm = await pixelsOf(page, '.world-map canvas', 'warm');
    assert.ok(
      hiddenWarm < warm / 10,
      `${hiddenWarm} red-orange pixels left of ${warm} with the layers hidden`,
    );
    for (const name of ['Cell centres', 'H3 cells']) await panel.getByRole('checkbox', { name }).check();
    // Zoomed in, it asks for finer cells.
    const finer = page.waitForResponse(
      (r) =>
        r.url().includes('/api/dredging/downloads/hexagons.geojson') &&
        Number(new URL(r.url()).searchParams.get('resolution')) >= 5,
    );
    for (let i = 0; i < 6; i++) await page.locator('.maplibregl-ctrl-zoom-in').click();
    assert.equal((await finer).status(), 200);
    assert.deepEqual(errors, []);
  });

  it('downloads the hexagons as GeoJSON and CSV', async () => {
    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.downloads a[href*="hexagons.geojson"]').click(),
    ]);
    const collection = JSON.parse(await downloadText(geo)) as {
      type: string;
      features: { geometry: { type: string }; properties: Record<string, number> }[];
    };
    assert.equal(collection.type, 'FeatureCollection');
    assert.ok(collection.features.length > 0);
    for (const f of collection.features) {
      assert.equal(f.geometry.type, 'Polygon');
      const p = f.properties;
      assert.ok(p.volume_m3_low <= p.volume_m3_central && p.volume_m3_central <= p.volume_m3_high);
    }
    const csvLink = page.locator('.downloads a[href*="hexagons.csv"]');
    const [csv] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    const lines = (await downloadText(csv)).trimEnd().split(/\r?\n/);
    assert.match(lines[0], /volume_m3_central/);
    assert.equal(lines.length - 1, collection.features.length, 'one CSV row per hexagon');
  });

  it('opens a country panel with its low–central–high volume band', async () => {
    const top = countries.find((c) => c.country !== null);
    assert.ok(top?.country);
    await page.getByRole('link', { name: top.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Dredging in the waters of ${top.name}` }).waitFor();
    const lead = page.locator('.dredging-country .lead');
    await lead.waitFor({ timeout: 20_000 });
    const text = (await lead.textContent()) ?? '';
    assert.match(text, /^Total dredged volume: [\d,]+ m³ \([\d,]+–[\d,]+\)$/);
    const shown = bandNumbers(text);
    const panel = await api<{ total: { volumeM3: Band } }>(`countries/${top.country}`);
    const round = (b: Band) => ({
      low: Math.round(b.low),
      central: Math.round(b.central),
      high: Math.round(b.high),
    });
    assert.deepEqual(shown, round(panel.total.volumeM3));
    assert.ok(shown.low <= shown.central && shown.central <= shown.high);
    assert.match((await page.getByRole('note').textContent()) ?? '', /^Synthetic demo data\./);
    // the yearly band chart is drawn once its series has arrived
    await page.locator('.dredging-country svg').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(shotsDir, 'dredging-country-en.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('finds a dredger by MMSI and sorts the list on the server, the view in the address', async () => {
    await page.goto(`${server.url}/dredging`);
    const section = page.locator('section[aria-labelledby="dredging-vessels"]');
    const rows = section.locator('table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), Math.min(vessels.length, 50));
    const target = vessels[vessels.length - 1];
    await section.getByLabel('Find a dredger').fill(String(target.mmsi));
    await section.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(
      (m) => new URLSearchParams(location.search).get('vq') === m,
      String(target.mmsi),
    );
    await page.waitForFunction(
      () => document.querySelectorAll('section[aria-labelledby="dredging-vessels"] tbody tr').length === 1,
    );
    assert.equal(await rows.first().locator('td').nth(1).textContent(), String(target.mmsi));
    await section.getByLabel('Find a dredger').fill('');
    await section.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('vq'));
    // A header click orders every dredger by MMSI on the server.
    await section.locator('thead').getByRole('button', { name: 'MMSI' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('vsort') === 'mmsi');
    const lowest = String(Math.min(...vessels.map((v) => v.mmsi)));
    await page.waitForFunction(
      (m) =>
        document.querySelector('section[aria-labelledby="dredging-vessels"] tbody tr td:nth-child(2)')
          ?.textContent === m,
      lowest,
    );
    assert.deepEqual(errors, []);
  });

  it('opens a vessel page with its track on the map and its cycles, downloadable', async () => {
    const vessel = vessels[0];
    const data = await api<{ cycles: unknown[]; track: unknown[] }>(`vessels/${vessel.mmsi}`);
    assert.ok(data.track.length > 1 && data.cycles.length > 0, 'the demo dredger has a track and cycles');
    await page.goto(`${server.url}/dredging/vessels/${vessel.mmsi}`);
    await page.getByRole('heading', { level: 1, name: vessel.name ?? `MMSI ${vessel.mmsi}` }).waitFor();
    const cycleRows = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: /^Cycles$/ }) })
      .locator('tbody tr');
    await cycleRows.first().waitFor({ timeout: 20_000 });
    assert.equal(await cycleRows.count(), Math.min(50, data.cycles.length));
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    // The track's activity colours over the sea: a drawn track adds many colours to the zoomed base map.
    const colours = await distinctColours(page, '.world-map canvas');
    assert.ok(colours > 20, `track map shows ${colours} colours`);
    // Dredging stretches are drawn in orange (#D55E00), a colour the zoomed base map does not use.
    const dredging = await pixelsOf(page, '.world-map canvas', 'warm');
    assert.ok(dredging > 10, `${dredging} orange track pixels`);
    await page.locator('.world-map').screenshot({ path: path.join(shotsDir, 'dredging-vessel-map-en.png') });
    await page.screenshot({ path: path.join(shotsDir, 'dredging-vessel-en.png'), fullPage: true });

    const [track] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Track as GeoJSON' }).click(),
    ]);
    const lines = JSON.parse(await downloadText(track)) as { features: { geometry: { type: string } }[] };
    assert.ok(lines.features.length > 0);
    assert.ok(lines.features.some((f) => /LineString|Point/.test(f.geometry.type)));
    const [cycles] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Cycles as CSV' }).click(),
    ]);
    const rows = (await downloadText(cycles)).trimEnd().split(/\r?\n/);
    assert.match(rows[0], /volume_m3_central/);
    assert.equal(rows.length - 1, data.cycles.length);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('filters the overview by year and month: the address, the tables and the API agree', async () => {
    const series = (await api<{ items: { month: string }[] }>('series')).items;
    assert.ok(series.length > 0);
    const [year, month] = series[0].month.split('-');
    /** After a load the selects fill in once the periods have arrived: waits for the month to be shown. */
    const waitForMonthShown = () =>
      page.waitForFunction(
        (value) => (document.querySelector('#dr-month') as HTMLSelectElement | null)?.value === value,
        String(Number(month)),
        { timeout: 20_000 },
      );
    await page.goto(`${server.url}/dredging`);
    const countryRows = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: 'Dredged volume by country waters' }) })
      .locator('tbody tr');
    await countryRows.first().waitFor({ timeout: 20_000 });
    assert.ok(await page.locator('#dr-month').isDisabled(), 'month waits for a year');
    await page.locator('#dr-year').selectOption(year);
    await page.locator('#dr-month').selectOption(String(Number(month)));
    await page.waitForURL((url) => url.searchParams.get('month') === String(Number(month)));
    assert.equal(new URL(page.url()).searchParams.get('year'), year);
    // The time slider stands on the same month (the first with dredging), named in words.
    const slider = page.getByRole('slider', { name: 'Period on the map' });
    // the slider follows the address once the page has rendered the new period
    await page.waitForFunction(
      () => (document.querySelector('#dr-slider') as HTMLInputElement | null)?.value === '1',
    );
    const monthName = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' });
    assert.equal(
      await slider.getAttribute('aria-valuetext'),
      monthName.format(new Date(`${series[0].month}-15T00:00:00Z`)),
    );
    const monthly = (await api<{ items: CountryRow[] }>(`countries?year=${year}&month=${Number(month)}`))
      .items;
    assert.ok(monthly.length > 0, `dredging in ${year}-${month}`);
    const central = (band: Band) => new Intl.NumberFormat('en-GB').format(Math.round(band.central));
    // The table shows the month's figures: same countries, same central volumes as the API. Wait on the
    // state the assertions read (this table, all its rows), not on any table showing one matching row:
    // the year's rows could still be on screen while the month's request was in flight.
    const expected = monthly.map((row) => [row.name, central(row.volumeM3)] as const);
    await page.waitForFunction(
      (pairs) => {
        const table = [...document.querySelectorAll('table')].find((t) =>
          t.querySelector('caption')?.textContent?.includes('Dredged volume by country waters'),
        );
        const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) => r.textContent ?? '');
        return (
          rows.length === pairs.length &&
          pairs.every(([name, value]) => rows.some((row) => row.includes(name) && row.includes(value)))
        );
      },
      expected,
      { timeout: 20_000 },
    );
    assert.equal(await countryRows.count(), monthly.length);
    // A country link keeps the period.
    const link = page.getByRole('link', { name: monthly[0].name, exact: true });
    assert.match((await link.getAttribute('href')) ?? '', new RegExp(`year=${year}&month=${Number(month)}`));
    await page.reload();
    // After a reload the selects fill in once the periods have loaded: wait for the month to be shown.
    await waitForMonthShown();
    assert.equal(await page.locator('#dr-year').inputValue(), year);
    assert.equal(await page.locator('#dr-month').inputValue(), String(Number(month)));
    // A vessel opened from this view keeps the period, and the way back shows the same view.
    const vesselLink = page.locator('a[href^="/dredging/vessels/"]').first();
    const period = new RegExp(`year=${year}&month=${Number(month)}`);
    assert.match((await vesselLink.getAttribute('href')) ?? '', period);
    await vesselLink.click();
    await page.waitForURL(/\/dredging\/vessels\//);
    const back = page.getByRole('link', { name: '← Marine dredging watch' });
    assert.match((await back.getAttribute('href')) ?? '', period);
    await back.click();
    await waitForMonthShown();
    assert.equal(await page.locator('#dr-year').inputValue(), year);
    // One step of the slider shows the next month with dredging; its start shows every period.
    if (series.length > 1) {
      const [nextYear, nextMonth] = series[1].month.split('-');
      await page.getByRole('slider', { name: 'Period on the map' }).press('ArrowRight');
      await page.waitForURL(
        (url) =>
          url.searchParams.get('year') === nextYear &&
          url.searchParams.get('month') === String(Number(nextMonth)),
      );
      await page.getByRole('slider', { name: 'Period on the map' }).press('Home');
      await page.waitForURL((url) => !url.searchParams.has('year') && !url.searchParams.has('month'));
    }
    assert.deepEqual(errors, []);
  });

  it('shows the overview and a country panel in Arabic, right to left', async () => {
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await page.goto(`${server.url}/dredging`);
    await page.getByRole('heading', { level: 1, name: 'الجرف البحري' }).waitFor();
    const note = page.getByRole('note');
    await note.waitFor({ timeout: 20_000 });
    assert.match((await note.textContent()) ?? '', /^بيانات عرض توضيحي اصطناعية\./);
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shotsDir, 'dredging-ar.png') });

    const top = countries.find((c) => c.country !== null);
    assert.ok(top?.country);
    await page.goto(`${server.url}/dredging/countries/${top.country}`);
    const heading = page.getByRole('heading', { level: 1 });
    await page.locator('.dredging-country .lead').waitFor({ timeout: 20_000 });
    const title = (await heading.textContent()) ?? '';
    assert.match(title, /^الجرف في مياه /);
    assert.ok(!title.includes(top.name), `the country name is in Arabic: ${title}`);
    const lead = (await page.locator('.dredging-country .lead').textContent()) ?? '';
    assert.match(lead, /^إجمالي الحجم المجروف:/);
    assert.match(lead, /م³/);
    const shown = bandNumbers(lead);
    assert.ok(shown.low <= shown.central && shown.central <= shown.high, lead);
    assert.match(title, ARABIC);
    await page.screenshot({ path: path.join(shotsDir, 'dredging-country-ar.png') });
    assert.deepEqual(errors, []);
  });
});
