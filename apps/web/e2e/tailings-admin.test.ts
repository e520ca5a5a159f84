/**
 * Browser test of the secretariat's tailings administration against the real server (in-process, in-memory
 * database seeded with the bundled SIGBM register), all through the screens: the secretariat registers a
 * company, links a facility to it and creates an operator account; the operator signs in and discloses
 * twice; the secretariat reads each disclosure as labelled before/after values, returns one with a reason,
 * accepts the other, and the facility page shows the accepted values. The company is fictional demo data.
 *
 *   STRATA_E2E=1 node --import tsx --test apps/web/e2e/tailings-admin.test.ts
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  accessibilityViolations,
  arabicCatalog,
  ensureBuilt,
  openBrowserPage,
  shotsDir,
  skip,
  startSeededServer,
} from './support.ts';

const ar = arabicCatalog('tailings', 'auth');

interface Summary {
  id: string;
  name: string;
  heightM: number | null;
  volumeM3: number | null;
}

describe('tailings administration in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let facility: Summary;
  const secretariat = { email: 'e2e-secretariat@strata.test', password: 'correct horse battery staple' };
  const operatorEmail = 'e2e-operator@serra-azul.test';
  let operatorPassword = '';
  /** The facility's closure plan as its page shows it before any disclosure. */
  let closureBefore = '';
  const company = 'Serra Azul Mineração (fictional demo company)';
  const en = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-GB', options);

  const signIn = async (email: string, password: string, name: RegExp) => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-name').filter({ hasText: name }).waitFor();
  };
  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('.account').getByRole('link', { name: 'Sign in' }).waitFor();
  };
  /** The table row whose row header is exactly `label`. */
  const row = (scope: Locator, label: string) =>
    scope.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  /** A value in the facility page's table of disclosure items. */
  const facilityItem = (label: string) =>
    row(page.locator('.tailings-facility'), label).locator('td').first();
  const openAdmin = async () => {
    await page.goto(`${server.url}/tailings`);
    await page.getByRole('link', { name: 'Tailings administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tailings administration' }).waitFor();
  };

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['tailings'], pino({ level: 'silent' }));
    await server.ctx.platform.accounts.createUser(
      null,
      { ...secretariat, role: 'secretariat', displayName: 'Amina Diallo' },
      { bootstrap: true },
    );
    // A seeded dam with a height and a volume on record, so the review shows real "before" values.
    const response = await fetch(`${server.url}/api/tailings/facilities?country=BRA&limit=200`);
    const { items } = (await response.json()) as { items: Summary[] };
    const found = items.find((f) => f.heightM !== null && f.volumeM3 !== null && f.heightM !== 48.25);
    assert.ok(found, 'the SIGBM seed has a dam with height and volume');
    facility = found;
    ({ browser, page, errors } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the administration link to the secretariat only', async () => {
    await page.goto(`${server.url}/tailings`);
    await page.getByRole('heading', { level: 1, name: 'Tailings' }).waitFor();
    await page.getByRole('link', { name: 'Disclosures and oversight' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Tailings administration' }).count(), 0);
    await signIn(secretariat.email, secretariat.password, /Amina Diallo/);
    await openAdmin();
    await page.getByText('No disclosure is awaiting review.').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('registers a company and links a seeded facility to it with the searchable picker', async () => {
    const form = page.getByRole('form', { name: 'Register a company' });
    await form.getByLabel('Company name').fill(company);
    await form.getByLabel('Country of registration').selectOption('BRA');
    await form.getByRole('button', { name: 'Register the company' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Company registered: ${company}.` })
      .waitFor();
    const companies = page.getByRole('table', { name: 'Companies' });
    const companyRow = companies.locator('tbody tr').filter({ hasText: company });
    await companyRow.waitFor();
    // Name, country, operator accounts.
    assert.deepEqual(await companyRow.locator('td').allTextContents(), [company, 'Brazil', '0']);

    await page.goto(`${server.url}/tailings/facilities/${facility.id}`);
    await page.getByRole('heading', { level: 1, name: facility.name }).waitFor();
    closureBefore = (await facilityItem('Closure plan').textContent()) ?? '';
    const section = page.getByRole('region', { name: 'Operating company (secretariat)' });
    assert.match(
      (await section.getByTestId('facility-company').textContent()) ?? '',
      /^Not linked to a company/,
    );
    // A company missing from the list is registered here (the facility's country preset) and chosen.
    const other = 'Rio Claro Rejeitos Ltda (fictional demo company)';
    await section.getByText('Company not listed? Register it').click();
    const register = section.getByRole('form', { name: 'Register a company' });
    assert.equal(await register.getByLabel('Country of registration').inputValue(), 'BRA');
    await register.getByLabel('Company name').fill(other);
    await register.getByRole('button', { name: 'Register the company' }).click();
    await register
      .getByRole('status')
      .filter({ hasText: `Company registered: ${other}.` })
      .waitFor();
    await section.getByText('1 matching company').waitFor();
    const list = section.getByLabel('1 matching company');
    assert.deepEqual(await list.locator('option').allTextContents(), [`${other} (BRA)`]);
    // Two words of the name, in another case and without the accent, find the other one.
    await section.getByLabel('Find a company by name').fill('AZUL mineracao');
    await section.getByText('1 matching company').waitFor();
    await section.getByRole('button', { name: 'Link the chosen company' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `The facility is linked to ${company}.` })
      .waitFor();
    await section
      .getByTestId('facility-company')
      .filter({ hasText: `Linked to ${company}: its operator accounts disclose for this facility.` })
      .waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('creates an operator account for the company and shows the generated password once', async () => {
    await openAdmin();
    const form = page.getByRole('form', { name: 'Create an operator account' });
    await form.getByLabel('Company', { exact: true }).selectOption({ label: company });
    await form.getByLabel('Email address').fill(operatorEmail);
    await form.getByLabel('Name (optional)').fill('Rafael Costa');
    await form.getByRole('button', { name: 'Generate a password' }).click();
    operatorPassword = await form.getByLabel('Password', { exact: true }).inputValue();
    assert.match(operatorPassword, /^[a-zA-Z2-9]{20}$/);
    await form.getByRole('button', { name: 'Create the account' }).click();
    const shown = page.locator('.password-once');
    await shown.waitFor();
    assert.match(
      (await shown.textContent()) ?? '',
      new RegExp(`Account created for ${operatorEmail.replace(/\./g, '\\.')} \\(operator, Serra Azul`),
    );
    assert.equal(await page.getByTestId('new-password').textContent(), operatorPassword);
    // The form is cleared: the password is nowhere else on the page.
    assert.equal(await form.getByLabel('Password', { exact: true }).inputValue(), '');
    const operators = page.getByRole('table', { name: 'Operator accounts' });
    const operatorRow = operators.locator('tbody tr').filter({ hasText: operatorEmail });
    await operatorRow.waitFor();
    assert.deepEqual(await operatorRow.locator('td').allTextContents(), [
      operatorEmail,
      'Rafael Costa',
      company,
    ]);
    await page.screenshot({ path: path.join(shotsDir, 'tailings-admin-password-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'I have noted it: hide the password' }).click();
    assert.equal(await page.getByTestId('new-password').count(), 0);
    assert.equal(await page.getByText(operatorPassword).count(), 0);
    await signOut();
  });

  it('lets the operator sign in and disclose twice through the disclosure form', async () => {
    await signIn(operatorEmail, operatorPassword, /Rafael Costa/);
    await page.goto(`${server.url}/tailings/facilities/${facility.id}`);
    const form = page.getByRole('heading', { name: 'Disclose for this facility' });
    await form.waitFor();
    const submit = async () => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/disclosures') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Submit for review' }).click(),
      ]);
      assert.equal(response.status(), 201);
    };
    // First: a height and a closure plan (to be returned).
    await page.getByLabel('Current maximum height (m)').fill('61.5');
    await page.getByLabel('Closure plan').selectOption('yes');
    await page.getByLabel('Note to the secretariat').fill('Survey of March');
    await submit();
    await page.getByRole('status').filter({ hasText: 'Submitted' }).waitFor();
    // Second: a height and a volume (to be accepted).
    await page.getByLabel('Current maximum height (m)').fill('48.25');
    await page.getByLabel('Current volume (m³)').fill('2500000');
    await page.getByLabel('Closure plan').selectOption('');
    await page.getByLabel('Note to the secretariat').fill('Survey of June');
    await submit();
    await signOut();
  });

  it('shows the secretariat each disclosure as labelled before/after values, returns one and accepts the other', async () => {
    await signIn(secretariat.email, secretariat.password, /Amina Diallo/);
    await openAdmin();
    const reviews = page.locator('.disclosure-review');
    await reviews.nth(1).waitFor();
    assert.equal(await reviews.count(), 2);
    const first = reviews.filter({ hasText: 'Survey of March' });
    const second = reviews.filter({ hasText: 'Survey of June' });
    const metres = en({ style: 'unit', unit: 'meter', maximumFractionDigits: 5 });

    // Before and after, labelled in English, with units; changed items say so in words.
    const height = row(first, 'Current maximum height (m) (changed)');
    assert.deepEqual(await height.locator('td').allTextContents(), [
      metres.format(facility.heightM ?? 0),
      '61.5 m',
    ]);
    const closure = `Closure plan (${closureBefore === 'yes' ? 'same as now' : 'changed'})`;
    assert.deepEqual(await row(first, closure).locator('td').allTextContents(), [closureBefore, 'yes']);
    assert.deepEqual(await row(second, 'Current volume (m³) (changed)').locator('td').allTextContents(), [
      `${en({ maximumFractionDigits: 2 }).format(facility.volumeM3 ?? 0)} m³`,
      '2,500,000 m³',
    ]);
    assert.equal(await first.locator('pre').count(), 0, 'no raw JSON');
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'tailings-admin-review-en.png'), fullPage: true });

    // Returning needs a reason: without one, the field says so and nothing is asked or sent.
    await first.getByRole('button', { name: 'Return to the operator' }).click();
    await first.getByText('Write the reason for returning the disclosure').waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    await first.getByLabel('Reason or comments (required to return)').fill('Attach the March survey report.');
    await first.getByRole('button', { name: 'Return to the operator' }).click();
    const dialog = page.getByRole('alertdialog', {
      name: `Return the disclosure for ${facility.name}?`,
    });
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /“Attach the March survey report\.”/);
    // Focus moves into the dialog, on the safe choice.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
    assert.deepEqual(await accessibilityViolations(page), []);
    await dialog.getByRole('button', { name: 'Return to the operator' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The disclosure for ${facility.name} is returned to the operator.` })
      .waitFor();
    await reviews.nth(1).waitFor({ state: 'detached' });

    // Escape cancels and gives focus back to the button that opened the dialog.
    const accept = second.getByRole('button', { name: 'Accept and publish' });
    await accept.click();
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Accept and publish');
    await accept.click();
    await page
      .getByRole('alertdialog', { name: `Accept the disclosure for ${facility.name}?` })
      .getByRole('button', { name: 'Accept and publish' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `The disclosure for ${facility.name} is accepted and published.` })
      .waitFor();
    await page.getByText('No disclosure is awaiting review.').waitFor();
    // The buttons that opened the dialog are gone with the decided disclosure: focus is on the message.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'status');

    // The facility page shows the accepted values, not the returned one.
    await page.goto(`${server.url}/tailings/facilities/${facility.id}`);
    await page.getByRole('heading', { level: 1, name: facility.name }).waitFor();
    assert.equal(await facilityItem('Current maximum height (m)').textContent(), '48.25');
    assert.equal(await facilityItem('Current volume (m³)').textContent(), '2,500,000');
    assert.equal(await facilityItem('Closure plan').textContent(), closureBefore);
    // The public history reads the change in words and units: labels, not field paths; no JSON.
    const change = page.locator('.facility-history > li').filter({ hasText: 'Current volume (m³)' });
    const lines = (await change.locator('li').allTextContents()).map((x) => x.trim());
    assert.ok(
      lines.includes(`Current maximum height (m): ${metres.format(facility.heightM ?? 0)} → 48.25 m`),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((x) => /^Source of “Current maximum height \(m\)”: .+ → .+ — .+, /.test(x)),
      lines.join('\n'),
    );
    const changeText = (await change.textContent()) ?? '';
    assert.doesNotMatch(changeText, /fieldProvenance|heightM|\{"/);
    // The secretariat, reading, sees who published by e-mail (others see the account's role).
    assert.ok(changeText.includes(`by: ${secretariat.email}`), changeText);

    // The oversight page keeps the returned disclosure with its reason.
    await page.goto(`${server.url}/tailings/oversight`);
    const returned = page.locator('.disclosure-review').filter({ hasText: 'Survey of March' });
    await returned.getByText('returned with comments').waitFor();
    await returned.getByText('Attach the March survey report.').waitFor();
    assert.deepEqual(errors, []);
  });

  it('shows the administration and the decided disclosures in Arabic, right to left', async () => {
    await page.goto(`${server.url}/tailings/admin`);
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: 'إدارة المخلفات المنجمية' }).waitFor();
    await page.getByRole('form', { name: 'تسجيل شركة' }).getByLabel('اسم الشركة').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.goto(`${server.url}/tailings/oversight`);
    const returned = page.locator('.disclosure-review').filter({ hasText: 'Survey of March' });
    const height = row(returned, 'الارتفاع الأقصى الحالي (م)').locator('td');
    await height.waitFor();
    // Decided disclosures show the disclosed value only, with the unit in Arabic.
    assert.equal(
      await height.textContent(),
      new Intl.NumberFormat('ar', { style: 'unit', unit: 'meter' }).format(61.5),
    );
    await page.screenshot({ path: path.join(shotsDir, 'tailings-oversight-ar.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });

  it('lets the operator disclose in Arabic; the secretariat accepts in Arabic; the public history reads in Arabic', async () => {
    // Signed in as the secretariat, in Arabic, from the test before.
    await page.getByRole('button', { name: ar('signOut') }).click();
    await page.locator('#language').selectOption('en');
    await signIn(operatorEmail, operatorPassword, /Rafael Costa/);
    await page.goto(`${server.url}/tailings/facilities/${facility.id}`);
    await page.locator('#language').selectOption('ar');
    await page.getByRole('heading', { name: ar('disclose.title') }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.getByLabel(ar('item.heightM')).first().fill('50.5');
    await page.getByLabel(ar('disclose.note')).fill('Survey of September (fictional)');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/disclosures') && r.request().method() === 'POST'),
      page.getByRole('button', { name: ar('disclose.submit') }).click(),
    ]);
    assert.equal(response.status(), 201);
    await page
      .getByRole('status')
      .filter({ hasText: ar('disclose.sent') })
      .waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByRole('button', { name: ar('signOut') }).click();

    await page.locator('#language').selectOption('en');
    await signIn(secretariat.email, secretariat.password, /Amina Diallo/);
    await page.goto(`${server.url}/tailings/oversight`);
    await page.locator('#language').selectOption('ar');
    const review = page.locator('.disclosure-review').filter({ hasText: 'Survey of September (fictional)' });
    const arMetres = new Intl.NumberFormat('ar', { style: 'unit', unit: 'meter', maximumFractionDigits: 5 });
    const height = row(review, `${ar('item.heightM')} (${ar('review.changed')})`);
    await height.waitFor();
    assert.deepEqual(await height.locator('td').allTextContents(), [
      arMetres.format(48.25),
      arMetres.format(50.5),
    ]);
    await review.getByRole('button', { name: ar('review.accept') }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: ar('review.accept') })
      .click();
    // The queue lists decided disclosures too: this one now reads as published, with no buttons left.
    await review.getByText(ar('oversight.status.published')).waitFor();
    assert.equal(await review.getByRole('button', { name: ar('review.accept') }).count(), 0);
    await page.getByRole('button', { name: ar('signOut') }).click();

    // The public, in Arabic: labels in Arabic, values with Arabic units, each value isolated.
    await page.goto(`${server.url}/tailings/facilities/${facility.id}`);
    const change = page.locator('.facility-history > li').filter({ hasText: arMetres.format(50.5) });
    await change.waitFor();
    const startsWith = (text: string) => new RegExp(`^\\s*${text.replace(/[()]/g, '\\$&')}:`);
    const line = change.locator('li').filter({ hasText: startsWith(ar('item.heightM')) });
    assert.equal(
      ((await line.textContent()) ?? '').trim(),
      `${ar('item.heightM')}: ${arMetres.format(48.25)} → ${arMetres.format(50.5)}`,
    );
    assert.deepEqual(await line.locator('bdi').allTextContents(), [
      arMetres.format(48.25),
      arMetres.format(50.5),
    ]);
    const changeText = (await change.textContent()) ?? '';
    assert.doesNotMatch(changeText, /heightM|fieldProvenance|\{"|disclosure published|operator disclosure/);
    assert.ok(changeText.includes(ar('change.reason.disclosure').split(' (')[0] as string), changeText);
    // The rules of the scores, the toxicity lines and the classification basis read in Arabic too.
    const article = (await page.locator('article').textContent()) ?? '';
    assert.ok(article.includes(ar('rule.status')), 'the rule of the status factor in Arabic');
    assert.doesNotMatch(article, /Abandoned sites lack|disclosed by the source registry|commodity proxy for/);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'tailings-history-ar.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });
});
