// What one query may cost, whatever is typed. A 500-character paste of long misspelt words used to
// take 50–140 ms on 121 sections, growing with the archive: every word expanded into all its prefix
// and typo variants, each scored over all its postings (docs/performance.md, « Coût borné »).
// Pure: any backend (MiniSearch today) applies the same caps to the same parsed query.
import type { SearchTruncation } from '../types';
import type { Clause, ParsedQuery } from './query-parser';

export interface QueryLimits {
  /** Words searched (a phrase counts its words); the ones after are dropped and announced. */
  words: number;
  /** Completions of a word being typed, most frequent first. */
  completionsPerWord: number;
  /** Typo variants of a word, most frequent first. */
  typosPerWord: number;
  /**
   * Words looked up for typos per request. One lookup walks the term tree within two edits of the word
   * (~0.3 ms at 1×, the largest fixed cost of a long misspelt query); the words after are searched as typed.
   */
  typoWords: number;
  /**
   * Postings scored per request (one per section and field a term occurs in): the unit of a search's
   * CPU cost. Past it, typo variants go first, then completions, then words from the end.
   */
  postings: number;
  /**
   * Sections a timeline may analyse for the first time to count its occurrences (marked passages). At
   * 100× a common word matches thousands of sections and counting them all took up to 3 s; past it,
   * the occurrences of the sections left are estimated from those counted, and the timeline says so.
   */
  timelineAnalyses: number;
}

export const QUERY_LIMITS: QueryLimits = {
  words: 12, completionsPerWord: 32, typosPerWord: 8, typoWords: 6, postings: 60_000, timelineAnalyses: 150,
};

/** What a query lost to the limits, so the page and the API can say it. */
export type QueryCut = SearchTruncation;

/** Words a clause stands for: one, or the words of its phrase. */
export function clauseWords(clause: Clause): number {
  return clause.type === 'word' ? 1 : Math.max(1, clause.surfaces.length);
}

/** The groups holding the first `maxWords` words (a group is kept whole), and how many words were typed. */
export function keepFirstWords(parsed: ParsedQuery, maxWords: number): { groups: Clause[][]; typedWords: number } {
  const typedWords = parsed.groups.flat().reduce((sum, clause) => sum + clauseWords(clause), 0);
  const groups: Clause[][] = [];
  let words = 0;
  for (const group of parsed.groups) {
    const size = group.reduce((sum, clause) => sum + clauseWords(clause), 0);
    if (groups.length > 0 && words + size > maxWords) break;
    groups.push(group);
    words += size;
  }
  return { groups, typedWords };
}

/** A term a query word may also match, with what scoring it costs. */
export interface TermCandidate {
  term: string;
  postings: number;
}

/** The `cap` most frequent candidates (most postings first; ties in term order, so the choice is stable). */
export function mostFrequent<T extends TermCandidate>(candidates: Iterable<T>, cap: number): T[] {
  return [...candidates].sort((a, b) => b.postings - a.postings || (a.term < b.term ? -1 : 1)).slice(0, cap);
}
