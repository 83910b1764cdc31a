// How much a section reads like prose. Chart labels, lists of figures and map legends share the
// vocabulary of the real paragraphs around them, but a reader looking for « financement » wants the
// paragraph, not the axis title: such sections get a lower document boost.
import { tokenize } from '../analysis';

const LETTERS_ONLY = /^\p{L}{2,}(?:[-'’]\p{L}+)*$/u;
// A sentence ends with . ! ? or … followed by a space or the end of the text.
const SENTENCE_END = /[.!?…](?=\s|$)/gu;

/** Lowest boost, for a section that is nothing but numbers and labels. */
export const MIN_PROSE_FACTOR = 0.5;

/**
 * How hard the prose factor pulls a section down at search time: raised to this power, a list of
 * figures (factor ≈ 0.7) weighs about half a paragraph, so when a prose section matches as well, it
 * comes first, even against a list that repeats the word (« ccn6 » → « Les chiffres-clés »).
 */
export const PROSE_EXPONENT = 2;

/** The document boost for a section of prose factor `factor`. */
export function proseBoost(factor: number): number {
  return factor ** PROSE_EXPONENT;
}

/** A factor in [MIN_PROSE_FACTOR, 1]: 1 for ordinary paragraphs. */
export function proseFactor(text: string): number {
  const tokens = tokenize(text);
  if (tokens.length === 0) return 1; // a heading alone: nothing to judge, its title carries it
  const alphabetic = tokens.filter((token) => LETTERS_ONLY.test(token.surface)).length;
  const alphabeticShare = alphabetic / tokens.length;
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  // Prose has a sentence every 15–25 words; a list of figures has almost none.
  const sentenceShare = Math.min(1, sentences / Math.max(1, tokens.length / 40));
  // A list of long items (propositions, commitments) reads like prose even without full stops;
  // chart labels and legends are one to four words a line, key figures with their caption about ten.
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  const lineShare = Math.max(0, Math.min(1, (tokens.length / Math.max(1, lines) - 4) / 13));
  const structure = Math.max(sentenceShare, lineShare);
  const prose = Math.min(1, alphabeticShare / 0.85) * (0.4 + 0.6 * structure);
  return round(MIN_PROSE_FACTOR + (1 - MIN_PROSE_FACTOR) * prose);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
