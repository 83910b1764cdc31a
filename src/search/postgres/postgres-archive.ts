// The Archive answered from PostgreSQL, for one generation. Matching, totals, facets and the timeline
// are SQL over the GIN-indexed tsvector; the page of hits shown gets its snippets and marks from the
// same code as the embedded archive. What a web process keeps in memory is the report list, the
// vocabulary (suggestions, typo candidates, « did you mean ») and the widening equivalents, not the
// sections.
import type { ArchiveOptions, Archive } from '../archive';
import {
  DEFAULT_LIMIT,
  describeSection,
  describeWidening,
  FEW_HITS,
  isBetterSpelling,
  marksFor,
  MAX_LIMIT,
  paragraphsHighlighter,
  summariseReports,
  suggestFrom,
  textHighlighter,
  toHit,
} from '../archive-parts';
import type { AcronymDefinition } from '../acronym-definitions';
import { facetsFromReportCounts, rankReports, reportFacetLimit, totalFromReportCounts } from '../facets';
import { createTermMarker, findSpans } from '../marks';
import type { ParsedQuery } from '../query-parser';
import type { CompiledQuery } from '../query-expression';
import { QUERY_LIMITS } from '../query-limits';
import { clampInteger, reportFilter } from '../request-values';
import { analyseText, type AnalysedText } from '../section-words';
import { spellingSuggestion } from '../spelling';
import { estimateYears, type YearTally } from '../timeline';
import type { VocabularyEntry } from '../vocabulary';
import type { RelatedSection, ReportMeta, SearchNotice, SearchRequest, SearchResponse, Timeline, TimelineRequest, TimelineYear } from '../../types';
import { reading, type Pool } from './database';
import { toSection, type CurrentGeneration, type SectionRow } from './current-generation';
import * as sql from './queries';
import { rankPage, type RankedRow, type RankingLimits } from './page-of-hits';
import { coveringQuery, matchedTerms, type CompiledTsQuery } from './tsquery';
import { createQueryCompiler, type PreparedQuery } from './query-compiler';

/** How much covering fewer of a question's words costs (as matching.ts: Lucene's coordination, squared). */
const COVERAGE_EXPONENT = 2;
/** Reports whose related sections a process keeps (a few kilobytes each). */
const RELATED_REPORTS_KEPT = 64;

