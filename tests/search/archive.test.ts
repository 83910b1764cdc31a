// The archive's search behaviours on small hand-made reports (the real corpus has its own suite).
import { describe, expect, it, vi } from 'vitest';
import { createArchive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import type { SearchResponse } from '../../src/types';
import { FIXTURE_REPORTS } from '../fixtures/reports';

const archive = createArchive(buildIndexData(FIXTURE_REPORTS, new Date('2026-01-15T10:00:00Z')));
const ids = (response: SearchResponse) => response.hits.map((hit) => hit.sectionId);

describe('search on fixtures', () => {
  it.each([
    ['négo', ['negociations-salariales']],
    ['negocier', ['negociations-salariales']],
    ['CCUE -financement', ['accueil']],
    ['"segur pour tous"', ['segur-pour-tous']],
    ['SERAFIN-PH', ['serafin']],
    ['serafin ph', ['serafin']],
    ['serafin', ['serafin']],
    ['humani', ['humanifeste']],
    ['humanifeste', ['humanifeste']],
    ['attractivite', ['accueil']],
    ['l’attractivité', ['accueil']],
    ['-"pour tous" financement', ['ccue']],
    ['déficit', ['budget']],
    ['deficitt', ['budget']],
  ])('%j finds exactly %j', async (q, expected) => {
    expect(ids(await archive.search({ q }))).toEqual(expected);
  });

  it.each([
    ['CCUE', 'ccue'],
    ['segur', 'segur-pour-tous'],
    ['Ségur', 'segur-pour-tous'],
    ['CCN66', 'ccn66-mayotte'],
    ['tarification', 'serafin'],
  ])('%j ranks %s first', async (q, first) => {
    expect(ids(await archive.search({ q }))[0]).toBe(first);
  });

  it('matches CCUE exactly, never « accueil » alone', async () => {
    const response = await archive.search({ q: 'CCUE' });
    expect(response.total).toBe(3);
    expect(ids(response)).not.toContain('ccn66-mayotte');
    for (const hit of response.hits) expect(hit.snippet).toContain('<mark>CCUE</mark>');
  });

  it('finds « CCN 66 » written apart for CCN66', async () => {
    expect(ids(await archive.search({ q: 'CCN66' }))).toEqual(expect.arrayContaining(['ccn66-mayotte', 'ccue']));
  });

  it('treats « segur » and « Ségur » alike', async () => {
    expect(ids(await archive.search({ q: 'segur' }))).toEqual(ids(await archive.search({ q: 'Ségur' })));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['!!! ???', 'empty'],
    ['le de la', 'only-stopwords'],
    ['-financement', 'only-exclusions'],
    ['-"Ségur pour tous"', 'only-exclusions'],
  ])('answers %j with notice %s and no hit', async (q, notice) => {
    expect(await archive.search({ q })).toMatchObject({ total: 0, hits: [], notice });
  });

  it('falls back to any word when no section has them all', async () => {
    const response = await archive.search({ q: 'ccue licorne' });
    expect(response.notice).toBe('any-words');
    expect(response.total).toBeGreaterThan(0);
    expect((await archive.search({ q: 'ccue financement' })).notice).toBeUndefined();
  });

  it('suggests a spelling fix for an unknown word', async () => {
    expect((await archive.search({ q: 'negotiation' })).suggestion).toBe('négociation');
    expect((await archive.search({ q: 'négociations' })).suggestion).toBeUndefined();
  });

  it('builds hit links to the section with the query', async () => {
    const [hit] = (await archive.search({ q: 'ségur pour tous' })).hits;
    expect(hit?.url).toBe('/rapports/retrospective-2024?q=s%C3%A9gur%20pour%20tous#segur-pour-tous');
    expect(hit).toMatchObject({ reportTitle: 'Rétrospective 2024', year: 2024, title: 'Le Ségur pour tous', page: null });
  });

  it('counts facets over all hits, each ignoring its own filter', async () => {
    const all = await archive.search({ q: 'ccue' });
    expect(all.facets.years).toEqual([
      { value: 2024, label: '2024', count: 1 },
      { value: 2020, label: '2020', count: 2 },
    ]);
    const only2024 = await archive.search({ q: 'ccue', year: 2024 });
    expect(only2024.total).toBe(1);
    expect(only2024.facets.years).toEqual(all.facets.years);
    expect(only2024.facets.reports).toEqual([{ value: 'retrospective-2024', label: 'Rétrospective 2024', count: 1 }]);
    const oneReport = await archive.search({ q: 'ccue', reportId: 'rapport-annuel-2020' });
    expect(ids(oneReport)).toEqual(['ccue', 'accueil']);
    expect(oneReport.facets.reports).toEqual(all.facets.reports);
  });

  it.each([
    [{ page: 0, limit: 1 }, 1, 1],
    [{ page: 99, limit: 1 }, 3, 1],
    [{ page: 2, limit: 1 }, 2, 1],
    [{ page: -5, limit: 500 }, 1, 50],
    [{ page: Number.NaN, limit: 0 }, 1, 1],
    [{}, 1, 10],
  ])('clamps paging %j to page %i, limit %i', async (paging, page, limit) => {
    const response = await archive.search({ q: 'ccue', ...paging });
    expect(response).toMatchObject({ page, limit, total: 3 });
    expect(response.hits.length).toBe(Math.min(limit, 3 - (page - 1) * limit));
  });

  it.each(['<script>alert(1)</script>', '\uD83D ségur', '"'.repeat(10_001), 'a'.repeat(10_000), 'OR OR', '😀🎉', '-', '\\(*&^%$#'])(
    'answers hostile input %# without an internal error',
    async (q) => {
      // search() turns internal errors into an empty answer and logs them: a log is the failure.
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await archive.search({ q });
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
      for (const hit of response.hits) expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(() => encodeURI(response.hits[0]?.url ?? '')).not.toThrow();
    },
  );

  it('searches and echoes at most 500 characters of a pasted wall of text', async () => {
    const response = await archive.search({ q: `ccue ${'x'.repeat(10_000)}` });
    expect(response.query.length).toBe(500);
    expect(response.hits[0]?.url.length).toBeLessThan(600);
  });
});

describe('suggest', () => {
  it.each([
    ['négo', ['négociations', 'négociation', 'négocié']],
    ['nego', ['négociations', 'négociation', 'négocié']],
    ['la ccu', ['CCUE']],
    ['Ségur pour ta', ['tarification', 'tarifs']],
    ['ségur ', []],
    ['', []],
    ['zzz', []],
  ])('completes the last word of %j with %j', async (prefix, words) => {
    expect(await archive.suggest(prefix)).toEqual(words);
  });

  it('respects the limit', async () => {
    expect(await archive.suggest('n', 2)).toHaveLength(2);
  });
});

describe('reports and sections', () => {
  it('lists reports by year, most recent first, with their section counts', async () => {
    expect((await archive.reports()).map((report) => [report.id, report.sectionCount])).toEqual([
      ['retrospective-2024', 6],
      ['rapport-annuel-2020', 4],
    ]);
  });

  it('finds a report and a section by id, and nothing for unknown ids', async () => {
    expect((await archive.report('rapport-annuel-2020'))?.sections.map((section) => section.id)).toContain('ccue');
    expect((await archive.section('retrospective-2024', 'serafin'))?.title).toBe('La réforme SERAFIN-PH');
    expect(await archive.report('inconnu')).toBeUndefined();
    expect(await archive.section('rapport-annuel-2020', 'serafin')).toBeUndefined();
  });

  it('gives a highlighter for the report page', async () => {
    expect((await archive.highlighter('negocier'))('Les négociations <ont> abouti.')).toBe('Les <mark>négociations</mark> &lt;ont&gt; abouti.');
  });
});
