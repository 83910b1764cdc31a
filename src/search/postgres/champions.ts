// Champion lists (Manning, Raghavan & Schütze, « Introduction to Information Retrieval », §7.1.3): for
// each index term, the sections where it weighs most, computed at reindex. A broad query (« secteur »
// holds in 60 % of the sections) no longer ranks every match: PostgreSQL ranks the union of its terms'
// champions, a set whose size does not grow with the archive, and falls back to ranking every match
// when those hold too few hits for the page asked (postgres/page-of-hits.ts). Ranking a match costs
// reading its 4 KB tsvector (~8 µs): 60 ms for « secteur » at 100×, 0.6 s at 1,000×.
import { indexTerms, wordSurfaces } from '../../analysis';
import { ENGINE_FIELDS, FIELD_BOOSTS, fieldTexts } from '../engine';
import type { Section } from '../../types';

/** Sections kept per term: the page of hits comes from the union of the query's terms' lists. */
export const CHAMPIONS_PER_TERM = 400;

export interface TermStatistics {
  /** Sections × fields holding the term: the embedded engine's postings, for its completions and typos. */
  postings: Map<string, number>;
  /** Per term, the positions (ord) of the sections where it weighs most, best first. */
  champions: Map<string, number[]>;
}

/**
 * Postings and champion lists of `sections` (in ord order, with their prose boosts). A term's weight
 * in a section follows what ts_rank gives it (queries.ts): field weights, repeated occurrences counting
 * less and less (1, 1/4, 1/9…), divided by log2 of the section's length, times the boost. The length
 * is its index terms' occurrences, close to the positions rank_norm counts (which also hold phrase
 * parts and match keys).
 */
export function collectTermStatistics(sections: readonly Section[], boosts: readonly number[], perTerm = CHAMPIONS_PER_TERM): TermStatistics {
  const collector = new TermStatisticsCollector(perTerm);
  sections.forEach((section, ord) => collector.add(ord, fieldTexts(section).map(wordSurfaces), boosts[ord] ?? 1));
  return collector.finish();
}

/** collectTermStatistics one section at a time, from the words of its fields (a reindex reads each text once). */
export class TermStatisticsCollector {
  private readonly postings = new Map<string, number>();
  private readonly lists = new Map<string, ChampionList>();
  constructor(private readonly perTerm = CHAMPIONS_PER_TERM) {}

  /** `fields`: the words of the section's ENGINE_FIELDS, in that order. */
  add(ord: number, fields: readonly Iterable<string>[], boost: number): void {
    const weights = new Map<string, number>();
    let occurrences = 0;
    ENGINE_FIELDS.forEach((field, i) => {
      const counts = new Map<string, number>();
      for (const surface of fields[i] ?? []) for (const term of indexTerms(surface)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        this.postings.set(term, (this.postings.get(term) ?? 0) + 1);
        weights.set(term, (weights.get(term) ?? 0) + FIELD_BOOSTS[field] * diminishing(count));
        occurrences += count;
      }
    });
    const norm = boost / Math.log2(2 + occurrences);
    for (const [term, weight] of weights) {
      let list = this.lists.get(term);
      if (list === undefined) this.lists.set(term, (list = new ChampionList(this.perTerm)));
      list.add(ord, weight * norm);
    }
  }

  finish(): TermStatistics {
    return { postings: this.postings, champions: new Map([...this.lists].map(([term, list]) => [term, list.best()])) };
  }
}

/** 1 + 1/4 + 1/9 + … for `count` occurrences, as ts_rank sums a lexeme's positions. */
function diminishing(count: number): number {
  let sum = 0;
  for (let i = 1; i <= count; i++) sum += 1 / (i * i);
  return sum;
}

/**
 * The best `size` sections of a term, kept in bounded memory: sorted and cut each time it doubles. Two
 * arrays of numbers rather than an object per entry: at 1,000× the lists hold millions of entries, which
 * the garbage collector traced again on every collection, slowing the reindex as it went.
 */
class ChampionList {
  private ords: number[] = [];
  private weights: number[] = [];
  constructor(private readonly size: number) {}

  add(ord: number, weight: number): void {
    this.ords.push(ord);
    this.weights.push(weight);
    if (this.ords.length >= 2 * this.size) this.cut();
  }

  best(): number[] {
    this.cut();
    return this.ords;
  }

  private cut(): void {
    const { ords, weights } = this;
    if (ords.length < 2 && ords.length <= this.size) return;
    // Ties go to the earlier section, as the page of hits orders them.
    const order = ords.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || ords[a]! - ords[b]!);
    order.length = Math.min(order.length, this.size);
    this.ords = order.map((i) => ords[i]!);
    this.weights = order.map((i) => weights[i]!);
  }
}
