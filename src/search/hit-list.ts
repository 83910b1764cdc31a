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

/** Every hit, best first (equal scores by section id). */
export function rankHits(list: HitList): HitList {
  return pickHits(list, topHits(list, list.ids.length));
}

/**
 * Positions of the best `count` hits (of those at `among`, or of all), best first, equal scores by
 * section id. A page needs ten of thousands of hits: the threshold is found with a native sort of the
 * scores alone, and only the hits above it are compared, where sorting every hit took longer than
 * scoring them at 100×.
 */
export function topHits(list: HitList, count: number, among?: ArrayLike<number>): number[] {
  const size = among === undefined ? list.ids.length : among.length;
  const at = among === undefined ? (k: number) => k : (k: number) => among[k]!;
  if (count <= 0 || size === 0) return [];
  const chosen: number[] = [];
  if (size <= count) {
    for (let k = 0; k < size; k++) chosen.push(at(k));
  } else {
    const scores = new Float64Array(size);
    for (let k = 0; k < size; k++) scores[k] = list.scores[at(k)]!;
    const threshold = scores.sort()[size - count]!;
    for (let k = 0; k < size; k++) if (list.scores[at(k)]! >= threshold) chosen.push(at(k));
  }
  chosen.sort((a, b) => list.scores[b]! - list.scores[a]! || list.ids[a]! - list.ids[b]!);
  return chosen.length > count ? chosen.slice(0, count) : chosen;
}
