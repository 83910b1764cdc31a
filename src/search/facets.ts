// Counts per report and per year over the whole matching set. Each facet ignores its own filter
// (but not the other one): with « 2020 » selected, the year facet still shows how many hits the other
// years have, so a reader can switch year without first removing the filter.
// Common words match tens of thousands of sections at 100×: hits are counted and filtered on
// integers precomputed per section (report ordinal, year ordinal), with no object per hit.
import type { FacetCount, ReportMeta, SearchFacets, SearchRequest, Section } from '../types';

/** What a facet needs of a report; `label` (see ReportSummary) is shown instead of the title when present. */
export type FacetReport = Pick<ReportMeta, 'title' | 'year'> & { label?: string };

export interface FacetTable {
  /** Per section: ordinal of its report in `reportIds`. */
  reportOf: Int32Array;
  /** Per section: ordinal of its report's year in `years`, or -1 when the report has no year. */
  yearOf: Int32Array;
  reportIds: string[];
  reportLabels: string[];
  /** Per report ordinal: the place of its label in French alphabetical order (ties in hits are ordered by it). */
  reportRanks: Int32Array;
  years: number[];
}

/** A report as PostgreSQL's counts per report are turned into facets (see `rankReports`). */
export interface RankedReport {
  label: string;
  year: number | null;
  /** Place of `label` in French alphabetical order among the archive's reports. */
  rank: number;
}

export interface FacetFilters {
  reportId?: string | undefined;
  year?: number | undefined;
}

/**
 * Reports a search lists in its report facet unless asked for all. A common word has hits in nearly every
 * report: at 100× (200 reports) the list made two thirds of a search's JSON, and at 1,000× it would be a
 * sidebar of 2,000 links on every results page. The others are counted, and one link shows them.
 */
export const REPORT_FACET_LIMIT = 10;

/** How many reports the report facet of `request` lists. */
export function reportFacetLimit(request: Pick<SearchRequest, 'allReports'>): number {
  return request.allReports === true ? Number.POSITIVE_INFINITY : REPORT_FACET_LIMIT;
}

/** No ordinal: a filter on a report or year the archive does not have matches nothing. */
const NOTHING = -2;
const ANY = -3;

export function buildFacetTable(sections: readonly Section[], reports: ReadonlyMap<string, FacetReport>): FacetTable {
  const reportOrdinals = new Map<string, number>();
  const yearOrdinals = new Map<number, number>();
  const table: FacetTable = {
    reportOf: new Int32Array(sections.length),
    yearOf: new Int32Array(sections.length),
    reportIds: [],
    reportLabels: [],
    reportRanks: new Int32Array(0),
    years: [],
  };
  sections.forEach((section, index) => {
    let report = reportOrdinals.get(section.reportId);
    if (report === undefined) {
      report = table.reportIds.length;
      reportOrdinals.set(section.reportId, report);
      table.reportIds.push(section.reportId);
      table.reportLabels.push(labelOf(reports.get(section.reportId)) ?? section.reportId);
    }
    table.reportOf[index] = report;
    const year = reports.get(section.reportId)?.year ?? null;
    let yearOrdinal = -1;
    if (year !== null) {
      yearOrdinal = yearOrdinals.get(year) ?? table.years.length;
      if (yearOrdinal === table.years.length) {
        yearOrdinals.set(year, yearOrdinal);
        table.years.push(year);
      }
    }
    table.yearOf[index] = yearOrdinal;
  });
  table.reportRanks = Int32Array.from(alphabeticalRanks(table.reportLabels, table.reportIds));
  return table;
}

/** Labels, years and alphabetical ranks of an archive's reports, computed once for every search. */
export function rankReports(reports: ReadonlyMap<string, FacetReport>): ReadonlyMap<string, RankedReport> {
  const ids = [...reports.keys()];
  const labels = ids.map((id) => labelOf(reports.get(id)) ?? id);
  const ranks = alphabeticalRanks(labels, ids);
  return new Map(ids.map((id, i) => [id, { label: labels[i]!, year: reports.get(id)?.year ?? null, rank: ranks[i]! }]));
}

// Comparing titles with `localeCompare(…, 'fr')` on each search (it looks a collator up on every call)
// cost milliseconds at 1,000× (2,000 reports, many tied in hits): their order is computed once.
function alphabeticalRanks(labels: readonly string[], ids: readonly string[]): number[] {
  const collator = new Intl.Collator('fr');
  // Equal labels (a report missing from the list is labelled by its id) are ordered by id, the same on both backends.
  const order = labels.map((_, i) => i).sort((a, b) => collator.compare(labels[a]!, labels[b]!) || (ids[a]! < ids[b]! ? -1 : 1));
  const ranks = new Array<number>(labels.length);
  order.forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}

export interface Tally {
  /** Positions (in the input) of the hits that pass both filters, in input order. */
  kept: Int32Array;
  keptCount: number;
  facets: SearchFacets;
}

