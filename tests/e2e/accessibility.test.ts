// Accessibility in a real browser: axe on every kind of page in light and dark, and keyboard-only use.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/accessibility';
import { browserAvailable } from './helpers/browser';
import type { PageProblems } from './helpers/page-problems';
import { useBrowserSuite, useWatchedPage } from './helpers/suite';

const PAGES = [
  { name: 'accueil', path: '/' },
  { name: 'résultats', path: '/recherche?q=CCUE' },
  { name: 'résultats avec frise par année', path: '/recherche?q=S%C3%A9gur' },
  { name: 'résultats filtrés sur une année', path: '/recherche?q=S%C3%A9gur&annee=2020' },
  { name: 'aucun résultat', path: '/recherche?q=xylophonique' },
  { name: 'rapport surligné', path: '/rapports/rapport-annuel-2020?q=CCUE' },
  { name: 'page introuvable', path: '/page-qui-n-existe-pas' },
] as const;

const EXPECTED_404 = '/page-qui-n-existe-pas';
/**
 * axe's time grows with the page: a report page, with « Sur le même sujet » and « Citer » under each
 * section, took over 30 s on a loaded two-core machine. Not a timing assertion, only room to finish.
 */
const AXE_PAGE_TIMEOUT_MS = 120_000;

describe.skipIf(!browserAvailable())('accessibility in Chromium', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let problems: PageProblems;
  useWatchedPage(suite, (opened) => ({ page, problems } = opened), {
    allowedStatus: (url, status) => status === 404 && new URL(url).pathname === EXPECTED_404,
  });

  describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
    it.each(PAGES)('$name has no serious or critical axe violation', async ({ path }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(suite.url(path));
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems.take()).toEqual([]);
    }, AXE_PAGE_TIMEOUT_MS);
  });

  it.each(['light', 'dark'] as const)('the open search-as-you-type list has no serious axe violation (%s)', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(suite.url('/'));
    await page.locator('#search-input').pressSequentially('négo', { delay: 30 });
    await page.locator('[role="listbox"][data-query="négo"]').waitFor({ state: 'visible' });
    await page.locator('#search-input').press('ArrowDown');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.take()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('announces the result count in a live region', async () => {
    await page.goto(suite.url('/recherche?q=CCUE'));
    const status = page.locator('[aria-live="polite"], [role="status"]').filter({ hasText: /résultat/ });
    expect(await status.count()).toBeGreaterThan(0);
  });

  it('has the page landmarks and a working skip link', async () => {
    await page.goto(suite.url('/recherche?q=CCUE'));
    for (const landmark of ['header', 'main', 'footer', 'nav']) {
      expect(await page.locator(landmark).count(), landmark).toBeGreaterThan(0);
    }
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });

  it('« / » focuses the search box, but types a slash inside a field', async () => {
    await page.goto(suite.url('/rapports/rapport-annuel-2020'));
    const box = page.locator('#search-input');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
    await page.keyboard.press('/');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('');
    await page.keyboard.type('a/b');
    expect(await box.inputValue()).toBe('a/b');
  });

  it('Tab reaches every result and control of the results page, each with a visible focus', async () => {
    await page.goto(suite.url('/recherche?q=social'));
    const expected = await page.evaluate(() =>
      // The timeline's bars are links for the mouse only (tabindex -1): its table holds the same links.
      // What a closed <details> holds is hidden until its summary (checked here too) opens it.
      [...document.querySelectorAll('main a[href]:not([tabindex="-1"]), main input, main button, main select, main summary')]
        .filter((el) => !el.closest('details:not([open]) > :not(summary)'))
        .map((el) => {
          el.setAttribute('data-e2e-focusable', '');
          return el.outerHTML.slice(0, 120);
        }),
    );
    expect(expected.length).toBeGreaterThan(15);

    await page.locator('body').focus();
    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let presses = 0; presses < expected.length + 40; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || !el.hasAttribute('data-e2e-focusable')) return null;
        const style = getComputedStyle(el);
        const visibleFocus = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 || style.boxShadow !== 'none';
        return { html: el.outerHTML.slice(0, 120), visibleFocus };
      });
      if (!focused) continue;
      reached.add(focused.html);
      if (!focused.visibleFocus) invisible.push(focused.html);
    }
    expect(expected.filter((html) => !reached.has(html))).toEqual([]);
    expect(invisible).toEqual([]);
  });
});
