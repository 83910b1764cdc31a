// Runs a MiniSearch query expression on the engine's packed postings (engine.ts), scoring exactly as `MiniSearch#search`
// does (BM25 per field and term, the same weights, sums in the same order, the same AND / OR / AND_NOT),
// but over typed arrays: MiniSearch allocates a result object, a term list and a match object per posting
// and per combination, which at 100× the corpus cost more than the scoring itself, garbage collection
// included. tests/search/scoring.test.ts holds the two to the same hits, scores and terms.
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { BM25, ENGINE_FIELDS, FIELD_BOOSTS, STAMP_RESET_AT, type Engine } from './engine';
import type { HitList } from './hit-list';
import { collectHits, termTable, type Evaluated, type Leaf, type TermTable } from './matched-terms';
import { difference, EMPTY_SET, intersection, union } from './score-sets';

export type DocumentBoost = (id: number, term: string) => number;

export interface ScoringOptions {
  weights: { prefix: number; fuzzy: number };
  boostDocument?: DocumentBoost | undefined;
}

export interface Scorer {
  /**
   * The hits of `query`, in index order (not ranked: the matching rescores them first), each with the
   * score MiniSearch's search would give it.
   */
  search(query: Query, options: ScoringOptions): HitList;
}

/** The options a node of the expression passes down (MiniSearch merges them the same way). */
interface Inherited {
  combineWith: string;
  prefix: SearchOptions['prefix'];
  fuzzy: SearchOptions['fuzzy'];
  boostTerm: SearchOptions['boostTerm'];
  maxFuzzy: number;
}

const ROOT: Inherited = { combineWith: 'OR', prefix: false, fuzzy: false, boostTerm: undefined, maxFuzzy: 6 };
const FIELDS = ENGINE_FIELDS.map((name) => ({ name, boost: FIELD_BOOSTS[name] }));
const COMBINE = { or: union, and: intersection, and_not: difference } as const;

