/**
 * Browser test of the Global Sand Observatory against the real server (in-process, in-memory database)
 * seeded with the sand module's own seed (IRP from the shared data folder when present, the bundled cement
 * table, the USGS series), driven by the system Chromium through playwright-core.
 *
 *   STRATA_E2E=1 npm test -- e2e/sand
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sharedDataFile } from '@strata/core';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Download, Page } from 'playwright-core';
import {
  accessibilityViolations,
  distinctColours,
  ensureBuilt,
  openBrowserPage,
  shotsDir,
  skip,
  startSeededServer,
  webDir,
  widthOnPhone,
} from './support.ts';

interface Band {
  low: number;
  central: number;
  high: number;
}
interface World {
  total: Band;
  countries: number;
  byTier: { tier: string }[];
  byGroup: { group: string | null }[];
  byRegion: { region: string | null }[];
}
interface MapItem extends Band {
  iso3: string;
  tier: string;
}
interface Profile {
  indicators: { points: { year: number; headline: { tier: string }; all: { tier: string }[] }[] }[];
}

const catalog = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(webDir, 'src/i18n/catalogs/sand', `${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;

async function downloadText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
}

/** The official US series comes from the USGS table in the shared data folder; without it there is none. */
const usgsSkip = sharedDataFile('sand/usgs-aggregates-by-state-1971-2023.csv')
  ? false
  : 'no USGS aggregates table in the shared data folder (../shared/data/sand), so no official series is seeded';

