// Reading order of one page: recursive cuts along the white space (XY-cut). Horizontal bands are read top
// to bottom; inside a run of bands that share a vertical gutter, the columns are read left to right.
// A title spanning the columns has no gutter, so it ends the run above it and is read before the columns.
import { isTable, keyFigureColumns } from './figure-rows';
import type { TextItem } from './types';
import { adjacent, bands, boxOf, crosses, gutters, intersect, oneSidedWhite, splitColumns, type Box, type Interval } from './white-space';

/** A gutter is at least this many body sizes wide: wider than justified word spaces. */
const GUTTER_EMS = 1.2;
/**
 * A narrower white strip is a gutter only when it runs down this many lines one under the other, text
 * on both sides: LaTeX sets its two columns 10 pt apart, under one body size of 11 pt, and word spaces
 * (when a producer draws words apart) never line up over so many lines.
 */
const NARROW_GUTTER_EMS = 0.5;
const NARROW_GUTTER_BANDS = 8;
/**
 * Columns are told by a gutter shared by at least this many lines, each column holding at least this
 * many lines: one or two lines with wide spaces (a justified title, a table row, two justified lines of
 * a narrow column whose word spaces happen to line up) are read as lines, not as columns.
 */
const MIN_COLUMN_BANDS = 3;
/** A column is at least this many body sizes wide: narrower, the « gutters » are word spaces. */
const MIN_COLUMN_EMS = 6;
/** A run's gutter seen on this many bands at most may still narrow. */
const YOUNG_RUN_BANDS = 2;
/** Once one column has ended, the other goes on across paragraph breaks up to this (in body sizes). */
const TAIL_PARAGRAPH_EMS = 3;

interface Run {
  bands: Box[][];
  gutters: Interval[];
  /** The last band had text on one side only: one column has ended, the other goes on. */
  inTail: boolean;
}

/** Body text, not a title (a title below the columns is not the tail of one of them). */
function bodySized(band: Box[], em: number): boolean {
  return band.every((box) => box.item.size <= em * 1.1);
}

/**
 * Consecutive bands that share a gutter form one run of columns; bands without one form plain runs.
 * A column that starts higher or ends lower than its neighbour leaves bands with text on one side
 * only: right above or below the columns, and leaving their gutters white, they belong to them.
 */
function runs(boxBands: Box[][], minGutter: number, em: number): Run[] {
  const result: Run[] = [];
  for (const band of boxBands) {
    const own = gutters(band, minGutter);
    const run = result[result.length - 1];
    if (run) {
      const last = run.bands[run.bands.length - 1] as Box[];
      const shared = intersect(run.gutters, own, minGutter);
      // A gutter seen on the first band or two only (short headings over the columns: « 1 Introduction »
      // beside « 2.2.1 Les établissements… ») may be narrower than it looks: a band with text on one side
      // reaching into it leaves the real one white. (Seen on more bands, it is what they leave white.)
      const young = run.bands.length <= YOUNG_RUN_BANDS;
      const white = shared.length === 0 && crosses(band, run.gutters) ? (young ? oneSidedWhite(run.gutters, band, minGutter) : []) : run.gutters;
      const tail =
        shared.length === 0 && white.length > 0 &&
        (adjacent(last, band, em) || (run.inTail && bodySized(band, em) && adjacent(last, band, em, TAIL_PARAGRAPH_EMS)));
      const continuesColumns = run.gutters.length > 0 && (shared.length > 0 || tail);
      if (continuesColumns || (run.gutters.length === 0 && own.length === 0)) {
        run.bands.push(band);
        if (shared.length > 0) run.gutters = shared;
        else if (tail) run.gutters = white;
        run.inTail = run.gutters.length > 0 && shared.length === 0;
        continue;
      }
    }
    const head: Box[][] = [];
    if (run && run.gutters.length === 0 && own.length > 0) {
      while (run.bands.length > 1) {
        const candidate = run.bands[run.bands.length - 1] as Box[];
        if (crosses(candidate, own) || !adjacent(candidate, head[0] ?? band, em)) break;
        head.unshift(run.bands.pop() as Box[]);
      }
    }
    result.push({ bands: [...head, band], gutters: own, inTail: false });
  }
  return withLastLinesInTheirColumn(result);
}

