/**
 * Browser test of knowledge exchange against the real server (in-process, in-memory database) with the
 * seeded working-group spaces and a few items recorded through the services by fictional focal points,
 * driven by the system Chromium.
 *
 *   STRATA_E2E=1 npm test -- e2e/exchange
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '@strata/core';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  CHROMIUM,
  CHROMIUM_ARGS,
  ensureBuilt,
  shotsDir,
  signInAs,
  skip,
  startSeededServer,
  watchErrors,
} from './support.ts';

const password = 'correct horse battery staple';
const brazilEmail = 'e2e-focal-bra@strata.test';

interface ApiMatch {
  needId: string;
  offerId: string;
  score: number;
  explanation: { dimensions: { dimension: string; score: number }[] };
}

describe('knowledge exchange screens in Chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let threadId: string;

  before(async () => {
    ensureBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startSeededServer(['exchange'], pino({ level: 'silent' }));
    const accounts = server.ctx.platform.accounts;
    const root = await accounts.createUser(
      null,
      { email: 'e2e-secretariat@strata.test', password, role: 'secretariat' },
      { bootstrap: true },
    );
    const focalPoint = (email: string, countryIso3: string): Promise<Actor> =>
      accounts.createUser(root, { email, password, role: 'focal_point', countryIso3, displayName: email });
    const brazil = await focalPoint(brazilEmail, 'BRA');
    const germany = await focalPoint('e2e-focal-deu@strata.test', 'DEU');
    const kenya = await focalPoint('e2e-focal-ken@strata.test', 'KEN');
    const france = await focalPoint('e2e-focal-fra@strata.test', 'FRA');
    // Fictional demo content, recorded through the services as the focal points would.
    const { exchangeServices } = await import('@strata/server');
    const ex = exchangeServices(server.ctx);
    const { thread } = await ex.forum.createThread(germany, 'theme-tailings', {
      language: 'en',
      kind: 'question',
      title: 'Monitoring tailings dams after closure',
      body: 'Which instruments do regulators use to monitor tailings dams once the mine has closed?',
    });
    threadId = thread.id;
    await ex.forum.createThread(france, 'theme-water', {
      language: 'fr',
      kind: 'discussion',
      title: 'Surveillance des eaux souterraines près des mines',
      body: 'Nous partageons nos méthodes de surveillance des eaux souterraines autour des sites miniers.',
    });
    await ex.board.createNeed(brazil, {
      countryIso3: 'BRA',
      theme: 'tailings',
      stage: 'closure',
      kind: 'technical_assistance',
      urgency: 'medium',
      language: 'en',
      title: 'Closure plans for abandoned tailings dams',
      context: 'Technical assistance to draft closure plans for abandoned tailings dams in two states.',
    });
    await ex.board.createOffer(germany, {
      providerCountryIso3: 'DEU',
      providerName: 'Germany',
      themes: ['tailings'],
      stages: ['closure'],
      kinds: ['technical_assistance'],
      regions: ['latin_american_caribbean'],
      language: 'en',
      title: 'Dam safety reviews for closed tailings facilities',
      description: 'Engineers review the stability of closed tailings facilities and their closure plans.',
    });
    await ex.board.createNeed(kenya, {
      countryIso3: 'KEN',
      theme: 'sand',
      kind: 'training',
      urgency: 'high',
      language: 'en',
      title: 'Training inspectors of river sand extraction',
      context: 'Inspectors need training to monitor licensed sand extraction along rivers.',
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    errors = watchErrors(page);
  });

  const signIn = (email: string) => signInAs(page, server.url, email, password);

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the spaces by stage and theme and opens a space with its thread', async () => {
    await page.goto(`${server.url}/exchange`);
    await page.getByRole('heading', { level: 1, name: 'Knowledge exchange' }).waitFor();
    const byStage = page.getByRole('region', { name: 'By life-cycle stage' });
    assert.equal(await byStage.getByRole('link').count(), 7);
    await page.getByRole('region', { name: 'By theme' }).getByRole('link', { name: 'Tailings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tailings' }).waitFor();
    await page.locator('#exchange-threads caption', { hasText: '1 thread' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByRole('link', { name: 'Monitoring tailings dams after closure' }).click();
    await page.getByRole('heading', { level: 2, name: '0 replies' }).waitFor();
    // Anonymous readers see no reply form.
    assert.equal(await page.getByLabel('Your reply').count(), 0);
  });

  it('signs in as a focal point and posts a reply in the country’s name', async () => {
    await signIn(brazilEmail);
    await page.goto(`${server.url}/exchange/threads/${threadId}`);
    await page.getByText('In the name of BRA.').waitFor();
    await page
      .getByLabel('Your reply')
      .fill('Brazil uses piezometers read monthly and a yearly dam safety review.');
    await page.getByRole('button', { name: 'Post the reply' }).click();
    await page.getByRole('heading', { level: 2, name: '1 reply' }).waitFor();
    await page.getByText('Brazil uses piezometers read monthly').waitFor();
    // Only the question's author may accept an answer: Brazil, who replied, is not offered the button.
    assert.equal(await page.getByRole('button', { name: 'Accept as the answer' }).count(), 0);
    const stored = (await (await fetch(`${server.url}/api/exchange/threads/${threadId}`)).json()) as {
      replies: { countryIso3: string; body: string }[];
    };
    assert.deepEqual(
      stored.replies.map((r) => r.countryIso3),
      ['BRA'],
    );
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('lets the question’s author accept the reply as its answer', async () => {
    await signIn('e2e-focal-deu@strata.test');
    await page.goto(`${server.url}/exchange/threads/${threadId}`);
    await page.getByRole('button', { name: 'Accept as the answer' }).click();
    await page.locator('.reply.accepted', { hasText: 'Brazil uses piezometers' }).waitFor();
    await page.getByText('Accepted answer', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Accept as the answer' }).count(), 0);
    const stored = (await (await fetch(`${server.url}/api/exchange/threads/${threadId}`)).json()) as {
      thread: { acceptedReplyId: string | null };
      replies: { id: string }[];
    };
    assert.equal(stored.thread.acceptedReplyId, stored.replies[0]?.id);
    await signIn(brazilEmail);
  });

  it('records a need: the near-duplicate is shown explained, then the match with its dimension scores', async () => {
    await page.goto(`${server.url}/exchange/board`);
    const form = page.getByRole('region', { name: 'Record a need' });
    await form.getByLabel('Title').fill('Closure plans for abandoned tailings dams');
    await form.getByLabel('Theme').selectOption('tailings');
    await form.getByLabel('Stage').selectOption('closure');
    await form.getByLabel('Kind of support').selectOption('technical_assistance');
    await form.getByLabel('Urgency').selectOption('high');
    await form.getByLabel('Language').selectOption('en');
    await form
      .getByLabel('National context')
      .fill('Technical assistance to draft closure plans for abandoned tailings dams in three states.');
    await form.getByRole('button', { name: 'Check for duplicates' }).click();
    const duplicate = form
      .locator('.duplicates li')
      .filter({ hasText: 'Closure plans for abandoned tailings dams' });
    await duplicate.waitFor();
    assert.match(
      (await duplicate.textContent()) ?? '',
      /likely duplicate, score \d+ %.*Text similarity \d+ %/s,
    );
    assert.match((await duplicate.textContent()) ?? '', /Shared dimensions: .*theme:tailings/);
    await form.getByRole('button', { name: 'Save' }).click();
    const match = form.getByRole('region', {
      name: 'Closure plans for abandoned tailings dams ↔ Dam safety reviews for closed tailings facilities',
    });
    await match.waitFor();
    const rows = match.locator('tbody tr');
    assert.equal(await rows.count(), 5, 'one row per dimension');
    await match.getByRole('row', { name: /Theme .*The offer covers this theme/ }).waitFor();
    await match.getByRole('row', { name: /Region .*The offer serves the country's region/ }).waitFor();
    const api = (await (await fetch(`${server.url}/api/exchange/matches`)).json()) as { items: ApiMatch[] };
    const scores = api.items.map((m) => `${Math.round(m.score * 100)} %`);
    const caption = (await match.locator('caption').textContent()) ?? '';
    assert.ok(
      scores.some((s) => caption.includes(s)),
      `${caption} not among ${scores.join(', ')}`,
    );
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'exchange-board-en.png'), fullPage: true });
  });

  it('records an offer that meets a need of another region’s country', async () => {
    const form = page.getByRole('region', { name: 'Record an offer' });
    await form.getByLabel('Provider').fill('Brazil, national mining agency');
    await form.getByLabel('Title').fill('Training for sand extraction inspectors');
    await form.getByRole('group', { name: 'Themes' }).getByLabel('Sand').check();
    await form.getByRole('group', { name: 'Kinds of support' }).getByLabel('Training').check();
    await form.getByRole('group', { name: 'Regions served' }).getByLabel('African States').check();
    await form
      .getByLabel('Description')
      .fill('Two-week course for inspectors on licensing and river surveys.');
    await form.getByRole('button', { name: 'Check for duplicates' }).click();
    await form.getByText('No near-duplicate found.').waitFor();
    await form.getByRole('button', { name: 'Save' }).click();
    const match = form.getByRole('region', {
      name: 'Training inspectors of river sand extraction ↔ Training for sand extraction inspectors',
    });
    await match.waitFor();
    await match
      .getByRole('row', { name: /Kind of support .*The offer gives this kind of support/ })
      .waitFor();
    await match.getByRole('row', { name: /Life-cycle stage .*The offer covers every stage/ }).waitFor();
    // The board lists the new offer, and the match in its life cycle.
    await page.locator('#exchange-offers caption', { hasText: '2 offers' }).waitFor();
    await page.getByRole('list', { name: 'Life cycle of the match' }).first().waitFor();
  });

  it('moves the match on with a dated note', async () => {
    const matches = page.locator('section[aria-labelledby="matches-heading"]');
    const match = matches.getByRole('region', {
      name: 'Training inspectors of river sand extraction ↔ Training for sand extraction inspectors',
    });
    await match.getByLabel('New state').selectOption('in_contact');
    await match.getByLabel('Note (dated)').fill('First call held with the Kenyan mining authority.');
    await match.getByRole('button', { name: 'Move the match on' }).click();
    await match.locator('[aria-current="step"]', { hasText: 'In contact' }).waitFor();
    const note = match.locator('.match-notes li', { hasText: 'First call held' });
    await note.waitFor();
    const dated = await note.locator('time').getAttribute('datetime');
    assert.match(dated ?? '', /^\d{4}-\d{2}-\d{2}T/);
    // The next move offered is the next state (or closing), never back.
    const options = await match.getByLabel('New state').locator('option').allTextContents();
    assert.deepEqual(options, ['Agreed', 'Closed']);
    // Matches of other countries carry no move form for this focal point.
    const others = matches.getByRole('region', { name: /^Closure plans .* ↔ Dam safety reviews/ });
    assert.ok((await others.count()) > 0);
    assert.equal(await others.first().getByLabel('New state').count(), 1, 'Brazil needs it: Brazil moves it');
    // The page a match notification links to shows the same match and its note.
    const api = (await (await fetch(`${server.url}/api/exchange/matches`)).json()) as {
      items: { id: string; state: string }[];
    };
    const moved = api.items.find((m) => m.state === 'in_contact');
    assert.ok(moved);
    await page.goto(`${server.url}/exchange/matches/${moved.id}`);
    const single = page.getByRole('region', {
      name: 'Training inspectors of river sand extraction ↔ Training for sand extraction inspectors',
    });
    await single.locator('.match-notes li', { hasText: 'First call held' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('lists the focal point’s notifications and keeps its e-mail settings', async () => {
    await page
      .getByRole('navigation', { name: 'Knowledge exchange' })
      .getByRole('link', { name: 'Notifications' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const match = page.locator('.notifications li', { hasText: 'Proposed match' }).first();
    await match.waitFor();
    assert.match((await match.textContent()) ?? '', /Matches of your needs and offers/);
    await page.getByLabel('Matches of your needs and offers').selectOption('daily');
    await page.getByText('Setting saved.').waitFor();
    await page.reload();
    await page.getByLabel('Matches of your needs and offers').waitFor();
    assert.equal(await page.getByLabel('Matches of your needs and offers').inputValue(), 'daily');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('shows the country’s needs, offers, matches and cases on its country page', async () => {
    await page.goto(`${server.url}/countries/BRA`);
    const section = page.getByRole('region', { name: 'Knowledge exchange' });
    await section.locator('caption', { hasText: '2 needs of this country' }).waitFor();
    await section.locator('caption', { hasText: '1 offer of this country' }).waitFor();
    await section.getByRole('heading', { level: 3, name: 'Matches' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('records a case, submits it, and the secretariat publishes it with contacts hidden from the public', async () => {
    await page.goto(`${server.url}/exchange/cases/new`);
    await page.getByLabel('Title', { exact: true }).fill('Community water monitoring around a copper mine');
    await page.getByLabel('Stage', { exact: true }).selectOption('extraction');
    await page.getByLabel('Theme', { exact: true }).selectOption('water');
    await page.getByLabel('Language', { exact: true }).last().selectOption('en');
    await page.getByLabel('The problem').fill('Villagers did not trust the mine’s water reports.');
    await page.getByLabel('What was done').fill('Villagers were trained to sample wells with the regulator.');
    await page
      .getByLabel('Results', { exact: true })
      .fill('Monthly joint sampling; complaints fell by half.');
    await page.getByLabel('Name', { exact: true }).fill('Ana Souza (fictional)');
    await page.getByLabel('E-mail address', { exact: true }).fill('ana.souza@example.org');
    await page.getByRole('button', { name: 'Check for duplicates' }).click();
    await page.getByText('No near-duplicate found.').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Community water monitoring around a copper mine' })
      .waitFor();
    await page.getByText('ana.souza@example.org').waitFor(); // focal points see contacts
    // A revision adds a version, the fields filled with the current one.
    await page.getByText('Revise the case').click();
    const revise = page.locator('details form');
    assert.equal(
      await revise.getByLabel('Results').inputValue(),
      'Monthly joint sampling; complaints fell by half.',
    );
    await revise.getByLabel('Results').fill('Monthly joint sampling; complaints fell by half in a year.');
    await revise.getByRole('button', { name: 'Save the new version' }).click();
    await page.getByRole('heading', { level: 2, name: '2 versions' }).waitFor();
    await page.getByText('complaints fell by half in a year.').first().waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Under review').waitFor();
    const caseUrl = page.url();
    // Not public before review.
    assert.equal((await fetch(caseUrl.replace('/exchange/cases/', '/api/exchange/cases/'))).status, 404);
    await signIn('e2e-secretariat@strata.test');
    await page.goto(caseUrl);
    await page.getByLabel('Decision').selectOption('published');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.locator('dd', { hasText: 'Published' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${server.url}/exchange/library`);
    await page.locator('#exchange-cases caption', { hasText: '1 case' }).waitFor();
    await page.getByRole('link', { name: 'Community water monitoring around a copper mine' }).click();
    await page.getByText('Contacts are shown to focal points only.').waitFor();
    assert.equal(await page.getByText('ana.souza@example.org').count(), 0);
    const csv = await (await fetch(`${server.url}/api/exchange/cases.csv`)).text();
    assert.match(csv, /Community water monitoring around a copper mine/);
    assert.doesNotMatch(csv, /ana\.souza/);
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('lets the secretariat hide a reply and lock the thread, with the reasons kept', async () => {
    await signIn('e2e-secretariat@strata.test');
    await page.goto(`${server.url}/exchange/threads/${threadId}`);
    const reply = page.locator('.reply', { hasText: 'Brazil uses piezometers' });
    await reply.getByLabel('Reason (kept in the log)').fill('Off topic for this question');
    await reply.getByRole('button', { name: 'Apply' }).click();
    await reply.getByText('Hidden: Off topic for this question').waitFor();
    const moderation = page.getByRole('region', { name: 'Moderation' });
    await moderation.getByLabel('Action').selectOption('lock');
    await moderation.getByLabel('Reason (kept in the log)').fill('Answered; closed for replies');
    await moderation.getByRole('button', { name: 'Apply' }).click();
    await moderation.getByText(/Lock \(thread\): Answered; closed for replies/).waitFor();
    await page.getByText('This thread is locked: Answered; closed for replies').waitFor();
    // A locked thread is offered unlocking, not locking again; the reason field is cleared.
    const actions = await moderation.getByLabel('Action').locator('option').allTextContents();
    assert.deepEqual(actions, ['Hide', 'Unlock', 'Move to another space', 'Merge']);
    assert.equal(await moderation.getByLabel('Reason (kept in the log)').inputValue(), '');
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'exchange-thread-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('.account').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(`${server.url}/exchange/threads/${threadId}`);
    await page.getByRole('heading', { level: 2, name: '0 replies' }).waitFor();
    await page.getByText('This thread is locked: Answered; closed for replies').waitFor();
  });

  it('lets the secretariat merge a duplicate need into the one kept', async () => {
    await signIn('e2e-secretariat@strata.test');
    const needs = (await (await fetch(`${server.url}/api/exchange/needs?country=BRA`)).json()) as {
      items: { id: string; title: string; createdAt: string }[];
    };
    const [kept, duplicate] = needs.items
      .filter((n) => n.title === 'Closure plans for abandoned tailings dams')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    assert.ok(kept && duplicate);
    await page.goto(`${server.url}/exchange/board`);
    const merge = page.getByRole('region', { name: 'Merge duplicates' });
    await merge.getByLabel('Duplicate').selectOption(duplicate.id);
    await merge.getByLabel('Keep').selectOption(kept.id);
    await merge.getByRole('button', { name: 'Merge' }).click();
    await merge.getByText('Merged.').waitFor();
    await page.locator('#exchange-needs tbody tr', { hasText: 'Merged' }).waitFor();
    const after = (await (await fetch(`${server.url}/api/exchange/needs?country=BRA`)).json()) as {
      items: { id: string; status: string; mergedInto: string | null }[];
    };
    const merged = after.items.find((n) => n.id === duplicate.id);
    assert.equal(merged?.status, 'merged');
    assert.equal(merged?.mergedInto, kept.id);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('.account').getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('counts the unmet needs by regional group and theme', async () => {
    await page.goto(`${server.url}/exchange/overview`);
    const table = page.locator('#exchange-unmet');
    // Brazil's tailings need (its duplicate merged) and Kenya's sand need have no agreed match: both unmet.
    await table.locator('caption', { hasText: '2 unmet needs by region and theme' }).waitFor();
    const cell = async (region: string, column: number) =>
      (
        await table
          .getByRole('row', { name: new RegExp(`^${region}`) })
          .locator('td')
          .nth(column)
          .textContent()
      )?.trim();
    const headers = await table.locator('thead th').allTextContents();
    const sand = headers.indexOf('Sand') - 1;
    const tailings = headers.indexOf('Tailings') - 1;
    assert.equal(await cell('African States', sand), '1');
    assert.equal(await cell('Latin American and Caribbean States', tailings), '1');
    assert.equal(await cell('Western European and other States', tailings), '0');
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('searches in English and in French with highlighted words', async () => {
    await page.goto(`${server.url}/exchange/search?q=tailings`);
    await page.getByRole('heading', { level: 2, name: /\d+ results?/ }).waitFor();
    const marks = await page.locator('.search-hits mark').allTextContents();
    assert.ok(marks.length > 0, 'highlighted words');
    assert.ok(
      marks.every((m) => /tailings/i.test(m)),
      marks.join(', '),
    );
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.goto(`${server.url}/exchange/search?q=surveillance&language=fr`);
    const hit = page.locator('.search-hits li', { hasText: 'Surveillance des eaux souterraines' });
    await hit.waitFor();
    assert.equal(await hit.getAttribute('lang'), 'fr');
    const french = await hit.locator('mark').allTextContents();
    assert.ok(
      french.some((m) => /surveillance/i.test(m)),
      french.join(', '),
    );
    assert.equal(await page.locator('.search-hits li').count(), 1, 'the language filter keeps French only');
    await page.screenshot({ path: path.join(shotsDir, 'exchange-search-fr.png') });
  });

  it('reads right to left in Arabic', async () => {
    await page.goto(`${server.url}/exchange`);
    await page.getByLabel('Language').first().selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'تبادل المعارف' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: path.join(shotsDir, 'exchange-spaces-ar.png') });
    assert.deepEqual(errors, []);
  });
});
