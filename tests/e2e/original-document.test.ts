// The original document in Chromium: a PDF section's « p. N » link opens the PDF at that page, and
// the report page's nested table of contents holds up on a phone, on paper and for axe.
// Headless Chromium loads its PDF viewer but does not lay the document out, so what is checked is
// what the browser received (status, type: a PDF document) and where it went (the URL keeps #page=N).
import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { makeCorpusWithPdf } from '../helpers/corpus-with-pdf';
import { AXE_TIMEOUT_MS, seriousViolations } from './helpers/accessibility';
import { browserAvailable } from './helpers/browser';
import type { PageProblems } from './helpers/page-problems';
import { useBrowserSuite, useWatchedPage } from './helpers/suite';

const PDF_REPORT = '/rapports/rapport-activite-2022';
/** The real report with the deepest table of contents (chapters, groups, sections). */
const NESTED_REPORT = '/rapports/rapport-annuel-2020';

describe.skipIf(!browserAvailable())('the original document in Chromium', () => {
  const suite = useBrowserSuite(() => makeCorpusWithPdf('archive-e2e-pdf-'));
  let page: Page;
  let problems: PageProblems;
  useWatchedPage(suite, (opened) => ({ page, problems } = opened));

  /** Clicks a link and returns the response of the document it navigated to. */
  async function openLink(link: ReturnType<Page['locator']>): Promise<Response> {
    const [response] = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), link.click()]);
    await page.waitForURL((url) => url.pathname.endsWith('/original'));
    return response;
  }

  /** The browser hands a PDF to its viewer: the response body it reports is the viewer's page, not the file. */
  async function expectPdf(response: Response): Promise<void> {
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
  }

  it('a result’s « p. 3 » opens the PDF at page 3', async () => {
    await page.goto(suite.url('/recherche?q=cybers%C3%A9curit%C3%A9'));
    const link = page.locator('.hit', { hasText: 'Transformation numérique' }).locator('a.original-page-link');
    expect(await link.textContent()).toBe('p. 3 du document original (PDF)');
    expect(await link.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(0);
    const response = await openLink(link);
    await expectPdf(response);
    expect(page.url()).toBe(suite.url(`${PDF_REPORT}/original#page=3`));
    expect(problems.take()).toEqual([]);
  });

  it('a section’s page link on the report page opens the PDF at that section’s page', async () => {
    await page.goto(suite.url(PDF_REPORT));
    const link = page.locator('#negociations-salariales a.original-page-link');
    expect(await link.textContent()).toBe('p. 2 du document original (PDF)');
    await expectPdf(await openLink(link));
    expect(page.url()).toBe(suite.url(`${PDF_REPORT}/original#page=2`));
    expect(problems.take()).toEqual([]);
  });

  it('« Document original (PDF, 3 pages) » beside the title opens the whole PDF', async () => {
    await page.goto(suite.url(PDF_REPORT));
    const link = page.getByRole('link', { name: 'Document original (PDF, 3 pages)' });
    await expectPdf(await openLink(link));
    expect(page.url()).toBe(suite.url(`${PDF_REPORT}/original`));
    expect(problems.take()).toEqual([]);
  });

  // The nested report's whole page at 1280 px is in accessibility.test.ts; here, its table of contents
  // opened on a phone, and the PDF report with its page links.
  it.each([
    { width: 1280, path: PDF_REPORT, within: undefined },
    { width: 360, path: NESTED_REPORT, within: '.toc' },
  ])('$path at $width px, table of contents open, has no serious or critical axe violation', async ({ width, path, within }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(suite.url(path));
    await page.locator('.toc-details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    expect(await seriousViolations(page, within)).toEqual([]);
    expect(problems.take()).toEqual([]);
  }, AXE_TIMEOUT_MS);

  it('on a 360 px phone, the opened table of contents shows every level without a horizontal scroll', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(suite.url(NESTED_REPORT));
    await page.getByText(/^Afficher les \d+ sections$/).click();
    const laforcade = page.locator('.toc a', { hasText: 'La mission Laforcade' });
    expect(await laforcade.isVisible()).toBe(true);
    // Three lists deep: chapter, group title, section.
    expect(await laforcade.evaluate((a) => {
      let lists = 0;
      for (let el: Element | null = a; el; el = el.parentElement) if (el.matches('.toc-list')) lists += 1;
      return lists;
    })).toBe(3);
    const box = await laforcade.boundingBox();
    expect(box?.x).toBeGreaterThan(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(problems.take()).toEqual([]);
  });

  it('on paper, the table of contents is printed open with its levels, and the page links as « p. N », without the link to the file', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(suite.url(NESTED_REPORT));
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.toc-summary').isVisible()).toBe(false);
      const chapter = page.locator('.toc a', { hasText: '1 — Une année de combat(s)' });
      const nested = page.locator('.toc a', { hasText: 'La mission Laforcade' });
      expect(await nested.isVisible()).toBe(true);
      expect((await nested.boundingBox())!.x).toBeGreaterThan((await chapter.boundingBox())!.x);
      await page.goto(suite.url(PDF_REPORT));
      expect(await page.locator('#editorial .section-page').innerText()).toMatch(/^p\. 1\b/);
      // A link to a file means nothing on paper.
      expect(await page.locator('.report-original').isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
