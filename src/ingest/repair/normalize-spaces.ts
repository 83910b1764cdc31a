// PDF extraction leaves no-break, narrow and thin spaces (U+00A0, U+202F, U+2009…) around French
// punctuation and inside numbers; readers and the search index want plain single spaces.
const UNUSUAL_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** A soft hyphen ending a line: the program that set the text broke a word there and printed a hyphen. */
const LINE_END_SOFT_HYPHEN = /\u00ad[\s\u00a0\u202f]*$/u;

/**
 * Plain spaces only, no runs of spaces, no leading or trailing space. A soft hyphen is invisible inside a
 * line; ending it, it becomes U+2010, the mark of a word the layout broke (repair/hyphenation.ts joins it),
 * where dropped it left « accom pagnement ».
 */
export function normalizeSpaces(text: string): string {
  return text.replace(LINE_END_SOFT_HYPHEN, '\u2010').replace(INVISIBLE, '').replace(UNUSUAL_SPACES, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

/**
 * How a raw extracted line ends, measured on this kind of export: no trailing space = the paragraph
 * (or heading) ends here, one space = the line was soft-wrapped, two or more = a forced line break
 * inside one paragraph or heading.
 */
export type LineEnd = 'hard' | 'soft' | 'forced';

export function lineEnd(rawLine: string): LineEnd {
  const trailing = /[ \t\u00a0\u202f\u2009]*$/.exec(rawLine.replace(/\r$/, ''))?.[0].length ?? 0;
  if (trailing === 0) return 'hard';
  return trailing === 1 ? 'soft' : 'forced';
}

/** A line that starts with a space opens a new text frame of the page layout. */
export function startsFrame(rawLine: string): boolean {
  return /^[ \t\u00a0]/.test(rawLine) && normalizeSpaces(rawLine) !== '';
}