/** `sectionOf(i)` is the section index of hit `i`, for `i < count`; `listed` as `reportFacetLimit` says. */
export function tallyHits(
  table: FacetTable,
  count: number,
  sectionOf: (i: number) => number,
  filters: FacetFilters,
  listed = REPORT_FACET_LIMIT,
): Tally {
  const reportFilter = filters.reportId === undefined ? ANY : ordinalOf(table.reportIds, filters.reportId);
  const yearFilter = filters.year === undefined ? ANY : ordinalOf(table.years, filters.year);
  const byReport = new Int32Array(table.reportIds.length);
  const byYear = new Int32Array(table.years.length);
  const kept = new Int32Array(count);
  let keptCount = 0;
  for (let i = 0; i < count; i++) {
    const section = sectionOf(i);
    const report = table.reportOf[section]!;
    const year = table.yearOf[section]!;
    const yearPasses = yearFilter === ANY || year === yearFilter;
    const reportPasses = reportFilter === ANY || report === reportFilter;
    if (yearPasses) byReport[report]! += 1;
    if (year >= 0 && reportPasses) byYear[year]! += 1;
    if (yearPasses && reportPasses) kept[keptCount++] = i;
  }
  const reportFacets: RankedFacet[] = [];
  byReport.forEach((n, ordinal) => {
    if (n > 0) reportFacets.push({ facet: { value: table.reportIds[ordinal]!, label: table.reportLabels[ordinal]!, count: n }, rank: table.reportRanks[ordinal]! });
  });
  const yearFacets: FacetCount<number>[] = [];
  byYear.forEach((n, ordinal) => {
    if (n > 0) yearFacets.push({ value: table.years[ordinal]!, label: String(table.years[ordinal]), count: n });
  });
  return { kept, keptCount, facets: orderFacets(reportFacets, yearFacets, listed, filters.reportId) };
}

interface RankedFacet {
  facet: FacetCount<string>;
  rank: number;
}

/**
 * Reports by count then label, the first `listed` kept and the one filtered on (wherever it ranks: the
 * page shows it as the active filter); years most recent first.
 */
function orderFacets(ranked: RankedFacet[], years: FacetCount<number>[], listed: number, selected: string | undefined): SearchFacets {
  ranked.sort((a, b) => b.facet.count - a.facet.count || a.rank - b.rank);
  years.sort((a, b) => b.value - a.value);
  const reports = ranked.map(({ facet }) => facet);
  if (reports.length <= listed) return { reports, years };
  const shown = reports.slice(0, listed);
  const chosen = selected === undefined ? undefined : reports.slice(listed).find((facet) => facet.value === selected);
  if (chosen !== undefined) shown.push(chosen);
  return { reports: shown, years, moreReports: reports.length - shown.length };
}

/** The hits passing both filters, from hits counted per report (a database's GROUP BY). */
export function totalFromReportCounts(
  counts: ReadonlyArray<{ reportId: string; count: number }>,
  reports: ReadonlyMap<string, Pick<ReportMeta, 'year'>>,
  filters: FacetFilters,
): number {
  let total = 0;
  for (const { reportId, count } of counts) {
    const yearPasses = filters.year === undefined || (reports.get(reportId)?.year ?? null) === filters.year;
    if (yearPasses && (filters.reportId === undefined || reportId === filters.reportId)) total += count;
  }
  return total;
}

/**
 * The same counts from hits already counted per report (a database's GROUP BY): the total passing
 * both filters, and each facet ignoring its own filter. `reports` as `rankReports` gives them.
 */
export function facetsFromReportCounts(
  counts: ReadonlyArray<{ reportId: string; count: number }>,
  reports: ReadonlyMap<string, RankedReport>,
  filters: FacetFilters,
  listed = REPORT_FACET_LIMIT,
): { total: number; facets: SearchFacets } {
  const reportFacets: RankedFacet[] = [];
  const byYear = new Map<number, number>();
  for (const { reportId, count } of counts) {
    const report = reports.get(reportId);
    const year = report?.year ?? null;
    const yearPasses = filters.year === undefined || year === filters.year;
    const reportPasses = filters.reportId === undefined || reportId === filters.reportId;
    if (yearPasses && count > 0) {
      reportFacets.push({ facet: { value: reportId, label: report?.label ?? reportId, count }, rank: report?.rank ?? Number.MAX_SAFE_INTEGER });
    }
    if (year !== null && reportPasses) byYear.set(year, (byYear.get(year) ?? 0) + count);
  }
  const yearFacets = [...byYear].filter(([, n]) => n > 0).map(([year, n]) => ({ value: year, label: String(year), count: n }));
  return { total: totalFromReportCounts(counts, reports, filters), facets: orderFacets(reportFacets, yearFacets, listed, filters.reportId) };
}

function labelOf(report: FacetReport | undefined): string | undefined {
  return report?.label ?? report?.title;
}

function ordinalOf<T>(values: readonly T[], value: T): number {
  const ordinal = values.indexOf(value);
  return ordinal === -1 ? NOTHING : ordinal;
}
