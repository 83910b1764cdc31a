// Text exported by some tools keeps a trailing space on wrapped lines; text from pdf.js does not.
// Without that signal, line ends are inferred the classic way: punctuation and short lines.
import type { LineEnd } from './normalize-spaces';

export interface EndedLine {
  text: string;
  end: LineEnd;
  page: number;
}

/** Below this share of lines with trailing spaces, the export carries no wrap signal. */
const MIN_SIGNAL_SHARE = 0.05;
/** A line this much shorter than the page's typical line ends its paragraph or is a title. */
const SHORT_LINE = 0.6;
const ENDS_SENTENCE = /[.!?…:;»”]$/u;
const BULLET = /^[•●▪■◦‣∙]/u;

export function hasWrapSignals(pages: string[]): boolean {
  const lines = pages.flatMap((page) => page.split(/\r?\n/)).filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  const wrapped = lines.filter((line) => /[ \t\u00a0]$/.test(line)).length;
  return wrapped / lines.length >= MIN_SIGNAL_SHARE;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Decides for each line whether the paragraph (or title) ends there. */
export function inferLineEnds<T extends EndedLine>(lines: T[]): T[] {
  const widthByPage = new Map<number, number>();
  for (const page of new Set(lines.map((line) => line.page))) {
    widthByPage.set(page, median(lines.filter((line) => line.page === page && line.text !== '').map((line) => line.text.length)));
  }
  return lines.map((line, index) => {
    if (line.text === '') return line;
    const next = lines[index + 1];
    const short = line.text.length < (widthByPage.get(line.page) ?? 0) * SHORT_LINE;
    const hard = !next || next.text === '' || next.page !== line.page || ENDS_SENTENCE.test(line.text) || short || BULLET.test(next.text);
    return { ...line, end: hard ? 'hard' : 'soft' };
  });
}
