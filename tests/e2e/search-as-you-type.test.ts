// Search as you type: the WAI-ARIA combobox under the search box, driven by keyboard and pointer.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './helpers/browser';
import { hashId } from './helpers/page-checks';
import type { PageProblems } from './helpers/page-problems';
import { useBrowserSuite, useWatchedPage } from './helpers/suite';

describe.skipIf(!browserAvailable())('search as you type in Chromium', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let problems: PageProblems;
  useWatchedPage(suite, (opened) => ({ page, problems } = opened));
  beforeEach(async () => {
    await page.goto(suite.url('/'));
  });

  const box = () => page.locator('#search-input');
  const listbox = () => page.locator('[role="listbox"]');
  const options = () => listbox().locator('[role="option"]');

  async function typeAndWaitForPopup(text: string): Promise<void> {
    await box().pressSequentially(text, { delay: 30 });
    await page.locator(`[role="listbox"][data-query="${text.trim()}"]`).waitFor({ state: 'visible' });
  }

  it('is a combobox wired to its listbox', async () => {
    expect(await box().getAttribute('role')).toBe('combobox');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    const controls = await box().getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    expect(await page.locator(`[id="${controls}"]`).getAttribute('role')).toBe('listbox');
  });

  it('suggests words as written and live results with highlighted words', async () => {
    await typeAndWaitForPopup('négo');
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    const words = await listbox().locator('[data-kind="word"]').allTextContents();
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(word.toLowerCase()).toMatch(/^négo/);

    const results = listbox().locator('[data-kind="result"]');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.count()).toBeLessThanOrEqual(5);
    expect(await results.first().locator('mark').count()).toBeGreaterThan(0);
    expect(problems.take()).toEqual([]);
  });

  it('moves with the arrows, closes with Escape and keeps the text', async () => {
    await typeAndWaitForPopup('Ségur');
    const count = await options().count();
    expect(count).toBeGreaterThan(1);

    await box().press('ArrowDown');
    const first = options().nth(0);
    expect(await box().getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');

    await box().press('ArrowDown');
    expect(await box().getAttribute('aria-activedescendant')).toBe(await options().nth(1).getAttribute('id'));
    await box().press('ArrowUp');
    await box().press('ArrowUp');
    // Up from the first option wraps to the last one.
    expect(await box().getAttribute('aria-activedescendant')).toBe(await options().nth(count - 1).getAttribute('id'));

    await box().press('Escape');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await listbox().isVisible()).toBe(false);
    expect(await box().getAttribute('aria-activedescendant')).toBeNull();
    expect(await box().inputValue()).toBe('Ségur');
  });

  it('Enter on a live result opens its section', async () => {
    await typeAndWaitForPopup('CCUE');
    const results = listbox().locator('[data-kind="result"]');
    const wordCount = await listbox().locator('[data-kind="word"]').count();
    const expectedUrl = await results.first().getAttribute('data-url');
    for (let i = 0; i <= wordCount; i++) await box().press('ArrowDown');
    expect(await results.first().getAttribute('aria-selected')).toBe('true');

    await Promise.all([page.waitForURL(/\/rapports\//), box().press('Enter')]);
    expect(hashId(page.url())).toBe(hashId(suite.url(expectedUrl ?? '')));
    expect(problems.take()).toEqual([]);
  });

  it('Enter on a suggested word searches for the completed query', async () => {
    await typeAndWaitForPopup('attractivité des mét');
    const word = listbox().locator('[data-kind="word"]').first();
    const completion = (await word.textContent()) ?? '';
    expect(completion).toMatch(/^mét/);
    await box().press('ArrowDown');
    await Promise.all([page.waitForURL(/\/recherche\?/), box().press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(`attractivité des ${completion}`);
  });

  it('Enter with no option chosen submits the typed query', async () => {
    await typeAndWaitForPopup('CCUE');
    await Promise.all([page.waitForURL(/\/recherche\?/), box().press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('CCUE');
  });

  it('keeps live results inside the report chosen in the scope menu', async () => {
    await page.goto(suite.url('/rapports/rapport-annuel-2020'));
    expect(await page.locator('#search-scope').inputValue()).toBe('rapport-annuel-2020');
    await typeAndWaitForPopup('Ségur');
    const urls = await listbox().locator('[data-kind="result"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-url') ?? ''));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/rapports\/rapport-annuel-2020\?/);
  });

  it('a click on a live result opens its section', async () => {
    await typeAndWaitForPopup('CCUE');
    const result = listbox().locator('[data-kind="result"]').first();
    await Promise.all([page.waitForURL(/\/rapports\//), result.click()]);
    expect(page.url()).toContain('#');
  });

  it('shows the answer to the last query typed, not to an earlier one', async () => {
    await box().pressSequentially('Ségur', { delay: 10 });
    await box().fill('');
    await box().pressSequentially('CCUE', { delay: 10 });
    await listbox().waitFor({ state: 'visible' });
    await page.waitForTimeout(600);
    const titles = await listbox().locator('[data-kind="result"] mark').allTextContents();
    expect(titles.map((word) => word.toUpperCase())).toContain('CCUE');
    // CCUE or its spelled-out form (« convention collective unique étendue »), never the earlier « Ségur ».
    for (const word of titles) expect(word.toUpperCase()).toMatch(/^(?:CCUE|CONVENTION COLLECTIVE UNIQUE)/);
  });

  it('never inserts markup other than <mark> from a snippet', async () => {
    await page.route('**/api/search?*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { results: { snippet: string }[] };
      for (const hit of body.results) hit.snippet = `<img src="x" onerror="window.pwned=1">piège <mark>CCUE</mark>`;
      await route.fulfill({ response, json: body });
    });
    try {
      await typeAndWaitForPopup('CCUE');
      const snippet = listbox().locator('.search-popup__snippet').first();
      expect(await snippet.textContent()).toContain('piège');
      expect(await listbox().locator('img').count()).toBe(0);
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    } finally {
      await page.unroute('**/api/search?*');
    }
  });
});
