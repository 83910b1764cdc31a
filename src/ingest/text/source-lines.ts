// The raw extracted text as lines carrying the layout signals the repair steps rely on.
import { lineEnd, normalizeSpaces, startsFrame, type LineEnd } from '../repair/normalize-spaces';

export interface SourceLine {
  /** Text with spaces normalized; '' for a blank line. */
  text: string;
  end: LineEnd;
  /** The raw line started with a space: a new text frame begins here. */
  frameStart: boolean;
  /** 1-based page of the source. */
  page: number;
  /** A folio stood here: the printed page ends. */
  pageEnd?: boolean;
  /** Pieces of the line set apart by wide gaps (labels printed side by side), when there are several. */
  cells?: string[];
}

export function toSourceLines(pages: string[]): SourceLine[] {
  const lines: SourceLine[] = [];
  pages.forEach((pageText, pageIndex) => {
    for (const raw of pageText.split(/\r?\n|\f/)) {
      const text = normalizeSpaces(raw);
      const line: SourceLine = { text, end: text === '' ? 'hard' : lineEnd(raw), frameStart: startsFrame(raw), page: pageIndex + 1 };
      const cells = raw.trim().split(/[ \t\u00a0]{2,}/).map(normalizeSpaces).filter((cell) => cell !== '');
      if (cells.length > 1) line.cells = cells;
      lines.push(line);
    }
    // A page boundary always separates blocks, and a title before it opens the next page.
    lines.push({ text: '', end: 'hard', frameStart: false, page: pageIndex + 1, pageEnd: true });
  });
  return lines;
}

export function blankLike<T extends SourceLine>(line: T): T {
  return { ...line, text: '', end: 'hard', frameStart: false };
}
