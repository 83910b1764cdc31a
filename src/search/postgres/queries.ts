// The SQL the PostgreSQL archive runs, every value a bound parameter ($n). Rows belong to a
// generation: each query names the one it reads.

// ts_rank weights {D, C, B, A}: text 1, breadcrumb 1.3, title 3, as the embedded FIELD_BOOSTS.
const FIELD_WEIGHTS = '{0, 0.2, 0.26, 0.6}';
// Normalisation 1 (rank divided by log2(1 + length), so long sections do not win on repetition alone),
// with the length counted at reindex (rank_norm): normalisation 1 made every ts_rank call count the
// positions of the whole tsvector, 12 µs a call at 100×.
const rank = (query: string) => `ts_rank('${FIELD_WEIGHTS}', terms, ${query}, 0) * rank_norm`;

export const REPORTS = `
  SELECT r.meta, (SELECT count(*)::int FROM archive_section s WHERE s.generation_id = $1 AND s.report_id = r.id) AS sections
    FROM archive_report r WHERE r.generation_id = $1`;

export const VOCABULARY = `
  SELECT word, occurrences FROM archive_vocabulary WHERE generation_id = $1 ORDER BY rank`;

export const TERMS = `
  SELECT term, postings FROM archive_term WHERE generation_id = $1`;

export const ACRONYMS = `
  SELECT acronyms FROM archive_generation WHERE id = $1`;

export const COUNT_BY_REPORT = `
  SELECT report_id, count(*)::int AS count
    FROM archive_match
   WHERE generation_id = $1 AND terms @@ $2::tsquery
   GROUP BY report_id`;

/** Sections matching each group of a query ($2, in order): how rare each word is. */
export const GROUP_COUNTS = `
  SELECT g.i, count(*)::int AS count
    FROM unnest($2::tsquery[]) WITH ORDINALITY AS g(q, i)
    JOIN archive_match s ON s.generation_id = $1 AND s.terms @@ g.q
   GROUP BY g.i`;

/**
 * One page of hits. The words typed exactly ($3) weigh on top of the whole query's rank (exact >
 * stem, prefix, typo), and so do the alternatives the query was widened to ($12, weights $13); the
 * prose boost applies unless the query asks for figures ($8); a question or a fallback to « any word »
 * is scaled by the weighted share of its groups ($9, weights $10) the section covers, to the power
 * $11; a section also matches $14 when set (any `minimum` of the groups, tsquery.ts coveringQuery).
 * `matched` is the number of sections ranked.
 *
 * Which sections are ranked (`ranking`): every match (`all`); only those in the champion lists of the
 * terms $15, the first $16 of each (`champions`, champions.ts); or every match, those of the lists first
 * (`champions-first`: page-of-hits.ts, when the lists hold too few matches for the page asked, so that
 * every page of one search follows one order).
 */
export type Ranking = 'all' | 'champions' | 'champions-first';

export function pageOfHits(ranking: Ranking): string {
  // How the candidates meet the matches is written out rather than left to the planner: it estimates
  // a phrase's matches at a few rows, and joined 800 candidates to 876 matches of « "prime covid" » at
  // 1,000× by a nested loop comparing every pair (70 ms, twice). The champions alone are each looked up by
  // primary key (LIMIT 1 keeps the lookup a loop over the candidates); every match, the candidates
  // first, tests membership in a hashed subquery.
  const source = ranking === 'champions'
    ? 'candidates CROSS JOIN LATERAL (SELECT * FROM archive_match WHERE generation_id = $1 AND ord = candidates.candidate LIMIT 1) AS archive_match'
    : 'archive_match';
  const champion = ranking === 'champions-first' ? 'ord IN (SELECT candidate FROM candidates)' : 'true';
  return `
  WITH ${ranking !== 'all' ? `candidates AS (
    SELECT DISTINCT c.ord AS candidate
      FROM archive_term t CROSS JOIN LATERAL unnest(t.champions[1:$16::int]) AS c(ord)
     WHERE t.generation_id = $1 AND t.term = ANY($15::text[])),` : ''}
  scored AS (
    SELECT ord, ${champion} AS champion,
           (${rank('$2::tsquery')} + coalesce(${rank('$3::tsquery')}, 0)
            + (SELECT coalesce(sum(${rank('a.q')} * a.w), 0) FROM unnest($12::tsquery[], $13::float8[]) AS a(q, w)))
           * CASE WHEN $8::boolean THEN 1 ELSE boost END
           * CASE WHEN $9::tsquery[] IS NULL THEN 1 ELSE coalesce(power(
               (SELECT coalesce(sum(c.w), 0) FROM unnest($9::tsquery[], $10::float8[]) AS c(q, w) WHERE terms @@ c.q)
               / nullif((SELECT sum(w) FROM unnest($10::float8[]) AS w), 0), $11), 1) END AS score
      FROM ${source}
     WHERE generation_id = $1 AND terms @@ $2::tsquery
       AND ($4::text IS NULL OR report_id = $4)
       AND ($5::int IS NULL OR year = $5)
       AND ($14::tsquery IS NULL OR terms @@ $14::tsquery)),
  -- Ordered and counted on (ord, score) alone: the texts are read for the page's rows only.
  page AS (
    SELECT ord, score, champion, count(*) OVER ()::int AS matched FROM scored ORDER BY champion DESC, score DESC, ord LIMIT $6 OFFSET $7)
  SELECT s.report_id, s.section_id, s.title, s.breadcrumb, s.level, s.page, s.body, page.matched, page.score
    FROM page JOIN archive_section s ON s.generation_id = $1 AND s.ord = page.ord
   ORDER BY page.champion DESC, page.score DESC, page.ord`;
}

