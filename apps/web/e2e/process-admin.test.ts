/**
 * Browser test of the process administration screens against the real server (in-process, in-memory
 * database with the process hub's seed): the secretariat signs in through the form and does every
 * administration step through the pages, and the test checks what the pages show afterwards.
 *
 *   STRATA_E2E=1 npm test -- process-admin
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { minimalPdf } from '@strata/process/testing';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  arabicCatalog,
  CHROMIUM,
  CHROMIUM_ARGS,
  ensureBuilt,
  shotsDir,
  skip,
  startSeededServer,
  watchErrors,
} from './support.ts';

const ar = arabicCatalog('process');
const SLUG = 'e2e-minerals';
const ADMIN = `/process/p/${SLUG}/admin`;
/** Fictional proposals of the fictional test process: code and title. */
const PROPOSALS = [
  ['E2E-1', 'Traceability of mineral supply chains'],
  ['E2E-2', 'Shared data on tailings facilities'],
  ['E2E-3', 'Training and a help desk for artisanal mining'],
] as const;

describe('process administration in Chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const email = 'e2e-admin@strata.test';
  const password = 'correct horse battery staple';

  const section = (name: string): Locator => page.getByRole('region', { name, exact: true });
  const openDetails = async (scope: Locator, summary: string) => {
    const details = scope.locator('details', { has: page.locator('summary', { hasText: summary }) }).first();
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator('summary').first().click();
    return details;
  };
  const status = (scope: Locator, text: string) =>
    scope.getByRole('status').filter({ hasText: text }).waitFor();
  /** Reads the open confirmation dialog, checks focus starts on Cancel, and confirms it. */
  const confirmDialog = async (title: string | RegExp, consequence: RegExp): Promise<string> => {
    const dialog = page.getByRole('alertdialog', { name: title });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    assert.match(text, /This cannot be undone:/);
    assert.match(text, consequence);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
    await dialog.getByRole('button').last().click();
    await dialog.waitFor({ state: 'detached' });
    return text;
  };

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['process'], pino({ level: 'silent' }));
    await server.ctx.platform.accounts.createUser(
      null,
      { email, password, role: 'secretariat', displayName: 'Test Secretariat' },
      { bootstrap: true },
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    errors = watchErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in as the secretariat and finds the administration page in the process menu', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-name').filter({ hasText: 'Test Secretariat' }).waitFor();
    await page.goto(`${server.url}/process/p/unea-5-12`);
    await page
      .getByRole('navigation', { name: 'Process hub pages' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Process administration' }).waitFor();
  });

  it('creates a process, then edits it', async () => {
    const form = await openDetails(page.locator('main'), 'Create a new process');
    await form.getByLabel('Address (slug)', { exact: true }).fill(SLUG);
    await form.getByLabel('Resolution', { exact: true }).fill('Fictional resolution 0/0');
    await form.getByLabel('Title of the process', { exact: true }).fill('Fictional minerals dialogue');
    await form.getByLabel('Secretariat', { exact: true }).fill('Fictional secretariat');
    await form.getByRole('button', { name: 'Create the process' }).click();
    await page.waitForURL(`**${ADMIN}`);
    await page.locator('.lead', { hasText: 'Fictional minerals dialogue' }).waitFor();
    const switcher = page.getByRole('combobox', { name: /^Process/ });
    assert.equal(await switcher.inputValue(), SLUG, 'the process switcher lists the new process');

    const edit = section('The process');
    await edit
      .getByLabel('Title of the process', { exact: true })
      .fill('Fictional minerals dialogue, edited');
    await edit.getByLabel('Co-chairs', { exact: true }).fill('Co-chair One\nCo-chair Two');
    await edit.getByLabel('Phases', { exact: true }).fill('Consultations | 2030-01 | 2030-06');
    await edit.getByRole('button', { name: 'Save the process' }).click();
    await status(edit, 'Saved.');
    await page.locator('.lead', { hasText: 'Fictional minerals dialogue, edited' }).waitFor();

    await page.goto(`${server.url}/process/p/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Fictional minerals dialogue, edited' }).waitFor();
    assert.match((await page.getByRole('region', { name: 'Phases' }).textContent()) ?? '', /Consultations/);
  });

  it('adds a meeting, edits it, attaches a document by link and uploads a file', async () => {
    await page.goto(`${server.url}${ADMIN}`);
    const meetings = section('Meetings and their documents');
    const add = await openDetails(meetings, 'Add a meeting');
    await add.getByLabel('Title of the meeting', { exact: true }).fill('First regional briefing');
    await add.getByLabel('First day', { exact: true }).fill('2030-02-03');
    await add.getByLabel('Last day', { exact: true }).fill('2030-02-03');
    await add.getByRole('button', { name: 'Add the meeting' }).click();
    await status(add, 'Saved.');

    const item = await openDetails(meetings, 'First regional briefing');
    const edit = item.getByRole('form', { name: 'Edit “First regional briefing”' });
    await edit.getByLabel('Last day', { exact: true }).fill('2030-02-04');
    await edit.getByLabel('Place', { exact: true }).fill('Nairobi');
    await edit.getByRole('button', { name: 'Save the meeting' }).click();
    await status(item, 'Saved.');

    const link = item.getByRole('form', { name: 'Attach a document by its address' });
    await link.getByLabel('Document title', { exact: true }).fill('Briefing note');
    await link.getByLabel('Address (URL)', { exact: true }).fill('https://example.org/briefing-note.pdf');
    await link.getByRole('button', { name: 'Attach' }).click();
    await status(link, 'The document is attached.');

    const upload = item.getByRole('form', { name: /Upload a document file/ });
    await upload.getByLabel('Document title', { exact: true }).fill('Provisional agenda');
    await upload.getByLabel('File', { exact: true }).setInputFiles({
      name: 'agenda.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(minimalPdf('provisional agenda')),
    });
    await upload.getByRole('button', { name: 'Upload' }).click();
    await status(upload, 'The document is attached.');

    const documents = item.getByRole('list', { name: 'Documents of First regional briefing' });
    await documents.getByRole('link', { name: 'Provisional agenda' }).waitFor();
    assert.equal(
      await documents.getByRole('link', { name: 'Briefing note' }).getAttribute('href'),
      'https://example.org/briefing-note.pdf',
    );
    // The uploaded file is served back with the bytes that were sent.
    const href =
      (await documents.getByRole('link', { name: 'Provisional agenda' }).getAttribute('href')) ?? '';
    const file = await fetch(`${server.url}${href}`);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), minimalPdf('provisional agenda'));

    await page.goto(`${server.url}/process/p/${SLUG}`);
    const row = page.getByRole('row', { name: /First regional briefing/ });
    await row.waitFor();
    const cells = (await row.textContent()) ?? '';
    assert.match(cells, /Nairobi/);
    assert.match(cells, /Briefing note/);
    assert.match(cells, /Provisional agenda/);
  });

  it('opens a call, edits it, and closes it after a confirmation that says what cannot be undone', async () => {
    await page.goto(`${server.url}${ADMIN}`);
    const calls = section('Calls for submissions');
    const add = await openDetails(calls, 'Open a call for submissions');
    await add.getByLabel('Title of the call', { exact: true }).fill('Call for views');
    await add.getByLabel('Deadline (UTC)', { exact: true }).fill('2099-01-31T17:00');
    await add.getByRole('button', { name: 'Open the call' }).click();
    await status(add, 'Saved.');

    const edit = await openDetails(calls, 'Edit “Call for views”');
    await edit.getByLabel('Title of the call', { exact: true }).fill('Call for written views');
    await edit.getByLabel('Observers', { exact: true }).uncheck();
    await edit.getByRole('button', { name: 'Save the call' }).click();
    const entry = calls.getByRole('listitem').filter({ hasText: 'Call for written views' }).first();
    await entry.filter({ hasText: /January 31, 2099|31 January 2099/ }).waitFor();
    assert.match((await entry.textContent()) ?? '', /· open/);

    // Cancel first, with the button and then with Escape: nothing changes, and focus returns to the opener.
    await entry.getByRole('button', { name: 'Close the call' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await entry.getByRole('button', { name: 'Close the call' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Close the call');
    assert.match((await entry.textContent()) ?? '', /· open/);

    await entry.getByRole('button', { name: 'Close the call' }).click();
    await page.getByRole('alertdialog').waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'axe, with the confirmation open');
    await confirmDialog(
      'Close the call “Call for written views” now?',
      /will be able to submit to this call any more.*cannot be reopened/,
    );
    await entry.filter({ hasText: '· closed' }).waitFor();
    assert.equal(await entry.getByRole('button', { name: 'Close the call' }).count(), 0);

    await page.goto(`${server.url}/process/p/${SLUG}/submissions`);
    await page.getByText('Call for written views').first().waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /closed/);
  });

  it('adds proposals, opens a round whose ballot preview shows their titles, and closes it', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}/proposals`);
    for (const [code, title] of PROPOSALS) {
      const form = await openDetails(page.locator('main'), 'Add a proposal');
      await form.getByLabel('Proposal', { exact: true }).fill(code);
      await form.getByLabel('Title', { exact: true }).fill(title);
      await form.getByLabel('Text', { exact: true }).fill(`Fictional text of ${code}.`);
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('link', { name: code, exact: true }).waitFor();
    }

    await page.goto(`${server.url}${ADMIN}`);
    const rounds = section('Prioritisation rounds');
    const add = await openDetails(rounds, 'Open a prioritisation round');
    await add.getByLabel('Title of the round', { exact: true }).fill('First prioritisation');
    await add.getByRole('combobox', { name: /^Method/ }).selectOption('ranked');
    await add.getByLabel(`E2E-1 — ${PROPOSALS[0][1]}`).check();
    await add.getByLabel(`E2E-2 — ${PROPOSALS[1][1]}`).check();
    const preview = add.getByRole('region', { name: 'Preview: the ballot as a focal point will see it' });
    await preview.waitFor();
    const ballotLines = (await preview.getByRole('listitem').allTextContents()).map((x) => x.trim());
    assert.deepEqual(ballotLines, [`${PROPOSALS[0][1]} (E2E-1 v1)`, `${PROPOSALS[1][1]} (E2E-2 v1)`]);
    assert.ok(await preview.getByRole('button', { name: 'Cast ballot' }).isDisabled());
    await add.getByRole('button', { name: 'Open the round' }).click();
    await status(add, 'The round is open.');

    const entry = rounds.getByRole('listitem').filter({ hasText: 'First prioritisation' });
    await entry.filter({ hasText: 'open' }).waitFor();
    await entry.getByRole('button', { name: 'Close the round now' }).click();
    await confirmDialog(
      'Close the round “First prioritisation” now?',
      /No State will be able to cast or change a ballot.*cannot be reopened/,
    );
    await entry.waitFor({ state: 'detached' });
    await rounds.getByText('No round is open or scheduled.').waitFor();

    await page.goto(`${server.url}/process/p/${SLUG}/rounds`);
    const round = page.getByRole('region', { name: 'First prioritisation' });
    await round.waitFor();
    assert.match((await round.textContent()) ?? '', /closed/);
  });

  it('merges two proposals and splits one, each after a confirmation', async () => {
    await page.goto(`${server.url}${ADMIN}`);
    const lineage = section('Merge and split proposals');
    const merge = await openDetails(lineage, 'Merge proposals into a new one');
    await merge.getByLabel(`E2E-1 — ${PROPOSALS[0][1]}`).check();
    await merge.getByLabel(`E2E-2 — ${PROPOSALS[1][1]}`).check();
    await merge.getByLabel('Code of the new proposal', { exact: true }).fill('E2E-12');
    await merge.getByLabel('Title', { exact: true }).fill('Traceability and shared data');
    await merge.getByLabel('Text', { exact: true }).fill('Fictional merged text.');
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await confirmDialog(
      'Merge E2E-1 and E2E-2 into E2E-12?',
      /E2E-1 and E2E-2 will be marked as merged for good/,
    );
    await status(lineage, 'Saved.');
    await merge.getByLabel('E2E-12 — Traceability and shared data', { exact: true }).waitFor();
    assert.equal(await merge.getByLabel(`E2E-1 — ${PROPOSALS[0][1]}`).count(), 0);

    const split = await openDetails(lineage, 'Split a proposal in two');
    await split
      .getByRole('combobox', { name: /^Proposal to split/ })
      .selectOption({ label: `E2E-3 — ${PROPOSALS[2][1]}` });
    for (const [legend, code, title] of [
      ['First new proposal', 'E2E-3a', 'Training for artisanal miners'],
      ['Second new proposal', 'E2E-3b', 'A help desk for artisanal mining'],
    ] as const) {
      const group = split.getByRole('group', { name: legend });
      await group.getByLabel('Code of the new proposal', { exact: true }).fill(code);
      await group.getByLabel('Title', { exact: true }).fill(title);
      await group.getByLabel('Text', { exact: true }).fill(`Fictional text of ${code}.`);
    }
    await split.getByRole('button', { name: 'Split', exact: true }).click();
    await confirmDialog('Split E2E-3 into E2E-3a and E2E-3b?', /E2E-3 will be marked as split for good/);
    await split
      .getByRole('option', { name: 'E2E-3a — Training for artisanal miners' })
      .waitFor({ state: 'attached' });
    assert.equal(await split.getByRole('option', { name: /^E2E-3 — / }).count(), 0);

    await page.goto(`${server.url}/process/p/${SLUG}/proposals`);
    await page.getByRole('link', { name: 'E2E-3b', exact: true }).waitFor();
    const statuses = await page.evaluate(async (slug) => {
      const response = await fetch(`/api/process/processes/${slug}/proposals`);
      const body = (await response.json()) as { items: { code: string; status: string }[] };
      return Object.fromEntries(body.items.map((p) => [p.code, p.status]));
    }, SLUG);
    assert.deepEqual(statuses, {
      'E2E-1': 'merged',
      'E2E-2': 'merged',
      'E2E-3': 'split',
      'E2E-12': 'active',
      'E2E-3a': 'active',
      'E2E-3b': 'active',
    });
  });

  it('shows the administration in Arabic, right to left, with a translated confirmation, and opens a round by proposal title', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}/rounds`);
    await page.getByRole('banner').getByLabel('Language').selectOption('ar');
    await page.locator('nav.process-nav').getByRole('link', { name: 'الإدارة' }).click();
    await page.getByRole('heading', { level: 1, name: 'إدارة العملية' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const lineage = page.getByRole('region', { name: 'دمج المقترحات وتقسيمها', exact: true });
    const split = await openDetails(lineage, 'تقسيم مقترح إلى مقترحين');
    await split.getByRole('combobox', { name: /^المقترح المراد تقسيمه/ }).selectOption({ index: 1 });
    for (const [legend, code] of [
      ['المقترح الجديد الأول', 'AR-1'],
      ['المقترح الجديد الثاني', 'AR-2'],
    ] as const) {
      const group = split.getByRole('group', { name: legend });
      await group.getByLabel('رمز المقترح الجديد', { exact: true }).fill(code);
      await group.getByLabel('العنوان', { exact: true }).fill(`عنوان ${code}`);
      await group.getByLabel('النص', { exact: true }).fill(`نص ${code}`);
    }
    await split.getByRole('button', { name: 'تقسيم', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /لا يمكن التراجع عن هذا الإجراء:.*بأنه مقسَّم نهائيًا/);
    assert.deepEqual(await accessibilityViolations(page), []);
    await dialog.getByRole('button', { name: 'إلغاء' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Opens a round in Arabic: the proposals are chosen and previewed by title, each isolated.
    const rounds = section(ar('admin.rounds'));
    const add = await openDetails(rounds, ar('admin.round.new'));
    await add.getByLabel(ar('admin.round.title'), { exact: true }).fill('جولة تجريبية (وهمية)');
    const choices = add.getByRole('checkbox');
    const titles: string[] = [];
    for (const i of [0, 1]) {
      await choices.nth(i).check();
      const label = choices.nth(i).locator('xpath=..');
      titles.push((await label.locator('bdi').nth(1).textContent()) ?? '');
    }
    const preview = add.getByRole('region', { name: ar('admin.round.preview') });
    await preview.waitFor();
    assert.deepEqual(
      await preview
        .getByRole('listitem')
        .evaluateAll((items) => items.map((li) => li.querySelector('bdi')?.textContent)),
      titles,
    );
    await add.getByRole('button', { name: ar('admin.round.create') }).click();
    await status(add, ar('admin.round.opened'));
    await rounds.getByRole('listitem').filter({ hasText: 'جولة تجريبية (وهمية)' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByRole('banner').getByLabel('اللغة').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Process administration' }).waitFor();
  });

  it('has no accessibility violations on the administration page with every form unfolded', async () => {
    await page.goto(`${server.url}${ADMIN}`);
    await section('Merge and split proposals').waitFor();
    for (const summary of await page.locator('main summary').all()) await summary.click();
    await page.screenshot({ path: path.join(shotsDir, 'process-admin.png'), fullPage: true });
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(
      errors.filter((e) => !/status of 404/.test(e)),
      [],
    );
  });
});
