/**
 * Browser test of "bring your own AIS": a signed-in researcher uploads a small NMEA file on the upload
 * page, watches the background job finish, opens the private dataset and publishes it.
 *
 *   STRATA_E2E=1 node --import tsx --test apps/web/e2e/dredging-upload.test.ts
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateScenario, scenarioNmeaLines, scenarioOptions } from '@strata/dredging';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  arabicCatalog,
  ensureBuilt,
  openBrowserPage,
  signInAs,
  skip,
} from './support.ts';

const ar = arabicCatalog('dredging');

describe('bring your own AIS in Chromium', { skip, timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dir: string;
  const saved = process.env.STRATA_DATA_DIR;
  const email = 'researcher@strata.test';
  const password = 'correct horse battery';

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'strata-e2e-upload-'));
    // The database stays in memory; uploaded files wait in this folder.
    process.env.STRATA_DATA_DIR = dir;
    const { startServer } = await import('@strata/server');
    server = await startServer({ port: 0, dataDir: null, seed: false, logger: pino({ level: 'silent' }) });
    await server.ctx.platform.countries.seed();
    const root = await server.ctx.platform.accounts.createUser(
      null,
      { email: 'root@strata.test', password, role: 'secretariat' },
      { bootstrap: true },
    );
    const secretariat = {
      userId: root.userId,
      email: 'root@strata.test',
      role: 'secretariat' as const,
      countryIso3: null,
      organisationId: null,
      companyId: null,
    };
    const org = await server.ctx.platform.accounts.createOrganisation(secretariat, {
      name: 'Fictional Coastal Research Group (test)',
    });
    await server.ctx.platform.accounts.createUser(secretariat, {
      email,
      password,
      role: 'observer_contact',
      organisationId: org.id,
    });
    writeFileSync(
      path.join(dir, 'survey.nmea'),
      `${[...scenarioNmeaLines(generateScenario(scenarioOptions({ seed: 7, days: 1, hoppers: 1, cutters: 0, cargo: 1, fishing: 0 })))].join('\n')}\n`,
    );
    writeFileSync(
      path.join(dir, 'survey-2.nmea'),
      `${[...scenarioNmeaLines(generateScenario(scenarioOptions({ seed: 8, days: 1, hoppers: 1, cutters: 0, cargo: 0, fishing: 0 })))].join('\n')}\n`,
    );
    ({ browser, page, errors } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (saved === undefined) delete process.env.STRATA_DATA_DIR;
    else process.env.STRATA_DATA_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads a small NMEA file, follows the job to the end, opens and publishes the dataset', async () => {
    await page.goto(`${server.url}/dredging/upload`);
    await page.waitForURL(/\/sign-in/);
    await signInAs(page, server.url, email, password);
    await page.goto(`${server.url}/dredging/upload`);
    await page.getByRole('heading', { level: 1, name: 'Bring your own AIS file' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByLabel('AIS file').setInputFiles(path.join(dir, 'survey.nmea'));
    await page.getByLabel('Format').selectOption('nmea');
    await page.getByLabel('Dataset name (optional)').fill('Fictional survey');
    await page.getByRole('button', { name: 'Upload and analyse' }).click();
    await page.getByTestId('upload-status').filter({ hasText: 'Finished' }).waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('progress').getAttribute('value'), '100');
    assert.match((await page.locator('article').textContent()) ?? '', /only you and the secretariat/);
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByRole('button', { name: 'Publish this dataset' }).click();
    await page.getByText('Published: everyone can now see this dataset.').waitFor();
    const link = page.getByRole('link', { name: 'Open the results of Fictional survey' });
    const href = (await link.getAttribute('href')) ?? '';
    assert.match(href, /^\/dredging\?dataset=upload-/);
    // Published: an anonymous request now reads it.
    const id = decodeURIComponent(href.split('dataset=')[1]);
    const anonymous = await fetch(`${server.url}/api/dredging/vessels?dataset=${id}`);
    assert.equal(anonymous.status, 200);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Marine dredging' }).waitFor();
    assert.deepEqual(errors, []);
  });

  it('does the same in Arabic, right to left, with the file and dataset names isolated', async () => {
    await page.goto(`${server.url}/dredging/upload`);
    await page.locator('#language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar('upload.title') }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.getByLabel(ar('upload.file')).setInputFiles(path.join(dir, 'survey-2.nmea'));
    await page.getByLabel(ar('upload.format')).selectOption('nmea');
    await page.getByLabel(ar('upload.name')).fill('Fictional survey 2 (test)');
    await page.getByRole('button', { name: ar('upload.submit') }).click();
    await page
      .getByTestId('upload-status')
      .filter({ hasText: ar('upload.state.succeeded') })
      .waitFor({ timeout: 60_000 });
    // The Latin-script names keep their own order inside the Arabic sentences.
    const heading = page.locator('#upload-job-title');
    assert.equal(await heading.locator('bdi').textContent(), 'survey-2.nmea');
    assert.ok(
      ((await heading.textContent()) ?? '').startsWith(ar('upload.job').replace('{file}', '').trim()),
    );
    const open = page.getByRole('link', { name: /Fictional survey 2 \(test\)/ });
    assert.equal(await open.locator('bdi').textContent(), 'Fictional survey 2 (test)');
    assert.match((await page.locator('article').textContent()) ?? '', new RegExp(ar('upload.private')));
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });
});