/**
 * Matching sections per year (report filter $3 applied, as the year facet), and the marks a reader sees
 * in titles and texts (see archive_marks: words $4, prefixes $5, sequences of words $6 and of match keys
 * $7, the keys of the words typed $8) counted on an even sample of at most $9 of them in section order,
 * as the embedded timeline does (timeline.ts): walking the positions of every matching section took
 * 0.5–3 s per search at 100×. `counted` says how many sections of the year were in the sample.
 * The matches come from the words index alone (ord and year, no words), and only the sample's words are
 * read. Asked for in section order with their words, the matches were read through the primary key,
 * every section of the generation tested against the query from its compressed words: 1 s for « Nexem »
 * at 1,000× (89,472 matches), against 40 ms to count them. Without statistics (a fresh table) a self-join
 * of the matches was once planned as a nested loop that ran archive_marks hundreds of times per row: the
 * sample's words are looked up one by one.
 */
export const COUNT_BY_YEAR = `
  WITH matched AS MATERIALIZED (
    SELECT s.ord, s.year
      FROM archive_match s
     WHERE s.generation_id = $1 AND s.terms @@ $2::tsquery AND s.year IS NOT NULL
       AND ($3::text IS NULL OR s.report_id = $3)
  ), sampled AS MATERIALIZED (
    -- evenSample (timeline.ts) in integers: floor(ceil(i × k / n) × n / k) = i.
    SELECT ord, year
      FROM (SELECT ord, year, row_number() OVER (ORDER BY ord) - 1 AS i, count(*) OVER () AS n FROM matched) AS ordered
     WHERE n <= $9::int OR ((i * $9::int + n - 1) / n) * n / $9::int = i
  ), marked AS MATERIALIZED (
    SELECT m.year, count(*)::int AS counted,
           coalesce(sum(archive_marks(w.terms, $4::text[], $5::text[], $6::jsonb, $7::jsonb, $8::text[])), 0)::int AS occurrences
      FROM sampled m
     CROSS JOIN LATERAL (SELECT a.terms FROM archive_match a WHERE a.ord = m.ord AND a.generation_id = $1 LIMIT 1) AS w
     GROUP BY m.year
  )
  SELECT t.year, t.sections, coalesce(k.counted, 0)::int AS counted, coalesce(k.occurrences, 0)::int AS occurrences
    FROM (SELECT year, count(*)::int AS sections FROM matched GROUP BY year) AS t
    LEFT JOIN marked AS k USING (year)`;

export const SECTIONS_OF_REPORT = `
  SELECT report_id, section_id, title, breadcrumb, level, page, body
    FROM archive_section
   WHERE generation_id = $1 AND report_id = $2
   ORDER BY ord`;

export const ONE_SECTION = `
  SELECT report_id, section_id, title, breadcrumb, level, page, body
    FROM archive_section
   WHERE generation_id = $1 AND report_id = $2 AND section_id = $3`;

/** « Sur le même sujet » of every section of a report ($2), found at reindex, most related first. */
export const RELATED_OF_REPORT = `
  SELECT s.section_id AS of_section, r.report_id, r.section_id, r.title, r.breadcrumb, r.level, r.page, '' AS body
    FROM archive_section s
   CROSS JOIN LATERAL unnest(s.related) WITH ORDINALITY AS rel(ord, n)
    JOIN archive_section r ON r.generation_id = s.generation_id AND r.ord = rel.ord
   WHERE s.generation_id = $1 AND s.report_id = $2
   ORDER BY s.ord, rel.n`;
