// The engine as saved in the index file: packed postings load back into exactly what MiniSearch's own
// snapshot loads into, and the same searches find the same sections with the same scores.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { BM25, buildEngine, FIELD_BOOSTS, loadEngine, snapshotEngine, type Engine, type FieldPostings } from '../../src/search/engine';
import { packPostings, unpackPostings } from '../../src/search/engine-snapshot';
import { loadRealReports } from '../helpers/corpus';

/** MiniSearch's private state, read for the comparison only. */
function stateOf(engine: Engine) {
  const internals = engine as unknown as Record<string, unknown> & { _index: Iterable<[string, FieldPostings]> };
  // In iteration order: what the scorer walks.
  const postings = [...internals._index].map(([term, byField]) => [term, [...byField].map(([field, documents]) => [field, [...documents]])]);
  return {
    postings: postings.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ...Object.fromEntries(['_documentCount', '_nextId', '_documentIds', '_idToShortId', '_fieldIds', '_fieldLength', '_avgFieldLength', '_storedFields', '_dirtCount'].map((key) => [key, internals[key]])),
  };
}

describe('packed postings', () => {
  it('come back as the same maps, whatever the order the ids were added in', () => {
    const postings: [string, FieldPostings][] = [
      ['ccue', new Map([[0, new Map([[7, 2], [3, 1], [12, 5]])], [2, new Map([[3, 1]])]])],
      ['segur', new Map([[2, new Map([[0, 4]])]])],
    ];
    const packed = packPostings(postings);
    expect(packed[0]).toEqual(['ccue', [[0, [3, 4, 5], [1, 2, 5]], [2, [3], [1]]]]);
    expect(packPostings([['x', new Map([[2, new Map([[1, 1]])], [0, new Map([[1, 1]])]])]])[0]![1].map(([field]) => field)).toEqual([0, 2]);
    expect([...unpackPostings(packed)].map(([term, byField]) => [term, [...byField].map(([f, d]) => [f, [...d].sort((a, b) => a[0] - b[0])])])).toEqual(
      postings.map(([term, byField]) => [term, [...byField].map(([f, d]) => [f, [...d].sort((a, b) => a[0] - b[0])])]),
    );
  });
});

describe('the engine snapshot', () => {
  it('loads the real corpus into the state MiniSearch’s own snapshot loads into, and searches alike', async () => {
    const sections = (await loadRealReports()).flatMap((report) => report.sections);
    const built = buildEngine(sections);
    const ours = loadEngine(JSON.parse(JSON.stringify(snapshotEngine(built))));
    const theirs = MiniSearch.loadJS(JSON.parse(JSON.stringify(built.toJSON())), { fields: ['title', 'breadcrumb', 'text'] });
    expect(stateOf(ours)).toEqual(stateOf(theirs as unknown as Engine));
    const options = { prefix: true, fuzzy: 0.2, boost: FIELD_BOOSTS, bm25: BM25 };
    for (const query of ['ccue', 'segur', 'negoci', 'attract', 'medico']) {
      expect(ours.search(query, options)).toEqual(theirs.search(query, options));
    }
  });
});
