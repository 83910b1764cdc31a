// Whether a string is a French word: a list of its written forms (an-array-of-french-words, 336,000
// forms with their plurals, feminines and conjugations, compounds with their hyphens). Read on first use
// only: the reindex needs it for line-end hyphens a report alone cannot settle, searching never does.
import { createRequire } from 'node:module';

let words: ReadonlySet<string> | null = null;

function frenchWords(): ReadonlySet<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-french-words') as string[]);
  return words;
}

/** « assurance », « médico-social », « participé »: yes; « assu », « médicosocial »: no. Lower case. */
export function isFrenchWord(word: string): boolean {
  return frenchWords().has(word.toLowerCase());
}

/** A token's letters, without the punctuation around it or an elided article (« l’association » → « association »). */
const CORE = /^[^\p{L}]*(?:(?:[dlnsjcmt]|qu)['’])?(.*?)[^\p{L}]*$/iu;
/** Letters, and what a font without a Unicode map gives instead of them (control, private-use, unassigned). */
const WORD_OR_GARBAGE = /[\p{L}\p{Cc}\p{Co}\p{Cn}]/u;

/**
 * The share of a text's words that are French words, over its first `sample` words: 0.88 and more in the
 * reports of the archive, under 0.2 where a PDF's fonts do not say which letters they draw (« 5DSSRUW »,
 * control characters). Words are what spaces part and holds a letter, or a character standing for one.
 */
export function frenchWordShare(text: string, sample = 2000): { words: number; share: number } {
  let words = 0;
  let french = 0;
  for (const token of text.split(/\s+/u)) {
    if (!WORD_OR_GARBAGE.test(token)) continue;
    words++;
    if (isFrenchWord(CORE.exec(token)?.[1] ?? token)) french++;
    if (words === sample) break;
  }
  return { words, share: words === 0 ? 1 : french / words };
}
