// The archive as the web layer sees it (reports, sections, search, suggestions and highlighting),
// and its embedded implementation, answered from an IndexData in memory. The contract is async
// because another backend (a database) does I/O to answer; the embedded one simply resolves at once.
import type { RelatedSection, SearchHit, SearchNotice, SearchRequest, SearchResponse, Section, Timeline, TimelineRequest } from '../types';
import {
  DEFAULT_LIMIT,
  describeSection,
  describeWidening,
  FEW_HITS,
  isBetterSpelling,
  marksFor,
  MAX_LIMIT,
  noticeWithoutWords,
  paragraphsHighlighter,
  searchedQuery,
  summariseReports,
  suggestFrom,
  textHighlighter,
  toHit,
  type ReportSummary,
} from './archive-parts';
import { engineDictionary, loadEngine } from './engine';
import { buildFacetTable, reportFacetLimit, tallyHits } from './facets';
import type { IndexData } from './index-data';
import { createTermMarker, findSpans } from './marks';
import { termsOf, topHits } from './hit-list';
import { findMatches, type MatchContext, type Matches } from './matching';
import { createPhraseLookup } from './phrase-index';
import { createScorer } from './scoring';
import { compileQuery, type CompiledQuery } from './query-expression';
import { QUERY_LIMITS } from './query-limits';
import { parseQuery, type ParsedQuery } from './query-parser';
import { vocabularyCompileOptions } from './query-plan';
import { analyseText, createSectionWords, SECTION_WORDS_CAPACITY, type AnalysedText } from './section-words';
import { spellingSuggestion } from './spelling';
import type { ThesaurusGroup } from './thesaurus';
import { countByYear, timelineSample } from './timeline';
import { clampInteger, reportFilter } from './request-values';
import { createVocabularyLookup } from './vocabulary';
import { warmUpQueries } from './warm-up';
import { createEquivalents } from './widening';

export { DEFAULT_LIMIT, MAX_LIMIT, type ReportSummary } from './archive-parts';

/**
 * One archive, as built at `builtAt`: an object never changes what it answers, so callers may key
 * caches on it (a new index or generation is a new Archive). Whatever the query string, nothing
 * rejects because of it; a promise rejects only when the backend itself cannot answer.
 */
export interface Archive {
  readonly builtAt: string;
  /** Sorted by year (most recent first), then title. */
  reports(): Promise<ReportSummary[]>;
  report(id: string): Promise<{ meta: ReportSummary; sections: Section[] } | undefined>;
  section(reportId: string, sectionId: string): Promise<Section | undefined>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Completions of the last word typed, as written in the reports (accents kept), most frequent first. */
  suggest(prefix: string, limit?: number): Promise<string[]>;
  /** HTML-escapes a text and wraps the words matching `query` in <mark>. */
  highlighter(query: string): Promise<(text: string) => string>;
  /**
   * Like `highlighter`, for the paragraphs of an archive section (as `paragraphRanges` cuts them):
   * reuses the section's words analysed for search, so marking a whole report stays cheap.
   */
  paragraphHighlighter(query: string): Promise<(section: Section) => string[]>;
  /**
   * Work a fresh archive can do before it serves, one small step per item: a few searches of each kind
   * (so the engine's code is compiled) and the analysis of sections in index order. Whoever loads it
   * runs as many steps as its start-up budget allows (see warm-up.ts). Optional: a backend with
   * nothing to warm in this process (a database) has none.
   */
  warmUpSteps?(): Iterable<void>;
  /** Queries in every shape this archive's engine treats differently (see warm-up.ts), for warming a server. */
  warmUpQueries?(): string[];
  /**
   * The search counted per year of the archive (sections as the year facet counts them, and marked
   * occurrences), every year included, oldest first.
   */
  timeline(request: TimelineRequest): Promise<Timeline>;
  /** Up to three sections of other reports on the same subject, most related first (found at index time). */
  related(reportId: string, sectionId: string): Promise<RelatedSection[]>;
}

export interface ArchiveOptions {
  /** The sector thesaurus (see thesaurus/): queries are widened to its synonyms unless `strict`. */
  thesaurus?: readonly ThesaurusGroup[];
}

