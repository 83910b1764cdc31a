// The MiniSearch configuration, in one place: an index must be loaded with exactly the options it
// was built with (MiniSearch stores no options in its JSON), so building and loading both go through here.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { indexTerms, tokenize } from '../analysis';
import type { Section } from '../types';
import { packPostings, unpackPostings, type PackedTerm } from './engine-snapshot';
import { treeDictionary, type TermDictionary, type TermTree } from './term-dictionary';

/** One engine document per section; `id` is the section's position in `IndexData.sections`. */
export interface EngineDocument {
  id: number;
  title: string;
  breadcrumb: string;
  text: string;
}

export const ENGINE_FIELDS = ['title', 'breadcrumb', 'text'] as const;

/**
 * Field weights: a word in a heading says more about a section than the same word in its body.
 * The breadcrumb is shared by every child section, so it only lifts them a little above strangers.
 */
export const FIELD_BOOSTS: Record<(typeof ENGINE_FIELDS)[number], number> = { title: 3, breadcrumb: 1.3, text: 1 };

// Slightly stronger length normalisation than MiniSearch's default (b = 0.7): sections range from one
// chart label to several pages, and long ones otherwise win on repetition alone.
export const BM25 = { k: 1.2, b: 0.75, d: 0.5 };

const ENGINE_OPTIONS: Options<EngineDocument> = {
  idField: 'id',
  fields: [...ENGINE_FIELDS],
  storeFields: [],
  tokenize: (text) => tokenize(text).map((token) => token.surface),
  processTerm: (surface) => indexTerms(surface),
  // Queries arrive as already-analysed terms (see query-expression.ts): no second analysis.
  searchOptions: {
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: FIELD_BOOSTS,
    bm25: BM25,
  },
};

export type Engine = MiniSearch<EngineDocument>;

export function toEngineDocument(section: Section, id: number): EngineDocument {
  return { id, title: section.title, breadcrumb: section.breadcrumb.join(' › '), text: section.text };
}

export function buildEngine(sections: Section[]): Engine {
  const engine = new MiniSearch<EngineDocument>(ENGINE_OPTIONS);
  engine.addAll(sections.map(toEngineDocument));
  return engine;
}

/** MiniSearch's own snapshot with its postings packed (see engine-snapshot.ts) instead of in `index`. */
export interface EngineSnapshot extends Omit<AsPlainObject, 'index'> {
  postings: PackedTerm[];
}

export function snapshotEngine(engine: Engine): EngineSnapshot {
  const internals = engine as unknown as {
    _documentIds: Map<number, unknown>;
    _fieldLength: Map<number, number[]>;
    _storedFields: Map<number, unknown>;
    _nextId: number;
    _dirtCount: number;
  };
  const { tree, documentCount, fieldIds, averageFieldLength } = engineInternals(engine);
  // The fields of MiniSearch's `toJSON`, but for the postings: it would build an object per term and
  // field first (hundreds of MB at 1,000×).
  return {
    documentCount,
    nextId: internals._nextId,
    documentIds: Object.fromEntries(internals._documentIds),
    fieldIds,
    fieldLength: Object.fromEntries(internals._fieldLength),
    averageFieldLength,
    storedFields: Object.fromEntries(internals._storedFields),
    dirtCount: internals._dirtCount,
    serializationVersion: 2,
    postings: packPostings(tree.atPrefix('')),
  };
}

/** `snapshot` comes from `snapshotEngine`; throws MiniSearch's own error when it does not. */
export function loadEngine(snapshot: EngineSnapshot): Engine {
  const { postings, ...rest } = snapshot;
  const engine = MiniSearch.loadJS<EngineDocument>({ ...rest, index: [] }, ENGINE_OPTIONS);
  // What `loadJS` does with `index`, without going through objects keyed by document id.
  const tree = (engine as unknown as { _index?: { set?: (term: string, value: FieldPostings) => unknown } })._index;
  if (typeof tree?.set !== 'function') throw new Error(INTERNALS_MOVED);
  for (const [term, byField] of unpackPostings(postings)) tree.set(term, byField);
  return engine;
}

