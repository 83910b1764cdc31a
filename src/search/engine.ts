// The engine: MiniSearch builds it when reports are indexed (its tokenizer and term processing, in one
// place with the options it must be built with), and its snapshot is what the index file keeps. A
// server loads that snapshot into an Engine of its own, a radix tree of terms (MiniSearch's
// SearchableMap) over packed postings (postings.ts), which the scorer reads.
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { indexTerms, tokenize } from '../analysis';
import type { Section } from '../types';
import { openPostings, packPostings, type PackedPostings, type PostingsStore } from './postings';
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

/** Where per-lookup stamps kept in Int32 arrays start again from 0, with room to spare before 2^31. */
export const STAMP_RESET_AT = 2 ** 31 - 2 ** 24;

const ENGINE_OPTIONS: Options<EngineDocument> = {
  idField: 'id',
  fields: [...ENGINE_FIELDS],
  storeFields: [],
  tokenize: (text) => tokenize(text).map((token) => token.surface),
  processTerm: (surface) => [...indexTerms(surface)],
  // Queries arrive as already-analysed terms (see query-expression.ts): no second analysis.
  searchOptions: {
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: FIELD_BOOSTS,
    bm25: BM25,
  },
};

/** MiniSearch, as reports are indexed with it. */
export type IndexingEngine = MiniSearch<EngineDocument>;

export function toEngineDocument(section: Section, id: number): EngineDocument {
  const [title, breadcrumb, text] = fieldTexts(section);
  return { id, title: title!, breadcrumb: breadcrumb!, text: text! };
}

/** The texts of a section's ENGINE_FIELDS, in that order. */
export function fieldTexts(section: Pick<Section, 'title' | 'breadcrumb' | 'text'>): string[] {
  return [section.title, section.breadcrumb.join(' › '), section.text];
}

export function buildEngine(sections: Section[]): IndexingEngine {
  const engine = new MiniSearch<EngineDocument>(ENGINE_OPTIONS);
  engine.addAll(sections.map(toEngineDocument));
  return engine;
}

/** Postings of one term as MiniSearch keeps them: field id → (short document id → term frequency). */
export type FieldPostings = Map<number, Map<number, number>>;

/** The engine as the index file keeps it. */
export interface EngineSnapshot {
  documentCount: number;
  /** Per short document id (MiniSearch's own numbering), the section's position; -1 where none. */
  documentIds: number[];
  /** Field name → field id. */
  fieldIds: Record<string, number>;
  /** Per field id, the field's length (in terms) per short document id. */
  fieldLengths: number[][];
  averageFieldLength: number[];
  postings: PackedPostings;
}

/** What the scorer and the term dictionary read: the terms, their postings and the field statistics. */
export interface Engine {
  documentCount: number;
  /** A term → its number in `postings`. */
  terms: TermTree<number>;
  postings: PostingsStore;
  /** Short document id → the section's position; -1 where none. */
  externalIds: Int32Array;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Length of field `fieldId` per short document id. */
  fieldLengths(fieldId: number): Float64Array;
}

const INTERNALS_MOVED = 'Cette version de MiniSearch ne donne plus accès à son index : vérifiez la version installée (7.x attendue).';

