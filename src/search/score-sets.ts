// Sets of scored documents as the scorer combines them: sorted typed arrays merged in one pass, where
// MiniSearch copies maps of result objects.

/** Documents (engine short ids, ascending) and their scores. */
export interface ScoreSet {
  ids: Int32Array;
  scores: Float64Array;
}

export const EMPTY_SET: ScoreSet = { ids: new Int32Array(0), scores: new Float64Array(0) };

/** OR: every document of either, scores added where both have it. */
export function union(a: ScoreSet, b: ScoreSet): ScoreSet {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const scores = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids[n] = x;
      scores[n++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) {
      ids[n] = x;
      scores[n++] = a.scores[i++]!;
    } else {
      ids[n] = y;
      scores[n++] = b.scores[j++]!;
    }
  }
  return { ids: ids.subarray(0, n), scores: scores.subarray(0, n) };
}

/** AND: the documents of both, scores added. */
export function intersection(a: ScoreSet, b: ScoreSet): ScoreSet {
  const ids = new Int32Array(Math.min(a.ids.length, b.ids.length));
  const scores = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      ids[n] = x;
      scores[n++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return { ids: ids.subarray(0, n), scores: scores.subarray(0, n) };
}

/** AND_NOT: the documents of `a` that `b` does not have. */
export function difference(a: ScoreSet, b: ScoreSet): ScoreSet {
  const ids = new Int32Array(a.ids.length);
  const scores = new Float64Array(ids.length);
  let j = 0;
  let n = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const x = a.ids[i]!;
    while (j < b.ids.length && b.ids[j]! < x) j++;
    if (j < b.ids.length && b.ids[j] === x) continue;
    ids[n] = x;
    scores[n++] = a.scores[i]!;
  }
  return { ids: ids.subarray(0, n), scores: scores.subarray(0, n) };
}

/** The ids in both sorted lists. */
export function intersectIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out[n++] = a[i]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out.subarray(0, n);
}
