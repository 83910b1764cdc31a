// The archive as the web layer sees it (reports, sections, search, suggestions and highlighting),
// and its embedded implementation, answered from an IndexData in memory. The contract is async
// because another backend (a database) does I/O to answer; the embedded one simply resolves at once.
import type { ReportMeta, SearchHit, SearchRequest, SearchResponse, Section } from '../types';
import {
  clampPage,
  DEFAULT_LIMIT,
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
} from './archive-parts';
import { engineDictionary, loadEngine } from './engine';
import { buildFacetTable, tallyHits } from './facets';
import type { IndexData } from './index-data';
import { createTermMarker, findSpans } from './marks';
import { findMatches, type MatchContext, type Matches } from './matching';
import { compileQuery } from './query-expression';
import { clauseWords } from './query-limits';
import { parseQuery, type ParsedQuery } from './query-parser';
import { vocabularyCompileOptions } from './query-plan';
import { analyseText, createSectionWords, SECTION_WORDS_CAPACITY, type AnalysedText } from './section-words';
import { isBetterSpelling, spellingSuggestion } from './spelling';
import { createVocabularyLookup } from './vocabulary';

export interface ReportSummary extends ReportMeta {
  sectionCount: number;
}

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
}

export { DEFAULT_LIMIT, MAX_LIMIT } from './archive-parts';

export function createArchive(data: IndexData): Archive {
  const sectionWords = createSectionWords(data.sections);
  const engine = loadEngine(data.engine);
  const context: MatchContext = { engine, prose: data.prose, words: sectionWords };
  const vocabulary = createVocabularyLookup(data.vocabulary);
  // Searching goes through the dictionary (capped variants); highlighting needs no engine lookups.
  const markOptions = vocabularyCompileOptions(vocabulary);
  const compileOptions = { ...markOptions, dictionary: engineDictionary(engine) };
  const summaries = summariseReports(data);
  const reportsById = new Map(summaries.map((summary) => [summary.id, summary]));
  const facetTable = buildFacetTable(data.sections, reportsById);
  const sectionsByReport = new Map<string, Section[]>();
  const sectionIndex = new Map(data.sections.map((section, index) => [sectionKey(section), index]));
  for (const section of data.sections) {
    const list = sectionsByReport.get(section.reportId) ?? [];
    list.push(section);
    sectionsByReport.set(section.reportId, list);
  }

  function search(request: SearchRequest): SearchResponse {
    const { query, limit, filters } = normalizeRequest(request);
    const parsed = parseQuery(query);
    if (parsed.groups.length === 0) return { ...emptyResponse(query, limit), notice: noticeWithoutWords(parsed) };

    const compiled = compileQuery(parsed, compileOptions);
    const matches = findMatches(context, compiled);
    const { hits: found } = matches;
    const tally = tallyHits(facetTable, found.length, (i) => found[i]!.id, filters);
    const page = clampPage(request.page, tally.keptCount, limit);
    const marker = createTermMarker(compiled.wordMatchers);
    const hits: SearchHit[] = [];
    for (let k = (page - 1) * limit; k < Math.min(page * limit, tally.keptCount); k++) {
      const hit = found[tally.kept[k]!]!;
      const section = data.sections[hit.id]!;
      const words = sectionWords(hit.id);
      const spans = (analysed: AnalysedText) => findSpans(analysed, marker, compiled.phrases, hit.terms);
      const report = reportsById.get(section.reportId);
      hits.push(toHit({ section, report, query, score: hit.score, words, textSpans: spans(words.text), titleSpans: spans(words.title) }));
    }
    const facets = tally.facets;
    const response: SearchResponse = { query, total: tally.keptCount, page, limit, hits, facets };
    if (matches.anyWords) response.notice = 'any-words';
    if (compiled.cut) response.truncated = compiled.cut;
    if (matches.uncheckedPhrases > 0) {
      const words = parsed.groups.flat().reduce((sum, clause) => sum + clauseWords(clause), 0);
      const cut = compiled.cut ?? { typedWords: words, searchedWords: words, narrowedWords: 0 };
      response.truncated = { ...cut, uncheckedPhrases: matches.uncheckedPhrases };
    }
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
    return isBetterSpelling(original.hits.length, original.anyWords, corrected.hits.length, corrected.anyWords) ? suggestion : undefined;
  }

  function* warmUpSteps(): Iterable<void> {
    // The most frequent words make queries that show many sections, in every shape the engine treats
    // differently: a word, two words, a word being typed, a typo, a phrase, a filter.
    const words = data.vocabulary.slice(0, 8).map(([word]) => word);
    const [first = 'rapport', second = first] = words;
    const queries = [first, `${first} ${second}`, first.slice(0, 4), `${first}x`, `"${first} ${second}"`, `${second} -${first}`];
    for (const q of [...queries, ...words]) {
      search({ q });
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
        return emptyResponse(String(request.q ?? ''), DEFAULT_LIMIT);
      }
    },
    suggest: async (prefix, limit) => suggestFrom(vocabulary, prefix, limit),
    highlighter: async (query) => textHighlighter(marksFor(query, markOptions)),
    async paragraphHighlighter(query) {
      return paragraphsHighlighter(marksFor(query, markOptions), (section) => {
        const index = sectionIndex.get(sectionKey(section));
        // A section from elsewhere (not this archive's) is analysed on the spot.
        return index !== undefined && data.sections[index]!.text === section.text ? sectionWords(index).text : analyseText(section.text);
      });
    },
  };
}

function sectionKey(section: Pick<Section, 'reportId' | 'id'>): string {
  return `${section.reportId}\u0000${section.id}`;
}

function summariseReports(data: IndexData): ReportSummary[] {
  const counts = new Map<string, number>();
  for (const section of data.sections) counts.set(section.reportId, (counts.get(section.reportId) ?? 0) + 1);
  return sortReports(data.reports.map((meta) => ({ ...meta, sectionCount: counts.get(meta.id) ?? 0 })));
}
