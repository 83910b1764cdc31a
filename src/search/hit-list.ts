// The sections a query matched, as parallel typed arrays rather than one object per hit: a common word
// matches thousands of sections at 100×, and the objects (with their garbage) cost more than ranking them.

/** The index terms and query terms a hit matched. Hits matching the same terms share one. */
export interface TermSet {
  /** Index terms that matched (MiniSearch's `terms`). */
  terms: readonly string[];
  /** Query terms that matched (MiniSearch's `queryTerms`). */
  queryTerms: readonly string[];
}

export interface HitList {
  /** Ids of the sections (positions in `IndexData.sections`). */
  ids: Int32Array;
  scores: Float64Array;
  /** Per hit, its entry in `termSets`. */
  termSet: Int32Array;
  termSets: readonly TermSet[];
}

export function termsOf(list: HitList, i: number): readonly string[] {
  return list.termSets[list.termSet[i]!]!.terms;
}

/** The hits at `positions`, in that order. */
export function pickHits(list: HitList, positions: ArrayLike<number>): HitList {
  const ids = new Int32Array(positions.length);
  const scores = new Float64Array(positions.length);
  const termSet = new Int32Array(positions.length);
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    ids[k] = list.ids[i]!;
    scores[k] = list.scores[i]!;
    termSet[k] = list.termSet[i]!;
  }
  return { ids, scores, termSet, termSets: list.termSets };
}

/** The hits `keep` accepts, in their order. */
export function filterHits(list: HitList, keep: (i: number) => boolean): HitList {
  const positions: number[] = [];
  for (let i = 0; i < list.ids.length; i++) if (keep(i)) positions.push(i);
  return positions.length === list.ids.length ? list : pickHits(list, positions);
}

/** Best score first; equal scores keep their order (stable sort). */
export function rankHits(list: HitList): HitList {
  const order = Array.from(list.ids, (_, i) => i).sort((a, b) => list.scores[b]! - list.scores[a]!);
  return pickHits(list, order);
}