export async function openPostgresArchive(
  pool: Pool,
  generation: CurrentGeneration,
  options: ArchiveOptions & { ranking?: RankingLimits } = {},
): Promise<Archive> {
  const [reportRows, vocabularyRows, acronymRows, termRows] = await reading(() => Promise.all([
    pool.query<{ meta: ReportMeta; sections: number }>(sql.REPORTS, [generation.id]),
    pool.query<{ word: string; occurrences: number }>(sql.VOCABULARY, [generation.id]),
    pool.query<{ acronyms: AcronymDefinition[] }>(sql.ACRONYMS, [generation.id]),
    pool.query<{ term: string; postings: number }>(sql.TERMS, [generation.id]),
  ]));
  const summaries = summariseReports(reportRows.rows.map(({ meta, sections }) => ({ ...meta, sectionCount: sections })));
  const reportsById = new Map(summaries.map((summary) => [summary.id, summary]));
  const facetReports = rankReports(reportsById);
  // The years the timeline spans: those of reports with sections, as the embedded facet table has them.
  const years = [...new Set(summaries.filter((s) => s.sectionCount > 0 && s.year !== null).map((s) => s.year!))].sort((a, b) => a - b);
  const sectionCount = summaries.reduce((sum, summary) => sum + summary.sectionCount, 0);
  const compiler = createQueryCompiler({
    vocabulary: vocabularyRows.rows.map((row): VocabularyEntry => [row.word, row.occurrences]),
    postings: termRows.rows.map((row) => [row.term, row.postings] as const),
    acronyms: acronymRows.rows[0]?.acronyms ?? [],
  }, options);
  const { vocabulary, terms, widenedOptions } = compiler;

  /** Hits per report for a query: the total and facets come from these. */
  async function countByReport(tsquery: string | undefined): Promise<{ reportId: string; count: number }[]> {
    if (tsquery === undefined) return [];
    const { rows } = await pool.query<{ report_id: string; count: number }>(sql.COUNT_BY_REPORT, [generation.id, tsquery]);
    return rows.map((row) => ({ reportId: row.report_id, count: row.count }));
  }

  /** Which of « all » and « any » answers, and the counts per report. */
  async function resolve(prepared: PreparedQuery): Promise<Matched> {
    const { compiled, ts } = prepared;
    const several = ts.groups.length >= 2;
    // A question or a long query is ranked by coverage whatever the counts say: the weights of its
    // groups are asked beside them.
    const weights = several && compiled.byCoverage ? coverageWeights(ts) : undefined;
    weights?.catch(() => undefined);
    // Counted for every query: a one-word question (« Combien de salariés ? ») is answered by it.
    const allCounts = await countByReport(ts.all);
    const allFound = sum(allCounts) > 0;
    const useAny = several && (compiled.byCoverage || !allFound);
    // Ranked by coverage, a section must still cover the minimum of groups the compiler set (as a
    // tsquery the index answers alone: any `minimum` of the groups); when none does, every section with
    // any word is listed (as matching.ts falls back).
    const covering = useAny && compiled.byCoverage && compiled.minimumCovered > 1 ? coveringQuery(ts.groups, compiled.minimumCovered) : undefined;
    let listed = useAny ? covering ?? ts.any : ts.all;
    let counts = useAny ? await countByReport(listed) : allCounts;
    if (covering !== undefined && sum(counts) === 0) {
      listed = ts.any;
      counts = await countByReport(listed);
    }
    const coverage = useAny ? await (weights ?? coverageWeights(ts)) : undefined;
    return { ...prepared, counts, anyWords: useAny && !allFound, tsquery: listed, ranked: useAny ? ts.any : ts.all, covering: listed === covering ? covering : undefined, coverage };
  }

  async function match(q: unknown, strict: boolean): Promise<{ query: string; notice: SearchNotice } | Matched> {
    const prepared = compiler.prepare(q, strict);
    return 'compiled' in prepared ? resolve(prepared) : prepared;
  }

  /** Per group, how little a section says by missing it: rare words weigh more (matching.ts). */
  async function coverageWeights(ts: CompiledTsQuery): Promise<number[]> {
    const { rows } = await pool.query<{ i: string; count: number }>(sql.GROUP_COUNTS, [generation.id, ts.groups]);
    const counts = new Map(rows.map((row) => [Number(row.i), row.count]));
    return ts.groups.map((_, g) => Math.log(1 + Math.max(1, sectionCount) / (1 + (counts.get(g + 1) ?? 0))));
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const limit = clampInteger(request.limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
    const filters = { reportId: reportFilter(request.reportId), year: Number.isInteger(request.year) ? request.year : undefined };
    const prepared = compiler.prepare(request.q, request.strict === true);
    const { query } = prepared;
    if (!('compiled' in prepared)) {
      return { query, total: 0, page: 1, limit, hits: [], facets: { reports: [], years: [] }, notice: prepared.notice };
    }
    const { parsed, compiled, ts } = prepared;
    const resolving = resolve(prepared);
    const totalOf = (matched: Matched) => totalFromReportCounts(matched.counts, reportsById, filters);
    const pageRequest = (matched: Pick<Matched, 'ranked' | 'coverage' | 'covering'>, page: number, total: number | Promise<number>, bound: number) => ({
      parameters: [
        generation.id, matched.ranked, ts.exact ?? matched.ranked,
        textParameter(filters.reportId), filters.year ?? null, limit, (page - 1) * limit,
        compiled.figuresWanted, matched.coverage ? ts.groups : null, matched.coverage ?? null, COVERAGE_EXPONENT,
        ts.widened.map((w) => w.query), ts.widened.map((w) => w.weight), matched.covering ?? null,
      ],
      limit,
      offset: (page - 1) * limit,
      total,
      bound,
      // The lists are chosen with the prose boost, which a query asking for figures ranks without.
      terms: compiled.figuresWanted ? [] : ts.terms.filter((term) => terms.has(term)),
    });
    // Without filters, the page is asked while the matches are counted (one round trip instead of two):
    // it is ranked by « all » groups, as the counts nearly always confirm, and chosen by a bound of the
    // matches known beforehand. A filtered query is counted first: its total, often small, chooses.
    const unfiltered = filters.reportId === undefined && filters.year === undefined;
    const askedPage = clampInteger(request.page, 1, Number.MAX_SAFE_INTEGER, 1);
    let early: Promise<RankedRow[]> | undefined;
    // A page past every match the bound allows is not asked before the count clamps it.
    if (unfiltered && prepared.listsAll && (askedPage - 1) * limit < prepared.bound) {
      const total = resolving.then(totalOf);
      // A failure is the count's, thrown by `await resolving` below; the page may not wait for it.
      total.catch(() => undefined);
      early = rankPage(pool, pageRequest({ ranked: ts.all, coverage: undefined, covering: undefined }, askedPage, total, prepared.bound), options.ranking);
      early.catch(() => undefined);
    }
    const matched = await resolving;
    const { counts, anyWords, ranked } = matched;
    const { total, facets } = facetsFromReportCounts(counts, facetReports, filters, reportFacetLimit(request));
    const page = clampInteger(request.page, 1, Math.max(1, Math.ceil(total / limit)), 1);
    const spelling = spellingCheck(query, parsed, compiled, total, counts, anyWords);
    spelling.catch(() => undefined);
    const rows = early !== undefined && page === askedPage && ranked === ts.all
      ? await early
      : total === 0 ? [] : await rankPage(pool, pageRequest(matched, page, total, total), options.ranking);
    const marks = { marker: createTermMarker(compiled.wordMatchers), phrases: compiled.phrases, expressions: compiled.expressions };
    const hits = rows.map((row) => {
      const section = toSection(row);
      const words = { title: analyseText(section.title), text: analyseText(section.text) };
      const breadcrumb = analyseText(section.breadcrumb.join(' '));
      const terms = matchedTerms(new Set([words.title, words.text, breadcrumb].flatMap((analysed) => [...analysed.positions.keys()])), ts.marks);
      const spans = (analysed: AnalysedText) => findSpans(analysed, marks.marker, marks.phrases, terms, marks.expressions);
      return toHit({ section, report: reportsById.get(section.reportId), query, score: row.score, words, textSpans: spans(words.text), titleSpans: spans(words.title) });
    });
    const response: SearchResponse = { query, total, page, limit, hits, facets };
    if (anyWords) response.notice = 'any-words';
    if (compiled.cut) response.truncated = compiled.cut;
    if (compiled.widened.length > 0) response.widened = compiled.widened.map(describeWidening);
    const suggestion = await spelling;
    if (suggestion !== undefined) response.suggestion = suggestion;
    return response;
  }

  /** « Did you mean »: a spelling that finds more, checked (counted) while the page is ranked. */
  async function spellingCheck(query: string, parsed: ParsedQuery, compiled: CompiledQuery, total: number, counts: Matched['counts'], anyWords: boolean): Promise<string | undefined> {
    if (compiled.cut || (total >= FEW_HITS && !anyWords)) return undefined;
    const suggestion = spellingSuggestion(query, parsed, vocabulary);
    if (suggestion === undefined) return undefined;
    const corrected = await match(suggestion, true);
    const found = 'compiled' in corrected ? { count: sum(corrected.counts), anyWords: corrected.anyWords } : { count: 0, anyWords: false };
    return isBetterSpelling({ count: sum(counts), anyWords }, found) ? suggestion : undefined;
  }

  async function timeline(request: TimelineRequest): Promise<Timeline> {
    const matched = await match(request.q, request.strict === true);
    const none = (): TimelineYear[] => years.map((year) => ({ year, sections: 0, occurrences: 0 }));
    if (!('compiled' in matched)) return { query: matched.query, years: none(), notice: matched.notice };
    const { rows } = matched.tsquery === undefined ? { rows: [] } : await pool.query<YearTally>(
      sql.COUNT_BY_YEAR,
      [generation.id, matched.tsquery, textParameter(reportFilter(request.reportId)), matched.ts.marks.lexemes, matched.ts.marks.prefixes, JSON.stringify(matched.ts.marks.sequences), JSON.stringify(matched.ts.marks.keySequences), matched.ts.marks.wordKeys,
        QUERY_LIMITS.timelineAnalyses],
    );
    const byYear = new Map(rows.map((row) => [row.year, row]));
    return {
      query: matched.query,
      years: estimateYears(years.map((year) => byYear.get(year) ?? { year, sections: 0, counted: 0, occurrences: 0 })),
      ...(matched.anyWords ? { notice: 'any-words' as const } : {}),
    };
  }

  // A report page asks for the related sections of each of its sections: one query per report, kept
  // (the generation never changes) for the most recently shown reports.
  const relatedByReport = new Map<string, Promise<Map<string, RelatedSection[]>>>();
  function relatedOf(reportId: string): Promise<Map<string, RelatedSection[]>> {
    let found = relatedByReport.get(reportId);
    if (found === undefined) {
      found = reading(() => pool.query<SectionRow & { of_section: string }>(sql.RELATED_OF_REPORT, [generation.id, reportId])).then(({ rows }) => {
        const lists = new Map<string, RelatedSection[]>();
        for (const row of rows) lists.set(row.of_section, [...(lists.get(row.of_section) ?? []), describeSection(toSection(row), reportsById.get(row.report_id))]);
        return lists;
      });
      // A failure (database away) is not kept: the next page asks again.
      found.catch(() => relatedByReport.delete(reportId));
      if (relatedByReport.size >= RELATED_REPORTS_KEPT) relatedByReport.delete(relatedByReport.keys().next().value as string);
      relatedByReport.set(reportId, found);
    }
    return found;
  }

  const marks = (query: unknown) => marksFor(query, widenedOptions);

  return {
    builtAt: generation.builtAt,
    reports: async () => [...summaries],
    async report(id) {
      const meta = reportsById.get(id);
      if (!meta) return undefined;
      const { rows } = await reading(() => pool.query<SectionRow>(sql.SECTIONS_OF_REPORT, [generation.id, id]));
      return { meta, sections: rows.map(toSection) };
    },
    async section(reportId, sectionId) {
      if (!reportsById.has(reportId)) return undefined;
      const { rows } = await reading(() => pool.query<SectionRow>(sql.ONE_SECTION, [generation.id, reportId, textParameter(sectionId)]));
      return rows[0] ? toSection(rows[0]) : undefined;
    },
    search: (request) => reading(() => search(request)),
    timeline: (request) => reading(() => timeline(request)),
    async related(reportId, sectionId) {
      if (!reportsById.has(reportId)) return [];
      return (await relatedOf(reportId)).get(sectionId) ?? [];
    },
    suggest: async (prefix, limit) => suggestFrom(vocabulary, prefix, limit),
    highlighter: async (query) => textHighlighter(marks(query)),
    paragraphHighlighter: async (query) => paragraphsHighlighter(marks(query)),
  };
}

interface Matched extends PreparedQuery {
  counts: { reportId: string; count: number }[];
  /** No section has every group: the hits have only some of them. */
  anyWords: boolean;
  /** The query whose matches are listed: « all » groups, or « any » (fallback, questions), or `covering`. */
  tsquery: string | undefined;
  /** The query the listed sections are ranked by: « all » or « any ». */
  ranked: string | undefined;
  /** Any `minimum` of the groups, when a section must cover that many. */
  covering: string | undefined;
  /** Per group weights when ranked by coverage. */
  coverage: number[] | undefined;
}

function sum(counts: ReadonlyArray<{ count: number }>): number {
  return counts.reduce((total, { count }) => total + count, 0);
}

/**
 * A string from the request as a query parameter. PostgreSQL's text cannot hold U+0000 (the query fails:
 * a 500 for `rapport=%00`, found by the HTTP fuzz suite); no stored id holds U+FFFD either, so the value
 * still matches nothing, as on the embedded backend.
 */
function textParameter(value: string | undefined): string | null {
  return value === undefined ? null : value.replaceAll('\u0000', '\uFFFD');
}
