// The Archive answered from PostgreSQL, for one generation. Matching, totals and facets are SQL over
// the GIN-indexed tsvector; the page of hits shown gets its snippets and marks from the same code as
// the embedded archive. What a web process keeps in memory is the report list and the vocabulary
// (suggestions, typo candidates, « did you mean »), not the sections.
import type { Archive, ReportSummary } from '../archive';
import {
  clampPage,
  emptyResponse,
  FEW_HITS,
  marksFor,
  normalizeRequest,
  noticeWithoutWords,
  paragraphsHighlighter,
  sortReports,
  suggestFrom,
  textHighlighter,
  toHit,
  type NormalizedRequest,
} from '../archive-parts';
import { facetsFromReportCounts } from '../facets';
import { findSpans } from '../marks';
import { vocabularyCompileOptions } from '../query-plan';
import { clauseWords, keepFirstWords, QUERY_LIMITS } from '../query-limits';
import { parseQuery, type ParsedQuery } from '../query-parser';
import { analyseText } from '../section-words';
import { isBetterSpelling, spellingSuggestion } from '../spelling';
import { createVocabularyLookup, type VocabularyEntry } from '../vocabulary';
import type { ReportMeta, SearchResponse } from '../../types';
import { reading, type Pool } from './database';
import { toSection, type CurrentGeneration, type SectionRow } from './generations';
import { compileTsQuery } from './tsquery';

// ts_rank weights {D, C, B, A}: text 1, breadcrumb 1.3, title 3, as the embedded FIELD_BOOSTS.
const FIELD_WEIGHTS = '{0, 0.2, 0.26, 0.6}';
// Normalisation 1: rank divided by 1 + log(length), so long sections do not win on repetition alone.
const RANK = (query: string) => `ts_rank('${FIELD_WEIGHTS}', terms, ${query}, 1)`;

const COUNT_BY_REPORT = `
  SELECT report_id, count(*)::int AS count
    FROM archive_section
   WHERE generation_id = $1 AND terms @@ $2::tsquery
   GROUP BY report_id`;

// The words typed exactly weigh on top of the whole query's rank (exact > stem, prefix, typo).
const PAGE_OF_HITS = `
  SELECT report_id, section_id, title, breadcrumb, level, page, body,
         (${RANK('$2::tsquery')} + coalesce(${RANK('$3::tsquery')}, 0)) * boost AS score
    FROM archive_section
   WHERE generation_id = $1 AND terms @@ $2::tsquery
     AND ($4::text IS NULL OR report_id = $4)
     AND ($5::int IS NULL OR year = $5)
   ORDER BY score DESC, ord
   LIMIT $6 OFFSET $7`;

const SECTIONS_OF_REPORT = `
  SELECT report_id, section_id, title, breadcrumb, level, page, body
    FROM archive_section
   WHERE generation_id = $1 AND report_id = $2
   ORDER BY ord`;

const ONE_SECTION = `
  SELECT report_id, section_id, title, breadcrumb, level, page, body
    FROM archive_section
   WHERE generation_id = $1 AND report_id = $2 AND section_id = $3`;

