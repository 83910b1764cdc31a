// Links to the original document: beside the report's title, at each PDF section's page (report page
// and results), and in the JSON API. Followed over real HTTP, they must reach the file.
import { describe, expect, it } from 'vitest';
import { linksWithClass, resultItems, serveCorpusWithPdf } from './serve';

const served = serveCorpusWithPdf();
const PDF_ID = 'rapport-activite-2022';

async function page(path: string): Promise<string> {
  const response = await served.app.get(path);
  expect(response.status).toBe(200);
  return response.text();
}

/** What a browser fetches for a link: the fragment (#page=N) stays on its side. */
async function follow(href: string): Promise<Response> {
  return served.app.get(href.replace(/#.*$/, ''));
}

describe('the report page', () => {
  it.each([
    [PDF_ID, 'Document original (PDF, 3 pages)', 'application/pdf'],
    ['rapport-annuel-2020', 'Texte source', 'text/markdown; charset=utf-8'],
    ['retrospective-2024', 'Texte source', 'text/plain; charset=utf-8'],
  ])('%s offers « %s » near its title, which opens the file', async (id, label, type) => {
    const html = await page(`/rapports/${id}`);
    const header = html.slice(html.indexOf('<header class="report-header">'), html.indexOf('</header>', html.indexOf('<header class="report-header">')));
    expect(header).toContain(`<a class="original-link" href="/rapports/${id}/original">${label}</a>`);
    expect((await follow(`/rapports/${id}/original`)).headers.get('content-type')).toBe(type);
  });

  it('links each PDF section to the original at the page where it starts', async () => {
    const html = await page(`/rapports/${PDF_ID}`);
    const sections = (await served.archive.report(PDF_ID))?.sections ?? [];
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      const body = html.slice(html.indexOf(`<section class="report-section" id="${section.id}"`), html.indexOf('</section>', html.indexOf(`id="${section.id}"`)));
      const [href] = linksWithClass(body, 'original-page-link');
      expect(href).toBe(`/rapports/${PDF_ID}/original#page=${section.page}`);
      expect(body).toContain(`>p. ${section.page}<span class="visually-hidden"> du document original (PDF)</span></a>`);
    }
    const response = await follow(linksWithClass(html, 'original-page-link')[0]!);
    expect(response.headers.get('content-type')).toBe('application/pdf');
  });

  it('gives no page link to sections of formats without pages', async () => {
    expect(linksWithClass(await page('/rapports/rapport-annuel-2020'), 'original-page-link')).toEqual([]);
  });
});

describe('the results page', () => {
  it('shows « p. N » linked to the original for a PDF hit, and nothing for a text hit', async () => {
    const html = await page('/recherche?q=cybers%C3%A9curit%C3%A9');
    const hits = html.slice(html.indexOf('<ol class="hits"'), html.indexOf('</ol>', html.indexOf('<ol class="hits"'))).split('<li class="hit">').slice(1);
    const pdfHit = hits.find((hit) => resultItems(hit)[0]?.url.startsWith(`/rapports/${PDF_ID}?`));
    const textHit = hits.find((hit) => resultItems(hit)[0]?.url.startsWith('/rapports/retrospective-2024?'));
    expect(linksWithClass(pdfHit ?? '', 'original-page-link')).toEqual([`/rapports/${PDF_ID}/original#page=3`]);
    expect(pdfHit).toContain('>p. 3<span');
    expect(linksWithClass(textHit ?? '', 'original-page-link')).toEqual([]);
  });
});

describe('the JSON API', () => {
  it('/api/reports/:id gives originalUrl, and each section its level and pageUrl', async () => {
    const body = await (await served.app.get(`/api/reports/${PDF_ID}`)).json();
    expect(body.originalUrl).toBe(`/rapports/${PDF_ID}/original`);
    expect(body.sections.length).toBeGreaterThan(1);
    for (const section of body.sections) {
      expect(section.level).toBe(1);
      expect(section.pageUrl).toBe(`/rapports/${PDF_ID}/original#page=${section.page}`);
    }
    expect((await follow(body.originalUrl)).status).toBe(200);
  });

  it('keeps the levels of a nested report, and gives null page links where there are no pages', async () => {
    const body = await (await served.app.get('/api/reports/rapport-annuel-2020')).json();
    const report = await served.archive.report('rapport-annuel-2020');
    expect(body.sections.map((s: { level: number }) => s.level)).toEqual(report?.sections.map((s) => s.level));
    expect(new Set(body.sections.map((s: { level: number }) => s.level)).size).toBeGreaterThan(1);
    expect(body.sections.every((s: { pageUrl: unknown }) => s.pageUrl === null)).toBe(true);
  });

  it('/api/reports lists each report’s originalUrl', async () => {
    const { reports } = await (await served.app.get('/api/reports')).json();
    expect(reports.map((r: { id: string; originalUrl: string }) => [r.id, r.originalUrl]))
      .toEqual((await served.archive.reports()).map((r) => [r.id, `/rapports/${r.id}/original`]));
  });

  it('a section and a search hit carry their pageUrl', async () => {
    const section = await (await served.app.get(`/api/reports/${PDF_ID}/sections/transformation-numerique`)).json();
    expect(section).toMatchObject({ level: 1, page: 3, pageUrl: `/rapports/${PDF_ID}/original#page=3` });
    const { results } = await (await served.app.get('/api/search?q=cybers%C3%A9curit%C3%A9')).json();
    const pageUrls = results.map((r: { reportId: string; pageUrl: string | null }) => [r.reportId, r.pageUrl]);
    expect(pageUrls).toContainEqual([PDF_ID, `/rapports/${PDF_ID}/original#page=3`]);
    expect(pageUrls).toContainEqual(['retrospective-2024', null]);
  });
});
