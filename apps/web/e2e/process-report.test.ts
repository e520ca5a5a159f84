/**
 * Browser test of the 5/12 process as the report records it, read in French, Spanish and Arabic: the
 * report's own French words shown as they are, translations marked unofficial, the proposals the report
 * names, and Latin-script text kept in its own order inside Arabic pages (read from the rendered glyphs).
 *
 *   STRATA_E2E=1 npm test -- process-report
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { processServicesOf } from '@strata/process';
import type { RunningServer } from '@strata/server';
import pino from 'pino';
import type { Browser, Locator, Page } from 'playwright-core';
import { ensureBuilt, openBrowserPage, skip, startSeededServer } from './support.ts';

const SLUG = 'unea-5-12';

/**
 * The x positions of the last two glyphs of an element's text, as rendered: in left-to-right order the
 * closing punctuation sits right of the letter before it; moved by an Arabic line, it sits at its far left.
 */
async function glyphEdges(element: Locator): Promise<{ first: number; last: number }> {
  // No inner functions: the page runs this as it is, without the test's build helpers.
  return element.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.textContent?.trim()) nodes.push(n as Text);
    const lastNode = nodes[nodes.length - 1] as Text;
    const end = (lastNode.textContent ?? '').trimEnd().length - 1;
    const centres: number[] = [];
    for (const [node, offset] of [
      [lastNode, end - 1],
      [lastNode, end],
    ] as const) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const r = range.getBoundingClientRect();
      centres.push(r.left + r.width / 2);
    }
    return { first: centres[0] as number, last: centres[1] as number };
  });
}

describe('the 5/12 process pages in three languages, in Chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    ensureBuilt();
    server = await startSeededServer(['process'], pino({ level: 'silent' }));
    // A fictional meeting whose Latin-script title and place end with a full stop, the case that an Arabic
    // line reorders ("VALE S.A." drawn ".VALE S.A") unless the text is isolated.
    await processServicesOf(server.ctx).meetings.createMeeting(
      null,
      SLUG,
      {
        type: 'working_group',
        title: 'Fictional working session No. 2.',
        startDate: '2023-10-02',
        endDate: '2023-10-02',
        place: 'Fictional room B 12.',
      },
      { system: true },
    );
    ({ browser, page, errors } = await openBrowserPage());
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a French reader the report’s own words for the briefings, unmarked', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}?lang=fr`);
    // The meetings table (the chart's summary table holds the same cells, hidden).
    const audience = page
      .locator('bdi:visible', {
        hasText: 'Points focaux nationaux et membres du Comité des représentants permanents auprès du PNUE',
      })
      .first();
    await audience.waitFor();
    assert.equal(await audience.getAttribute('lang'), 'fr');
    // The source's own text carries no "unofficial translation" mark.
    const cell = page.locator('td', { has: audience });
    assert.doesNotMatch((await cell.first().textContent()) ?? '', /traduction non officielle/);
    assert.ok(await page.getByText('Saqlain Syedah', { exact: false }).first().isVisible());
    assert.deepEqual(errors, []);
  });

  it('marks the Spanish forms as unofficial translations of the French text', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}?lang=es`);
    const audience = page
      .locator('bdi:visible', {
        hasText:
          'Puntos focales nacionales y miembros del Comité de Representantes Permanentes ante el PNUMA',
      })
      .first();
    await audience.waitFor();
    const cell = page.locator('td', { has: audience }).first();
    assert.match((await cell.textContent()) ?? '', /traducción no oficial/);
  });

  it('lists the five proposals the report names, in French for a French reader', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}/proposals?lang=fr`);
    await page.getByText('Évaluation globale des instruments et normes existants').first().waitFor();
    for (const title of [
      'Renforcement des capacités, assistance technique et transfert de technologies',
      'Coopération au niveau international',
      'Un groupe de travail technique à composition non limitée',
      'Observatoire mondial du sable',
    ])
      assert.ok(await page.getByText(title).first().isVisible(), title);
  });

  it('keeps Latin-script text in its own order in Arabic', async () => {
    await page.goto(`${server.url}/process/p/${SLUG}?lang=ar`);
    // The direction is set once the Arabic catalog has loaded.
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    // A title shown through the translations (a <bdi> of its own) and a plain table cell (isolated by the
    // table): in both, the full stop stays right of the character before it.
    for (const text of ['Fictional working session No. 2.', 'Fictional room B 12.']) {
      const element = page.locator('bdi:visible', { hasText: text }).first();
      await element.waitFor();
      const { first, last } = await glyphEdges(element);
      assert.ok(first < last, `${text}: last letter at ${first}, full stop at ${last}`);
    }
    assert.deepEqual(errors, []);
  });
  it('fits every table to the page or says it scrolls, and the last column can be reached', async () => {
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/process/p/${SLUG}?lang=en`);
      const frame = page.locator('.table-scroll:visible').first();
      await frame.waitFor();
      const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }));
      if (scrollWidth <= clientWidth + 1) continue;
      // Wider than its frame: the hint shows, the frame takes the keyboard, and scrolling it shows the last
      // column's header inside the page.
      assert.ok(
        await page.getByText('Scroll sideways to see every column.').first().isVisible(),
        `${width}px`,
      );
      assert.equal(await frame.getAttribute('tabindex'), '0');
      await frame.focus();
      await page.keyboard.press('End');
      await frame.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
      });
      const last = frame.locator('thead th').last();
      const box = await last.boundingBox();
      assert.ok(box && box.x + box.width <= width + 1, `${width}px: last column reachable`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
