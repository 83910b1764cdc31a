// A table's rows among a block's lines: words set far apart as cells, or cells lining up with the rows
// below. Such a row is no title, and reads as a paragraph of its own.
import type { TextItem } from './types';

/** A line's opening number: « 2. », « 1.2 », « IV », « A) »; a tab stop may follow it. */
const LEADING_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,5}|\p{Lu})[.)]?$/u;
/** Words this far apart (in font sizes) are a table row's cells… */
const CELL_GAP_EMS = 3;
/** …unless the line's other spaces are nearly as wide: a justified line spreads all its spaces alike. */
const JUSTIFIED_SPREAD = 2;

/** Whether a line's word gaps (a tab stop after its opening number aside) stand apart as a row's cells do. */
export function spreadAsCells(text: string, wordGaps: number[], size: number): boolean {
  const gaps = wordGaps.slice(LEADING_NUMBER.test(text.split(' ')[0] ?? '') ? 1 : 0);
  const widest = Math.max(...gaps);
  return widest > CELL_GAP_EMS * size && (gaps.length === 1 || widest > JUSTIFIED_SPREAD * Math.min(...gaps));
}

/** Cells are further apart than a word space, in font sizes. */
export const CELL_SPACE = 1;
/** Two edges this close (points) line up. */
const ALIGNED = 1;
/** A table row has at least this many cell edges in line with each of the next rows… */
const MIN_ALIGNED_EDGES = 2;
/** …over this many rows. */
const ALIGNED_ROWS = 2;

/**
 * Rows whose cells line up with the rows below, a table's: a compact header row (« Tranche d’âge  Femmes
 * Hommes  Total », its cells a space or two apart) has its cells' edges where the figures under it end or
 * start. The edges counted are inside the row (past its first word, before its last end), so the column's
 * own margins, which every line of a paragraph shares, do not count.
 */
export function rowsInColumns(rows: TextItem[][]): Set<number> {
  const words = rows.map((row) => row.filter((item) => item.str.trim() !== '').sort((a, b) => a.x - b.x));
  const edgesOf = (row: TextItem[]) => row.flatMap((item) => [item.x, item.x + item.width]);
  // A cell's edges stand apart from the next cell by more than a word space (small capitals, kerning and
  // style changes split a word into items that touch).
  const innerEdges = (row: TextItem[]) => row.slice(1).flatMap((item, index) => {
    const before = row[index] as TextItem;
    return item.x - (before.x + before.width) >= CELL_SPACE * item.size ? [before.x + before.width, item.x] : [];
  });
  const aligned = new Set<number>();
  words.forEach((row, index) => {
    const below = words.slice(index + 1, index + 1 + ALIGNED_ROWS);
    if (below.length < ALIGNED_ROWS) return;
    const inLine = (other: TextItem[]) => {
      const edges = edgesOf(other);
      return innerEdges(row).filter((edge) => edges.some((candidate) => Math.abs(candidate - edge) <= ALIGNED)).length >= MIN_ALIGNED_EDGES;
    };
    if (below.every(inLine)) aligned.add(index);
  });
  return aligned;
}
