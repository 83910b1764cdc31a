import { describe, expect, it } from 'vitest';
import { serveRealArchive } from './serve';

const real = serveRealArchive();

async function json(path: string, status = 200): Promise<any> {
  const response = await real.app.get(path);
  expect(response.status, path).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return response.json();
}

describe('JSON API', () => {
  it('searches with the same data as the page', async () => {
    const body = await json('/api/search?q=S%C3%A9gur&limit=5');
    expect(body).toMatchObject({ query: 'Ségur', page: 1, limit: 5 });
    expect(body.total).toBeGreaterThan(5);
    expect(body.results).toHaveLength(5);
    for (const result of body.results) {
      expect(Object.keys(result).sort()).toEqual(
        ['breadcrumb', 'citation', 'page', 'pageUrl', 'reportId', 'reportTitle', 'score', 'sectionId', 'snippet', 'title', 'url', 'year'],
      );
      expect(result.url).toBe(`/rapports/${result.reportId}?q=S%C3%A9gur#${result.sectionId}`);
    }
    expect(body.facets.reports.length).toBeGreaterThan(0);
    expect(body.facets.years.length).toBeGreaterThan(0);
    expect(body.results.map((r: any) => r.sectionId))
      .toEqual((await real.archive.search({ q: 'Ségur', limit: 5 })).hits.map((h) => h.sectionId));
  });

  it('filters by report and year', async () => {
    const byReport = await json('/api/search?q=secteur&report=retrospective-2024');
    expect(byReport.results.every((r: any) => r.reportId === 'retrospective-2024')).toBe(true);
    const byYear = await json('/api/search?q=secteur&year=2020');
    expect(byYear.total).toBeGreaterThan(0);
    expect(byYear.results.every((r: any) => r.year === 2020)).toBe(true);
  });

  it('reports notices and suggestions only when there are some', async () => {
    expect(await json('/api/search?q=le%20de')).toMatchObject({ total: 0, notice: 'only-stopwords' });
    expect(await json('/api/search?q=')).toMatchObject({ total: 0, notice: 'empty' });
    const plain = await json('/api/search?q=CCUE');
    expect(plain).not.toHaveProperty('notice');
  });

  it('lists reports, a report with its sections, and a section with its text', async () => {
    const { reports } = await json('/api/reports');
    expect(reports.map((r: any) => r.id).sort()).toEqual(['rapport-annuel-2020', 'retrospective-2024']);
    expect(reports[0]).toHaveProperty('sectionCount');

    const report = await json('/api/reports/rapport-annuel-2020');
    expect(report).toMatchObject({ id: 'rapport-annuel-2020', title: 'Rapport annuel 2020', year: 2020 });
    expect(report.sections.length).toBe(report.sectionCount);
    const first = report.sections[0];
    expect(Object.keys(first).sort()).toEqual(['breadcrumb', 'id', 'level', 'page', 'pageUrl', 'title', 'url']);
    expect(first.url).toBe(`/rapports/rapport-annuel-2020#${first.id}`);

    const section = await json(`/api/reports/rapport-annuel-2020/sections/${first.id}`);
    expect(section).toMatchObject({ id: first.id, title: first.title, url: first.url });
    expect(typeof section.text).toBe('string');
    expect(section.text.length).toBeGreaterThan(0);
  });

  it('suggests words as written in the reports', async () => {
    const body = await json('/api/suggest?q=n%C3%A9go');
    expect(body.query).toBe('négo');
    expect(body.suggestions.some((s: string) => s.startsWith('négociation'))).toBe(true);
    const openSearch = await real.app.get('/api/suggest?q=n%C3%A9go&format=opensearch');
    expect(openSearch.headers.get('content-type')).toMatch(/application\/x-suggestions\+json/);
    const [query, completions] = await openSearch.json();
    expect(query).toBe('négo');
    expect(completions).toEqual(body.suggestions);
  });

  it('reports its health', async () => {
    const body = await json('/healthz');
    const sections = (await real.archive.reports()).reduce((n, r) => n + r.sectionCount, 0);
    expect(body).toEqual({
      status: 'ok',
      builtAt: real.archive.builtAt,
      reports: 2,
      sections,
      memory: { rss: expect.any(Number), heapUsed: expect.any(Number) },
    });
    expect(body.memory.heapUsed).toBeGreaterThan(0);
    expect(body.memory.rss).toBeGreaterThan(body.memory.heapUsed);
  });

  it.each([
    ['/api/reports/rapport-inconnu', 'Rapport introuvable'],
    ['/api/reports/rapport-annuel-2020/sections/section-inconnue', 'Section introuvable'],
    ['/api/reports/rapport-inconnu/sections/editorial', 'Rapport introuvable'],
    ['/api/inconnu', 'Ressource introuvable'],
    ['/API/nope', 'Ressource introuvable'],
    ['/Api/Reports/rapport-inconnu', 'Rapport introuvable'],
    ['/API', 'Ressource introuvable'],
  ])('answers %s with a French JSON 404', async (path, message) => {
    const body = await json(path, 404);
    expect(body.error).toContain(message);
  });
});
