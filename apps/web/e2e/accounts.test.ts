/**
 * Browser test of a fresh installation set up entirely in the browser: the one-time set-up link, the
 * secretariat's organisations, companies and accounts, one-time password links, a password change,
 * signing out everywhere, disabling an account. Real server (in-process, in-memory database), Chromium.
 *
 *   STRATA_E2E=1 node --import tsx --test apps/web/e2e/accounts.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  CHROMIUM,
  CHROMIUM_ARGS,
  ensureBuilt,
  skip,
  startSeededServer,
  watchErrors,
} from './support.ts';

const SECRETARIAT = { email: 'head@secretariat.demo.test', password: 'first-run passphrase one' };
const FOCAL_POINT = { email: 'fp@kenya.demo.test', password: 'focal point passphrase 1' };

describe('accounts administration in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let errors: string[];
  let oneTimeLink = '';

  /** The same page on the server the test started (links name `localhost`, the server listens on 127.0.0.1). */
  const local = (link: string) => {
    const u = new URL(link);
    return `${server.url}${u.pathname}${u.hash}`;
  };
  const newPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    return { context, page: await context.newPage() };
  };
  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  before(async () => {
    ensureBuilt();
    server = await startSeededServer([], pino({ level: 'silent' }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    admin = (await newPage()).page;
    errors = watchErrors(admin);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a fresh installation says it needs set-up, and the printed link creates the secretariat account', async () => {
    assert.ok(server.setup, 'the server issued a set-up link');
    assert.match(server.setup.link, /\/setup#token=[\w-]{40,}$/);
    await admin.goto(server.url);
    await admin.getByTestId('setup-needed').waitFor();
    await admin.goto(`${server.url}/setup`);
    await admin.getByText('Open the one-time set-up link').waitFor();
    await admin.goto(local(server.setup.link));
    await admin.getByLabel('Email address').fill(SECRETARIAT.email);
    await admin.getByLabel('Display name').fill('Head of secretariat (demo)');
    await admin.getByLabel('New password', { exact: true }).fill(SECRETARIAT.password);
    await admin.getByLabel('Repeat the new password').fill('not the same passphrase');
    await admin.getByRole('button', { name: 'Create the secretariat account' }).click();
    await admin.getByText('The two passwords differ.').waitFor();
    await admin.getByLabel('Repeat the new password').fill(SECRETARIAT.password);
    await admin.getByRole('button', { name: 'Create the secretariat account' }).click();
    await admin.waitForURL(/\/admin\/accounts\?welcome=1$/);
    await admin.getByText('Your secretariat account is ready').waitFor();
    assert.match(await admin.getByTestId('account-name').innerText(), /Head of secretariat \(demo\)/);
    // The link worked once: opening it again says the installation is set up.
    const { page: again, context } = await newPage();
    await again.goto(local(server.setup.link));
    await again.getByText('This installation is set up already.').waitFor();
    await context.close();
  });

  it('the secretariat registers an organisation and a company, then renames the company', async () => {
    await admin.getByRole('link', { name: 'Organisations' }).click();
    await admin.getByLabel('Name', { exact: true }).fill('Demo Observers Network (fictional)');
    await admin.getByRole('button', { name: 'Create' }).click();
    await admin.getByRole('cell', { name: 'Demo Observers Network (fictional)', exact: true }).waitFor();
    await admin.getByRole('link', { name: 'Companies' }).click();
    await admin.getByLabel('Name', { exact: true }).fill('Fictional Ore Co (demo)');
    await admin.getByLabel('Country').selectOption('CHL');
    await admin.getByRole('button', { name: 'Create' }).click();
    await admin.getByRole('cell', { name: 'Fictional Ore Co (demo)', exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Edit Fictional Ore Co (demo)' }).click();
    await admin.getByLabel('Name', { exact: true }).fill('Fictional Ore Company (demo)');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('cell', { name: 'Fictional Ore Company (demo)', exact: true }).waitFor();
    assert.equal(await admin.getByRole('cell', { name: 'Chile', exact: true }).count(), 1);
  });

  it('creates a focal point with a one-time password link and an operator with a password', async () => {
    await admin.getByRole('link', { name: 'Accounts' }).click();
    const form = admin.getByRole('region', { name: 'New account' });
    await form.getByLabel('Email address').fill(FOCAL_POINT.email);
    await form.getByLabel('Role').selectOption('focal_point');
    await form.getByLabel('Country of the focal point').selectOption('KEN');
    await form.getByRole('button', { name: 'Create' }).click();
    await form.getByText(`Account ${FOCAL_POINT.email} created.`).waitFor();
    oneTimeLink = await form.getByTestId('one-time-link').innerText();
    assert.match(oneTimeLink, /\/reset-password#token=/);
    await form.getByText('E-mail is not configured on this server').waitFor();

    await form.getByLabel('Email address').fill('operator@fictional-ore.demo.test');
    await form.getByLabel('Role').selectOption('operator');
    await form.getByLabel('Company of the operator').selectOption({ label: 'Fictional Ore Company (demo)' });
    await form.getByLabel('Set a password now and hand it over').check();
    await form.getByLabel('New password', { exact: true }).fill('operator passphrase 1');
    await form.getByLabel('Repeat the new password').fill('operator passphrase 1');
    await form.getByRole('button', { name: 'Create' }).click();
    await form.getByText('Account operator@fictional-ore.demo.test created.').waitFor();
    const table = admin.locator('#accounts');
    await table.getByRole('cell', { name: 'Kenya', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'Fictional Ore Company (demo)', exact: true }).waitFor();
    await admin.getByLabel('Role', { exact: true }).first().selectOption('operator');
    assert.equal(await table.locator('tbody tr').count(), 1, 'the role filter leaves the operator');
    await admin.getByLabel('Role', { exact: true }).first().selectOption('');
    assert.deepEqual(await accessibilityViolations(admin), []);
  });

  it('the focal point sets a password with the link, changes it, and signs out everywhere', async () => {
    const { page, context } = await newPage();
    const other = await newPage();
    await page.goto(local(oneTimeLink));
    await page.getByLabel('New password', { exact: true }).fill(FOCAL_POINT.password);
    await page.getByLabel('Repeat the new password').fill(FOCAL_POINT.password);
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText(`The password of ${FOCAL_POINT.email} is set.`).waitFor();
    await signIn(page, FOCAL_POINT.email, FOCAL_POINT.password);
    await signIn(other.page, FOCAL_POINT.email, FOCAL_POINT.password);
    await page.getByTestId('account-name').click();
    await page.waitForURL(/\/account$/);
    await page.getByLabel('Current password').fill(FOCAL_POINT.password);
    await page.getByLabel('New password', { exact: true }).fill('a second focal point passphrase');
    await page.getByLabel('Repeat the new password').fill('a second focal point passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('One other session was signed out.').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await other.page.goto(`${server.url}/account`);
    await other.page.waitForURL(/\/sign-in/);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${server.url}/account`);
    await page.waitForURL(/\/sign-in\?next=/);
    // The link was used: it does not work a second time.
    await page.goto(local(oneTimeLink));
    await page.getByLabel('New password', { exact: true }).fill('yet another passphrase');
    await page.getByLabel('Repeat the new password').fill('yet another passphrase');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText('This link is not valid').waitFor();
    await context.close();
    await other.context.close();
  });

  it('a disabled account cannot sign in until the secretariat enables it again', async () => {
    await admin.getByRole('button', { name: `Edit ${FOCAL_POINT.email}` }).click();
    const panel = admin.getByRole('region', { name: `Account ${FOCAL_POINT.email}` });
    await panel.getByRole('button', { name: 'Disable' }).click();
    await panel.getByText('The account is disabled').waitFor();
    const { page, context } = await newPage();
    await signIn(page, FOCAL_POINT.email, 'a second focal point passphrase');
    await page.getByText('The email address or password is incorrect.').waitFor();
    await panel.getByRole('button', { name: 'Enable' }).click();
    await panel.getByText('The account is enabled.').waitFor();
    await signIn(page, FOCAL_POINT.email, 'a second focal point passphrase');
    await page.getByTestId('account-name').waitFor();
    await panel.getByRole('button', { name: 'Issue a password link' }).click();
    await panel.getByTestId('one-time-link').waitFor();
    // The secretariat cannot disable itself.
    await admin.getByRole('button', { name: `Edit ${SECRETARIAT.email}` }).click();
    const own = admin.getByRole('region', { name: `Account ${SECRETARIAT.email}` });
    assert.equal(await own.getByRole('button', { name: 'Disable' }).isDisabled(), true);
    await context.close();
  });

  it('the accounts screen reads right to left in Arabic and only the secretariat reaches it', async () => {
    await admin.goto(`${server.url}/admin/accounts?lang=ar`);
    await admin.getByRole('heading', { name: 'الحسابات', level: 1 }).waitFor();
    assert.equal(await admin.evaluate(() => document.documentElement.dir), 'rtl');
    assert.deepEqual(await accessibilityViolations(admin), []);
    const { page, context } = await newPage();
    await signIn(page, 'operator@fictional-ore.demo.test', 'operator passphrase 1');
    await page.getByTestId('account-name').waitFor();
    await page.goto(`${server.url}/admin/accounts`);
    await page.getByText('Not available to your account').waitFor();
    await context.close();
    assert.deepEqual(
      errors.filter((e) => !/401|403|409/.test(e)),
      [],
    );
  });
});
