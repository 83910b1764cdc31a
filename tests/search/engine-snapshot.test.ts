// The engine as saved in the index file and loaded by a server: packed postings decode to exactly
// what MiniSearch built, and a damaged file is refused rather than answered wrongly.
import { describe, expect, it } from 'vitest';
import { buildEngine, loadEngine, snapshotEngine, type Engine, type FieldPostings } from '../../src/search/engine';
import { openPostings, packedBytes, packPostings, postingsProblem, type PackedPostings } from '../../src/search/postings';
import { loadRealReports } from '../helpers/corpus';

/** Every term's postings as [term, [field, [[document, frequency]…]]…], read back from the store. */
function decoded(engine: Engine, terms: readonly string[]): [string, [number, [number, number][]][]][] {
  return terms.map((term) => {
    const fields: [number, [number, number][]][] = [];
    engine.postings.forEachField(engine.terms.get(term)!, (field, documents, frequencies, count) => {
      fields.push([field, Array.from(documents.subarray(0, count), (document, i) => [document, frequencies[i]!])]);
    });
    return [term, fields];
  });
}

function asLists(postings: FieldPostings): [number, [number, number][]][] {
  return [...postings].sort((a, b) => a[0] - b[0]).map(([field, documents]) => [field, [...documents].sort((a, b) => a[0] - b[0])]);
}

const SAMPLE: [string, FieldPostings][] = [
  ['ccue', new Map([[2, new Map([[3, 1]])], [0, new Map([[7, 2], [3, 1], [200, 5]])]])],
  ['segur', new Map([[2, new Map([[0, 4]])]])],
];

describe('packed postings', () => {
  it('come back as the same postings, fields and documents ascending, whatever the order they were added in', () => {
    const packed = packPostings(SAMPLE);
    expect(packed.terms).toEqual(['ccue', 'segur']);
    expect(packed.counts).toEqual([4, 1]);
    const store = openPostings(packed, 201);
    const read: [number, [number, number][]][] = [];
    store.forEachField(0, (field, documents, frequencies, count) => read.push([field, Array.from(documents.subarray(0, count), (d, i) => [d, frequencies[i]!])]));
    expect(read).toEqual(asLists(SAMPLE[0]![1]));
    expect(postingsProblem(packed, 201)).toBeUndefined();
  });

  const damaged: [string, (packed: PackedPostings) => PackedPostings, RegExp][] = [
    ['a document past the last one', (p) => p, /hors limites/],
    ['bytes cut short', (p) => ({ ...p, bytes: packedBytes(p).subarray(0, 6) }), /fin des postings|tronqué/],
    ['a count that lies', (p) => ({ ...p, counts: [3, 1] }), /4 postings au lieu de 3/],
    ['tables of different lengths', (p) => ({ ...p, counts: [4] }), /longueurs différentes/],
    ['offsets out of order', (p) => ({ ...p, offsets: [0, 12, 3] }), /positions/],
  ];
  it.each(damaged)('are refused with a reason when damaged: %s', (_what, damage, reason) => {
    // 201 documents hold document 200; 100 do not.
    const limit = _what === 'a document past the last one' ? 100 : 201;
    expect(postingsProblem(damage(packPostings(SAMPLE)), limit)).toMatch(reason);
  });
});

describe('the engine snapshot', () => {
  it('loads the real corpus with every posting, field length and statistic MiniSearch built, through JSON', async () => {
    const sections = (await loadRealReports()).flatMap((report) => report.sections);
    const built = buildEngine(sections);
    const snapshot = snapshotEngine(built);
    const engine = loadEngine(JSON.parse(JSON.stringify(snapshot)));
    const internals = built as unknown as {
      _index: Iterable<[string, FieldPostings]>;
      _documentCount: number;
      _avgFieldLength: number[];
      _fieldLength: Map<number, number[]>;
      _documentIds: Map<number, number>;
    };
    const expected = [...internals._index].map(([term, postings]) => [term, asLists(postings)] as const);
    expect(expected.length).toBeGreaterThan(5_000);
    expect(decoded(engine, expected.map(([term]) => term))).toEqual(expected);
    expect(engine.documentCount).toBe(sections.length);
    expect(engine.averageFieldLength).toEqual(internals._avgFieldLength);
    for (const [shortId, lengths] of internals._fieldLength) {
      lengths.forEach((length, field) => expect(engine.fieldLengths(field)[shortId]).toBe(length));
      expect(engine.externalIds[shortId]).toBe(internals._documentIds.get(shortId));
    }
    // Terms in the tree's own order, the order a prefix widens a word in.
    expect([...engine.terms.atPrefix('negoc')].map(([term]) => term)).toEqual([...(built as unknown as { _index: { atPrefix(p: string): Iterable<[string]> } })._index.atPrefix('negoc')].map(([term]) => term));
    expect(postingsProblem(snapshot.postings, sections.length)).toBeUndefined();
  });
});
