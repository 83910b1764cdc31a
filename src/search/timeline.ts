// A search counted per year of the archive: the data of the timeline above the results. Sections are
// counted exactly as the year facet counts them (report filter applied, year filter not), so the two
// always agree; every year of the archive appears, oldest first, even without a match.
import type { TimelineYear } from '../types';
import type { FacetTable } from './facets';

/**
 * `sectionOf(i)` is the section index of hit `i` (for `i < count`), `occurrencesOf(i)` how many
 * passages of it are marked. A report the archive does not have matches nothing.
 */
export function countByYear(
  table: FacetTable,
  count: number,
  sectionOf: (i: number) => number,
  occurrencesOf: (i: number) => number,
  reportId?: string,
): TimelineYear[] {
  const reportFilter = reportId === undefined ? undefined : table.reportIds.indexOf(reportId);
  const sections = new Int32Array(table.years.length);
  const occurrences = new Float64Array(table.years.length);
  for (let i = 0; i < count; i++) {
    const section = sectionOf(i);
    const year = table.yearOf[section]!;
    if (year < 0 || (reportFilter !== undefined && table.reportOf[section] !== reportFilter)) continue;
    sections[year]! += 1;
    occurrences[year]! += occurrencesOf(i);
  }
  return table.years
    .map((year, ordinal) => ({ year, sections: sections[ordinal]!, occurrences: occurrences[ordinal]! }))
    .sort((a, b) => a.year - b.year);
}
