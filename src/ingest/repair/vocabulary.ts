// Word frequencies of the document itself: the evidence for joining hyphenated words and drop caps.
import { wordSurfaces } from '../../analysis';

export type Vocabulary = ReadonlyMap<string, number>;

/** Counts every word (lower-cased, compounds kept whole) of the given texts. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const surface of wordSurfaces(text)) {
      const word = surface.toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

export function frequency(vocabulary: Vocabulary, word: string): number {
  return vocabulary.get(word.toLowerCase()) ?? 0;
}
