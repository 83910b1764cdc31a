// Following a topic in a real browser: clicking a year of the timeline, « Citer », and the timeline
// of a synthetic archive of twenty years and more (screenshots in screenshots/ for review).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_CORPUS_DIR } from '../helpers/corpus';
import { syntheticArchive } from '../helpers/synthetic-archive';
import { browserAvailable, newContext } from './helpers/browser';
import { announcedTotal } from './helpers/page-checks';
import type { PageProblems } from './helpers/page-problems';
import { useBrowserSuite, useWatchedPage } from './helpers/suite';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));

describe.skipIf(!browserAvailable())('following a topic in Chromium', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let problems: PageProblems;
  useWatchedPage(suite, (opened) => ({ page, problems } = opened), {
    prepare: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.baseUrl }),
  });

  it('a bar of the timeline filters the results on its year, and shows it selected', async () => {
    await page.goto(suite.url('/recherche?q=S%C3%A9gur'));
    const facet2020 = await page.locator('section:has(#facet-annees) a.facet-link', { hasText: '2020' }).textContent();
    const expected = Number(/\((\d+)\)/.exec(facet2020 ?? '')?.[1]);
    expect(expected).toBeGreaterThan(0);

    const bar = page.locator('a.timeline-bar[data-year="2020"]');
    await Promise.all([page.waitForURL(/annee=2020/), bar.click()]);
    expect(await announcedTotal(page)).toBe(expected);
    expect(await page.locator('.active-filter').textContent()).toContain('Année : 2020');
    expect(await page.locator('a.timeline-bar.is-active').getAttribute('data-year')).toBe('2020');
    expect(await page.locator('text.timeline-year.is-active').textContent()).toBe('2020');
    expect(await page.locator('.timeline-table tr.is-active th').textContent()).toContain('2020 (année affichée)');
    expect(problems.take()).toEqual([]);
  });

  it('the table of the timeline is a real table with the same links, opened from the keyboard', async () => {
    await page.goto(suite.url('/recherche?q=S%C3%A9gur'));
    await page.locator('.timeline-data summary').focus();
    await page.keyboard.press('Enter');
    const link = page.getByRole('table').getByRole('link', { name: '2024' });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Année', 'Sections', 'Occurrences']);
    await Promise.all([page.waitForURL(/annee=2024/), link.click()]);
    expect(problems.take()).toEqual([]);
  });

  it('« Citer » on a result copies the reference and says so', async () => {
    await page.goto(suite.url('/recherche?q=CCUE'));
    const first = page.locator('.hit').first();
    const title = (await first.locator('.hit-title').textContent())?.trim();
    const cite = first.locator('summary.citation-toggle');
    expect(await cite.textContent()).toBe(`Citer « ${title} »`);
    await cite.click();
    const copied = await (async () => {
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Nexem, /);
      return page.evaluate(() => navigator.clipboard.readText());
    })();
    expect(copied).toBe(`Nexem, Rétrospective 2024, « ${title} », ${suite.baseUrl}/rapports/retrospective-2024#${await sectionIdOf(first)}`);
    await expect.poll(() => page.locator('#app-announcer').textContent()).toBe('Référence copiée');
    expect(await first.locator('.citation-text').isVisible()).toBe(true);
    expect(await first.locator('.citation-text i').textContent()).toBe('Rétrospective 2024');
    expect(problems.take()).toEqual([]);
  });

  it('« Citer » under a section of a report copies the same text as the JSON API', async () => {
    const sectionId = 'le-segur-de-la-sante';
    await page.goto(suite.url(`/rapports/rapport-annuel-2020#${sectionId}`));
    const section = page.locator(`section[id="${sectionId}"]`);
    expect(await section.locator('.related-list a').count()).toBeGreaterThan(0);
    await section.getByText('Citer', { exact: true }).click();
    const api = await (await fetch(suite.url(`/api/reports/rapport-annuel-2020/sections/${sectionId}`))).json();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(api.citation);
    expect(problems.take()).toEqual([]);
  });

  it('without JavaScript, « Citer » shows the reference to select', async () => {
    const context = await newContext(suite.browser, { javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(suite.url('/recherche?q=CCUE'));
      const first = plain.locator('.hit').first();
      expect(await first.locator('.citation-text').isVisible()).toBe(false);
      await first.locator('summary.citation-toggle').click();
      expect(await first.locator('.citation-text').textContent()).toMatch(/^Nexem, Rétrospective 2024, « .+ », http:\/\/127\.0\.0\.1:\d+\/rapports\/retrospective-2024#/);
    } finally {
      await context.close();
    }
  });
});

