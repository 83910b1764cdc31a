// The timeline above the results: one bar per year of the archive, laid out here (SVG geometry in
// viewBox units) so the template only draws it. Bars are as high as the year's matching sections.
import type { Timeline } from '../types';
import { searchUrl, type SearchPageState } from './search-url';
import { pluralize } from './view-helpers';

/** Drawing area, in viewBox units: the SVG scales to the width of the results column. */
export const CHART = { width: 600, top: 18, barsHeight: 96, labelsHeight: 22 } as const;

/** Above this many years, counts are no longer written over the bars (the table keeps them). */
const MAX_YEARS_WITH_COUNTS = 16;
/** Year labels on small screens and on wide ones: the others stay in the bar's tooltip and the table. */
const LABELS_NARROW = 6;
const LABELS_WIDE = 13;

export interface TimelineBar {
  year: number;
  sections: number;
  occurrences: number;
  url: string;
  active: boolean;
  /** « 2020 : 6 sections, 8 occurrences ». */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  centre: number;
  countY: number;
  showCount: boolean;
  /** 'major' on every screen, 'minor' on wide screens only, undefined: no label under the bar. */
  yearLabel: 'major' | 'minor' | undefined;
}

export interface TimelineView {
  caption: string;
  viewBox: string;
  baselineY: number;
  labelY: number;
  width: number;
  hasFilter: boolean;
  bars: TimelineBar[];
}

/** Undefined when there is nothing to draw: no year in the archive or no match in any year. */
export function timelineView(timeline: Timeline, state: SearchPageState): TimelineView | undefined {
  const { years } = timeline;
  const total = years.reduce((sum, year) => sum + year.sections, 0);
  if (years.length === 0 || total === 0) return undefined;
  const max = Math.max(...years.map((year) => year.sections));
  const slot = CHART.width / years.length;
  const width = round(Math.min(48, slot * 0.72));
  const baselineY = CHART.top + CHART.barsHeight;
  const narrow = labelledPositions(years.length, LABELS_NARROW);
  const wide = labelledPositions(years.length, LABELS_WIDE);
  const bars = years.map((entry, i): TimelineBar => {
    const height = entry.sections === 0 ? 0 : Math.max(2, round((entry.sections / max) * CHART.barsHeight));
    const active = entry.year === state.year;
    return {
      ...entry,
      // A second click on the year shown removes the filter, as in the year facet.
      url: searchUrl({ q: state.q, reportId: state.reportId, year: active ? undefined : entry.year }),
      active,
      label: `${entry.year} : ${pluralize(entry.sections, 'section', 'sections')}, ${pluralize(entry.occurrences, 'occurrence', 'occurrences')}`,
      x: round(i * slot + (slot - width) / 2),
      y: round(baselineY - height),
      width,
      height,
      centre: round(i * slot + slot / 2),
      countY: round(baselineY - height - 4),
      showCount: entry.sections > 0 && years.length <= MAX_YEARS_WITH_COUNTS,
      yearLabel: narrow.has(i) ? 'major' : wide.has(i) ? 'minor' : undefined,
    };
  });
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const span = first === last ? `en ${first}` : `de ${first} à ${last}`;
  const yearsWithHits = years.filter((year) => year.sections > 0).length;
  return {
    caption: `${pluralize(total, 'section trouvée', 'sections trouvées')} ${span}, dans ${pluralize(yearsWithHits, 'année', 'années')} sur ${years.length}`,
    viewBox: `0 0 ${CHART.width} ${baselineY + CHART.labelsHeight}`,
    baselineY,
    labelY: baselineY + CHART.labelsHeight - 5,
    width: CHART.width,
    hasFilter: state.year !== undefined,
    bars,
  };
}

/** At most `count` evenly spaced positions among `n`, always the first and the last. */
export function labelledPositions(n: number, count: number): Set<number> {
  if (n <= count) return new Set(Array.from({ length: n }, (_, i) => i));
  const step = Math.ceil((n - 1) / (count - 1));
  const positions = new Set<number>();
  for (let i = 0; i < n - 1; i += step) positions.add(i);
  // The last label would touch the one before it: that one gives way.
  const previous = Math.floor((n - 1) / step) * step;
  if (previous !== 0 && n - 1 - previous < step / 2) positions.delete(previous);
  positions.add(n - 1);
  return positions;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
