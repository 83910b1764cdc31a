// Splits text into word tokens with their offsets, so a highlighter can wrap the words as written.
import { normalizeApostrophes } from './normalize';
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
    let surface = match[0];
    let start = match.index;
    // Repeated because of forms like « qu’l’ » in broken text; normally one pass.
    for (let elided = ELISION.exec(normalizeApostrophes(surface)); elided; elided = ELISION.exec(normalizeApostrophes(surface))) {
      start += elided[0].length;
      surface = surface.slice(elided[0].length);
    }
    const end = start + surface.length;
    tokens.push(starts && ends ? { surface, start: starts[start]!, end: ends[end - 1]! } : { surface, start, end });
  }
  return tokens;
}
