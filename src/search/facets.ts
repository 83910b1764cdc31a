// Counts per report and per year over the whole matching set. Each facet ignores its own filter
// (but not the other one): with « 2020 » selected, the year facet still shows how many hits the other
// years have, so a reader can switch year without first removing the filter.
import type { FacetCount, ReportMeta, SearchResponse } from '../types';

export interface FacetInput {
  reportId: string;
  year: number | null;
}

export interface FacetFilters {
  reportId?: string | undefined;
  year?: number | undefined;
}

export function matchesFilters(item: FacetInput, filters: FacetFilters): boolean {
  return (filters.reportId === undefined || item.reportId === filters.reportId) && (filters.year === undefined || item.year === filters.year);
}

export function computeFacets(
  items: readonly FacetInput[],
  filters: FacetFilters,
  reports: ReadonlyMap<string, ReportMeta>,
): SearchResponse['facets'] {
  const byReport = new Map<string, number>();
  const byYear = new Map<number, number>();
  for (const item of items) {
    if (matchesFilters(item, { year: filters.year })) byReport.set(item.reportId, (byReport.get(item.reportId) ?? 0) + 1);
    if (item.year !== null && matchesFilters(item, { reportId: filters.reportId })) {
      byYear.set(item.year, (byYear.get(item.year) ?? 0) + 1);
    }
  }
  const reportFacets: FacetCount<string>[] = [...byReport].map(([value, count]) => ({
    value,
    label: reports.get(value)?.title ?? value,
    count,
  }));
  reportFacets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
  const yearFacets: FacetCount<number>[] = [...byYear].map(([value, count]) => ({ value, label: String(value), count }));
  yearFacets.sort((a, b) => b.value - a.value);
  return { reports: reportFacets, years: yearFacets };
}
