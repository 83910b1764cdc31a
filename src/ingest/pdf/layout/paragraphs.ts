// Lines in reading order → paragraphs, from the geometry: a paragraph ends where the space to the next
// line is larger than the usual line pitch, or where a short line closes a sentence. The words are then
// repaired by the same helpers as extracted text (hyphenation, spaces, sentences cut by a column break).
import { reflowLines, joinContinuations, type WrappedLine } from '../../repair/reflow';
import type { Vocabulary } from '../../repair/vocabulary';
import { normalizeSpaces } from '../../repair/normalize-spaces';
import { dominant } from './lines';
import type { Line } from './types';

/** A step this much larger than the usual line pitch separates two paragraphs. */
const PARAGRAPH_STEP = 1.25;
/** A cell's text wraps at the usual pitch, at most this much more (rows stand further apart, padded). */
const ROW_WRAP_STEP = 1.1;
/** A line ending this far (share of its block's width) before the block's right edge is a short line. */
const SHORT_LINE = 0.2;
const SENTENCE_END = /[.!?…:;»”)]$/u;
/** A dash opening a list item (« – Neuf admissions… »), as word processors and slide decks mark them. */
const DASH_ITEM = /^[–—-]\s/u;

/** The most common baseline-to-baseline distance between consecutive lines of one block (rounded). */
export function usualPitch(lines: Line[]): number {
  const steps: [number, number][] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const [previous, line] = [lines[index - 1] as Line, lines[index] as Line];
    if (previous.page !== line.page || previous.block !== line.block) continue;
    const step = Math.round((previous.y - line.y) * 2) / 2;
    if (step > 0) steps.push([step, 1]);
  }
  return dominant(steps) ?? 0;
}

function blockRight(lines: Line[]): Map<string, number> {
  const right = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.page}:${line.block}`;
    right.set(key, Math.max(right.get(key) ?? -Infinity, line.xEnd));
  }
  return right;
}

function blockLeft(lines: Line[]): Map<string, number> {
  const left = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.page}:${line.block}`;
    left.set(key, Math.min(left.get(key) ?? Infinity, line.x));
  }
  return left;
}

/**
 * Whether `next` is the next line of `row`'s first cell: in the row's weight, it fits under that cell,
 * and its first word would not have fitted at the end of the cell's line, whose right edge is that of
 * the longest first cell of the table's rows (`labelEdge`): a cell wraps when it is full. A group's label
 * under a short row, or a paragraph right after a table, starts afresh.
 */
function wrapsFirstCell(row: Line, next: Line, labelEdge: number): boolean {
  const cell = row.firstCell;
  if (cell === undefined || next.bold !== row.bold || next.xEnd > cell.nextStart) return false;
  const perCharacter = (next.xEnd - next.x) / Math.max(1, next.text.length);
  const firstWord = (next.text.split(' ')[0] ?? '').length * perCharacter;
  return cell.end + perCharacter + firstWord > labelEdge;
}

/**
 * For each table row, the right edge of the longest first cell of its table: the rows of one page and
 * block that follow each other, with at most a line close under a row between two rows (a cell's wrapped
 * line; two tables of a page have first columns of their own).
 */
function labelEdges(lines: Line[], pitch: number): Map<number, number> {
  const edges = new Map<number, number>();
  let table: number[] = [];
  const close = () => {
    const edge = Math.max(...table.map((index) => lines[index]!.firstCell?.end ?? -Infinity));
    for (const index of table) edges.set(index, edge);
    table = [];
  };
  lines.forEach((line, index) => {
    const last = table[table.length - 1];
    const sameBlock = last !== undefined && lines[last]!.page === line.page && lines[last]!.block === line.block;
    if (line.cells) {
      if (!sameBlock || index - last > 2) close();
      table.push(index);
    } else if (last !== undefined && (!sameBlock || index - last > 1 || lines[last]!.y - line.y > pitch * ROW_WRAP_STEP)) {
      close();
    }
  });
  close();
  return edges;
}

/** Whether each line ends its paragraph ('hard') or wraps into the next one ('soft'). */
export function lineEnds(lines: Line[], pitch: number): WrappedLine[] {
  const right = blockRight(lines);
  const left = blockLeft(lines);
  const labels = labelEdges(lines, pitch);
  // Where the dash of the list item a line belongs to stands (the item's lines run right of it).
  let dash: { page: number; block: number; x: number } | null = null;
  return lines.map((line, index) => {
    if (DASH_ITEM.test(line.text)) dash = { page: line.page, block: line.block, x: line.x };
    else if (dash !== null && (dash.page !== line.page || dash.block !== line.block || line.x < dash.x + line.size / 2)) dash = null;
    const next = lines[index + 1];
    const key = `${line.page}:${line.block}`;
    const width = (right.get(key) ?? line.xEnd) - (left.get(key) ?? line.x);
    const short = (right.get(key) ?? line.xEnd) - line.xEnd > SHORT_LINE * width;
    const closes = short && SENTENCE_END.test(line.text);
    let hard = closes;
    if (next && next.page === line.page && next.block === line.block) {
      const step = line.y - next.y;
      hard ||= pitch > 0 && step > pitch * PARAGRAPH_STEP;
      hard ||= Math.abs(next.size - line.size) > 0.5;
      // The next item of a dashed list opens under this item's dash, after a line that may end an item
      // (short, or closing on punctuation) or with a capital or a figure: a dash opening a line inside a
      // sentence (« – travaillé paritairement – ») has no item above it, nor does an incise in a dialogue's
      // reply (« …quitter ta famille / – et ta ville – à dix-sept ans »).
      const opensItem = short || /[.;:!?…»”)]$/u.test(line.text) || /^[–—-]\s+[\p{Lu}\p{N}«]/u.test(next.text);
      hard ||= dash !== null && DASH_ITEM.test(next.text) && Math.abs(next.x - dash.x) <= line.size / 2 && opensItem;
      // A short bold line over regular text is a label (« Deuxième résolution »), not its first words.
      hard ||= short && line.bold && !next.bold;
      // A table's rows are read one by one: each is a paragraph, so a snippet shows one row, not a run of
      // figures. A line under a row wraps one of its cells: indented to a later cell, or the first cell's
      // next line (wrapsFirstCell).
      if (line.cells || next.cells) {
        const wrapsCell = !next.cells && (next.x > line.x + line.size || (step <= pitch * ROW_WRAP_STEP && wrapsFirstCell(line, next, labels.get(index) ?? line.xEnd)));
        hard ||= !wrapsCell;
      }
    }
    return { text: normalizeSpaces(line.text), end: hard ? 'hard' : 'soft' };
  });
}

/** The paragraphs of a run of lines (the body of one section). */
export function paragraphsOf(lines: Line[], pitch: number, vocabulary: Vocabulary): string[] {
  return joinContinuations(reflowLines(lineEnds(lines, pitch), vocabulary), vocabulary);
}