export async function openPostgresArchive(pool: Pool, generation: CurrentGeneration): Promise<Archive> {
  const [reportRows, vocabularyRows] = await reading(() => Promise.all([
    pool.query<{ meta: ReportMeta; sections: number }>(
      `SELECT r.meta, (SELECT count(*)::int FROM archive_section s WHERE s.generation_id = r.generation_id AND s.report_id = r.id) AS sections
         FROM archive_report r WHERE r.generation_id = $1`,
      [generation.id],
    ),
    pool.query<{ word: string; occurrences: number }>(
      `SELECT word, occurrences FROM archive_vocabulary WHERE generation_id = $1 ORDER BY rank`,
      [generation.id],
    ),
  ]));
  const summaries = sortReports(reportRows.rows.map(({ meta, sections }): ReportSummary => ({ ...meta, sectionCount: sections })));
  const reportsById = new Map(summaries.map((summary) => [summary.id, summary]));
  const vocabulary = createVocabularyLookup(vocabularyRows.rows.map((row): VocabularyEntry => [row.word, row.occurrences]));
  const compileOptions = vocabularyCompileOptions(vocabulary);

  /** Hits per report for a query: the total and facets come from these. */
  async function countByReport(tsquery: string | undefined) {
    if (tsquery === undefined) return [];
    const { rows } = await pool.query<{ report_id: string; count: number }>(COUNT_BY_REPORT, [generation.id, tsquery]);
    return rows.map((row) => ({ reportId: row.report_id, count: row.count }));
  }

  async function matchCounts(parsed: ParsedQuery) {
    const compiled = compileTsQuery(parsed, compileOptions, vocabulary);
    const all = await countByReport(compiled.all);
    if (sum(all) > 0 || compiled.groupCount < 2) return { compiled, counts: all, anyWords: false, tsquery: compiled.all };
    return { compiled, counts: await countByReport(compiled.any), anyWords: true, tsquery: compiled.any };
  }

  async function search(request: NormalizedRequest & { page: unknown }): Promise<SearchResponse> {
    const { query, limit, filters } = request;
    const parsed = parseQuery(query);
    if (parsed.groups.length === 0) return { ...emptyResponse(query, limit), notice: noticeWithoutWords(parsed) };

    // The same cap as the embedded engine: a pasted paragraph searches its first words and says so.
    const first = keepFirstWords(parsed, QUERY_LIMITS.words);
    const searchedWords = first.groups.flat().reduce((sum, clause) => sum + clauseWords(clause), 0);
    const matches = await matchCounts({ ...parsed, groups: first.groups });
    const { total, facets } = facetsFromReportCounts(matches.counts, reportsById, filters);
    const page = clampPage(request.page, total, limit);
    const rows = total === 0 ? [] : (await pool.query<SectionRow & { score: number }>(PAGE_OF_HITS, [
      generation.id, matches.tsquery, matches.compiled.exact ?? matches.tsquery,
      filters.reportId ?? null, filters.year ?? null, limit, (page - 1) * limit,
    ])).rows;
    const marks = marksFor(query, compileOptions);
    const hits = rows.map((row) => {
      const section = toSection(row);
      const words = { title: analyseText(section.title), text: analyseText(section.text) };
      const spans = (analysed: ReturnType<typeof analyseText>) => findSpans(analysed, marks.marker, marks.phrases);
      return toHit({ section, report: reportsById.get(section.reportId), query, score: row.score, words, textSpans: spans(words.text), titleSpans: spans(words.title) });
    });
    const response: SearchResponse = { query, total, page, limit, hits, facets };
    if (matches.anyWords) response.notice = 'any-words';
    if (searchedWords < first.typedWords) {
      response.truncated = { typedWords: first.typedWords, searchedWords, narrowedWords: 0, uncheckedPhrases: 0 };
    } else if (total < FEW_HITS || matches.anyWords) {
      const suggestion = spellingSuggestion(query, parsed, vocabulary);
      if (suggestion !== undefined) {
        const corrected = await matchCounts(parseQuery(suggestion));
        if (isBetterSpelling(sum(matches.counts), matches.anyWords, sum(corrected.counts), corrected.anyWords)) response.suggestion = suggestion;
      }
    }
    return response;
  }

  return {
    builtAt: generation.builtAt,
    reports: async () => [...summaries],
    async report(id) {
      const meta = reportsById.get(id);
      if (!meta) return undefined;
      const { rows } = await reading(() => pool.query<SectionRow>(SECTIONS_OF_REPORT, [generation.id, id]));
      return { meta, sections: rows.map(toSection) };
    },
    async section(reportId, sectionId) {
      if (!reportsById.has(reportId)) return undefined;
      const { rows } = await reading(() => pool.query<SectionRow>(ONE_SECTION, [generation.id, reportId, sectionId]));
      return rows[0] ? toSection(rows[0]) : undefined;
    },
    search: (request) => reading(() => search({ ...normalizeRequest(request), page: request.page })),
    suggest: async (prefix, limit) => suggestFrom(vocabulary, prefix, limit),
    highlighter: async (query) => textHighlighter(marksFor(query, compileOptions)),
    paragraphHighlighter: async (query) => paragraphsHighlighter(marksFor(query, compileOptions)),
  };
}

function sum(counts: ReadonlyArray<{ count: number }>): number {
  return counts.reduce((total, { count }) => total + count, 0);
}
