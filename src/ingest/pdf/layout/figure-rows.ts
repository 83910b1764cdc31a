// Figures set out on a page: a table's columns of figures, read row by row, and a row of key figures set
// large over their labels, read figure by figure.
import { adjacent, gutters, splitColumns, type Box, type Interval } from './white-space';

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
export function isTable(columns: Box[][]): boolean {
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
export function keyFigureColumns(bands: Box[][], runGutters: Interval[], minGutter: number, em: number): { columns: Box[][]; below: Box[][] } | null {
  const [figures, ...rest] = bands;
  if (figures === undefined || runGutters.length === 0 || rest.length === 0) return null;
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
