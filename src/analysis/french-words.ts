// Whether a string is a French word: a list of its written forms (an-array-of-french-words, 336,000
// forms with their plurals, feminines and conjugations, compounds with their hyphens). Read on first use
// only: the reindex needs it for line-end hyphens a report alone cannot settle, searching never does.
import { createRequire } from 'node:module';
import { withoutElision } from './tokenize';

let words: ReadonlySet<string> | null = null;

function frenchWords(): ReadonlySet<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-french-words') as string[]);
  return words;
}

let spellings: ReadonlySet<string> | null = null;

/** The letter trigrams of a word, its edges marked (« ^ma », « mai », « ais », « is$ »). */
export function letterTrigrams(word: string): string[] {
  const marked = `^${word.toLowerCase()}$`;
  const trigrams: string[] = [];
  for (let i = 0; i + 3 <= marked.length; i++) trigrams.push(marked.slice(i, i + 3));
  return trigrams;
}

/**
 * Whether every letter trigram of `word` (edges included) is one some French word spells, or one of
 * `alsoSpelt`: « Serafin » spells like French, « Mfiller », « Jfirgen », « Haffl » do not.
 */
export function spellsLikeFrench(word: string, alsoSpelt: ReadonlySet<string> = new Set()): boolean {
  if (spellings === null) {
    const trigrams = new Set<string>();
    for (const known of frenchWords()) for (const trigram of letterTrigrams(known)) trigrams.add(trigram);
    spellings = trigrams;
  }
  const french = spellings;
  return letterTrigrams(word).every((trigram) => french.has(trigram) || alsoSpelt.has(trigram));
}

/** « assurance », « médico-social », « participé »: yes; « assu », « médicosocial »: no. Lower case. */
export function isFrenchWord(word: string): boolean {
  return frenchWords().has(word.toLowerCase());
}

const PUNCTUATION_AROUND = /^\p{P}+|\p{P}+$/gu;
/** Letters, and what a font without a Unicode map gives instead of them (control, private-use, unassigned). */
const WORD_OR_GARBAGE = /[\p{L}\p{Cc}\p{Co}\p{Cn}]/u;

/** Spelt as a word of some language: letters only, in one case or capitalised, with a vowel unless short. */
const SPELT_AS_WORD = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;
const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿæœ]/iu;

/**
 * Over the first `sample` words of a document's texts: the share that are French words (0.88 and more in
 * the French reports of the validation rounds, 0.24 in one in English, under 0.3 where a PDF's fonts do
 * not say which letters they draw: « 5DSSRUW », control characters), and the share spelt as words of any
 * language (0.82 and more in every readable one, a directory of names included, 0.25 at most in those).
 * Words are what spaces part and holds a letter, or a character standing for one.
 */
export function frenchWordShare(texts: readonly string[], sample = 500): { words: number; share: number; spelt: number } {
  let words = 0;
  let french = 0;
  let spelt = 0;
  // Read token by token: a report's text is long, and only its first words are needed.
  for (const [token] of tokensOf(texts)) {
    if (!WORD_OR_GARBAGE.test(token)) continue;
    words++;
    // Only punctuation may stand around a word: a figure or a sign glued to letters (« 5DSSRUW »,
    // « ®QDQFLHU ») is what a font without a Unicode map gives.
    const bare = withoutElision(token.replace(PUNCTUATION_AROUND, ''));
    if (isFrenchWord(bare)) french++;
    if (SPELT_AS_WORD.test(bare) && (bare.length <= 4 || VOWEL.test(bare))) spelt++;
    if (words === sample) break;
  }
  return { words, share: words === 0 ? 1 : french / words, spelt: words === 0 ? 1 : spelt / words };
}

function* tokensOf(texts: readonly string[]): Generator<RegExpMatchArray> {
  for (const text of texts) yield* text.matchAll(/\S+/gu);
}