describe('sand observatory screens in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const year = 2019;
  /** Requests for the 1:10m basemap, which only a closer view needs. */
  const tenMetre: string[] = [];

  const api = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${server.url}/api/sand/${route}`);
    assert.equal(response.status, 200, route);
    return (await response.json()) as T;
  };

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['sand'], pino({ level: 'silent' }));
    ({ browser, page, errors } = await openBrowserPage());
    page.on('request', (request) => {
      if (/countries-10m/.test(request.url())) tenMetre.push(request.url());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the world total of the year with its band and the totals by tier, as the API gives them', async () => {
    const world = await api<World>(`world?year=${year}`);
    assert.ok(world.countries > 0, 'the seed has figures for the reference year');
    await page.goto(`${server.url}/sand`);
    await page.getByRole('heading', { level: 1, name: 'Sand and gravel in the world' }).waitFor();
    const headline = page.locator('.sand-headline');
    await headline.waitFor({ timeout: 20_000 });
    const gt = (t: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(t / 1e9);
    const text = (await headline.textContent()) ?? '';
    assert.ok(
      text.startsWith(`${gt(world.total.central)} Gt`),
      `${text} shows ${gt(world.total.central)} Gt`,
    );
    if (world.total.low !== world.total.high)
      assert.ok(text.includes(`(${gt(world.total.low)}–${gt(world.total.high)})`), text);
    const tierRows = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: 'By method tier' }) })
      .locator('tbody tr');
    assert.equal(await tierRows.count(), world.byTier.length);
    // The regional totals: one row per group the API sums, named in the reader's language.
    const groupRows = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: 'By UN regional group' }) })
      .locator('tbody tr');
    assert.equal(await groupRows.count(), world.byGroup.length);
    await groupRows.filter({ hasText: 'African States' }).first().waitFor();
    const regionRows = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: 'By M49 region' }) })
      .locator('tbody tr');
    assert.equal(await regionRows.count(), world.byRegion.length);
    assert.equal(await page.locator('#sand-world-year').inputValue(), String(year));
    await page.screenshot({ path: path.join(shotsDir, 'sand-world-en.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('colours the map, lists every country with a figure and downloads them as CSV and GeoJSON', async () => {
    const map = await api<{ items: MapItem[] }>(`map?indicator=construction-aggregates&year=${year}`);
    await page.goto(`${server.url}/sand/map?year=${year}`);
    await page.getByRole('heading', { level: 1, name: 'Map of sand and gravel by country' }).waitFor();
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
    const rows = page.locator('#sand-map-table tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    assert.equal(await rows.count(), Math.min(50, map.items.length));
    assert.ok((await distinctColours(page, '.world-map canvas')) > 5, 'the countries are coloured');
    const missing = (await page.locator('.legend li').last().textContent()) ?? '';
    assert.match(missing, /^No figure \(\d+ countr(y|ies)\)$/);
    await page.screenshot({ path: path.join(shotsDir, 'sand-map-en.png') });

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    const lines = (await downloadText(csv)).trimEnd().split(/\r?\n/);
    assert.match(lines[0] ?? '', /^iso3,country,year,indicator,tier,unit,low,central,high,source_id$/);
    assert.match(lines[1] ?? '', /^[A-Z]{3},[^,]*,\d{4},construction-aggregates,[a-z_-]+,t,/);
    assert.equal(lines.length - 1, map.items.length, 'one CSV row per country on the map');
    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /GeoJSON/ }).click(),
    ]);
    const collection = JSON.parse(await downloadText(geo)) as {
      features: { geometry: { type: string } | null; properties: { iso3: string; central: number } }[];
    };
    assert.equal(collection.features.length, map.items.length);
    const shaped = collection.features.filter((f) => f.geometry && /Polygon/.test(f.geometry.type));
    assert.ok(shaped.length > map.items.length * 0.8, `${shaped.length} of ${map.items.length} have a shape`);
    const first = map.items[0];
    assert.ok(first);
    assert.equal(
      collection.features.find((f) => f.properties.iso3 === first.iso3)?.properties.central,
      first.central,
    );
    assert.deepEqual(await accessibilityViolations(page), []);

    // The basemap names the largest countries at the world view, the small ones only closer in, in the
    // reader's language (the UN names of the country table).
    const brazil = page.locator('.map-country-label[data-m49="076"]');
    assert.equal(await brazil.textContent(), 'Brazil');
    assert.ok(await brazil.isVisible(), 'Brazil is named at the world view');
    const luxembourg = page.locator('.map-country-label[data-m49="442"]');
    assert.equal(await luxembourg.isVisible(), false, 'Luxembourg is not named at the world view');
    // The world view draws the light 1:50m countries; the 1:10m file is not even fetched.
    assert.equal(await page.locator('.world-map').first().getAttribute('data-basemap-scale'), '50m');
    assert.equal(tenMetre.length, 0, tenMetre.join());
    await page.locator('#language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('.map-country-label[data-m49="076"]').filter({ hasText: 'البرازيل' }).waitFor();
    assert.equal(await page.locator('.map-country-label[data-m49="076"]').getAttribute('lang'), 'ar');
    await page.locator('#language').selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.getByRole('checkbox', { name: 'Country names' }).uncheck();
    assert.equal(await page.locator('.map-country-label').count(), 0, 'the names can be hidden');
    await page.getByRole('checkbox', { name: 'Country names' }).check();
    await page.locator('.map-country-label[data-m49="076"]').waitFor();
    assert.deepEqual(errors, []);
  });

  it('divides the map by population: the address, the table and the legend say t per person', async () => {
    const perPerson = await api<{ unit: string; items: MapItem[] }>(
      `map?indicator=construction-aggregates&year=${year}&per=population`,
    );
    assert.equal(perPerson.unit, 't/person');
    await page.getByRole('radio', { name: 'Per person (t a year)' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('per') === 'population');
    await page.locator('#sand-map-table thead').getByText('Figure (t/person a year)').waitFor();
    const rows = page.locator('#sand-map-table tbody tr');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#sand-map-table tbody tr').length === n,
      Math.min(50, perPerson.items.length),
    );
    // The first country's central figure, as the API divides it, two significant digits.
    const first = perPerson.items[0];
    assert.ok(first);
    const expected = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 }).format(first.central);
    assert.match((await rows.first().textContent()) ?? '', new RegExp(`${expected.replace('.', '\\.')} \\(`));
    await page.getByRole('list', { name: 'Legend, t/person a year' }).getByText('3–6 t/person').waitFor();
    assert.ok((await distinctColours(page, '.world-map canvas')) > 5, 'the countries are coloured');
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('profiles the United States: official figures published, the estimates beside them, and their sources', {
    skip: usgsSkip,
  }, async () => {
    const profile = await api<Profile>('countries/USA/profile');
    const points = profile.indicators[0]?.points ?? [];
    const official = points.find((p) => p.headline.tier === 'official' && p.all.length > 1);
    assert.ok(official, 'the seed has a year with an official figure and an estimate');
    await page.goto(`${server.url}/sand/countries/USA`);
    await page
      .getByRole('heading', { level: 1, name: 'Sand and gravel: United States of America' })
      .waitFor();
    const table = page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: 'Sand, gravel and crushed rock for construction' }) })
      .last();
    const row = table
      .locator('tbody tr')
      .filter({ has: page.locator('td', { hasText: new RegExp(`^${official.year}$`) }) });
    await row.waitFor({ timeout: 20_000 });
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[1], 'Official statistic');
    assert.match(
      cells[4] ?? '',
      /IRP data|Cement proxy/,
      'the estimate stays visible beside the official figure',
    );
    assert.doesNotMatch(cells[4] ?? '', /Official statistic/, 'the published figure is not listed again');
    // the series chart is drawn once its data has arrived
    await page.locator('.sand-country .chart-plot svg').first().waitFor({ timeout: 20_000 });
    const sources = (await page.locator('.sand-sources').textContent()) ?? '';
    assert.match(sources, /US Geological Survey/);
    assert.match(sources, /public domain/);
    await page.screenshot({ path: path.join(shotsDir, 'sand-country-en.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('writes the methodology from the code’s parameters: tiers in order and the cement factors', async () => {
    await page.goto(`${server.url}/sand/methodology`);
    await page.getByRole('heading', { level: 1, name: 'Methodology' }).waitFor();
    const tiers = await page.locator('.sand-method ol > li .sand-tier').allTextContents();
    assert.deepEqual(tiers, [
      'Official statistic',
      'IRP data',
      'Cement proxy',
      'Regression or interpolation',
    ]);
    const text = (await page.locator('.sand-method').textContent()) ?? '';
    assert.match(text, /low 5\.26 \(the factor of the IRP estimation code\), central 6\.5 and high 10/);
    // On a phone the parameter table scrolls in its own frame; the page does not.
    const phone = await widthOnPhone(page);
    assert.ok(phone.page <= phone.window, `methodology ${phone.page} px wide in a ${phone.window} px window`);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('shows the world page in the six languages, Arabic right to left', async () => {
    await page.goto(`${server.url}/sand`);
    for (const lang of ['fr', 'es', 'ru', 'zh', 'ar', 'en']) {
      await page.locator('#language').selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.getByRole('heading', { level: 1, name: catalog(lang)['world.title'] }).waitFor();
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await page.locator('.sand-headline').waitFor({ timeout: 20_000 });
      if (lang === 'ar') {
        await page.screenshot({ path: path.join(shotsDir, 'sand-world-ar.png'), fullPage: true });
        assert.deepEqual(await accessibilityViolations(page), []);
      }
    }
    assert.deepEqual(errors, []);
  });
});
