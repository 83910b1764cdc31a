// How the engine's postings are saved in the index file. MiniSearch's own snapshot (`toJSON`) writes each
// term's postings as objects keyed by document id, and `loadJS` turns every one of them back into a Map
// through `Object.entries` and `parseInt`: at 100× that was 0.6 s of JSON.parse and 0.7 s of loading in
// every server process. Here they are arrays of numbers, read straight into MiniSearch's own maps.
import type { FieldPostings } from './engine';

/**
 * One term's postings: for each field it occurs in, the field's id, the short ids of its documents in
 * ascending order, each written as the gap from the previous one (small numbers, short JSON), and the
 * term's frequency in each of those documents.
 */
export type PackedTerm = [term: string, fields: [fieldId: number, gaps: number[], frequencies: number[]][]];

export function packPostings(terms: Iterable<[string, FieldPostings]>): PackedTerm[] {
  const packed: PackedTerm[] = [];
  for (const [term, byField] of terms) {
    const fields: PackedTerm[1] = [];
    // Fields and documents in ascending order, as MiniSearch's own snapshot loads them back (its objects
    // have integer keys): the maps then iterate as they did, and scores add up in the same order.
    for (const [fieldId, documents] of [...byField].sort((a, b) => a[0] - b[0])) {
      const ids = [...documents.keys()].sort((a, b) => a - b);
      const gaps = ids.map((id, i) => id - (i === 0 ? 0 : ids[i - 1]!));
      fields.push([fieldId, gaps, ids.map((id) => documents.get(id)!)]);
    }
    packed.push([term, fields]);
  }
  return packed;
}

/** Each term's postings as MiniSearch keeps them (field id → short document id → frequency). */
export function* unpackPostings(packed: readonly PackedTerm[]): Generator<[string, FieldPostings]> {
  for (const [term, fields] of packed) {
    const byField: FieldPostings = new Map();
    for (const [fieldId, gaps, frequencies] of fields) {
      const documents = new Map<number, number>();
      let id = 0;
      for (let i = 0; i < gaps.length; i++) {
        id += gaps[i]!;
        documents.set(id, frequencies[i]!);
      }
      byField.set(fieldId, documents);
    }
    yield [term, byField];
  }
}

/** Whether `value` has the shape of packed postings (checked when an index file is read). */
export function isPackedPostings(value: unknown): value is PackedTerm[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        Array.isArray(entry) &&
        typeof entry[0] === 'string' &&
        Array.isArray(entry[1]) &&
        (entry[1] as unknown[]).every(
          (field) => Array.isArray(field) && typeof field[0] === 'number' && Array.isArray(field[1]) && Array.isArray(field[2]) && field[1].length === field[2].length,
        ),
    )
  );
}
