// The words of each section, analysed once and kept: phrases, snippets and highlights all need the
// token sequence (MiniSearch stores no positions), and re-tokenising texts per request is what made
// a first prototype slow.
import { foldWord, indexTerms, tokenize, type Token } from '../analysis';
import type { Section } from '../types';

export interface AnalysedText {
  tokens: Token[];
  /** Folded form of each token, for phrase comparison. */
  folded: string[];
  /** Index term → positions of the tokens that produce it, so marks cost what matched, not the text's length. */
  positions: Map<string, number[]>;
}

export interface SectionWords {
  title: AnalysedText;
  text: AnalysedText;
}

export function analyseText(text: string): AnalysedText {
  const tokens = tokenize(text);
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    for (const term of indexTerms(token.surface)) {
      const list = positions.get(term);
      if (list) list.push(i);
      else positions.set(term, [i]);
    }
  });
  return { tokens, folded: tokens.map((token) => foldWord(token.surface)), positions };
}

/** Lazily analysed words of `sections[index]`. */
export function createSectionWords(sections: readonly Section[]): (index: number) => SectionWords {
  const cache = new Map<number, SectionWords>();
  return (index) => {
    let words = cache.get(index);
    if (!words) {
      const section = sections[index];
      words = { title: analyseText(section?.title ?? ''), text: analyseText(section?.text ?? '') };
      cache.set(index, words);
    }
    return words;
  };
}