/** Reads MiniSearch's private index once the reports are added (checked, so an upgrade that moves it fails clearly). */
export function snapshotEngine(engine: IndexingEngine): EngineSnapshot {
  const internals = engine as unknown as {
    _index?: { atPrefix?: (prefix: string) => Iterable<[string, FieldPostings]> };
    _documentIds?: unknown;
    _documentCount?: unknown;
    _fieldIds?: unknown;
    _avgFieldLength?: unknown;
    _fieldLength?: unknown;
  };
  const { _index: tree, _documentIds: documentIds, _fieldLength: fieldLength, _fieldIds: fieldIds } = internals;
  if (
    typeof tree?.atPrefix !== 'function' || !(documentIds instanceof Map) || !(fieldLength instanceof Map) ||
    typeof internals._documentCount !== 'number' || typeof fieldIds !== 'object' || fieldIds === null || !Array.isArray(internals._avgFieldLength)
  ) {
    throw new Error(INTERNALS_MOVED);
  }
  const ids = documentIds as Map<number, number>;
  const size = [...ids.keys()].reduce((max, id) => Math.max(max, id + 1), 0);
  const externalIds = new Array<number>(size).fill(-1);
  for (const [shortId, id] of ids) externalIds[shortId] = id;
  const lengths = fieldLength as Map<number, number[]>;
  const fieldCount = Object.keys(fieldIds).length;
  const fieldLengths = Array.from({ length: fieldCount }, (_, fieldId) => {
    const byDocument = new Array<number>(size).fill(0);
    for (const [shortId, perField] of lengths) byDocument[shortId] = perField[fieldId] ?? 0;
    return byDocument;
  });
  return {
    documentCount: internals._documentCount,
    documentIds: externalIds,
    fieldIds: fieldIds as Record<string, number>,
    fieldLengths,
    averageFieldLength: internals._avgFieldLength as number[],
    // In the tree's own order: a prefix or a typo then widens a word to its terms in the order
    // MiniSearch would score them, so scores add up alike (tests/search/scoring.test.ts).
    postings: packPostings(tree.atPrefix('')),
  };
}

/** `snapshot` comes from `snapshotEngine`; throws PostingsError when its postings do not decode. */
export function loadEngine(snapshot: EngineSnapshot): Engine {
  const externalIds = Int32Array.from(snapshot.documentIds);
  const postings = openPostings(snapshot.postings, externalIds.length);
  const terms = new SearchableMap<number>();
  // From the last term to the first: the radix tree lists a node's children from the last added, so
  // it then iterates the terms in the order saved (MiniSearch's own), the order prefixes widen in.
  const saved = snapshot.postings.terms;
  for (let index = saved.length - 1; index >= 0; index--) terms.set(saved[index]!, index);
  const lengths = snapshot.fieldLengths.map((byDocument) => Float64Array.from(byDocument));
  return {
    documentCount: snapshot.documentCount,
    terms,
    postings,
    externalIds,
    fieldIds: snapshot.fieldIds,
    averageFieldLength: snapshot.averageFieldLength,
    fieldLengths: (fieldId) => lengths[fieldId] ?? new Float64Array(externalIds.length),
  };
}

/** The engine's own terms as a TermDictionary. */
export function engineDictionary(engine: Engine): TermDictionary {
  const { terms, postings, externalIds } = engine;
  const countOf = (term: number | undefined) => (term === undefined ? 0 : postings.count(term));
  // Which documents hold a term, marked with a stamp per lookup (no set to allocate per term).
  const marks = new Int32Array(externalIds.length);
  let stamp = 0;
  return {
    ...treeDictionary(terms, countOf),
    documentsWithAll(wanted) {
      const found = new Set<number>();
      const numbers = wanted.map((term) => terms.get(term));
      if (numbers.length === 0 || numbers.some((term) => term === undefined)) return found;
      // From the rarest term to the most common, keeping the documents every term so far holds.
      const [rarest, ...others] = (numbers as number[]).sort((a, b) => postings.count(a) - postings.count(b));
      let candidates: number[] = [];
      postings.forEachField(rarest!, (_field, documents, _frequencies, count) => {
        for (let i = 0; i < count; i++) candidates.push(documents[i]!);
      });
      for (const term of others) {
        // Int32 marks: started again before the stamp would wrap.
        if (stamp >= STAMP_RESET_AT) {
          marks.fill(0);
          stamp = 0;
        }
        const current = ++stamp;
        postings.forEachField(term, (_field, documents, _frequencies, count) => {
          for (let i = 0; i < count; i++) marks[documents[i]!] = current;
        });
        candidates = candidates.filter((shortId) => marks[shortId] === current);
      }
      for (const shortId of candidates) {
        const id = externalIds[shortId];
        if (id !== undefined && id >= 0) found.add(id);
      }
      return found;
    },
  };
}
