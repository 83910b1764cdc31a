// The timeline of a search on the real corpus: every year of the archive, counts that agree with the
// search's own year facet, occurrences that agree with what the results mark.
import { describe, expect, it } from 'vitest';
import type { FacetTable } from '../../src/search/facets';
import { countByYear, evenSample } from '../../src/search/timeline';
import { realArchive } from '../helpers/archive';

const QUERIES = ['Ségur', 'CCUE', 'attractivité des métiers', '"Ségur pour tous"', 'Laforcade OU Vautrin', 'négo', 'CCUE -financement'];

describe('timeline on the real corpus', () => {
  it.each(QUERIES)('« %s »: one entry per year of the archive, sections as the year facet counts them', async (q) => {
    const archive = await realArchive();
    const archiveYears = [...new Set((await archive.reports()).map((r) => r.year))].sort();
    for (const reportId of [undefined, 'rapport-annuel-2020', 'retrospective-2024']) {
      const timeline = await archive.timeline({ q, reportId });
      expect(timeline.query).toBe(q);
      expect(timeline.years.map((y) => y.year)).toEqual(archiveYears);
      const facets = (await archive.search({ q, reportId })).facets.years;
      for (const entry of timeline.years) {
        expect(entry.sections, `${q} ${reportId} ${entry.year}`).toBe(facets.find((f) => f.value === entry.year)?.count ?? 0);
        expect(entry.occurrences).toBeGreaterThanOrEqual(entry.sections);
      }
    }
  });

  it('counts the marks a reader sees in the results', async () => {
    const archive = await realArchive();
    const { hits } = await archive.search({ q: 'CCUE', limit: 50 });
    const marks = hits.reduce((sum, hit) => sum + (hit.titleHtml ?? '').split('<mark>').length - 1, 0);
    const highlight = await archive.highlighter('CCUE');
    const sections = await Promise.all(hits.map(async (hit) => (await archive.section(hit.reportId, hit.sectionId))!));
    const textMarks = sections.reduce((sum, section) => sum + highlight(section.text).split('<mark>').length - 1, 0);
    const total = (await archive.timeline({ q: 'CCUE' })).years.reduce((sum, y) => sum + y.occurrences, 0);
    expect(total).toBe(marks + textMarks);
  });

  it.each([
    ['', 'empty'],
    ['le de la', 'only-stopwords'],
    ['-CCUE', 'only-exclusions'],
  ])('« %s » counts nothing and says why (%s)', async (q, notice) => {
    const archive = await realArchive();
    const timeline = await archive.timeline({ q });
    expect(timeline.notice).toBe(notice);
    expect(timeline.years.length).toBeGreaterThan(0);
    expect(timeline.years.every((y) => y.sections === 0 && y.occurrences === 0)).toBe(true);
  });

  it('a report the archive does not have matches nothing', async () => {
    const archive = await realArchive();
    expect((await archive.timeline({ q: 'Ségur', reportId: 'rapport-inconnu' })).years.every((y) => y.sections === 0)).toBe(true);
  });
});

describe('occurrences past the counting budget', () => {
  // Six sections: four of 2020 (report a), two of 2024 (report b).
  const table: FacetTable = {
    reportOf: Int32Array.from([0, 0, 0, 0, 1, 1]),
    yearOf: Int32Array.from([0, 0, 0, 0, 1, 1]),
    reportIds: ['a', 'b'],
    reportLabels: ['A', 'B'],
    reportRanks: Int32Array.from([0, 1]),
    years: [2020, 2024],
  };
  const occurrences = [4, 2, 6, 8, 3, 5];

  it('are exact, and not flagged, when every section was counted', () => {
    expect(countByYear(table, 6, (i) => i, (i) => occurrences[i])).toEqual([
      { year: 2020, sections: 4, occurrences: 20 },
      { year: 2024, sections: 2, occurrences: 8 },
    ]);
  });

  it.each([
    // counted sections → expected estimate per year, from the year's mean drawn towards the overall one
    // 2020: (6 + 5 × 3) / (2 + 5) = 3 for each of its 2 uncounted; 2024: (3 + 5 × 3) / (1 + 5) = 3.
    { counted: [0, 1, 4], expected: [{ year: 2020, sections: 4, occurrences: 12, occurrencesEstimated: true }, { year: 2024, sections: 2, occurrences: 6, occurrencesEstimated: true }] },
    // 2024 has none counted: the overall mean, 5.
    { counted: [0, 1, 2, 3], expected: [{ year: 2020, sections: 4, occurrences: 20 }, { year: 2024, sections: 2, occurrences: 10, occurrencesEstimated: true }] },
  ])('are estimated for the years with sections left uncounted (counted: $counted)', ({ counted, expected }) => {
    expect(countByYear(table, 6, (i) => i, (i) => (counted.includes(i) ? occurrences[i] : undefined))).toEqual(expected);
  });

  it.each([
    [10, 150, 10],
    [1000, 150, 150],
    [151, 150, 150],
  ])('an even sample of %i hits for a budget of %i counts %i of them, spread through the ranking', (count, size, expected) => {
    const sampled = evenSample(count, size);
    const chosen = Array.from({ length: count }, (_, i) => i).filter(sampled);
    expect(chosen).toHaveLength(expected);
    expect(chosen[0]).toBe(0);
    const widest = Math.max(...chosen.map((at, k) => (chosen[k + 1] ?? count) - at));
    expect(widest).toBeLessThanOrEqual(Math.ceil(count / size));
  });

  // PostgreSQL picks the same sample in integers (queries.ts COUNT_BY_YEAR): the two must agree exactly.
  it.each([171, 1000, 8399, 25087, 89472])('an even sample of %i hits is the j × count / size-th ones, exactly', (count) => {
    const size = 150;
    const exact = new Set(Array.from({ length: size }, (_, j) => Number((BigInt(j) * BigInt(count)) / BigInt(size))));
    const sampled = evenSample(count, size);
    expect(Array.from({ length: count }, (_, i) => i).filter(sampled)).toEqual([...exact].sort((a, b) => a - b));
  });
});
