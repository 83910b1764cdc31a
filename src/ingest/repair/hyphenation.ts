// Line-end hyphens in these reports are mostly real compounds (médico-social, sous-financement);
// only a word broken by hyphenation (accom- pagnements) must lose its hyphen.
import { frequency, type Vocabulary } from './vocabulary';

const LAST_WORD = /[\p{L}\p{N}’']+$/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * Whether `left-` + `right` is one word broken by hyphenation: the joined word is used elsewhere in
 * the document and the hyphenated compound is not.
 */
export function isBrokenWord(left: string, right: string, vocabulary: Vocabulary): boolean {
  const leftWord = LAST_WORD.exec(left.replace(/-$/, ''))?.[0];
  const rightWord = FIRST_WORD.exec(right)?.[0];
  if (!leftWord || !rightWord || /\p{Lu}/u.test(rightWord[0] ?? '')) return false;
  const bare = leftWord.replace(/^.*['’]/u, '');
  return frequency(vocabulary, bare + rightWord) > 0 && frequency(vocabulary, `${bare}-${rightWord}`) === 0;
}

/** Joins a line ending with a hyphen to the next line, keeping the hyphen of real compounds. */
export function joinHyphenated(left: string, right: string, vocabulary: Vocabulary): string {
  const stem = left.replace(/-$/, '');
  return isBrokenWord(left, right, vocabulary) ? stem + right : `${stem}-${right}`;
}

/** Repairs « médico- sociale » (hyphen then space inside a line) the same way. */
export function repairSpacedHyphens(text: string, vocabulary: Vocabulary): string {
  // The pattern tries every run of letters; most texts have no « - » to repair at all.
  if (!text.includes('- ')) return text;
  return text.replace(/([\p{L}]+)- (\p{Ll}[\p{L}]*)/gu, (_match, left: string, right: string) =>
    joinHyphenated(`${left}-`, right, vocabulary),
  );
}
