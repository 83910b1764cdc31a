// What every Archive implementation does the same way around its own matching: reading a search
// request, building a hit (snippet and marked title from the existing highlighting code), suggestions,
// highlighters and notices. A backend only finds and ranks sections.
import { tokenize } from '../analysis';
import type { ReportMeta, SearchHit, SearchNotice, SearchRequest, SearchResponse, Section } from '../types';
import type { ReportSummary } from './archive';
import { createTermMarker, findSpans, type TokenSpan } from './marks';
import { compileQuery, type CompileOptions, type CompiledPhrase } from './query-expression';
import { MAX_QUERY_LENGTH, parseQuery, type ParsedQuery } from './query-parser';
import { analyseText, type AnalysedText, type SectionWords } from './section-words';
import { buildSnippet, highlightParagraphs, highlightText } from './snippet';
import type { VocabularyLookup } from './vocabulary';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
const DEFAULT_SUGGESTIONS = 8;
/** Below this many hits, a spelling suggestion is worth offering. */
export const FEW_HITS = 3;

export interface NormalizedRequest {
  /** At most MAX_QUERY_LENGTH characters, well-formed UTF-16: what is searched and echoed in links. */
  query: string;
  limit: number;
  filters: { reportId: string | undefined; year: number | undefined };
}

export function normalizeRequest(request: SearchRequest): NormalizedRequest {
  return {
    query: wellFormed((typeof request.q === 'string' ? request.q : '').slice(0, MAX_QUERY_LENGTH)),
    limit: clampInteger(request.limit, 1, MAX_LIMIT, DEFAULT_LIMIT),
    filters: {
      reportId: typeof request.reportId === 'string' && request.reportId !== '' ? request.reportId : undefined,
      year: Number.isInteger(request.year) ? request.year : undefined,
    },
  };
}

export function emptyResponse(query: string, limit: number): SearchResponse {
  return { query, total: 0, page: 1, limit, hits: [], facets: { reports: [], years: [] } };
}

/** Page asked, clamped to the pages there are. */
export function clampPage(page: unknown, total: number, limit: number): number {
  return clampInteger(page, 1, Math.max(1, Math.ceil(total / limit)), 1);
}

export interface HitInput {
  section: Section;
  report: ReportMeta | undefined;
  query: string;
  score: number;
  words: SectionWords;
  textSpans: TokenSpan[];
  titleSpans: TokenSpan[];
}

export function toHit({ section, report, query, score, words, textSpans, titleSpans }: HitInput): SearchHit {
  return {
    reportId: section.reportId,
    reportTitle: report?.title ?? section.reportId,
    year: report?.year ?? null,
    sectionId: section.id,
    title: section.title,
    breadcrumb: section.breadcrumb,
    page: section.page,
    url: `/rapports/${encodeURIComponent(section.reportId)}?q=${encodeURIComponent(query)}#${section.id}`,
    score: Math.round(score * 1000) / 1000,
    // A hit on its title alone gets no mark in its text: the snippet is then the start of the text.
    snippet: buildSnippet(section.text, words.text.tokens, textSpans),
    titleHtml: highlightText(section.title, words.title.tokens, titleSpans),
  };
}

/** Completions of the last word typed, as the reports write it. */
export function suggestFrom(vocabulary: VocabularyLookup, prefix: unknown, limit: unknown = DEFAULT_SUGGESTIONS): string[] {
  const input = typeof prefix === 'string' ? prefix : '';
  if (input === '' || /\s$/u.test(input)) return [];
  const last = tokenize(input).at(-1);
  if (!last || last.end !== input.length) return [];
  return vocabulary.completions(last.surface, clampInteger(limit, 1, 50, DEFAULT_SUGGESTIONS));
}

export interface QueryMarks {
  marker: ReturnType<typeof createTermMarker>;
  phrases: CompiledPhrase[];
}

export function marksFor(query: unknown, options: CompileOptions): QueryMarks {
  const compiled = compileQuery(parseQuery(wellFormed(typeof query === 'string' ? query : '')), options);
  return { marker: createTermMarker(compiled.wordMatchers), phrases: compiled.phrases };
}

/** HTML-escapes a text and marks the query's words in it. */
export function textHighlighter({ marker, phrases }: QueryMarks): (text: string) => string {
  return (text) => {
    const words = analyseText(text);
    return highlightText(text, words.tokens, findSpans(words, marker, phrases));
  };
}

/** A section's paragraphs, escaped, with the query's words marked; `wordsOf` may reuse analysed words. */
export function paragraphsHighlighter(
  { marker, phrases }: QueryMarks,
  wordsOf: (section: Section) => AnalysedText = (section) => analyseText(section.text),
): (section: Section) => string[] {
  return (section) => {
    const words = wordsOf(section);
    return highlightParagraphs(section.text, words.tokens, findSpans(words, marker, phrases));
  };
}

/** Reports with their section counts, sorted by year (most recent first), then title. */
export function sortReports(summaries: ReportSummary[]): ReportSummary[] {
  return summaries.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.title.localeCompare(b.title, 'fr'));
}

// A lone surrogate (half an emoji cut by a client) would make encodeURIComponent throw.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export function clampInteger(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(number)));
}

/** Why a query has no word to search for, so the page can say what to add. */
export function noticeWithoutWords(parsed: ParsedQuery): SearchNotice {
  if (parsed.excluded.length > 0) return 'only-exclusions';
  return parsed.stopWords.length > 0 ? 'only-stopwords' : 'empty';
}
