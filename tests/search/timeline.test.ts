// The timeline of a search on the real corpus: every year of the archive, counts that agree with the
// search's own year facet, occurrences that agree with what the results mark.
import { describe, expect, it } from 'vitest';
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
