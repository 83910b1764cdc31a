// The timeline above the results: years on a linear axis from the archive's first year to its last
// (a year the archive has no report for stays a gap, so 2001 and 2008 never look adjacent), one bar
// per year of the archive, as high as the year's matching sections. Laid out here, in viewBox units,
// so the template only draws it.
import type { Timeline } from '../types';
import { searchUrl, type SearchPageState } from './search-url';
import { pluralize } from '../plural';

/** Drawing area, in viewBox units: the SVG scales to the width of the results column. */
export const CHART = { width: 600, top: 18, barsHeight: 96, labelsHeight: 22 } as const;

/** Below this width of a year (viewBox units), counts are not written over the bars (the table keeps them). */
const MIN_SLOT_WITH_COUNTS = 30;
/** Year labels on small screens and on wide ones (at most). */
const LABELS_NARROW = 6;
const LABELS_WIDE = 13;
/** Label steps, in years: each divides the next, so the labels of a phone are a subset of a wide screen's. */
const LABEL_STEPS = [1, 5, 10, 50, 100, 500, 1000];

export interface TimelineBar {
  year: number;
  sections: number;
  occurrences: number;
  /** The occurrences were estimated from a sample (see QueryLimits.timelineAnalyses). */
  occurrencesEstimated?: true;
  url: string;
  active: boolean;
  /** « 2020 : 6 sections, 8 occurrences ». */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  centre: number;
  /** The clickable column: the year's whole slot, so a short bar or an empty year is easy to hit. */
  hitX: number;
  hitWidth: number;
  countY: number;
  showCount: boolean;
}

export interface TimelineTick {
  year: number;
  x: number;
  /** 'major' on every screen, 'minor' on wide screens only. */
  tier: 'major' | 'minor';
  active: boolean;
}

export interface TimelineView {
  caption: string;
  viewBox: string;
  baselineY: number;
  labelY: number;
  width: number;
  hasFilter: boolean;
  /** Some years' occurrences are estimates: the table says so. */
  estimated: boolean;
  bars: TimelineBar[];
  ticks: TimelineTick[];
}

/** Undefined when there is nothing to draw: no year in the archive or no match in any year. */
export function timelineView(timeline: Timeline, state: SearchPageState): TimelineView | undefined {
  const { years } = timeline;
  const total = years.reduce((sum, year) => sum + year.sections, 0);
  if (years.length === 0 || total === 0) return undefined;
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const span = last - first + 1;
  const max = Math.max(...years.map((year) => year.sections));
  const slot = CHART.width / span;
  const width = round(Math.min(48, slot * 0.72));
  const baselineY = CHART.top + CHART.barsHeight;
  const centreOf = (year: number) => round((year - first) * slot + slot / 2);
  const bars = years.map((entry): TimelineBar => {
    const height = entry.sections === 0 ? 0 : Math.max(2, round((entry.sections / max) * CHART.barsHeight));
    const active = entry.year === state.year;
    return {
      ...entry,
      // A second click on the year shown removes the filter, as in the year facet, which keeps the rest.
      url: searchUrl({ ...state, page: undefined, year: active ? undefined : entry.year }),
      active,
      label: `${entry.year} : ${pluralize(entry.sections, 'section', 'sections')}, ${entry.occurrencesEstimated ? 'environ ' : ''}${pluralize(entry.occurrences, 'occurrence', 'occurrences')}`,
      x: round(centreOf(entry.year) - width / 2),
      y: round(baselineY - height),
      width,
      height,
      centre: centreOf(entry.year),
      hitX: round(centreOf(entry.year) - slot / 2),
      hitWidth: round(slot),
      countY: round(baselineY - height - 4),
      showCount: entry.sections > 0 && slot >= MIN_SLOT_WITH_COUNTS,
    };
  });
  const { narrow, wide } = labelSteps(span);
  const ticks: TimelineTick[] = [];
  for (let year = first; year <= last; year++) {
    if (year % wide !== 0) continue;
    ticks.push({ year, x: centreOf(year), tier: year % narrow === 0 ? 'major' : 'minor', active: year === state.year });
  }
  const period = first === last ? `en ${first}` : `de ${first} à ${last}`;
  const yearsWithHits = years.filter((year) => year.sections > 0).length;
  return {
    caption: `${pluralize(total, 'section trouvée', 'sections trouvées')} ${period}, dans ${pluralize(yearsWithHits, 'année', 'années')} sur ${years.length}`,
    viewBox: `0 0 ${CHART.width} ${baselineY + CHART.labelsHeight}`,
    baselineY,
    labelY: baselineY + CHART.labelsHeight - 5,
    width: CHART.width,
    hasFilter: state.year !== undefined,
    estimated: years.some((entry) => entry.occurrencesEstimated === true),
    bars,
    ticks,
  };
}

/** The label steps (in years) for a span of `span` years: on every screen, and on wide ones. */
export function labelSteps(span: number): { narrow: number; wide: number } {
  // Any `span` consecutive years hold at most floor((span - 1) / step) + 1 multiples of `step`.
  const stepFor = (labels: number) => LABEL_STEPS.find((step) => Math.floor((span - 1) / step) + 1 <= labels) ?? LABEL_STEPS.at(-1)!;
  return { narrow: stepFor(LABELS_NARROW), wide: stepFor(LABELS_WIDE) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
