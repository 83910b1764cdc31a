// The words of each section, analysed once and kept: phrases, snippets and highlights all need the
// token sequence (MiniSearch stores no positions), and re-tokenising texts per request is what made
// a first prototype slow.
import { tokenize, type Token } from '../analysis';
import type { Section } from '../types';
import { foldTokens } from './marks';

export interface AnalysedText {
  tokens: Token[];
  /** Folded form of each token, for phrase comparison. */
  folded: string[];
}

export interface SectionWords {
  title: AnalysedText;
  text: AnalysedText;
}

export function analyseText(text: string): AnalysedText {
  const tokens = tokenize(text);
  return { tokens, folded: foldTokens(tokens) };
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
