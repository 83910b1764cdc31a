// Which sections PostgreSQL ranks for a page of hits. Ranking a section reads its tsvector, so ranking
// every match grows with the archive (« secteur »: 7,300 matches, 60 ms at 100×). A narrow query is
// ranked whole, as before, and its order is exact; a broad one ranks only its terms' champion lists
// (champions.ts), a bounded set, and is ranked whole, those first, only when they do not reach the
// page asked.
import type { Pool } from './database';
import type { SectionRow } from './current-generation';
import { pageOfHits, type Ranking } from './queries';

export interface RankingLimits {
  /** Up to this many matches, every one is ranked: the order is exact. */
  rankAllUpTo: number;
  /** Above, about this many candidates at most, shared among the query's terms. */
  candidates: number;
}

export const RANKING_LIMITS: RankingLimits = { rankAllUpTo: 500, candidates: 800 };

export type RankedRow = SectionRow & { score: number; matched: number };

export interface PageRequest {
  /** The parameters $1–$14 of queries.ts pageOfHits, in order; $6 is the limit, $7 the offset. */
  parameters: unknown[];
  limit: number;
  offset: number;
  /**
   * Matches after filters: how many the page can hold. A promise when the page is asked while they are
   * still being counted (postgres-archive.ts asks both at once).
   */
  total: number | Promise<number>;
  /**
   * At least the number of matches: the total, or a bound of it known before counting (postgres-archive.ts).
   * Up to `rankAllUpTo` it chooses to rank every match at once; past it, the champion lists are ranked
   * first, and every match after all when the total turns out to be within `rankAllUpTo`.
   */
  bound: number;
  /** The query's terms that have champion lists (index terms). */
  terms: string[];
}

export async function rankPage(pool: Pool, request: PageRequest, limits: RankingLimits = RANKING_LIMITS): Promise<RankedRow[]> {
  const { parameters, limit, offset, terms } = request;
  if (request.total === 0) return [];
  const rank = async (ranking: Ranking, extra: unknown[] = []) => (await pool.query<RankedRow>(pageOfHits(ranking), [...parameters, ...extra])).rows;
  if (request.bound <= limits.rankAllUpTo || terms.length === 0) return rank('all');
  const champions = [terms, Math.max(1, Math.ceil(limits.candidates / terms.length))];
  const rows = await rank('champions', champions);
  const total = await request.total;
  const candidates = rows[0]?.matched ?? 0;
  // Up to `rankAllUpTo` matches the order is exact whatever the bound said: it already is when every
  // match was a candidate (no other is left to rank above them).
  if (total <= limits.rankAllUpTo) return candidates === total ? rows : rank('all');
  // The candidates that match must reach past the page asked; otherwise every match is ranked, the
  // candidates first, so that this page follows the pages before it.
  return candidates >= Math.min(total, offset + limit) ? rows : rank('champions-first', champions);
}
