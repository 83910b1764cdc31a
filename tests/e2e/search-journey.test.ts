// A reader's path through the archive in a real browser: search, results, facets, pages, permalinks.
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, newContext } from './helpers/browser';
import { watchPage, type PageProblems } from './helpers/page-problems';
import { announcedTotal, hashId, hitUrls, isInViewport } from './helpers/page-checks';
import { useBrowserSuite } from './helpers/suite';

describe.skipIf(!browserAvailable())('search journey in Chromium', () => {
  const suite = useBrowserSuite();
  let context: BrowserContext | undefined;

  async function openPage(allowed?: (url: string, status: number) => boolean): Promise<{ page: Page; problems: PageProblems }> {
    context = await newContext(suite.browser);
    const page = await context.newPage();
    return { page, problems: watchPage(page, allowed) };
  }

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it('finds CCUE from the home page and lands on the highlighted section', async () => {
    const { page, problems } = await openPage();
    await page.goto(suite.url('/'));
    const box = page.locator('#search-input');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('CCUE');
    await Promise.all([page.waitForURL(/\/recherche\?/), box.press('Enter')]);

    expect(new URL(page.url()).searchParams.get('q')).toBe('CCUE');
    expect(await announcedTotal(page)).toBeGreaterThan(0);
    // The snippet may also mark the spelled-out form (« convention collective unique étendue »).
    const marks = await page.locator('.hit').first().locator('.hit-snippet mark').allTextContents();
    expect(marks.map((mark) => mark.toUpperCase())).toContain('CCUE');
    expect(problems.take()).toEqual([]);

    const firstLink = page.locator('.hit-title a').first();
    const title = (await firstLink.textContent())?.trim();
    await Promise.all([page.waitForURL(/\/rapports\//), firstLink.click()]);
    await page.waitForLoadState('load');

    const sectionId = hashId(page.url());
    const section = page.locator(`section[id="${sectionId}"]`);
    expect(await section.locator('.section-title').textContent()).toContain(title);
    expect(await isInViewport(page, sectionId)).toBe(true);
    const marked = await section.locator('mark').allTextContents();
    expect(marked.map((word) => word.toUpperCase())).toContain('CCUE');
    expect(problems.take()).toEqual([]);
  });

  it('narrows by report and by year with counts that match the results', async () => {
    const { page, problems } = await openPage();
    await page.goto(suite.url('/recherche?q=n%C3%A9gociation'));
    const overall = await announcedTotal(page);

    for (const facet of ['#facet-rapports', '#facet-annees']) {
      const links = page.locator(`section:has(${facet}) a.facet-link`);
      expect(await links.count()).toBeGreaterThan(1);
      const link = links.first();
      const label = (await link.textContent()) ?? '';
      const count = Number(/\((\d+)\)/.exec(label)?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(overall);

      await Promise.all([page.waitForURL(/(rapport|annee)=/), link.click()]);
      expect(await announcedTotal(page)).toBe(count);
      expect(await page.locator('.active-filter').count()).toBe(1);
      const hits = await page.locator('.hit').count();
      expect(hits).toBe(Math.min(count, 10));

      // Removing the filter brings every result back.
      await Promise.all([page.waitForURL((url) => !/(rapport|annee)=/.test(url.search)), page.locator('.active-filter').click()]);
      expect(await announcedTotal(page)).toBe(overall);
    }
    expect(problems.take()).toEqual([]);
  });

  it('pages through results: page 2 continues page 1 and keeps the total', async () => {
    const { page, problems } = await openPage();
    await page.goto(suite.url('/recherche?q=social'));
    const total = await announcedTotal(page);
    expect(total).toBeGreaterThan(10);
    const firstPage = await hitUrls(page);
    expect(firstPage).toHaveLength(10);

    const pageTwo = page.locator('nav.pagination a[aria-label="Page 2"]');
    await Promise.all([page.waitForURL(/page=2/), pageTwo.click()]);
    expect(await announcedTotal(page)).toBe(total);
    expect(await page.locator('ol.hits').getAttribute('start')).toBe('11');
    const secondPage = await hitUrls(page);
    expect(secondPage).toHaveLength(Math.min(10, total - 10));
    expect(await page.locator('nav.pagination [aria-current="page"]').textContent()).toBe('2');

    expect(secondPage.filter((url) => firstPage.includes(url))).toEqual([]);

    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('page') !== '2'),
      page.locator('a.pagination-prev').click(),
    ]);
    expect(await hitUrls(page)).toEqual(firstPage);
    expect(problems.take()).toEqual([]);
  });

  it('opens a permalink directly on its section', async () => {
    const { page, problems } = await openPage();
    const { reports } = (await (await fetch(suite.url('/api/reports'))).json()) as { reports: { id: string }[] };
    const reportId = reports.find((report) => report.id === 'rapport-annuel-2020')?.id ?? '';
    const detail = (await (await fetch(suite.url(`/api/reports/${reportId}`))).json()) as { sections: { id: string; url: string }[] };
    const target = detail.sections[Math.floor(detail.sections.length / 2)];
    if (!target) throw new Error(`Report ${reportId} has no section`);

    await page.goto(suite.url(target.url));
    expect(hashId(page.url())).toBe(target.id);
    expect(await isInViewport(page, target.id)).toBe(true);
    expect(problems.take()).toEqual([]);
  });

  it('shows a French 404 page with a search box for an unknown report', async () => {
    const { page, problems } = await openPage((url, status) => status === 404 && url.endsWith('/rapports/rapport-inconnu'));
    const response = await page.goto(suite.url('/rapports/rapport-inconnu'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/introuvable|n’existe pas|n'existe pas/i);
    expect(await page.locator('#search-input').count()).toBe(1);
    expect(problems.take()).toEqual([]);
  });

  it('still searches with JavaScript turned off', async () => {
    context = await newContext(suite.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(suite.url('/'));
    await page.locator('#search-input').fill('Ségur');
    await Promise.all([page.waitForURL(/\/recherche\?/), page.locator('#search-input').press('Enter')]);
    expect(await announcedTotal(page)).toBeGreaterThan(0);
    expect(await page.locator('.hit-snippet mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[role="combobox"]').count()).toBe(0);
    expect(problems.take()).toEqual([]);
  });
});
