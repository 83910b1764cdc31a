import { describe, expect, it } from 'vitest';
import { filterHits, rankHits, topHits, type HitList } from '../../src/search/hit-list';

// Positions 0..5: section ids and scores; 2 and 4 tie, and so do 1 and 5.
const list: HitList = {
  ids: Int32Array.from([10, 11, 12, 13, 14, 15]),
  scores: Float64Array.from([1, 5, 3, 0.5, 3, 5]),
  termSet: new Int32Array(6),
  termSets: [{ terms: ['a'], queryTerms: ['a'] }],
};

describe('topHits', () => {
  it.each([
    { count: 1, among: undefined, expected: [1] },
    { count: 3, among: undefined, expected: [1, 5, 2] },
    { count: 6, among: undefined, expected: [1, 5, 2, 4, 0, 3] },
    { count: 10, among: undefined, expected: [1, 5, 2, 4, 0, 3] },
    { count: 0, among: undefined, expected: [] },
    { count: 2, among: [0, 3, 4], expected: [4, 0] },
    { count: 2, among: [4, 2, 3], expected: [2, 4] },
  ])('the best $count of $among, best first and equal scores by section id', ({ count, among, expected }) => {
    expect(topHits(list, count, among === undefined ? undefined : Int32Array.from(among))).toEqual(expected);
  });
});

describe('rankHits and filterHits', () => {
  it('rank every hit, and keep what a filter accepts in order, with its score and terms', () => {
    const ranked = rankHits(list);
    expect([...ranked.ids]).toEqual([11, 15, 12, 14, 10, 13]);
    expect([...ranked.scores]).toEqual([5, 5, 3, 3, 1, 0.5]);
    const kept = filterHits(ranked, (i) => ranked.scores[i]! >= 3);
    expect([...kept.ids]).toEqual([11, 15, 12, 14]);
    expect(kept.termSets).toBe(list.termSets);
    expect(filterHits(list, () => true)).toBe(list);
  });
});
