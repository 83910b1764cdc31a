// The words of each section, analysed once and kept: snippets and highlights need the token sequence
// and where each term stands (MiniSearch stores no positions), and re-tokenising texts per request is
// what made a first prototype slow. Phrases are checked on the words coded at reindex (phrase-index.ts),
// from `phraseText` below.
import { analyzeWord, indexTerms, matchKey, tokenize, wordSurfaces, type Token } from '../analysis';
import type { Section } from '../types';

export interface AnalysedText {
  /**
   * The text analysed, which `tokens` point into. Kept with them: a section's text is decoded from the
   * index's bytes on each read, and a snippet needs the very string its token offsets were taken from.
   */
  text: string;
  tokens: Token[];
  /**
   * The folded parts of the words in order (« CCN66 » gives `ccn`, `66`), what phrases are compared
   * on: a phrase then matches across a compound split (« "CCN 66" » finds « CCN66 » and the reverse).
   */
  phraseWords: string[];
  /** For each entry of `phraseWords`, the position of the token it comes from. */
  phraseTokens: number[];
  /** Index term → positions of the tokens that produce it, so marks cost what matched, not the text's length. */
  positions: Map<string, number[]>;
  /** Match keys of the words other than stop words, in order (see `matchKey`): where multi-word alternatives are found. */
  keys: string[];
  /** For each entry of `keys`, the position of the token it comes from. */
  keyTokens: number[];
}

export interface SectionWords {
  title: AnalysedText;
  text: AnalysedText;
}

export function analyseText(text: string): AnalysedText {
  const tokens = tokenize(text);
  const positions = new Map<string, number[]>();
  const phraseWords: string[] = [];
  const phraseTokens: number[] = [];
  const keys: string[] = [];
  const keyTokens: number[] = [];
  tokens.forEach((token, i) => {
    const key = matchKey(token.surface);
    if (key !== undefined) {
      keys.push(key);
      keyTokens.push(i);
    }
    for (const term of indexTerms(token.surface)) {
      const list = positions.get(term);
      if (list) list.push(i);
      else positions.set(term, [i]);
    }
    for (const part of phraseParts(token.surface)) {
      phraseWords.push(part);
      phraseTokens.push(i);
    }
  });
  return { text, tokens, phraseWords, phraseTokens, positions, keys, keyTokens };
}

/** A word as phrases compare it: its folded parts, or the folded word when it has none. */
export function phraseParts(surface: string): string[] {
  const analysis = analyzeWord(surface);
  return analysis.parts.length > 0 ? analysis.parts.map((part) => part.exact) : [analysis.exact];
}

/**
 * How many analysed sections each archive keeps. One analysed section weighs about ten times its
 * text (the text itself included, kept for snippets); unbounded, the cache grew a worker from 1.4 to 2.2 GB at 100× during one benchmark. A few
 * thousand covers the sections that pages of hits, timelines and report pages mark.
 */
export const SECTION_WORDS_CAPACITY = 4000;

/** What phrases and multi-word alternatives are checked on (coded at reindex, see phrase-index.ts). */
export type PhraseText = Pick<AnalysedText, 'phraseWords' | 'keys'>;

/** The words of `text` in order as phrases compare them, and their match keys. */
export function phraseText(text: string): PhraseText {
  const phraseWords: string[] = [];
  const keys: string[] = [];
  // Surfaces without token objects: a reindex reads every section this way.
  for (const surface of wordSurfaces(text)) {
    const key = matchKey(surface);
    if (key !== undefined) keys.push(key);
    for (const part of phraseParts(surface)) phraseWords.push(part);
  }
  return { phraseWords, keys };
}

/** Analysed words of `sections[index]`, computed on first use and kept for the most recently used ones. */
export function createSectionWords(sections: readonly Section[], capacity = SECTION_WORDS_CAPACITY): (index: number) => SectionWords {
  const analysed = recentlyUsed(capacity, (index): SectionWords => ({ title: analyseText(sections[index]?.title ?? ''), text: analyseText(sections[index]?.text ?? '') }));
  return (index) => analysed.get(index);
}

/** A cache of `compute(index)` for the `capacity` most recently used indexes. */
function recentlyUsed<T>(capacity: number, compute: (index: number) => T) {
  // A Map iterates in insertion order: deleting and re-inserting on use keeps the least recently
  // used entry first, which is the one evicted.
  const cache = new Map<number, T>();
  return {
    get(index: number): T {
      let value = cache.get(index);
      if (value !== undefined) {
        cache.delete(index);
      } else {
        value = compute(index);
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as number);
      }
      cache.set(index, value);
      return value;
    },
  };
}
