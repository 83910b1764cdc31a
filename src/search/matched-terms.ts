// Which terms each hit matched, put together once the expression is scored: a term counts for a
// section only where every combination above it kept the section, as MiniSearch merges them. Hits that
// matched the same terms share one term set.
import type { HitList, TermSet } from './hit-list';
import { intersectIds, type ScoreSet } from './score-sets';

/** One searched term; its (document, matched index term) pairs name a hit's terms at the end. */
export interface Leaf {
  kind: 'leaf';
  set: ScoreSet;
  /** Id of the query term in the search's term table; -1 for the wildcard, which names none. */
  source: number;
  pairDocs: Int32Array;
  pairTerms: Int32Array;
}

export interface Combination {
  kind: 'combination';
  set: ScoreSet;
  operator: 'or' | 'and' | 'and_not';
  children: Evaluated[];
}

export type Evaluated = Leaf | Combination;

/** The terms one search meets (index terms and query terms alike), numbered. */
export interface TermTable {
  id(term: string): number;
  terms: string[];
}

export function termTable(): TermTable {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  return {
    terms,
    id(term) {
      let id = ids.get(term);
      if (id === undefined) {
        id = terms.push(term) - 1;
        ids.set(term, id);
      }
      return id;
    },
  };
}

/**
 * Turns the root's documents into hits, each with the terms of the branches it went through. Hits with
 * the same terms share their lists: thousands of hits of one word hold one list, not thousands.
 */
export function collectHits(root: Evaluated, table: TermTable, externalIds: Int32Array, scratch: { touched: Int32Array; pairSeen: Int32Array; stamp: number }): HitList {
  const { ids, scores } = root.set;
  // The position of each root document, in the scratch space the scoring no longer needs. Every kept
  // document is a root document: `kept` lists are cut from the root's own.
  for (let i = 0; i < ids.length; i++) scratch.touched[ids[i]!] = i;
  const termSets = internedTermSets(table);
  const state = new Int32Array(ids.length);
  // A term counts for a document only where every combination above it kept the document (MiniSearch
  // merges terms as it combines): an AND that failed, or the excluded side of AND_NOT, adds nothing.
  const visit = (node: Evaluated, kept: Int32Array) => {
    if (kept.length === 0) return;
    if (node.kind === 'combination') {
      const children = node.operator === 'and_not' ? node.children.slice(0, 1) : node.children;
      for (const child of children) visit(child, intersectIds(child.set.ids, kept));
      return;
    }
    if (node.source < 0) return;
    const keptHere = ++scratch.stamp;
    for (const doc of kept) scratch.pairSeen[doc] = keptHere;
    for (let p = 0; p < node.pairDocs.length; p++) {
      const doc = node.pairDocs[p]!;
      if (scratch.pairSeen[doc] !== keptHere) continue;
      const at = scratch.touched[doc]!;
      state[at] = termSets.add(termSets.add(state[at]!, node.pairTerms[p]!, 'index'), node.source, 'query');
    }
  };
  visit(root, ids);
  const external = new Int32Array(ids.length);
  const scored = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    external[i] = externalIds[ids[i]!]!;
    scored[i] = scores[i]! * (termSets.sets[state[i]!]!.queryTerms.length || 1);
  }
  return { ids: external, scores: scored, termSet: state, termSets: termSets.sets };
}

/** Term sets as states: the empty set is 0, adding a term to a set gives the same state for every hit. */
function internedTermSets(table: TermTable) {
  const sets: TermSet[] = [{ terms: [], queryTerms: [] }];
  const next = new Map<number, number>();
  const step = (state: number, term: number, kind: 0 | 1): number => {
    const key = (state * table.terms.length + term) * 2 + kind;
    let to = next.get(key);
    if (to !== undefined) return to;
    const from = sets[state]!;
    const name = table.terms[term]!;
    if ((kind === 0 ? from.terms : from.queryTerms).includes(name)) to = state;
    else to = sets.push(kind === 0 ? { terms: [...from.terms, name], queryTerms: from.queryTerms } : { terms: from.terms, queryTerms: [...from.queryTerms, name] }) - 1;
    next.set(key, to);
    return to;
  };
  // Pairs come grouped by index term and most hits are in the same state: the last step of each kind
  // answers most of the asks without a lookup.
  const last = [{ state: -1, term: -1, to: 0 }, { state: -1, term: -1, to: 0 }];
  return {
    sets,
    add(state: number, term: number, kind: 'index' | 'query'): number {
      const k = kind === 'index' ? 0 : 1;
      const memo = last[k]!;
      if (memo.state !== state || memo.term !== term) {
        memo.to = step(state, term, k);
        memo.state = state;
        memo.term = term;
      }
      return memo.to;
    },
  };
}
