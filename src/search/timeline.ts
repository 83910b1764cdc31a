// A search counted per year of the archive: the data of the timeline above the results. Sections are
// counted exactly as the year facet counts them (report filter applied, year filter not), so the two
// always agree; every year of the archive appears, oldest first, even without a match.
import type { TimelineYear } from '../types';
import type { FacetTable } from './facets';

/** How many sections' worth of the overall mean a year's estimate starts from. */
const PRIOR_SECTIONS = 5;

/**
 * `sectionOf(i)` is the section index of hit `i` (for `i < count`), `occurrencesOf(i)` how many
 * passages of it are marked, or undefined when it was not counted (see QueryLimits.timelineAnalyses):
 * a year's uncounted sections are then given the mean of its counted ones, drawn towards the mean of all
 * counted ones, and its occurrences are marked as estimated. A report the archive does not have matches nothing.
 */
export function countByYear(
  table: FacetTable,
  count: number,
  sectionOf: (i: number) => number,
  occurrencesOf: (i: number) => number | undefined,
  reportId?: string,
): TimelineYear[] {
  const onTimeline = timelineFilter(table, reportId);
  const sections = new Int32Array(table.years.length);
  const counted = new Int32Array(table.years.length);
  const occurrences = new Float64Array(table.years.length);
  for (let i = 0; i < count; i++) {
    const section = sectionOf(i);
    if (!onTimeline(section)) continue;
    const year = table.yearOf[section]!;
    sections[year]! += 1;
    const found = occurrencesOf(i);
    if (found === undefined) continue;
    counted[year]! += 1;
    occurrences[year]! += found;
  }
  return estimateYears(table.years.map((year, ordinal) => ({ year, sections: sections[ordinal]!, counted: counted[ordinal]!, occurrences: occurrences[ordinal]! })));
}

/**
 * Which of `count` hits (in section order) the timeline counts the marks of: an even sample of `size`
 * among those it shows (a year, and the report filtered on), as PostgreSQL samples them (queries.ts
 * COUNT_BY_YEAR). Sampling every hit, then keeping the report's, counted a third of a report's 120 hits
 * where PostgreSQL counted them all.
 */
export function timelineSample(table: FacetTable, count: number, sectionOf: (i: number) => number, size: number, reportId?: string): (i: number) => boolean {
  const onTimeline = timelineFilter(table, reportId);
  const shown: number[] = [];
  for (let i = 0; i < count; i++) if (onTimeline(sectionOf(i))) shown.push(i);
  const sampled = evenSample(shown.length, size);
  const chosen = new Uint8Array(count);
  shown.forEach((i, rank) => {
    if (sampled(rank)) chosen[i] = 1;
  });
  return (i) => chosen[i] === 1;
}

/** Sections the timeline shows: of a year, and of the report filtered on (none when the archive lacks it). */
function timelineFilter(table: FacetTable, reportId: string | undefined): (section: number) => boolean {
  const report = reportId === undefined ? undefined : table.reportIds.indexOf(reportId);
  return (section) => table.yearOf[section]! >= 0 && (report === undefined || table.reportOf[section] === report);
}

/** One year of a search: its matching sections, how many of them were counted, and their occurrences. */
export interface YearTally {
  year: number;
  sections: number;
  counted: number;
  occurrences: number;
}

/**
 * The timeline from per-year tallies (either backend's): a year's uncounted sections are given the mean
 * of its counted ones, drawn towards the mean of all counted ones, and its occurrences are marked as
 * estimated. Oldest first.
 */
export function estimateYears(tallies: readonly YearTally[]): TimelineYear[] {
  const totalCounted = tallies.reduce((sum, tally) => sum + tally.counted, 0);
  const overallMean = totalCounted === 0 ? 1 : tallies.reduce((sum, tally) => sum + tally.occurrences, 0) / totalCounted;
  return tallies
    .map(({ year, sections, counted, occurrences }): TimelineYear => {
      const left = sections - counted;
      if (left === 0) return { year, sections, occurrences };
      // A year's own mean, drawn towards the overall one when few of its sections were counted: at 100×
      // a year may have one or two in the sample, and its mean alone was off by more than 100 %.
      const mean = (occurrences + PRIOR_SECTIONS * overallMean) / (counted + PRIOR_SECTIONS);
      return { year, sections, occurrences: Math.round(occurrences + left * mean), occurrencesEstimated: true };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * Whether hit `i` of `count` is in an even sample of `size`: all of them when there are no more than
 * `size`. Even, so every year is sampled in proportion to its hits.
 */
export function evenSample(count: number, size: number): (i: number) => boolean {
  if (count <= size) return () => true;
  const chosen = new Uint8Array(count);
  // j × count / size in one division of integers: exact, as PostgreSQL's sample (queries.ts COUNT_BY_YEAR)
  // is. With a step of count / size, 50 × (171 / 150) came out just under 57.
  for (let j = 0; j < size; j++) chosen[Math.floor((j * count) / size)] = 1;
  return (i) => chosen[i] === 1;
}
