// Splits text into word tokens with their offsets, so a highlighter can wrap the words as written.
import { hasApostrophe, normalizeApostrophes } from './normalize';
import { normalizeForms } from './unicode-forms';

export interface Token {
  /**
   * The word as written in the text, in its NFKC form (« Ségur » whether é was typed as one character
   * or two), elided article removed: « l’attractivité » → « attractivité ».
   */
  surface: string;
  /** Offsets of the word in the original text (they span the original characters when NFKC changed them). */
  start: number;
  end: number;
}

// Letters and digits, joined by inner hyphens or apostrophes (médico-social, aujourd’hui, SERAFIN-PH),
// and by a dot or comma between digits (49.3, 9,96).
const WORD = /[\p{L}\p{N}]+(?:[-‐‑'’ʼ‘][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;

// French elision: l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’ lorsqu’ puisqu’ quoiqu’.
const ELISION = /^(?:l|m|t|n|s|j|d|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/iu;

export function tokenize(original: string): Token[] {
  const { text, starts, ends } = normalizeForms(original);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const elided = elidedLength(match[0]);
    const surface = elided === 0 ? match[0] : match[0].slice(elided);
    const start = match.index + elided;
    const end = start + surface.length;
    tokens.push(starts && ends ? { surface, start: starts[start]!, end: ends[end - 1]! } : { surface, start, end });
  }
  return tokens;
}

/**
 * The surfaces `tokenize` gives, without their offsets: what phrases are compared on, at a fraction of
 * the cost (no token objects, no offset mapping), since a reindex reads every section this way.
 */
export function* wordSurfaces(original: string): Generator<string> {
  for (const match of normalizeForms(original).text.matchAll(WORD)) {
    const elided = elidedLength(match[0]);
    yield elided === 0 ? match[0] : match[0].slice(elided);
  }
}

/** How many words `tokenize` finds, without building them (a reindex counts every section's). */
export function countWords(original: string): number {
  let count = 0;
  for (const _ of normalizeForms(original).text.matchAll(WORD)) count += 1;
  return count;
}

/** A word without its elided articles, as `tokenize` gives it (« l’association » → « association »). */
export function withoutElision(word: string): string {
  return word.slice(elidedLength(word));
}

/** How many leading characters of a word are elided articles (« l’ », « qu’l’ » in broken text: repeated). */
function elidedLength(word: string): number {
  // Most words have no apostrophe, and need no elision check.
  if (!hasApostrophe(word)) return 0;
  let length = 0;
  for (let elided = ELISION.exec(normalizeApostrophes(word)); elided; elided = ELISION.exec(normalizeApostrophes(word.slice(length)))) {
    length += elided[0].length;
  }
  return length;
}
