// Prefix completions and typo variants of query words, chosen from the index's terms under the caps
// of query-limits.ts and weighted exactly as MiniSearch weighs its own prefix and fuzzy matches, so that
// capping changes what is searched, never how a match scores.
import { mostFrequent, type QueryLimits } from './query-limits';
import type { TermDictionary } from './term-dictionary';

/** A term searched in place of (beside) a query word. */
export interface Variant {
  term: string;
  /** Relative weight of a match on `term`, before field and BM25 weights. */
  weight: number;
  postings: number;
  kind: 'prefix' | 'typo';
  /** The query word's exact term: what MiniSearch would report as the matched query term. */
  source: string;
}

export interface VariantRequest {
  exact: string;
  prefix: boolean;
  /** Edits tolerated; 0 for none. */
  typos: number;
}

/** Weights of a match by kind, relative to the exact word (see VARIANT_WEIGHTS). */
export interface VariantWeights {
  prefix: number;
  typo: number;
}

export function wordVariants(
  request: VariantRequest,
  dictionary: TermDictionary,
  limits: QueryLimits,
  weights: VariantWeights,
): Variant[] {
  const { exact } = request;
  const completions = request.prefix ? mostFrequent(dictionary.completions(exact), limits.completionsPerWord) : [];
  // MiniSearch scores a term that is both a completion and a neighbour as a completion only.
  const neighbours = request.typos > 0
    ? mostFrequent(dictionary.neighbours(exact, request.typos).filter((n) => !(request.prefix && n.term.startsWith(exact))), limits.typosPerWord)
    : [];
  return [
    // MiniSearch's own formulas (executeQuerySpec): the weight fades with the letters added or changed.
    ...completions.map(({ term, postings }): Variant => ({
      term,
      postings,
      kind: 'prefix',
      source: exact,
      weight: (weights.prefix * term.length) / (term.length + 0.3 * (term.length - exact.length)),
    })),
    ...neighbours.map(({ term, postings, distance }): Variant => ({
      term,
      postings,
      kind: 'typo',
      source: exact,
      weight: (weights.typo * term.length) / (term.length + distance),
    })),
  ];
}

/** The variants one query word (or part of a compound) is widened to. */
export interface Widening {
  variants: Variant[];
  /** True once a limit left some of its variants out. */
  narrowed: boolean;
}

/** One AND-ed group of a query as the budget sees it: postings it always costs, and its words' widenings. */
export interface BudgetedGroup {
  fixedPostings: number;
  /** Owned by the words' plans: the budget narrows them in place. */
  widenings: Widening[];
}

/**
 * Fits a query into `budget` postings: typo variants go first, then completions, then whole groups from
 * the end (the first one is always kept). Returns how many groups stay.
 */
export function fitBudget(groups: readonly BudgetedGroup[], fixedPostings: number, budget: number): number {
  const widenings = groups.flatMap((group) => group.widenings);
  const cost = (count: number) =>
    groups.slice(0, count).reduce((sum, group) => sum + group.fixedPostings + group.widenings.reduce((s, w) => s + postingsOf(w.variants), 0), fixedPostings);
  for (const kind of ['typo', 'prefix'] as const) {
    if (cost(groups.length) <= budget) break;
    for (const widening of widenings) {
      const kept = widening.variants.filter((variant) => variant.kind !== kind);
      if (kept.length < widening.variants.length) widening.narrowed = true;
      widening.variants = kept;
    }
  }
  let keptGroups = groups.length;
  while (keptGroups > 1 && cost(keptGroups) > budget) keptGroups--;
  return keptGroups;
}

function postingsOf(list: readonly Variant[]): number {
  return list.reduce((sum, variant) => sum + variant.postings, 0);
}
