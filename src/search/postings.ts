// The engine's postings as the index file keeps them and as a server holds them: one byte array of
// variable-length integers for every term, read a term at a time when a query asks for it. Loading
// them as MiniSearch keeps them (a Map per term and field, an entry per posting) was most of a server's
// start at 100× the corpus: 1.85 million Map entries built in every process, then copied by the
// garbage collector, about 1 s of CPU and 100 MB of heap before the first answer.
import type { FieldPostings } from './engine';

/** How postings travel in the index file (JSON). */
export interface PackedPostings {
  /** The index terms; a term's number is its position here. */
  terms: string[];
  /** Where each term's postings start in the bytes, then where the last one ends. */
  offsets: number[];
  /** Postings of each term over every field: what the query caps weigh (query-limits.ts). */
  counts: number[];
  /**
   * Per term: the number of fields it occurs in, then per field (ascending ids) the field's id, the
   * number of documents, their short ids (each as the gap from the previous one) and the term's
   * frequency in each, all as unsigned LEB128 integers. In base64 where the index is one JSON document;
   * the bytes themselves when read from an index file (index-container.ts).
   */
  bytes: string | Uint8Array;
}

/** Packs `terms` in the order given (the order their postings are scored in when a prefix or typo widens a word). */
export function packPostings(terms: Iterable<[string, FieldPostings]>): PackedPostings {
  const writer = new ByteWriter();
  const packed: PackedPostings = { terms: [], offsets: [], counts: [], bytes: '' };
  for (const [term, byField] of terms) {
    packed.terms.push(term);
    packed.offsets.push(writer.length);
    const fields = [...byField].filter(([, documents]) => documents.size > 0).sort((a, b) => a[0] - b[0]);
    let count = 0;
    writer.write(fields.length);
    for (const [fieldId, documents] of fields) {
      const ids = [...documents.keys()].sort((a, b) => a - b);
      writer.write(fieldId);
      writer.write(ids.length);
      ids.forEach((id, i) => writer.write(id - (i === 0 ? 0 : ids[i - 1]!)));
      for (const id of ids) writer.write(documents.get(id)!);
      count += ids.length;
    }
    packed.counts.push(count);
  }
  packed.offsets.push(writer.length);
  packed.bytes = Buffer.from(writer.bytes()).toString('base64');
  return packed;
}

/** Called once per field a term occurs in, in ascending field id; the arrays are valid during the call only. */
export type FieldVisitor = (fieldId: number, documents: Int32Array, frequencies: Int32Array, count: number) => void;

export interface PostingsStore {
  readonly termCount: number;
  /** Postings of term number `term` over every field. */
  count(term: number): number;
  /** Decodes the postings of term number `term`, field by field (not reentrant: one decoding at a time). */
  forEachField(term: number, visit: FieldVisitor): void;
}

/** Thrown when packed postings do not decode to what their counts and the documents promise. */
export class PostingsError extends Error {}

/** Keeps the bytes of `packed` for reading term by term (`documentLimit`: the number of short document ids). */
export function openPostings(packed: PackedPostings, documentLimit: number): PostingsStore {
  const bytes = packedBytes(packed);
  const offsets = Uint32Array.from(packed.offsets);
  const counts = Uint32Array.from(packed.counts);
  const documents = new Int32Array(documentLimit);
  const frequencies = new Int32Array(documentLimit);
  const reader = { at: 0 };
  const fail = (term: number, detail: string) => new PostingsError(`terme ${packed.terms[term] ?? term} : ${detail}`);
  if (offsets.at(-1) !== bytes.length) throw new PostingsError('fin des postings inattendue');

  const forEachField = (term: number, visit: FieldVisitor) => {
    reader.at = offsets[term]!;
    const end = offsets[term + 1]!;
    const fieldCount = readVarint(bytes, reader, end);
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = readVarint(bytes, reader, end);
      const count = readVarint(bytes, reader, end);
      if (count > documentLimit) throw fail(term, `${count} documents sur ${documentLimit}`);
      let id = 0;
      for (let i = 0; i < count; i++) {
        const gap = readVarint(bytes, reader, end);
        id += gap;
        if ((gap === 0 && i > 0) || id >= documentLimit) throw fail(term, `document ${id} hors limites ou répété`);
        documents[i] = id;
      }
      for (let i = 0; i < count; i++) frequencies[i] = readVarint(bytes, reader, end);
      visit(fieldId, documents, frequencies, count);
    }
    if (reader.at !== end) throw fail(term, 'octets en trop');
  };
  return { termCount: packed.terms.length, count: (term) => counts[term]!, forEachField };
}

/**
 * What is wrong with `packed`, if anything, found by decoding every term: ids within `documentLimit`
 * and ascending, counts as announced. A damaged index file is then refused at load, not answered wrongly.
 */
export function postingsProblem(packed: PackedPostings, documentLimit: number): string | undefined {
  const termCount = packed.terms.length;
  if (packed.offsets.length !== termCount + 1 || packed.counts.length !== termCount) return 'tables des termes de longueurs différentes';
  if (!packed.offsets.every((offset, i) => Number.isInteger(offset) && offset >= 0 && (i === 0 || offset >= packed.offsets[i - 1]!))) {
    return 'positions des termes invalides';
  }
  try {
    const store = openPostings(packed, documentLimit);
    for (let term = 0; term < termCount; term++) {
      let seen = 0;
      store.forEachField(term, (_field, _documents, _frequencies, count) => (seen += count));
      if (seen !== store.count(term)) return `terme ${packed.terms[term]} : ${seen} postings au lieu de ${store.count(term)}`;
    }
  } catch (error) {
    if (error instanceof PostingsError) return error.message;
    throw error;
  }
  return undefined;
}

/** Whether `value` has the shape of packed postings (the content is checked by `postingsProblem`). */
export function isPackedPostings(value: unknown): value is PackedPostings {
  if (typeof value !== 'object' || value === null) return false;
  const { terms, offsets, counts, bytes } = value as Record<string, unknown>;
  return (
    Array.isArray(terms) && terms.every((term) => typeof term === 'string') &&
    Array.isArray(offsets) && offsets.every((n) => typeof n === 'number') &&
    Array.isArray(counts) && counts.every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    (typeof bytes === 'string' || bytes instanceof Uint8Array)
  );
}

/** The postings' bytes, decoded from base64 when they come from a JSON document. */
export function packedBytes(packed: PackedPostings): Uint8Array {
  return typeof packed.bytes === 'string' ? Buffer.from(packed.bytes, 'base64') : packed.bytes;
}

function readVarint(bytes: Uint8Array, reader: { at: number }, end: number): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (reader.at >= end) throw new PostingsError('entier tronqué');
    const byte = bytes[reader.at++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
    if (scale > 2 ** 35) throw new PostingsError('entier trop long');
  }
}

/** A growable byte buffer of unsigned LEB128 integers. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
