/**
 * Browser test of a focal point's journey through the process hub against the real server (in-process,
 * in-memory database with the process hub's seed): a visitor reads the submissions without asking for the
 * secretariat's queue; the focal point finds what is open for them, answers a call, and casts a ballot
 * that names the proposals by title and is counted at once.
 *
 *   STRATA_E2E=1 npm test -- process-journey
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { processServicesOf } from '@strata/process';
import { minimalPdf } from '@strata/process/testing';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  arabicCatalog,
  ensureBuilt,
  openBrowserPage,
  shotsDir,
  skip,
  startSeededServer,
  widthOnPhone,
} from './support.ts';

const ar = arabicCatalog('auth', 'process');

const SLUG = 'unea-5-12';
const DAY_MS = 86_400_000;
/** Fictional call, proposals and round of the test, in the seeded process. */
const CALL = 'Fictional call on test matters';
const ROUND = 'Fictional approval round';
const PROPOSALS = [
  ['E2E-J1', 'Fictional proposal on shared registers'],
  ['E2E-J2', 'Fictional proposal on a help desk'],
] as const;

describe('a focal point in the process hub, in Chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const queueRequests: string[] = [];
  const password = 'correct horse battery staple';
  const email = 'e2e-focal-ken@strata.test';
  /** A second focal point, who works in Arabic. */
  const arabicEmail = 'e2e-focal-jor@strata.test';

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['process'], pino({ level: 'silent' }));
    const accounts = server.ctx.platform.accounts;
    const root = await accounts.createUser(
      null,
      { email: 'e2e-secretariat@strata.test', password, role: 'secretariat' },
      { bootstrap: true },
    );
    await accounts.createUser(root, {
      email,
      password,
      role: 'focal_point',
      countryIso3: 'KEN',
      displayName: 'Test Focal Point',
    });
    await accounts.createUser(root, {
      email: arabicEmail,
      password,
      role: 'focal_point',
      countryIso3: 'JOR',
      displayName: 'Test Focal Point Two',
    });
    const hub = processServicesOf(server.ctx);
    const now = Date.now();
    await hub.calls.createCall(
      null,
      SLUG,
      { title: CALL, deadline: new Date(now + 30 * DAY_MS).toISOString(), openTo: ['states'] },
      { system: true },
    );
    const versionIds: string[] = [];
    for (const [code, title] of PROPOSALS) {
      const proposal = await hub.proposals.createProposal(
        null,
        SLUG,
        {
          code,
          originKind: 'global_meeting',
          texts: [{ language: 'en', title, body: `${title}: fictional text for a test.`, official: true }],
        },
        { system: true },
      );
      versionIds.push(proposal.currentVersion.id);
    }
    await hub.rounds.createRound(
      null,
      SLUG,
      {
        title: ROUND,
        parameters: { method: 'approval' },
        versionIds,
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 7 * DAY_MS).toISOString(),
      },
      { system: true },
    );
    ({ browser, page, errors } = await openBrowserPage());
    page.setDefaultTimeout(15_000);
    page.on('request', (request) => {
      if (request.url().includes('/submissions/queue')) queueRequests.push(request.url());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a visitor the submissions without asking for the secretariat’s queue', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}/submissions`);
    await page.getByRole('heading', { level: 2, name: CALL }).waitFor();
    assert.deepEqual(queueRequests, []);
    assert.deepEqual(errors, []);
  });

  it('gives the focal point a page of what is open for them', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-name').filter({ hasText: 'Test Focal Point' }).waitFor();
    await page.goto(`${server.url}/process/p/${SLUG}`);
    // The process picker keeps to a phone's width, however long the processes' titles.
    await page.getByRole('navigation', { name: 'Process hub pages' }).waitFor();
    const phone = await widthOnPhone(page);
    assert.ok(phone.page <= phone.window, `process hub ${phone.page} px wide in a ${phone.window} px window`);
    await page
      .getByRole('navigation', { name: 'Process hub pages' })
      .getByRole('link', { name: 'Open for me' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'What is open for you' }).waitFor();
    const calls = page.getByRole('region', { name: 'Calls for submissions you can answer' });
    // The seeded call's deadline has passed: only the open call is listed.
    assert.deepEqual(await calls.getByRole('heading', { level: 3 }).allTextContents(), [CALL]);
    await calls.getByText('You have not made a submission to this call yet.').waitFor();
    assert.match((await calls.textContent()) ?? '', /Deadline: .*\(UTC\)/);
    const rounds = page.getByRole('region', { name: 'Prioritisation rounds open or to come' });
    assert.match(
      (await rounds.textContent()) ?? '',
      new RegExp(`${ROUND}Open until .* · 0 ballots cast so far`),
    );
    assert.match((await page.locator('.lead').textContent()) ?? '', /National focal point · Kenya/);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'process-open-for-me.png'), fullPage: true });
  });

  it('answers the call, and the confirmation says the author already sees it listed', async () => {
    await page.getByRole('link', { name: CALL }).click();
    const call = page.getByRole('region', { name: CALL });
    await call.getByLabel('Title', { exact: true }).fill('Fictional views of a test State');
    await call.getByLabel('File 1').setInputFiles({
      name: 'views.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(minimalPdf('fictional views')),
    });
    await call.getByRole('button', { name: 'Submit', exact: true }).click();
    await call
      .getByRole('status')
      .filter({ hasText: /already in this call's list for you/ })
      .waitFor();
    const row = call.getByRole('row').filter({ hasText: 'Fictional views of a test State' });
    assert.match((await row.textContent()) ?? '', /Received/);

    await page.goto(`${server.url}/process/p/${SLUG}/mine`);
    const mine = page.getByRole('list', { name: 'Your submissions to this call' });
    await mine.waitFor();
    assert.deepEqual(
      (await mine.getByRole('listitem').allTextContents()).map((x) => x.trim()),
      ['Fictional views of a test State — Received'],
    );
    assert.deepEqual(queueRequests, [], 'a focal point does not ask for the queue either');
  });

  it('casts a ballot by proposal title, and the round header counts it at once', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}/rounds`);
    const round = page.getByRole('region', { name: ROUND });
    await round.getByText('0 ballots').waitFor();
    await round.getByLabel(PROPOSALS[1][1]).check();
    await round.getByRole('button', { name: 'Cast ballot' }).click();
    await round.getByRole('status').waitFor();
    await round.getByText('1 ballot ·').waitFor();
    assert.deepEqual(errors, []);
  });

  it('lists the call, the submission and the cast ballot on the header\'s "Your work" page', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Your work' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your work' }).waitFor();
    const process = page.getByRole('region', { name: 'Process' });
    const lines = (await process.getByRole('listitem').allTextContents()).map((x) => x.trim());
    assert.ok(
      lines.some((l) => l.startsWith(`Call open: ${CALL} · deadline `)),
      lines.join(' | '),
    );
    assert.ok(lines.includes(`1 submission to “${CALL}”`), lines.join(' | '));
    assert.ok(
      lines.some((l) => l.startsWith(`Ballot cast in: ${ROUND} · deadline `)),
      lines.join(' | '),
    );
    await process.getByRole('link', { name: `Call open: ${CALL}` }).click();
    await page.waitForURL(new RegExp(`/process/p/${SLUG}/mine$`));
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('shows what is open in Arabic, right to left, with the submission title isolated', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}/mine`);
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: 'ما هو مفتوح لك' }).waitFor();
    const mine = page.getByRole('list', { name: 'مساهماتك في هذه الدعوة' });
    await mine.waitFor();
    // The Latin-script title sits in a <bdi>, so it keeps its own order inside the Arabic line.
    assert.equal(await mine.locator('bdi').first().textContent(), 'Fictional views of a test State');
    assert.match((await mine.textContent()) ?? '', /واردة/);
    assert.match(
      (await page.getByRole('region', { name: 'جولات تحديد الأولويات المفتوحة أو القادمة' }).textContent()) ??
        '',
      /أُدليت بطاقة واحدة حتى الآن/,
    );
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'process-open-for-me-ar.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });

  it('lets a second focal point answer the call and cast a ballot by title, all in Arabic', async () => {
    await page.getByRole('button', { name: ar('signOut') }).click();
    await page.goto(`${server.url}/sign-in`);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByLabel(ar('email')).fill(arabicEmail);
    await page.getByLabel(ar('password')).fill(password);
    await page.getByRole('button', { name: ar('signIn'), exact: true }).click();
    await page.getByTestId('account-name').filter({ hasText: 'Test Focal Point Two' }).waitFor();

    // What is open: the call, not yet answered by this State.
    await page.goto(`${server.url}/process/p/${SLUG}/mine`);
    const calls = page.getByRole('region', { name: ar('mine.calls') });
    await calls.getByRole('heading', { level: 3, name: CALL }).waitFor();
    assert.deepEqual(await calls.getByRole('heading', { level: 3 }).allTextContents(), [CALL]);
    await calls.getByText(ar('mine.noSubmission')).waitFor();

    // Answers the call: the form, its confirmation and the row are in Arabic.
    await calls.getByRole('link', { name: CALL }).click();
    const call = page.getByRole('region', { name: CALL });
    await call
      .getByLabel(ar('submission.title'), { exact: true })
      .fill('Fictional views of a second test State');
    await call.getByLabel(ar('submit.file', { n: '1' })).setInputFiles({
      name: 'views-two.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(minimalPdf('fictional views, second State')),
    });
    await call.getByRole('button', { name: ar('submit.submit'), exact: true }).click();
    await call
      .getByRole('status')
      .filter({ hasText: ar('submit.done') })
      .waitFor();
    await page.goto(`${server.url}/process/p/${SLUG}/mine`);
    const mine = page.getByRole('list', { name: ar('mine.yourSubmissions') });
    assert.equal(await mine.locator('bdi').first().textContent(), 'Fictional views of a second test State');

    // Casts a ballot: each proposal is named by its title, isolated from the Arabic around it.
    await page.goto(`${server.url}/process/p/${SLUG}/rounds`);
    const round = page.getByRole('region', { name: ROUND });
    const choice = round.getByRole('checkbox', { name: PROPOSALS[0][1] });
    await choice.waitFor();
    const labels = round.locator('.ballot-form label');
    assert.deepEqual(
      await labels.evaluateAll((ls) =>
        ls.map((l) => [...l.querySelectorAll('bdi')].map((b) => b.textContent)),
      ),
      PROPOSALS.map(([code, title]) => [title, `${code} v1`]),
    );
    // The State the ballot is cast for is named from the country table, in Arabic.
    await round.getByText(ar('position.forCountry', { country: 'الأردن' })).waitFor();
    await choice.check();
    await round.getByRole('button', { name: ar('ballot.submit') }).click();
    await round
      .getByRole('status')
      .filter({ hasText: ar('ballot.cast') })
      .waitFor();
    // Two States have now cast a ballot; the header counts both, in Arabic or Latin digits.
    await round.getByText(/بطاقات الاقتراع: (2|٢)/).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'process-ballot-ar.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });
});
