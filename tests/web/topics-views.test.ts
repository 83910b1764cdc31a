// The pure parts of « Citer » and of the timeline's layout, and the timeline's cache.
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/search';
import type { TimelineRequest } from '../../src/types';
import { citeSection } from '../../src/web/citation';
import { createTimelineCache } from '../../src/web/search-cache';
import { labelSteps, timelineView } from '../../src/web/timeline-view';
import { realArchive } from '../helpers/archive';

const ORIGIN = 'https://archive.example.org';
const BASE = {
  organisation: 'Nexem',
  reportId: 'retrospective-2024',
  reportTitle: 'Rétrospective 2024',
  year: 2024,
  sectionId: 'ccue-les-negociations-se-poursuivent-dans-la-tourmente-politique',
  sectionTitle: 'CCUE : les négociations se poursuivent dans la tourmente politique',
  page: null,
};

describe('citeSection', () => {
  it.each([
    [{}, 'Nexem, Rétrospective 2024, « CCUE : les négociations se poursuivent dans la tourmente politique », https://archive.example.org/rapports/retrospective-2024#ccue-les-negociations-se-poursuivent-dans-la-tourmente-politique'],
    [{ page: 12 }, 'Nexem, Rétrospective 2024, « CCUE : les négociations se poursuivent dans la tourmente politique », p. 12, https://archive.example.org/rapports/retrospective-2024#ccue-les-negociations-se-poursuivent-dans-la-tourmente-politique'],
    [{ reportTitle: 'Bilan', year: 2019, sectionTitle: 'Édito', sectionId: 'edito' }, 'Nexem, Bilan, 2019, « Édito », https://archive.example.org/rapports/retrospective-2024#edito'],
    [{ organisation: '', reportTitle: 'Bilan', year: null, sectionTitle: 'Édito', sectionId: 'edito' }, 'Bilan, « Édito », https://archive.example.org/rapports/retrospective-2024#edito'],
  ])('%j', (change, text) => {
    const citation = citeSection({ ...BASE, ...change }, ORIGIN);
    expect(citation.text).toBe(text);
    // The HTML version puts the title in italics between the same two pieces.
    expect(`${citation.before}${citation.title}${citation.after}${citation.url}`).toBe(text);
  });
});

describe('labelSteps', () => {
  it.each([
    [1, 1, 1],
    [5, 1, 1],
    [13, 5, 1],
    [23, 5, 5],
    [41, 10, 5],
    [120, 50, 10],
  ])('a span of %i years: a label every %i years on every screen, every %i on wide ones', (span, narrow, wide) => {
    const steps = labelSteps(span);
    expect(steps).toEqual({ narrow, wide });
    // The labels of a phone are among those of a wide screen, so the two never crowd each other.
    expect(steps.narrow % steps.wide).toBe(0);
  });
});

describe('timelineView', () => {
  const years = (counts: number[]) => counts.map((sections, i) => ({ year: 2000 + i, sections, occurrences: sections * 2 }));

  it('scales bars to the busiest year and keeps empty years as columns without a bar', () => {
    const view = timelineView({ query: 'x', years: years([4, 0, 2]) }, { q: 'x' })!;
    expect(view.bars.map((bar) => bar.height)).toEqual([96, 0, 48]);
    expect(view.bars.map((bar) => bar.url)).toEqual(['/recherche?q=x&annee=2000', '/recherche?q=x&annee=2001', '/recherche?q=x&annee=2002']);
    expect(view.bars[0]!.label).toBe('2000 : 4 sections, 8 occurrences');
    expect(view.caption).toBe('6 sections trouvées de 2000 à 2002, dans 2 années sur 3');
  });

  it('marks the year filtered on, whose bar then removes the filter', () => {
    const view = timelineView({ query: 'x', years: years([4, 1]) }, { q: 'x', reportId: 'r', year: 2001 })!;
    expect(view.hasFilter).toBe(true);
    expect(view.bars.map((bar) => [bar.active, bar.url])).toEqual([
      [false, '/recherche?q=x&rapport=r&annee=2000'],
      [true, '/recherche?q=x&rapport=r'],
    ]);
  });

  it('keeps the strict search and the whole report list, and goes back to the first page', () => {
    const view = timelineView({ query: 'x', years: years([4, 1]) }, { q: 'x', strict: true, allReports: true, page: 3 })!;
    expect(view.bars.map((bar) => bar.url)).toEqual([
      '/recherche?q=x&annee=2000&strict=1&rapports=tous',
      '/recherche?q=x&annee=2001&strict=1&rapports=tous',
    ]);
  });

  it('places years on a linear axis: a year without a report is a gap, not a neighbour', () => {
    const view = timelineView({ query: 'x', years: [{ year: 2020, sections: 2, occurrences: 2 }, { year: 2024, sections: 1, occurrences: 1 }] }, { q: 'x' })!;
    expect(view.bars.map((bar) => bar.centre)).toEqual([60, 540]);
    expect(view.ticks.map((tick) => tick.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('labels round years on a long span, fewer of them on a phone', () => {
    const years = Array.from({ length: 41 }, (_, i) => ({ year: 1990 + i, sections: i % 3, occurrences: i % 3 }));
    const view = timelineView({ query: 'x', years }, { q: 'x' })!;
    expect(view.ticks.map((tick) => `${tick.year}${tick.tier === 'major' ? '*' : ''}`))
      .toEqual(['1990*', '1995', '2000*', '2005', '2010*', '2015', '2020*', '2025', '2030*']);
    expect(view.bars.every((bar) => !bar.showCount)).toBe(true);
  });

  it('draws nothing when no year matched', () => {
    expect(timelineView({ query: 'x', years: years([0, 0]) }, { q: 'x' })).toBeUndefined();
    expect(timelineView({ query: 'x', years: [] }, { q: 'x' })).toBeUndefined();
  });
});

describe('createTimelineCache', () => {
  it('answers a repeated timeline from memory, frozen, and keeps reports apart', async () => {
    const real = await realArchive();
    const asked: TimelineRequest[] = [];
    const archive: Archive = { ...real, timeline: (request) => (asked.push(request), real.timeline(request)) };
    const timelineOf = createTimelineCache(10);
    const first = await timelineOf(archive, { q: 'Ségur' });
    expect(await timelineOf(archive, { q: 'Ségur' })).toBe(first);
    expect(Object.isFrozen(first.years[0])).toBe(true);
    const only2024 = await timelineOf(archive, { q: 'Ségur', reportId: 'retrospective-2024' });
    expect(only2024.years.find((y) => y.year === 2020)?.sections).toBe(0);
    expect(asked).toHaveLength(2);
  });
});
