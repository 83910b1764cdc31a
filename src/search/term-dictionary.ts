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
