// A title printed over several lines, as one line of text.
import { joinHyphenated } from '../../repair/hyphenation';
import { normalizeSpaces } from '../../repair/normalize-spaces';
import type { Vocabulary } from '../../repair/vocabulary';
import type { Line } from './types';

/**
 * A title's lines as one line. A hyphen ending a line is dropped, or, given the document's words, kept
 * where it is a compound's (« rendez-vous », as the text does: repair/hyphenation.ts).
 */
export function joinTitleLines(lines: Line[], vocabulary?: Vocabulary): string {
  const joined = lines.map((line) => line.text).reduce((title, text) => {
    if (title === '') return text;
    return /[-\u2010]$/u.test(title) && /^\p{Ll}/u.test(text) ? (vocabulary ? joinHyphenated(title, text, vocabulary) : title.slice(0, -1) + text) : `${title} ${text}`;
  }, '');
  return normalizeSpaces(joined);
}