async function sectionIdOf(hit: ReturnType<Page['locator']>): Promise<string> {
  const href = (await hit.locator('.hit-title a').getAttribute('href')) ?? '';
  return decodeURIComponent(href.split('#')[1] ?? '');
}

describe.skipIf(!browserAvailable())('timeline of a synthetic archive of twenty years and more', () => {
  const suite = useBrowserSuite(async () => ({ archive: await syntheticArchive({ factor: 15, seed: 2020 }), corpusDir: REAL_CORPUS_DIR }));
  let page: Page;
  let problems: PageProblems;
  useWatchedPage(suite, (opened) => ({ page, problems } = opened), { prepare: () => void mkdirSync(SCREENSHOTS_DIR, { recursive: true }) });

  /** Boxes of the year labels drawn, left to right. */
  const labelBoxes = () =>
    page.locator('text.timeline-year').evaluateAll((labels) =>
      labels.filter((label) => label.getClientRects().length > 0).map((label) => {
        const box = label.getBoundingClientRect();
        return { left: box.left, right: box.right, height: box.height };
      }));

  it.each([
    { width: 1280, height: 800, colorScheme: 'light' as const, name: 'frise-synthetique-1280' },
    { width: 1280, height: 800, colorScheme: 'dark' as const, name: 'frise-synthetique-1280-sombre' },
    { width: 375, height: 740, colorScheme: 'light' as const, name: 'frise-synthetique-375' },
  ])('stays readable at $width px ($colorScheme): labels apart and legible', async ({ width, height, colorScheme, name }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await page.goto(suite.url('/recherche?q=S%C3%A9gur'));
    const bars = await page.locator('a.timeline-bar').count();
    expect(bars).toBeGreaterThanOrEqual(20);
    const boxes = await labelBoxes();
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `label ${i}`).toBeGreaterThan(boxes[i - 1]!.right + 4);
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(10);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('figure.timeline').screenshot({ path: `${SCREENSHOTS_DIR}${name}.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems.take()).toEqual([]);
  });

  it('says which occurrences are estimated when too many sections match to count them all', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(suite.url('/recherche?q=S%C3%A9gur'));
    await page.locator('.timeline-data summary').click();
    const cells = await page.locator('.timeline-table tbody td:nth-child(3)').allTextContents();
    expect(cells.some((cell) => cell.startsWith('≈'))).toBe(true);
    await expect.poll(() => page.locator('.timeline-note').isVisible()).toBe(true);
    expect(await page.locator('.timeline-note').textContent()).toContain('estimé sur un échantillon');
    expect((await page.locator('a.timeline-bar title').allTextContents()).some((title) => /sections?, environ \d/.test(title))).toBe(true);
    expect(problems.take()).toEqual([]);
  });

  it('lists the ten reports with the most hits, each named apart, and the others on request', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(suite.url('/recherche?q=secteur'));
    const reportLinks = page.locator('section[aria-labelledby="facet-rapports"] a.facet-link');
    expect(await reportLinks.count()).toBe(10);
    const more = page.locator('section[aria-labelledby="facet-rapports"] .facet-more a');
    const others = Number(/Voir les (\d+) autres rapports/.exec((await more.textContent()) ?? '')?.[1]);
    expect(others).toBeGreaterThan(0);
    await more.click();
    await page.waitForURL(/rapports=tous/);
    expect(await reportLinks.count()).toBe(10 + others);
    const names = (await reportLinks.allTextContents()).map((text) => text.replace(/\s*\(\d+\)\s*$/, '').trim());
    expect(new Set(names).size).toBe(names.length);
    expect(await more.count()).toBe(0);
    expect(problems.take()).toEqual([]);
  });
});