/** Postings of one term: field id → (engine document id → term frequency). */
export type FieldPostings = Map<number, Map<number, number>>;

/**
 * What the scorer and the term dictionary read of MiniSearch's private index: its radix tree of terms
 * (reading it avoids a second copy of every term, hundreds of MB at 1,000×) and its field statistics.
 * Checked at load, so a MiniSearch upgrade that moves them fails at start with a clear message rather
 * than at the first query.
 */
export interface EngineInternals {
  tree: TermTree<FieldPostings>;
  documentCount: number;
  /** MiniSearch's short document id → the id given at indexing (the section's position). */
  externalIds: Int32Array;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Length of field `fieldId` per short document id. */
  fieldLengths(fieldId: number): Float64Array;
}

const INTERNALS_MOVED = 'Cette version de MiniSearch ne donne plus accès à son index : vérifiez la version installée (7.x attendue).';

export function engineInternals(engine: Engine): EngineInternals {
  const internals = engine as unknown as {
    _index?: Partial<TermTree<FieldPostings>>;
    _documentIds?: unknown;
    _documentCount?: unknown;
    _fieldIds?: unknown;
    _avgFieldLength?: unknown;
    _fieldLength?: unknown;
  };
  const tree = internals._index;
  const { _documentIds: documentIds, _fieldLength: fieldLength } = internals;
  if (
    typeof tree?.get !== 'function' || typeof tree.atPrefix !== 'function' || typeof tree.fuzzyGet !== 'function' ||
    !(documentIds instanceof Map) || !(fieldLength instanceof Map) || typeof internals._documentCount !== 'number' ||
    typeof internals._fieldIds !== 'object' || !Array.isArray(internals._avgFieldLength)
  ) {
    throw new Error(INTERNALS_MOVED);
  }
  const shortIds = [...(documentIds as Map<number, number>).keys()];
  const size = shortIds.reduce((max, id) => Math.max(max, id + 1), 0);
  const externalIds = new Int32Array(size).fill(-1);
  for (const [shortId, id] of documentIds as Map<number, number>) externalIds[shortId] = id;
  const lengths = fieldLength as Map<number, number[]>;
  return {
    tree: tree as TermTree<FieldPostings>,
    documentCount: internals._documentCount,
    externalIds,
    fieldIds: internals._fieldIds as Record<string, number>,
    averageFieldLength: internals._avgFieldLength as number[],
    fieldLengths(fieldId) {
      const byDocument = new Float64Array(size);
      for (const [shortId, perField] of lengths) byDocument[shortId] = perField[fieldId] ?? 0;
      return byDocument;
    },
  };
}

/** The engine's own terms as a TermDictionary. */
export function engineDictionary(engine: Engine): TermDictionary {
  const { tree: terms, externalIds } = engineInternals(engine);
  return {
    ...treeDictionary(terms, countPostings),
    documentsWithAll(wanted) {
      const postings = wanted.map((term) => terms.get(term));
      const found = new Set<number>();
      if (postings.length === 0 || postings.some((data) => data === undefined)) return found;
      // Walk the rarest term's documents, checking the others: a cost of its postings, not of theirs.
      const [rarest, ...others] = (postings as FieldPostings[]).sort((a, b) => countPostings(a) - countPostings(b));
      const holds = (data: FieldPostings, shortId: number) => {
        for (const documents of data.values()) if (documents.has(shortId)) return true;
        return false;
      };
      for (const documents of rarest!.values()) {
        for (const shortId of documents.keys()) {
          const id = externalIds[shortId];
          if (id !== undefined && id >= 0 && !found.has(id) && others.every((data) => holds(data, shortId))) found.add(id);
        }
      }
      return found;
    },
  };
}

function countPostings(data: FieldPostings | undefined): number {
  let count = 0;
  for (const documents of data?.values() ?? []) count += documents.size;
  return count;
}
