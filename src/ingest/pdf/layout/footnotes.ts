// Footnotes where they are called. A word processor prints a page's notes at its foot, under the text, so
// a note was read as the text of whatever section ends the page: a search for its words landed on a
// neighbouring section. A note is told by its number: that of a call left out of a line of the same page
// above it, opening a line set smaller than the text.
import { bodySize } from './styles';
import type { Line } from './types';

/** A note, by the index of its lines in the document and of the line that calls it. */
export interface Footnote {
  lines: number[];
  call: number;
}

/** A note opens with its number, then its text (« 2 Selon l’enquête… », « ii Accords… »), not a figure (« 1 850 »). */
const NOTE_START = /^(\d{1,3}|[ivx]{1,4})[.)]?(?=\s|\p{Lu})(?!\s\d{3}\b)/u;
/** A note is set at most this share of the text's size. */
const NOTE_RATIO = 0.95;

/**
 * The notes printed at the foot of their page: from the first line opening with the number of a call
 * made above it on the page, with nothing but small print after it on the page (a table or an agenda set
 * small, whose lines may open with a call's number too, has the page's text after it), one note per call.
 */
export function footnotes(lines: Line[]): Footnote[] {
  const body = bodySize(lines);
  const small = (line: Line) => line.size <= NOTE_RATIO * body;
  // Per page, the index of its last line in the text's size.
  const lastText = new Map<number, number>();
  lines.forEach((line, index) => { if (!small(line)) lastText.set(line.page, index); });
  // Each call is answered once: `line index:number`.
  const answered = new Set<string>();
  const notes: Footnote[] = [];
  let current: Footnote | null = null;
  lines.forEach((line, index) => {
    const number = small(line) && index > (lastText.get(line.page) ?? -1) ? NOTE_START.exec(line.text)?.[1] : undefined;
    const call = number === undefined ? -1 : lines.findLastIndex((other, before) => before < index && other.page === line.page && !answered.has(`${before}:${number}`) && (other.calls ?? []).includes(number));
    if (call !== -1) {
      answered.add(`${call}:${number}`);
      current = { lines: [index], call };
      notes.push(current);
    } else if (current !== null && small(line) && line.page === lines[current.lines[0]!]!.page && current.lines[current.lines.length - 1] === index - 1) {
      current.lines.push(index);
    } else {
      current = null;
    }
  });
  return notes;
}
