// How pages look in a real browser: small screens, long French text, dark mode, print, copy-link,
// and screenshots written to screenshots/ for a human to review.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './helpers/browser';
import type { PageProblems } from './helpers/page-problems';
import { useBrowserSuite, useWatchedPage } from './helpers/suite';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const REPORT_PATH = '/rapports/rapport-annuel-2020';

const PAGES = [
  { name: 'accueil', path: '/' },
  { name: 'resultats', path: '/recherche?q=S%C3%A9gur' },
  { name: 'rapport', path: `${REPORT_PATH}?q=S%C3%A9gur#le-segur-de-la-sante` },
] as const;

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
] as const;

describe.skipIf(!browserAvailable())('look and feel in Chromium', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let problems: PageProblems;
  useWatchedPage(suite, (opened) => ({ page, problems } = opened), {
    prepare: async (context) => {
      mkdirSync(SCREENSHOTS_DIR, { recursive: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.baseUrl });
    },
  });

  it.each(PAGES)('$name has no horizontal scroll at 360 px', async ({ path }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(suite.url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems.take()).toEqual([]);
  });

  it('writes screenshots of home, results and report pages', async () => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const { name, path } of PAGES) {
        await page.goto(suite.url(path));
        await page.screenshot({ path: `${SCREENSHOTS_DIR}${name}-${viewport.width}.png` });
      }
    }
    await page.setViewportSize(VIEWPORTS[0]);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const { name, path } of PAGES) {
      await page.goto(suite.url(path));
      await page.screenshot({ path: `${SCREENSHOTS_DIR}${name}-1280-sombre.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems.take()).toEqual([]);
  });

  it('folds the table of contents on a phone and shows it beside the text on a wide screen', async () => {
    const firstEntry = page.locator('.toc-list a').first();
    const firstParagraph = page.locator('.report-section p').first();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(suite.url(REPORT_PATH));
    expect(await firstEntry.isVisible()).toBe(false);
    expect((await firstParagraph.boundingBox())?.y ?? Infinity).toBeLessThan(2 * 740);
    await page.getByText(/^Afficher les \d+ sections$/).click();
    expect(await firstEntry.isVisible()).toBe(true);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(suite.url(REPORT_PATH));
    expect(await firstEntry.isVisible()).toBe(true);
    expect(await page.locator('.toc-summary').isVisible()).toBe(false);
    await firstEntry.focus();
    expect(await firstEntry.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems.take()).toEqual([]);
  });

  it('sets long French text in readable lines with hyphenation', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(suite.url(REPORT_PATH));
    const text = await page.locator('.report-section p:not(.section-page)').first().evaluate((p) => {
      const style = getComputedStyle(p);
      const probe = document.createElement('canvas').getContext('2d');
      if (!probe) throw new Error('no canvas');
      probe.font = `${style.fontSize} ${style.fontFamily}`;
      return {
        charsPerLine: p.getBoundingClientRect().width / probe.measureText('0').width,
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        hyphens: style.hyphens,
        lang: p.closest('[lang]')?.getAttribute('lang'),
      };
    });
    expect(text.charsPerLine).toBeLessThanOrEqual(75);
    expect(text.charsPerLine).toBeGreaterThan(40);
    expect(text.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(text.hyphens).toBe('auto');
    expect(text.lang).toBe('fr');
  });

  it('switches to dark colours when the system asks for them', async () => {
    const background = async () =>
      page.evaluate(() => {
        const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
        return (r + g + b) / 3;
      });
    await page.goto(suite.url('/'));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBeLessThan(60);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('prints a report without the search box, buttons or navigation', async () => {
    await page.goto(suite.url(REPORT_PATH));
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['#search-form', '.copy-link', '.skip-link', '.site-footer', '.report-back', '.permalink']) {
        const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
        expect(shown, selector).toBe(0);
      }
      expect(await page.locator('.report-section').first().isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('« Copier le lien » copies the absolute permalink of the section and says so', async () => {
    await page.goto(suite.url(`${REPORT_PATH}?q=CCUE`));
    const section = page.locator('.report-section').nth(2);
    const sectionId = await section.getAttribute('id');
    const button = section.locator('button.copy-link');
    expect(await button.textContent()).toBe('Copier le lien');
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(suite.url(`${REPORT_PATH}#${sectionId}`));
    await expect.poll(() => page.locator('[role="status"]#app-announcer').textContent()).toBe('Lien copié');
    expect(problems.take()).toEqual([]);
  });
});
