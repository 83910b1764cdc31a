// Following a topic over real HTTP: the timeline (page and JSON), « Sur le même sujet » and « Citer ».
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { decodeEntities, serveRealArchive } from './serve';

const real = serveRealArchive();

async function json(path: string): Promise<any> {
  const response = await real.app.get(path);
  expect(response.status, path).toBe(200);
  return response.json();
}

async function page(path: string): Promise<string> {
  const response = await real.app.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** fetch() never sends a Host header of its own choosing: node:http does, as a proxy or a client could. */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(`${real.app.url}${path}`, { headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** Year → section count of the year facet on a results page (« 2020 (6) »). */
function yearFacets(html: string): Map<number, number> {
  const facet = /<h2 id="facet-annees"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return new Map([...facet.matchAll(/>(\d{4}) <span class="facet-count">\((\d+)\)/g)].map((m) => [Number(m[1]), Number(m[2])]));
}

/** Rows of the timeline's table: year, sections, occurrences, link (when the year has matches). */
function timelineRows(html: string) {
  const table = /<table class="timeline-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr[^>]*>\s*<th scope="row">([\s\S]*?)<\/th>\s*<td>([\d\s\u202f]+)<\/td>\s*<td>([\d\s\u202f]+)<\/td>/g)].map((m) => ({
    year: Number(/(\d{4})/.exec(m[1] ?? '')?.[1]),
    href: decodeEntities(/href="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? ''),
    current: /aria-current/.test(m[1] ?? ''),
    sections: Number((m[2] ?? '').replace(/\D/g, '')),
    occurrences: Number((m[3] ?? '').replace(/\D/g, '')),
  }));
}

describe('timeline of a search', () => {
  it('/recherche?q=Ségur draws one bar per year of the archive, with the counts of the year facet', async () => {
    const html = await page('/recherche?q=S%C3%A9gur');
    const facets = yearFacets(html);
    expect(facets.size).toBeGreaterThan(0);
    const rows = timelineRows(html);
    const years = [...new Set((await real.archive.reports()).map((r) => r.year))].sort();
    expect(rows.map((r) => r.year)).toEqual(years);
    for (const row of rows) {
      expect(row.sections, String(row.year)).toBe(facets.get(row.year) ?? 0);
      expect(row.href).toBe(`/recherche?q=S%C3%A9gur&annee=${row.year}`);
    }
    const bars = [...html.matchAll(/<a class="timeline-bar[^"]*" href="([^"]*)" tabindex="-1"/g)].map((m) => decodeEntities(m[1] ?? ''));
    expect(bars).toEqual(rows.map((r) => r.href));
    expect(html).toMatch(/<svg class="timeline-chart" viewBox="0 0 600 \d+" aria-hidden="true"/);
  });

  it('shows the year filtered on and links it back to every year', async () => {
    const html = await page('/recherche?q=S%C3%A9gur&annee=2020');
    const current = timelineRows(html).filter((r) => r.current);
    expect(current.map((r) => r.year)).toEqual([2020]);
    expect(current[0]!.href).toBe('/recherche?q=S%C3%A9gur');
    expect(html).toMatch(/<a class="timeline-bar is-active"/);
    expect(html).toContain('<svg class="timeline-chart has-filter"');
  });

  it('is absent when nothing matched', async () => {
    expect(await page('/recherche?q=xylophonique')).not.toContain('class="timeline"');
    expect(await page('/recherche?q=le%20de')).not.toContain('class="timeline"');
  });

  it('/api/timeline gives the same figures as the page', async () => {
    const body = await json('/api/timeline?q=S%C3%A9gur');
    expect(Object.keys(body).sort()).toEqual(['query', 'years']);
    expect(body.query).toBe('Ségur');
    const rows = timelineRows(await page('/recherche?q=S%C3%A9gur'));
    expect(body.years).toEqual(rows.map(({ year, sections, occurrences }) => ({ year, sections, occurrences })));
    const only2024 = await json('/api/timeline?q=S%C3%A9gur&report=retrospective-2024');
    expect(only2024.years.find((y: any) => y.year === 2020).sections).toBe(0);
    expect(await json('/api/timeline?q=le%20de')).toMatchObject({ notice: 'only-stopwords' });
  });

  it.each([
    ['q=S%C3%A9gur&year=deux-mille'],
    ['q=S%C3%A9gur&year=20'],
    ['q=S%C3%A9gur&page=abc'],
    ['q=S%C3%A9gur&limit=x'],
    [`q=${'a'.repeat(501)}`],
  ])('refuses %s with the same 400 as /api/search', async (query) => {
    const [timeline, search] = await Promise.all([real.app.get(`/api/timeline?${query}`), real.app.get(`/api/search?${query}`)]);
    expect(timeline.status).toBe(400);
    expect(search.status).toBe(400);
    expect(await timeline.json()).toEqual(await search.json());
  });
});

describe('related sections and citations', () => {
  it('a section in JSON has its related sections (other reports, with permalinks) and its citation', async () => {
    const response = await getWithHost('/api/reports/rapport-annuel-2020/sections/le-segur-de-la-sante', 'archive.example.org');
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.related.length).toBeGreaterThan(0);
    expect(body.related.length).toBeLessThanOrEqual(3);
    for (const related of body.related) {
      expect(Object.keys(related).sort()).toEqual(['page', 'reportId', 'reportTitle', 'sectionId', 'title', 'url', 'year']);
      expect(related.reportId).not.toBe('rapport-annuel-2020');
      expect(related.url).toBe(`/rapports/${related.reportId}#${related.sectionId}`);
      expect((await real.app.get(related.url)).status).toBe(200);
    }
    expect(body.citation).toBe('Nexem, Rapport annuel 2020, « Le Ségur de la santé », http://archive.example.org/rapports/rapport-annuel-2020#le-segur-de-la-sante');
  });

  it('every search result carries the citation of its section', async () => {
    const body = await json('/api/search?q=CCUE&limit=3');
    for (const result of body.results) {
      expect(result.citation).toBe(`Nexem, ${result.reportTitle}, « ${result.title} », ${real.app.url}/rapports/${result.reportId}#${result.sectionId}`);
    }
  });

  it('the report page lists « Sur le même sujet » and « Citer » under each section, without JavaScript', async () => {
    const html = await page('/rapports/retrospective-2024');
    const accord = /<section class="report-section" id="accord-segur-pour-tous-une-victoire[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(accord).toContain('Sur le même sujet');
    expect(decodeEntities(accord)).toContain('<a href="/rapports/rapport-annuel-2020#le-segur-de-la-sante">Le Ségur de la santé</a>');
    expect(decodeEntities(accord)).toContain(
      `<p class="citation-text">Nexem, <i>Rétrospective 2024</i>, « Accord Ségur pour tous : une victoire et la réparation d’une injustice », <a href="${real.app.url}/rapports/retrospective-2024#accord-segur-pour-tous-une-victoire-et-la-reparation-d-une-injustice">`,
    );
    expect(html.match(/<details class="citation"/g)?.length).toBe((await real.archive.report('retrospective-2024'))!.sections.length);
  });

  it('the results page has « Citer » on each result', async () => {
    const html = await page('/recherche?q=CCUE');
    expect(html.match(/<li class="hit">/g)?.length).toBe(html.match(/<details class="citation"/g)?.length);
  });

  it.each([
    ['evil.example"><script>', 'http://localhost/'],
    ['archive.example.org:8080', 'http://archive.example.org:8080/'],
  ])('a Host header of %s gives links on %s, and pages for different hosts are not shared', async (host, origin) => {
    const { status, body: html } = await getWithHost('/rapports/rapport-annuel-2020', host);
    expect(status).toBe(200);
    expect(html).toContain('<p class="citation-text">Nexem, <i>Rapport annuel 2020</i>, « ');
    expect(decodeEntities(html)).toContain(`${origin}rapports/rapport-annuel-2020#`);
    expect(html).not.toContain('<script>');
  });
});
