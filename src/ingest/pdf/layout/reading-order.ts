// Reading order of one page: recursive cuts along the white space (XY-cut). Horizontal bands are read top
// to bottom; inside a run of bands that share a vertical gutter, the columns are read left to right.
// A title spanning the columns has no gutter, so it ends the run above it and is read before the columns.
import type { TextItem } from './types';

interface Box {
  item: TextItem;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Interval {
  from: number;
  to: number;
}

/** Ascent and descent of a glyph as fractions of its size (close enough for any text font). */
const ASCENT = 0.78;
const DESCENT = 0.22;
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
 * Columns are told by a gutter shared by at least this many bands, each column holding at least this
 * many lines: one or two lines with wide spaces (a justified title, a table row, two justified lines of
 * a narrow column whose word spaces happen to line up) are read as lines, not as columns.
 */
const MIN_COLUMN_BANDS = 3;
/** A column is at least this many body sizes wide: narrower, the « gutters » are word spaces. */
const MIN_COLUMN_EMS = 6;
/** A run's gutter seen on this many bands at most may still narrow. */
const YOUNG_RUN_BANDS = 2;
/** A line closer than this (in body sizes) below a run of columns continues its left column. */
const COLUMN_TAIL_EMS = 1;
/** Once one column has ended, the other goes on across paragraph breaks up to this (in body sizes). */
const TAIL_PARAGRAPH_EMS = 3;

function boxOf(item: TextItem): Box {
  return { item, left: item.x, right: item.x + item.width, top: item.y + item.size * ASCENT, bottom: item.y - item.size * DESCENT };
}

/** Bands of boxes separated by horizontal white space, top first. */
function bands(boxes: Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => b.top - a.top);
  const result: Box[][] = [];
  let current: Box[] = [];
  let floor = Infinity;
  for (const box of sorted) {
    if (current.length > 0 && box.top < floor) {
      result.push(current);
      current = [];
      floor = Infinity;
    }
    current.push(box);
    floor = Math.min(floor, box.bottom);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** A heading's number set apart from its title (LaTeX puts a quad after « 2.2.1 »). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?$/u;

/**
 * White vertical strips at least `minWidth` wide between the boxes (not at the edges). The space after
 * a heading's number, under one and a half of its sizes before its title's first word, is none: it cut
 * « 1 Introduction » from the columns under it.
 */
function gutters(boxes: Box[], minWidth: number): Interval[] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const result: Interval[] = [];
  let reach = sorted[0]?.right ?? 0;
  let last = sorted[0];
  for (const box of sorted.slice(1)) {
    const afterNumber = last !== undefined && last.right === reach && SECTION_NUMBER.test(last.item.str.trim()) && /^\p{L}/u.test(box.item.str.trim()) &&
      box.item.size === last.item.size && box.left - reach < 1.5 * last.item.size;
    if (box.left - reach >= minWidth && !afterNumber) result.push({ from: reach, to: box.left });
    if (box.right >= reach) [reach, last] = [box.right, box];
  }
  return result;
}

function intersect(a: Interval[], b: Interval[], minWidth: number): Interval[] {
  const result: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (to - from >= minWidth) result.push({ from, to });
    }
  }
  return result;
}

/**
 * What a band with text on one side of every strip leaves white of it, in pieces `minWidth` wide at least;
 * nothing where the band has text on both sides of a strip.
 */
function oneSidedWhite(strips: Interval[], boxes: Box[], minWidth: number): Interval[] {
  return strips.flatMap((strip) => {
    const left = boxes.some((box) => box.left < strip.from);
    const right = boxes.some((box) => box.right > strip.to);
    if (left === right) return [];
    const from = left ? Math.max(strip.from, ...boxes.map((box) => box.right)) : strip.from;
    const to = right ? Math.min(strip.to, ...boxes.map((box) => box.left)) : strip.to;
    return to - from >= minWidth ? [{ from, to }] : [];
  });
}

/** Whether a box reaches over the middle of a gutter (the gutter seen so far may be narrower than the real one). */
function crosses(boxes: Box[], strips: Interval[]): boolean {
  return boxes.some((box) => strips.some((strip) => box.left < (strip.from + strip.to) / 2 && box.right > (strip.from + strip.to) / 2));
}

interface Run {
  bands: Box[][];
  gutters: Interval[];
  /** The last band had text on one side only: one column has ended, the other goes on. */
  inTail: boolean;
}

const topOf = (band: Box[]): number => Math.max(...band.map((box) => box.top));
const bottomOf = (band: Box[]): number => Math.min(...band.map((box) => box.bottom));

