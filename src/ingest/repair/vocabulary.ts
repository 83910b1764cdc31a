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

/**
 * The vocabulary of `after` from `vocabulary`, that of `before`: the same lines, some of them changed
 * (reattaching drop caps changes a few lines in thousands). Counting only what changed gives the same
 * counts as building it again, which was a sixth of reading a text.
 */
export function revisedVocabulary(vocabulary: Vocabulary, before: readonly string[], after: readonly string[]): Vocabulary {
  const counts = new Map(vocabulary);
  const count = (text: string, delta: number) => {
    for (const surface of wordSurfaces(text)) {
      const word = surface.toLowerCase();
      const total = (counts.get(word) ?? 0) + delta;
      if (total > 0) counts.set(word, total);
      else counts.delete(word);
    }
  };
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue;
    count(before[i] ?? '', -1);
    count(after[i] ?? '', 1);
  }
  return counts;
}

export function frequency(vocabulary: Vocabulary, word: string): number {
  return vocabulary.get(word.toLowerCase()) ?? 0;
}