export function createArchive(data: IndexData, options: ArchiveOptions = {}): Archive {
  const sectionWords = createSectionWords(data.sections);
  const engine = loadEngine(data.engine);
  const context: MatchContext = { engine, scorer: createScorer(engine), prose: data.prose, phrases: createPhraseLookup(data.phrases) };
  const vocabulary = createVocabularyLookup(data.vocabulary);
  // Searching goes through the dictionary (capped variants); highlighting needs no engine lookups.
  const markOptions = vocabularyCompileOptions(vocabulary);
  const compileOptions = { ...markOptions, dictionary: engineDictionary(engine) };
  // Unless the request is strict, words are also searched as their synonyms, acronyms and related forms.
  const equivalents = createEquivalents({ acronyms: data.acronyms, thesaurus: options.thesaurus, vocabulary });
  const widenedOptions = { ...compileOptions, equivalents };
  const summaries = summariseIndex(data);
  const reportsById = new Map(summaries.map((summary) => [summary.id, summary]));
  const facetTable = buildFacetTable(data.sections, reportsById);
  const sectionsByReport = new Map<string, Section[]>();
  const sectionIndex = new Map(data.sections.map((section, index) => [sectionKey(section), index]));
  for (const section of data.sections) {
    const list = sectionsByReport.get(section.reportId) ?? [];
    list.push(section);
    sectionsByReport.set(section.reportId, list);
  }

  /** The query as searched (and echoed in links): at most MAX_QUERY_LENGTH characters, well formed. */
  function matchQuery(q: unknown, strict: boolean): { query: string; notice: SearchNotice } | { query: string; parsed: ParsedQuery; compiled: CompiledQuery; matches: Matches } {
    const query = searchedQuery(q);
    const parsed = parseQuery(query);
    if (parsed.groups.length === 0) return { query, notice: noticeWithoutWords(parsed) };
    const compiled = compileQuery(parsed, strict ? compileOptions : widenedOptions);
    return { query, parsed, compiled, matches: findMatches(context, compiled) };
  }

  function search(request: SearchRequest): SearchResponse {
    const limit = clampInteger(request.limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
    const filters = {
      reportId: reportFilter(request.reportId),
      year: Number.isInteger(request.year) ? request.year : undefined,
    };
    const matched = matchQuery(request.q, request.strict === true);
    const { query } = matched;
    if (!('matches' in matched)) {
      return { query, total: 0, page: 1, limit, hits: [], facets: { reports: [], years: [] }, notice: matched.notice };
    }
    const { parsed, compiled, matches } = matched;
    const { hits: found } = matches;
    const tally = tallyHits(facetTable, found.ids.length, (i) => found.ids[i]!, filters, reportFacetLimit(request));
    const lastPage = Math.max(1, Math.ceil(tally.keptCount / limit));
    const page = clampInteger(request.page, 1, lastPage, 1);
    const marker = createTermMarker(compiled.wordMatchers);
    const hits: SearchHit[] = [];
    const ranked = topHits(found, page * limit, tally.kept.subarray(0, tally.keptCount));
    for (let k = (page - 1) * limit; k < ranked.length; k++) {
      const at = ranked[k]!;
      const id = found.ids[at]!;
      const section = data.sections[id]!;
      const words = sectionWords(id);
      const spans = (analysed: AnalysedText) => findSpans(analysed, marker, compiled.phrases, termsOf(found, at), compiled.expressions);
      const report = reportsById.get(section.reportId);
      hits.push(toHit({ section, report, query, score: found.scores[at]!, words, textSpans: spans(words.text), titleSpans: spans(words.title) }));
    }
    const facets = tally.facets;
    const response: SearchResponse = { query, total: tally.keptCount, page, limit, hits, facets };
    if (matches.anyWords) response.notice = 'any-words';
    if (compiled.cut) response.truncated = compiled.cut;
    if (compiled.widened.length > 0) response.widened = compiled.widened.map(describeWidening);
    // A query the limits cut gets no correction: checking one means searching it a second time, and
    // the notice already asks for a shorter or better spelt query.
    if (!response.truncated && (tally.keptCount < FEW_HITS || matches.anyWords)) {
      const suggestion = betterSpelling(query, parsed, matches);
      if (suggestion !== undefined) response.suggestion = suggestion;
    }
    return response;
  }

  // Offered only when the corrected query finds at least as much, so a rare but correct word is left alone.
  function betterSpelling(query: string, parsed: ParsedQuery, original: Matches): string | undefined {
    const suggestion = spellingSuggestion(query, parsed, vocabulary);
    if (suggestion === undefined) return undefined;
    const corrected = findMatches(context, compileQuery(parseQuery(suggestion), compileOptions));
    const count = (matches: Matches) => ({ count: matches.hits.ids.length, anyWords: matches.anyWords });
    return isBetterSpelling(count(original), count(corrected)) ? suggestion : undefined;
  }

  function timeline(request: TimelineRequest): Timeline {
    const matched = matchQuery(request.q, request.strict === true);
    const { query } = matched;
    if (!('matches' in matched)) {
      return { query, years: countByYear(facetTable, 0, () => 0, () => 0), notice: matched.notice };
    }
    const { compiled, matches } = matched;
    const { hits } = matches;
    const marker = createTermMarker(compiled.wordMatchers);
    // Past the budget, an even sample of the hits (in section order, so each year gets its share) is
    // counted and the rest estimated from it. Only the sample, even where more sections are analysed
    // already: those are the best ranked, which hold more of the words, and counting them too made
    // estimates 27 % high.
    const reportId = reportFilter(request.reportId);
    const sampled = timelineSample(facetTable, hits.ids.length, (i) => hits.ids[i]!, QUERY_LIMITS.timelineAnalyses, reportId);
    // Counted like the marks a reader sees: the passages highlighted in the section's title and text.
    const occurrencesOf = (i: number) => {
      if (!sampled(i)) return undefined;
      const words = sectionWords(hits.ids[i]!);
      const count = (analysed: AnalysedText) => findSpans(analysed, marker, compiled.phrases, termsOf(hits, i), compiled.expressions).length;
      return count(words.title) + count(words.text);
    };
    const years = countByYear(facetTable, hits.ids.length, (i) => hits.ids[i]!, occurrencesOf, reportId);
    return { query, years, ...(matches.anyWords ? { notice: 'any-words' as const } : {}) };
  }

  function related(reportId: string, sectionId: string): RelatedSection[] {
    const index = sectionIndex.get(sectionKey({ reportId, id: sectionId }));
    if (index === undefined) return [];
    return (data.related[index] ?? []).flatMap((position) => {
      const section = data.sections[position];
      return section === undefined ? [] : [describeSection(section, reportsById.get(section.reportId))];
    });
  }

  const marks = (query: unknown) => marksFor(query, { ...markOptions, equivalents });

  const sampleQueries = () => warmUpQueries({
    frequentWords: data.vocabulary.slice(0, 24).map(([word]) => word),
    acronyms: data.acronyms,
    synonyms: (options.thesaurus ?? []).slice(0, 2).map((group) => group.from[0] ?? '').filter(Boolean),
  });

  function* warmUpSteps(): Iterable<void> {
    const [report] = summaries;
    for (const q of sampleQueries()) {
      search({ q });
      yield;
      search({ q, page: 2, strict: true, ...(typeof report?.year === 'number' ? { year: report.year } : {}) });
      yield;
    }
    for (let index = 0; index < Math.min(data.sections.length, SECTION_WORDS_CAPACITY); index++) {
      sectionWords(index);
      yield;
    }
  }

  return {
    builtAt: data.builtAt,
    warmUpSteps,
    warmUpQueries: sampleQueries,
    reports: async () => [...summaries],
    async report(id) {
      const meta = reportsById.get(id);
      return meta ? { meta, sections: sectionsByReport.get(id) ?? [] } : undefined;
    },
    section: async (reportId, sectionId) => sectionsByReport.get(reportId)?.find((section) => section.id === sectionId),
    async search(request) {
      try {
        return search(request);
      } catch (error) {
        // A failure here is a bug, not the query's fault: it is reported as an empty answer rather
        // than a broken page, with the cause kept on the server side.
        console.error('Recherche impossible pour la requête %j :', request.q, error);
        return { query: String(request.q ?? ''), total: 0, page: 1, limit: DEFAULT_LIMIT, hits: [], facets: { reports: [], years: [] } };
      }
    },
    suggest: async (prefix, limit) => suggestFrom(vocabulary, prefix, limit),
    highlighter: async (query) => textHighlighter(marks(query)),
    async timeline(request) {
      try {
        return timeline(request);
      } catch (error) {
        // As for search: a bug here answers an empty timeline, with the cause logged.
        console.error('Frise impossible pour la requête %j :', request.q, error);
        return { query: String(request.q ?? ''), years: countByYear(facetTable, 0, () => 0, () => 0) };
      }
    },
    related: async (reportId, sectionId) => related(reportId, sectionId),
    async paragraphHighlighter(query) {
      return paragraphsHighlighter(marks(query), (section) => {
        const index = sectionIndex.get(sectionKey(section));
        // A section from elsewhere (not this archive's) is analysed on the spot.
        const words = index === undefined ? undefined : sectionWords(index).text;
        return words !== undefined && words.text === section.text ? words : analyseText(section.text);
      });
    },
  };
}

function sectionKey(section: Pick<Section, 'reportId' | 'id'>): string {
  return `${section.reportId}\u0000${section.id}`;
}

function summariseIndex(data: IndexData): ReportSummary[] {
  const counts = new Map<string, number>();
  for (const section of data.sections) counts.set(section.reportId, (counts.get(section.reportId) ?? 0) + 1);
  return summariseReports(data.reports.map((meta) => ({ ...meta, sectionCount: counts.get(meta.id) ?? 0 })));
}