export function createScorer(engine: Engine): Scorer {
  const size = engine.externalIds.length;
  // By field id: postings come field by field in ascending id, which is ENGINE_FIELDS' order (MiniSearch
  // numbers fields as listed), the order MiniSearch adds a term's field scores in.
  const fieldsById: ({ boost: number; lengths: Float64Array; average: number } | undefined)[] = [];
  for (const { boost, name } of FIELDS) {
    const id = engine.fieldIds[name]!;
    fieldsById[id] = { boost, lengths: engine.fieldLengths(id), average: engine.averageFieldLength[id]! };
  }
  // Scratch space, reused: searches run one after the other in a process, never interleaved.
  const scratch = { sums: new Float64Array(size), seen: new Int32Array(size), touched: new Int32Array(size), pairSeen: new Int32Array(size), stamp: 0 };
  const pairs = { docs: new Int32Array(1024), terms: new Int32Array(1024), length: 0 };

  const scoreTerm = (spec: TermSpec, inherited: Inherited, options: ScoringOptions, table: TermTable): Leaf => {
    const { sums, seen, touched, pairSeen } = scratch;
    // The marks are Int32: started again long before they would wrap (a term takes one stamp per
    // derived term, far fewer than the headroom left).
    if (scratch.stamp > STAMP_RESET_AT) {
      seen.fill(0);
      pairSeen.fill(0);
      scratch.stamp = 0;
    }
    const epoch = ++scratch.stamp;
    let touchedCount = 0;
    pairs.length = 0;
    const score = (derived: string, weight: number, term: number | undefined) => {
      if (term === undefined) return;
      const termId = table.id(derived);
      const pairEpoch = ++scratch.stamp;
      engine.postings.forEachField(term, (fieldId, documents, frequencies, count) => {
        const field = fieldsById[fieldId];
        if (field === undefined) return;
        const idf = Math.log(1 + (engine.documentCount - count + 0.5) / (count + 0.5));
        const { lengths, average } = field;
        for (let i = 0; i < count; i++) {
          const doc = documents[i]!;
          const frequency = frequencies[i]!;
          const boost = options.boostDocument ? options.boostDocument(engine.externalIds[doc]!, derived) : 1;
          if (!boost) continue;
          const raw = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / average)));
          const weighted = weight * spec.termBoost * field.boost * boost * raw;
          if (seen[doc] !== epoch) {
            seen[doc] = epoch;
            sums[doc] = weighted;
            touched[touchedCount++] = doc;
          } else {
            sums[doc] = sums[doc]! + weighted;
          }
          if (pairSeen[doc] !== pairEpoch) {
            pairSeen[doc] = pairEpoch;
            addPair(pairs, doc, termId);
          }
        }
      });
    };
    score(spec.term, 1, engine.terms.get(spec.term));
    for (const variant of expansions(engine, spec, inherited, options)) score(variant.term, variant.weight, variant.number);
    const ids = touched.slice(0, touchedCount).sort();
    const scores = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) scores[i] = sums[ids[i]!]!;
    return { kind: 'leaf', set: { ids, scores }, source: table.id(spec.term), pairDocs: pairs.docs.slice(0, pairs.length), pairTerms: pairs.terms.slice(0, pairs.length) };
  };

  const everyDocument = (options: ScoringOptions): Leaf => {
    const ids = Int32Array.from(engine.externalIds.keys()).filter((doc) => engine.externalIds[doc]! >= 0);
    const scores = Float64Array.from(ids, (doc) => (options.boostDocument ? options.boostDocument(engine.externalIds[doc]!, '') : 1));
    return { kind: 'leaf', set: { ids, scores }, source: -1, pairDocs: new Int32Array(0), pairTerms: new Int32Array(0) };
  };

  const evaluate = (query: Query, inherited: Inherited, options: ScoringOptions, table: TermTable): Evaluated => {
    if (query === MiniSearch.wildcard) return everyDocument(options);
    if (typeof query === 'string') {
      // Queries arrive as analysed terms: the engine's search tokenizer keeps the string whole.
      const term = query;
      const prefix = typeof inherited.prefix === 'function' ? inherited.prefix(term, 0, [term]) : inherited.prefix === true;
      const fuzzy = typeof inherited.fuzzy === 'function' ? inherited.fuzzy(term, 0, [term]) : inherited.fuzzy || false;
      const termBoost = typeof inherited.boostTerm === 'function' ? inherited.boostTerm(term, 0, [term]) : 1;
      return scoreTerm({ term, prefix, fuzzy, termBoost }, inherited, options, table);
    }
    const own: Inherited = {
      combineWith: query.combineWith ?? inherited.combineWith,
      prefix: 'prefix' in query ? query.prefix : inherited.prefix,
      fuzzy: 'fuzzy' in query ? query.fuzzy : inherited.fuzzy,
      boostTerm: 'boostTerm' in query ? query.boostTerm : inherited.boostTerm,
      maxFuzzy: query.maxFuzzy ?? inherited.maxFuzzy,
    };
    const operator = own.combineWith.toLowerCase();
    if (operator !== 'or' && operator !== 'and' && operator !== 'and_not') throw new Error(`Opérateur de combinaison inconnu : ${own.combineWith}`);
    const children = query.queries.map((child) => evaluate(child, own, options, table));
    const set = children.length === 0 ? EMPTY_SET : children.map((child) => child.set).reduce(COMBINE[operator]);
    return { kind: 'combination', set, operator, children };
  };

  return {
    search(query, options) {
      const table = termTable();
      const root = evaluate(query, ROOT, options, table);
      return collectHits(root, table, engine.externalIds, scratch);
    },
  };
}

interface TermSpec {
  term: string;
  prefix: boolean;
  fuzzy: number | boolean;
  termBoost: number;
}

/** The prefix then typo variants MiniSearch would score for `spec`, with its weights. */
function* expansions(engine: Engine, spec: TermSpec, inherited: Inherited, options: ScoringOptions): Generator<{ term: string; weight: number; number: number }> {
  const prefixes = spec.prefix ? engine.terms.atPrefix(spec.term) : [];
  let fuzzy: Map<string, [number, number]> | undefined;
  if (spec.fuzzy) {
    const ratio = spec.fuzzy === true ? 0.2 : spec.fuzzy;
    const maxDistance = ratio < 1 ? Math.min(inherited.maxFuzzy, Math.round(spec.term.length * ratio)) : ratio;
    if (maxDistance) fuzzy = engine.terms.fuzzyGet(spec.term, maxDistance);
  }
  for (const [term, number] of prefixes) {
    const distance = term.length - spec.term.length;
    if (!distance) continue;
    fuzzy?.delete(term);
    yield { term, weight: (options.weights.prefix * term.length) / (term.length + 0.3 * distance), number };
  }
  for (const [term, [number, distance]] of fuzzy ?? []) {
    if (distance) yield { term, weight: (options.weights.fuzzy * term.length) / (term.length + distance), number };
  }
}

function addPair(pairs: { docs: Int32Array; terms: Int32Array; length: number }, doc: number, term: number): void {
  if (pairs.length === pairs.docs.length) {
    const docs = new Int32Array(pairs.docs.length * 2);
    const terms = new Int32Array(docs.length);
    docs.set(pairs.docs);
    terms.set(pairs.terms);
    pairs.docs = docs;
    pairs.terms = terms;
  }
  pairs.docs[pairs.length] = doc;
  pairs.terms[pairs.length++] = term;
}
