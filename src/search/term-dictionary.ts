// The index terms a query word can be widened to (completions, typo neighbours), with how many
// postings each one would make the engine score. Query compilation picks among them under the caps of
// query-limits.ts, so the engine itself only ever looks up exact terms.

export interface TermDictionary {
  /** Postings of `term` over every field; 0 when the index does not have it. */
  postings(term: string): number;
  /** Index terms that start with `prefix` and are longer than it. */
  completions(prefix: string): { term: string; postings: number }[];
  /** Index terms within `maxDistance` edits of `term` (Levenshtein), other than `term` itself. */
  neighbours(term: string, maxDistance: number): { term: string; distance: number; postings: number }[];
  /** Ids (positions in `IndexData.sections`) of the documents holding every one of `terms`, in any field. */
  documentsWithAll(terms: readonly string[]): Set<number>;
}

/** A radix tree of terms (MiniSearch's `SearchableMap`, or the engine's own index): what a dictionary reads. */
export interface TermTree<T> {
  get(term: string): T | undefined;
  atPrefix(prefix: string): Iterable<[string, T]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [T, number]>;
}

/** The lookups of a TermDictionary over a term tree, `postingsOf` reading a term's postings from its value. */
export function treeDictionary<T>(terms: TermTree<T>, postingsOf: (value: T | undefined) => number): Omit<TermDictionary, 'documentsWithAll'> {
  return {
    postings: (term) => postingsOf(terms.get(term)),
    completions(prefix) {
      const found: { term: string; postings: number }[] = [];
      for (const [term, value] of terms.atPrefix(prefix)) {
        if (term.length > prefix.length) found.push({ term, postings: postingsOf(value) });
      }
      return found;
    },
    neighbours(term, maxDistance) {
      const found: { term: string; distance: number; postings: number }[] = [];
      for (const [other, [value, distance]] of terms.fuzzyGet(term, maxDistance)) {
        if (distance > 0) found.push({ term: other, distance, postings: postingsOf(value) });
      }
      return found;
    },
  };
}