/** Whether `lower` is the next line of text under `upper`, with no more space between than `em`. */
function adjacent(upper: Box[], lower: Box[], em: number, ems = COLUMN_TAIL_EMS): boolean {
  return bottomOf(upper) - topOf(lower) <= ems * em;
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
    const keyFigures = keyFigureColumns(run, minGutter, em);
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

/** The boxes on each side of the gutters, left to right (empty sides left out). */
function splitColumns(boxes: Box[], strips: Interval[]): Box[][] {
  const cuts = strips.map((strip) => (strip.from + strip.to) / 2).sort((a, b) => a - b);
  const columns: Box[][] = [...cuts.map(() => []), []];
  for (const box of boxes) columns[cuts.filter((cut) => box.left >= cut).length]?.push(box);
  return columns.filter((column) => column.length > 0);
}

/** A table's cell: a figure, with its separators and a percent or currency sign. */
const FIGURE = /^[−-]?[\d\s.,\u00a0\u202f]*\d\s*[%€]?$/u;
/** A column of figures has figures on this share of its lines at least… */
const FIGURE_LINES = 0.6;
/** …and, in a table, this share of them on the baseline of a line of another column (its row's label). */
const ROW_LINES = 0.6;
/** Two baselines this close (points) are one row's. */
const SAME_ROW = 1;

/**
 * Columns that are a table's: most of them hold figures on most of their lines, set on the baselines of
 * the other columns' lines (each figure beside its label). A table's columns pass for text columns where
 * its rows are far enough apart; read column by column, a row's label lost its figures. Read as lines,
 * each row keeps them. Prose beside a column of key figures is no table: its baselines are its own.
 */
function isTable(columns: Box[][]): boolean {
  const lines = columns.map((column) => {
    const rows = new Map<number, string>();
    for (const box of [...column].sort((a, b) => a.left - b.left)) rows.set(box.item.y, `${rows.get(box.item.y) ?? ''}${box.item.str}`);
    return [...rows].map(([y, text]) => ({ y, text: text.trim() })).filter((line) => line.text !== '');
  });
  const ofFigures = lines.filter((column, index) => {
    const figures = column.filter((line) => FIGURE.test(line.text));
    const others = lines.filter((_, other) => other !== index).flat();
    const inRows = figures.filter((line) => others.some((other) => Math.abs(other.y - line.y) <= SAME_ROW));
    return column.length > 0 && figures.length >= FIGURE_LINES * column.length && inRows.length >= ROW_LINES * figures.length;
  });
  return ofFigures.length >= columns.length / 2;
}

/**
 * A key figure set large: one number, with its unit at most (« 312 », « 38 412 », « 41 M€ », « 96 % »,
 * « + 12 % », « 183 € », « 9 mois »). Two years side by side (« 2024 2025 ») are two numbers.
 */
const KEY_FIGURE = /^[+−-]?\s?(?:\d+|\d{1,3}(?:[\s\u00a0\u202f]\d{3})+)(?:[.,]\d+)?(?:\s*(?:%|€|k€|M€|Md€))?(?:\s+\p{Ll}{1,8})?$/u;

/**
 * A row of key figures set large over their labels (« 312 » / « rendez-vous avec les élus… », « 46 » /
 * « amendements déposés »), each in its own column: too short to pass for columns of text, it was read
 * across, the figures together then the labels run into each other. Its first band is figures only, set
 * larger than the text, one in each column (a table headed by years whose gutters were not all found is
 * not one); the bands right under it are words in smaller print. A band further down whose white
 * falls in the same places (a slide's footer, « MECS Le Phare – Rapport 2023      Avril 2024 | 8 ») is not
 * the row's. Its columns, and the bands below it, when it is one.
 */
function keyFigureColumns(run: Run, minGutter: number, em: number): { columns: Box[][]; below: Box[][] } | null {
  const [figures, ...rest] = run.bands;
  if (figures === undefined || run.gutters.length === 0 || rest.length === 0) return null;
  const large = Math.min(...figures.map((box) => box.item.size));
  // Labels follow one another under their figures, less than a figure's height apart.
  const labels: Box[][] = [];
  for (const band of rest) {
    if (!adjacent(labels[labels.length - 1] ?? figures, band, large)) break;
    labels.push(band);
  }
  if (labels.length === 0) return null;
  const row = [figures, ...labels];
  // The row's own gutters (the white its boxes leave across it): the bands below it may have narrowed the run's.
  const strips = gutters(row.flat(), minGutter);
  const columns = splitColumns(row.flat(), strips);
  const isRow = strips.length > 0 && columns.length === strips.length + 1 && large > em * 1.1 &&
    // What the figures' band prints in each column is one figure (« 183 » and « € » may be two runs).
    columns.every((column) => KEY_FIGURE.test(column.filter((box) => figures.includes(box)).sort((a, b) => a.left - b.left).map((box) => box.item.str.trim()).join(' '))) &&
    labels.flat().every((box) => box.item.size < large) && labels.every((band) => /\p{L}/u.test(band.map((box) => box.item.str).join('')));
  return isRow ? { columns, below: rest.slice(labels.length) } : null;
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
