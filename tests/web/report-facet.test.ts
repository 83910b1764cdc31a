// A word found in nearly every report of a large archive: the results page and the API list the reports
// with the most hits, say how many others there are, and show them all on request.
import { describe, expect, it } from 'vitest';
import { REPORT_FACET_LIMIT } from '../../src/search/facets';
import { decodeEntities, linksWithClass, serveSyntheticArchive } from './serve';

// 24 reports built from the real sections; « secteur » is in most of them.
const synthetic = serveSyntheticArchive({ factor: 12, seed: 7 });

async function json(path: string, status = 200): Promise<any> {
  const response = await synthetic.app.get(path);
  expect(response.status, path).toBe(status);
  return response.json();
}

async function page(path: string): Promise<string> {
  const response = await synthetic.app.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The « Par rapport » block of a results page: its links and its « Voir les … » link. */
function reportFacet(html: string): { links: string[]; labels: string[]; more: { text: string; url: string } | undefined } {
  const block = /<section class="facet" aria-labelledby="facet-rapports">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  const labels = [...block.matchAll(/class="facet-link[^"]*"[^>]*>([\s\S]*?)<\/a>/g)]
    .map((m) => decodeEntities(m[1]!.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()));
  const more = /<p class="facet-more"><a href="([^"]*)">([^<]*)<\/a>/.exec(block);
  return { links: linksWithClass(block, 'facet-link'), labels, more: more ? { url: decodeEntities(more[1]!), text: decodeEntities(more[2]!) } : undefined };
}

describe('report facet of a large archive', () => {
  it('API: the reports with the most hits, how many others, and all of them on request', async () => {
    const all = await json('/api/search?q=secteur&allReports=1');
    const withHits = all.facets.reports.length;
    expect(withHits).toBeGreaterThan(REPORT_FACET_LIMIT);
    expect(all.facets).not.toHaveProperty('moreReports');
    const counts = all.facets.reports.map((facet: any) => facet.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Every hit is in one report: the full list accounts for the total.
    expect(counts.reduce((sum: number, n: number) => sum + n, 0)).toBe(all.total);

    const first = await json('/api/search?q=secteur');
    expect(first.total).toBe(all.total);
    expect(first.facets.reports).toEqual(all.facets.reports.slice(0, REPORT_FACET_LIMIT));
    expect(first.facets.moreReports).toBe(withHits - REPORT_FACET_LIMIT);
    expect(first.facets.years).toEqual(all.facets.years);

    // Filtered on the report with the fewest hits: it is listed (the page shows it as the active filter).
    const last = all.facets.reports.at(-1);
    const filtered = await json(`/api/search?q=secteur&report=${encodeURIComponent(last.value)}`);
    expect(filtered.facets.reports.map((facet: any) => facet.value)).toEqual(
      [...all.facets.reports.slice(0, REPORT_FACET_LIMIT), last].map((facet: any) => facet.value));
    expect(filtered.facets.moreReports).toBe(withHits - REPORT_FACET_LIMIT - 1);

    expect((await json('/api/search?q=secteur&allReports=tout', 400)).error).toMatch(/allReports/);
  });

  it('page: ten reports, a link to the others, and every report once it is followed', async () => {
    const all = await json('/api/search?q=secteur&allReports=1');
    const first = reportFacet(await page('/recherche?q=secteur'));
    expect(first.labels).toEqual(all.facets.reports.slice(0, REPORT_FACET_LIMIT).map((f: any) => `${f.label} (${f.count})`));
    const others = all.facets.reports.length - REPORT_FACET_LIMIT;
    expect(first.more?.text).toBe(others === 1 ? 'Voir l’autre rapport' : `Voir les ${others} autres rapports`);
    expect(first.more?.url).toBe('/recherche?q=secteur&rapports=tous');

    const expanded = reportFacet(await page(first.more!.url));
    expect(expanded.labels).toEqual(all.facets.reports.map((f: any) => `${f.label} (${f.count})`));
    expect(expanded.more).toBeUndefined();
    // Member associations' reports share titles (« Bilan de l’année 2005 »): each is named apart.
    const names = expanded.labels.map((label) => label.replace(/ \(\d+\)$/, ''));
    expect(new Set(names).size).toBe(names.length);
    // Choosing a report from the whole list keeps the whole list.
    expect(expanded.links).toHaveLength(expanded.labels.length);
    expect(expanded.links.every((url) => url.includes('rapports=tous'))).toBe(true);
    // …and so does removing that filter.
    const filtered = await page(expanded.links.at(-1)!);
    expect(reportFacet(filtered).labels).toHaveLength(expanded.labels.length);
    expect(linksWithClass(filtered, 'active-filter')).toEqual(['/recherche?q=secteur&rapports=tous']);
  });
});