/**
 * What ends a page under its columns, without reaching over their gutter, is the end of the column it
 * sits in (a title left at the foot of a column, its text at the top of the next one): a line across
 * the page under the columns is followed by more text, or reaches over the gutter.
 */
function withLastLinesInTheirColumn(result: Run[]): Run[] {
  const last = result[result.length - 1];
  const columns = result[result.length - 2];
  if (!last || !columns || last.gutters.length > 0 || columns.gutters.length === 0 || columns.bands.length < MIN_COLUMN_BANDS) return result;
  if (last.bands.some((band) => crosses(band, columns.gutters))) return result;
  columns.bands.push(...last.bands);
  return result.slice(0, -1);
}

function order(boxes: Box[], minGutter: number, em: number): Box[][] {
  const groups: Box[][] = [];
  let plain: Box[] | null = null;
  for (const run of runs(bands(boxes), minGutter, em)) {
    const boxesOfRun = run.bands.flat();
    const keyFigures = keyFigureColumns(run.bands, run.gutters, minGutter, em);
    if (keyFigures !== null) {
      plain = null;
      groups.push(...keyFigures.columns);
      // What the run holds further down, apart from the row (a slide's footer), is read on its own.
      if (keyFigures.below.length > 0) groups.push(...order(keyFigures.below.flat(), minGutter, em));
      continue;
    }
    // Lines, not bands: a drop cap spanning three lines of a column makes them one band, its gutters theirs.
    const lines = new Set(boxesOfRun.map((box) => Math.round(box.item.y))).size;
    const columns = run.gutters.length > 0 && lines >= MIN_COLUMN_BANDS ? splitColumns(boxesOfRun, run.gutters) : [];
    if (columns.length === 0 || !columns.every((column) => isColumn(column, em)) || isTable(columns)) {
      // Consecutive bands read as lines form one block (a title over several lines stays one block).
      if (plain) plain.push(...boxesOfRun);
      else groups.push((plain = boxesOfRun));
      continue;
    }
    plain = null;
    for (const column of columns) groups.push(...order(column, minGutter, em));
  }
  return groups;
}

function isColumn(boxes: Box[], em: number): boolean {
  const width = Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
  const lines = new Set(boxes.map((box) => Math.round(box.item.y))).size;
  return width >= MIN_COLUMN_EMS * em && lines >= MIN_COLUMN_BANDS;
}

/**
 * A page's text items in groups, in reading order: each group is one block of text (a column, or a
 * band across the page) whose lines read top to bottom. `em` is the page's body text size.
 */
export function readingOrder(items: TextItem[], em: number): TextItem[][] {
  if (items.length === 0) return [];
  const boxes = items.map(boxOf);
  return order(boxes, narrowGutter(boxes, em) ?? GUTTER_EMS * em, em).map((group) => group.map((box) => box.item));
}

/**
 * The width of the narrowest white strip under a body size that runs down NARROW_GUTTER_BANDS lines one
 * under the other with a column's width of text on each side, if the page has one: the page's gutters
 * are then that narrow.
 */
function narrowGutter(boxes: Box[], em: number): number | null {
  const minimum = NARROW_GUTTER_EMS * em;
  let narrowest: number | null = null;
  let run: { strips: Interval[]; bands: Box[][] } | null = null;
  const close = () => {
    if (run === null || run.bands.length < NARROW_GUTTER_BANDS) return;
    const flat = run.bands.flat();
    const left = Math.min(...flat.map((box) => box.left));
    const right = Math.max(...flat.map((box) => box.right));
    for (const strip of run.strips) {
      const width = strip.to - strip.from;
      if (width < GUTTER_EMS * em && strip.from - left >= MIN_COLUMN_EMS * em && right - strip.to >= MIN_COLUMN_EMS * em) narrowest = Math.min(narrowest ?? width, width);
    }
  };
  for (const band of bands(boxes)) {
    const own = gutters(band, minimum);
    const shared: Interval[] = run === null ? [] : intersect(run.strips, own, minimum);
    if (run !== null && shared.length > 0) {
      run = { strips: shared, bands: [...run.bands, band] };
      continue;
    }
    close();
    run = own.length > 0 ? { strips: own, bands: [band] } : null;
  }
  close();
  return narrowest;
}
