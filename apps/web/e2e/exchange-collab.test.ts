/**
 * Browser test of knowledge exchange's collaboration controls against the real server (in-process,
 * in-memory database, the exchange and instruments seeds): a thread linked to an instrument through the
 * new-thread form, files attached to a thread and shown with name, type and size, the instrument's page
 * listing the thread, following a space, marking notifications read, and inviting an observer.
 * Accounts and threads are fictional.
 *
 *   STRATA_E2E=1 npm test -- e2e/exchange-collab
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '@strata/core';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  ensureBuilt,
  openBrowserPage,
  signInAs,
  skip,
  startSeededServer,
} from './support.ts';

const password = 'correct horse battery staple';
const germanyEmail = 'e2e-collab-deu@strata.test';
const observerEmail = 'e2e-collab-observer@strata.test';
const threadTitle = 'Applying the tailings standard to facilities built before it';

/** The smallest file the upload rules take as a PDF (judged from its `%PDF-` header). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('knowledge exchange collaboration in Chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let kenya: Actor;
  let secretariatActor: Actor;

  before(async () => {
    ensureBuilt();
    server = await startSeededServer(['instruments', 'exchange'], pino({ level: 'silent' }));
    const accounts = server.ctx.platform.accounts;
    secretariatActor = await accounts.createUser(
      null,
      { email: 'e2e-collab-secretariat@strata.test', password, role: 'secretariat' },
      { bootstrap: true },
    );
    const root = secretariatActor;
    await accounts.createUser(root, {
      email: germanyEmail,
      password,
      role: 'focal_point',
      countryIso3: 'DEU',
      displayName: 'DEU focal point (test)',
    });
    kenya = await accounts.createUser(root, {
      email: 'e2e-collab-ken@strata.test',
      password,
      role: 'focal_point',
      countryIso3: 'KEN',
      displayName: 'KEN focal point (test)',
    });
    const org = await accounts.createOrganisation(root, { name: 'Demo observer organisation (test)' });
    await accounts.createUser(root, {
      email: observerEmail,
      password,
      role: 'observer_contact',
      organisationId: org.id,
      displayName: 'Observer (test)',
    });
    ({ browser, page, errors } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = (email: string) => signInAs(page, server.url, email, password);

  it('opens a thread linked to an instrument; the thread and the instrument show the link', async () => {
    await signIn(germanyEmail);
    await page.goto(`${server.url}/exchange/spaces/theme-tailings`);
    await page.getByLabel('Title').fill(threadTitle);
    await page
      .getByLabel('Text')
      .fill('How have regulators applied the global tailings standard to facilities that predate it?');
    const picker = page.getByLabel('Instruments and standards this thread is about');
    await picker.locator('option[value="gistm"]').waitFor({ state: 'attached' });
    await picker.selectOption(['gistm']);
    await page.getByRole('button', { name: 'Check for duplicates' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    const links = page.getByRole('region', { name: 'Linked to' });
    const instrumentLink = links.getByRole('link', { name: /GISTM/ });
    await instrumentLink.waitFor();
    assert.equal(await instrumentLink.getAttribute('href'), '/instruments/items/gistm');
    await instrumentLink.click();
    const threads = page.getByRole('region', { name: 'Working-group threads about this instrument' });
    await threads.getByRole('link', { name: threadTitle }).click();
    await page.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
  });

  it('attaches a PDF to the thread: listed with its name, type and size, and downloadable', async () => {
    const upload = page.getByRole('form', { name: 'Attach a file' }).first();
    await upload
      .getByLabel('File (PDF, DOCX or XLSX)')
      .setInputFiles({ name: 'Legacy review.pdf', mimeType: 'application/pdf', buffer: PDF });
    await upload.getByRole('button', { name: 'Attach' }).click();
    await page.getByText('File attached.').waitFor();
    const list = page.getByRole('list', { name: 'Files of the thread' });
    const item = list.getByRole('listitem').filter({ hasText: 'Legacy review.pdf' });
    await item.waitFor();
    assert.match((await item.textContent()) ?? '', /PDF, 0[.,]1 kB/);
    const href = await item.getByRole('link', { name: 'Legacy review.pdf' }).getAttribute('href');
    assert.ok(href);
    const file = await fetch(`${server.url}${href}`);
    assert.equal(file.status, 200);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), PDF);
    // A file that is not a PDF, DOCX or XLSX is refused, and the reason is shown.
    await upload
      .getByLabel('File (PDF, DOCX or XLSX)')
      .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text') });
    await upload.getByRole('button', { name: 'Attach' }).click();
    await upload.getByRole('alert').filter({ hasText: 'not a PDF, DOCX or XLSX' }).waitFor();
    assert.equal(await list.getByRole('listitem').count(), 1);
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('follows a space, is notified of a new thread, and marks notifications read', async () => {
    await page.goto(`${server.url}/exchange/spaces/theme-water`);
    await page.getByRole('button', { name: 'Follow this space' }).click();
    await page.getByRole('button', { name: 'Stop following' }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Stop following' }).getAttribute('aria-pressed'),
      'true',
    );
    const { exchangeServices } = await import('@strata/server');
    const ex = exchangeServices(server.ctx);
    for (const title of ['Groundwater near closed pits', 'Water reuse at processing plants']) {
      await ex.forum.createThread(kenya, 'theme-water', {
        language: 'en',
        kind: 'discussion',
        title,
        body: `${title}: what has worked for you?`,
      });
    }
    await page.goto(`${server.url}/exchange/notifications`);
    await page.getByText('2 unread').waitFor();
    await page.getByRole('button', { name: /^Mark as read: .*Groundwater near closed pits$/ }).click();
    await page.getByText('1 unread').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('Nothing unread.').waitFor();
    await page.goto(`${server.url}/exchange/spaces/theme-water`);
    await page.getByRole('button', { name: 'Stop following' }).click();
    await page.getByRole('button', { name: 'Follow this space' }).waitFor();
  });

  it('lets the secretariat merge a thread into another of its space, the reason kept', async () => {
    await signIn('e2e-collab-secretariat@strata.test');
    const { exchangeServices } = await import('@strata/server');
    const ex = exchangeServices(server.ctx);
    const { threads } = await ex.forum.getSpace(null, 'theme-water');
    const from = threads.find((th) => th.title === 'Water reuse at processing plants');
    const into = threads.find((th) => th.title === 'Groundwater near closed pits');
    assert.ok(from && into);
    await page.goto(`${server.url}/exchange/threads/${from.id}`);
    const form = page.getByRole('form', { name: 'Moderate the thread' });
    await form.getByLabel('Action').selectOption('merge');
    await form.getByLabel('Thread to merge into').selectOption(into.id);
    await form.getByLabel('Reason (kept in the log)').fill('Same question as the groundwater thread');
    await form.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Hidden: merged: Same question as the groundwater thread').waitFor();
    assert.equal((await ex.forum.getThread(secretariatActor, from.id)).thread.mergedInto, into.id);
  });

  it('lets the secretariat invite an observer by e-mail; the observer then sees it is a member', async () => {
    await signIn('e2e-collab-secretariat@strata.test');
    await page.goto(`${server.url}/exchange/spaces/theme-sand`);
    await page.getByLabel('E-mail address of the account').fill('nobody-at-all@strata.test');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'no such account' }).waitFor();
    await page.getByLabel('E-mail address of the account').fill(observerEmail);
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText('Invitation recorded.').waitFor();
    await signIn(observerEmail);
    await page.goto(`${server.url}/exchange/spaces/theme-sand`);
    await page.getByText('Invited member').waitFor();
    // The refused upload (415) and invitation (400) are logged by the browser; nothing else may be.
    assert.deepEqual(
      errors.filter((e) => !/status of 4(00|15)/.test(e)),
      [],
    );
  });
});
