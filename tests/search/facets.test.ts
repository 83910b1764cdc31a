// The report facet of a large archive: the reports with the most hits, the one filtered on, and how
// many are left out. Both backends order and cut their facets here (tallyHits for the embedded index,
// facetsFromReportCounts for PostgreSQL's counts per report).
import { describe, expect, it } from 'vitest';
import { buildFacetTable, facetsFromReportCounts, rankReports, REPORT_FACET_LIMIT, reportFacetLimit, tallyHits, totalFromReportCounts } from '../../src/search/facets';
import type { ReportMeta, Section } from '../../src/types';

/** Twelve reports: « Rapport 01 » has 12 hits, « Rapport 02 » 11, …, « Rapport 12 » one. */
const REPORT_COUNT = 12;
const reportIds = Array.from({ length: REPORT_COUNT }, (_, i) => `rapport-${String(i + 1).padStart(2, '0')}`);
const reports = new Map<string, ReportMeta>(reportIds.map((id, i) => [id, meta(id, `Rapport ${String(i + 1).padStart(2, '0')}`, 2000 + (i % 3))]));
const counts = reportIds.map((reportId, i) => ({ reportId, count: REPORT_COUNT - i }));

function meta(id: string, title: string, year: number): ReportMeta {
  return { id, title, year, organisation: 'Nexem', sourceFile: `${id}.md`, format: 'markdown', pageCount: null, contentHash: '0'.repeat(64) };
}

type Filters = { reportId?: string; year?: number };
type Counts = ReadonlyArray<{ reportId: string; count: number }>;

/** The same hits as `hitCounts`, one section per hit, tallied by the embedded backend. */
function embeddedTally(hitCounts: Counts, byId: ReadonlyMap<string, ReportMeta>, filters: Filters, listed?: number) {
  const sections: Section[] = hitCounts.flatMap(({ reportId, count }) =>
    Array.from({ length: count }, (_, n) => ({ id: `s${n}`, reportId, title: '', breadcrumb: [], level: 1, page: null, text: '' })));
  return tallyHits(buildFacetTable(sections, byId), sections.length, (i) => i, filters, listed);
}

function tallied(filters: Filters, listed?: number) {
  return embeddedTally(counts, reports, filters, listed).facets;
}

const backends = [
  ['embedded (tallyHits)', tallied],
  ['PostgreSQL (facetsFromReportCounts)', (filters: { reportId?: string; year?: number }, listed?: number) => facetsFromReportCounts(counts, rankReports(reports), filters, listed).facets],
] as const;

describe.each(backends)('report facet of many reports, %s', (_name, facetsOf) => {
  it('lists the reports with the most hits first and counts the others', () => {
    const facets = facetsOf({});
    expect(facets.reports.map((facet) => facet.value)).toEqual(reportIds.slice(0, REPORT_FACET_LIMIT));
    expect(facets.reports[0]).toEqual({ value: 'rapport-01', label: 'Rapport 01', count: 12 });
    expect(facets.moreReports).toBe(REPORT_COUNT - REPORT_FACET_LIMIT);
    // Years are few: all of them, whatever the cut.
    expect(facets.years.map((facet) => facet.value)).toEqual([2002, 2001, 2000]);
  });

  it('keeps the report filtered on, wherever it ranks', () => {
    const facets = facetsOf({ reportId: 'rapport-12' });
    expect(facets.reports.map((facet) => facet.value)).toEqual([...reportIds.slice(0, REPORT_FACET_LIMIT), 'rapport-12']);
    expect(facets.moreReports).toBe(1);
  });

  it('lists every report when asked, and says nothing is left out', () => {
    const facets = facetsOf({}, reportFacetLimit({ allReports: true }));
    expect(facets.reports).toHaveLength(REPORT_COUNT);
    expect(facets).not.toHaveProperty('moreReports');
  });

  it('leaves a short list whole', () => {
    const facets = facetsOf({ year: 2000 });
    expect(facets.reports.map((facet) => facet.value)).toEqual(['rapport-01', 'rapport-04', 'rapport-07', 'rapport-10']);
    expect(facets).not.toHaveProperty('moreReports');
  });
});

it('counts the hits passing both filters from counts per report as the embedded tally does', () => {
  for (const filters of [{}, { year: 2001 }, { reportId: 'rapport-03' }, { reportId: 'rapport-03', year: 2000 }, { reportId: 'rapport-03', year: 2001 }]) {
    expect(totalFromReportCounts(counts, reports, filters)).toBe(embeddedTally(counts, reports, filters).keptCount);
  }
  expect(totalFromReportCounts(counts, reports, { year: 2000 })).toBe(12 + 9 + 6 + 3);
});

describe('report facet order', () => {
  const orders = [
    ['embedded', (hitCounts: Counts, byId: ReadonlyMap<string, ReportMeta>) => embeddedTally(hitCounts, byId, {}).facets],
    ['PostgreSQL', (hitCounts: Counts, byId: ReadonlyMap<string, ReportMeta>) => facetsFromReportCounts(hitCounts, rankReports(byId), {}).facets],
  ] as const;
  it.each(orders.flatMap(([backend, facetsOf]) => [
    [backend, ['Zèbre', 'École', 'Avenir', 'Économie'], ['Avenir', 'École', 'Économie', 'Zèbre'], facetsOf],
    [backend, ['rapport b', 'Rapport A', 'rapport a'], ['rapport a', 'Rapport A', 'rapport b'], facetsOf],
    // Equal labels (never from summariseReports, which names reports apart) fall back on the id.
    [backend, ['Bilan', 'Bilan', 'Avenir'], ['Avenir', 'Bilan', 'Bilan'], facetsOf],
  ] as const))('%s: ties in hits are in French alphabetical order: %j', (_backend, titles, expected, facetsOf) => {
    // Ids in reverse order of appearance: the order must not depend on which report comes first.
    const ids = titles.map((_, i) => `r${titles.length - i}`);
    const byId = new Map(ids.map((id, i) => [id, meta(id, titles[i]!, 2020)]));
    const facets = facetsOf(ids.map((reportId) => ({ reportId, count: 3 })), byId);
    expect(facets.reports.map((facet) => facet.label)).toEqual(expected);
    if (titles[0] === 'Bilan') expect(facets.reports.map((facet) => facet.value)).toEqual(['r1', 'r2', 'r3']);
  });
});
