// A title printed over several lines, as one line of text.
import { joinHyphenated } from '../../repair/hyphenation';
import { normalizeSpaces } from '../../repair/normalize-spaces';
import type { Vocabulary } from '../../repair/vocabulary';
import type { Line } from './types';

/** Before the document's words are counted, a title's line-end hyphen is settled by French alone. */
const NO_WORDS: Vocabulary = new Map();

/**
 * A title's lines as one line. A hyphen ending a line is dropped where it broke a word, and kept where it
 * is a compound's (« rendez-vous », « enfants-parents »), as the text's are: repair/hyphenation.ts.
 */
export function joinTitleLines(lines: Line[], vocabulary?: Vocabulary): string {
  const joined = lines.map((line) => line.text).reduce((title, text) => {
    if (title === '') return text;
    return /[-\u2010]$/u.test(title) && /^\p{Ll}/u.test(text) ? joinHyphenated(title, text, vocabulary ?? NO_WORDS) : `${title} ${text}`;
  }, '');
  return normalizeSpaces(joined);
}
