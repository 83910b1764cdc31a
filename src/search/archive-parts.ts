// What every Archive implementation does the same way around its own matching: reading the query of
// a request, describing a section and building a hit (snippet and marked title from the existing
// highlighting code), suggestions, highlighters, notices and the widening notice. A backend only
// finds, counts and ranks sections.
import { tokenize } from '../analysis';
import type { RelatedSection, ReportMeta, SearchHit, SearchNotice, Section, Widened } from '../types';
import { createTermMarker, findSpans, type TokenSpan } from './marks';
import { compileQuery, type CompileOptions, type CompiledExpression, type CompiledPhrase } from './query-expression';
import { MAX_QUERY_LENGTH, parseQuery, type ParsedQuery } from './query-parser';
import { clampInteger, wellFormed } from './request-values';
import { analyseText, type AnalysedText, type SectionWords } from './section-words';
import { buildSnippet, highlightParagraphs, highlightText } from './snippet';
import type { VocabularyLookup } from './vocabulary';
import type { WidenedSpan } from './widening';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
const DEFAULT_SUGGESTIONS = 8;
/** Below this many hits, a spelling suggestion is worth offering. */
export const FEW_HITS = 3;

export interface ReportSummary extends ReportMeta {
  sectionCount: number;
  /**
   * What lists of reports show (facets, the search form): the title, followed by the organisation when
   * another report of the archive has the same title (a federation's member associations publish their
   * own « Rapport annuel 2018 »), and by the report's id when even that is shared.
   */
  label: string;
}

/** The query as searched (and echoed in links): at most MAX_QUERY_LENGTH characters, well formed. */
export function searchedQuery(q: unknown): string {
  return wellFormed((typeof q === 'string' ? q : '').slice(0, MAX_QUERY_LENGTH));
}

/** A section with its report's title and year, as results and related lists show it. */
export function describeSection(section: Section, report: ReportMeta | undefined): RelatedSection {
  return {
    reportId: section.reportId,
    reportTitle: report?.title ?? section.reportId,
    year: report?.year ?? null,
    sectionId: section.id,
    title: section.title,
    page: section.page,
  };
}

export interface HitInput {
  section: Section;
  report: ReportMeta | undefined;
  query: string;
  score: number;
  words: Pick<SectionWords, 'title' | 'text'>;
  textSpans: TokenSpan[];
  titleSpans: TokenSpan[];
}

export function toHit({ section, report, query, score, words, textSpans, titleSpans }: HitInput): SearchHit {
  // Object.assign, not `{ ...describeSection(section), … }`: on Node 20 a spread followed by more
  // properties cost about 7 µs per object here, a tenth of a whole query at 1× for ten hits.
  return Object.assign(describeSection(section, report), {
    breadcrumb: section.breadcrumb,
    url: `/rapports/${encodeURIComponent(section.reportId)}?q=${encodeURIComponent(query)}#${section.id}`,
    score: Math.round(score * 1000) / 1000,
    // A hit on its title alone gets no mark in its text: the snippet is then the start of the text.
    snippet: buildSnippet(words.text.text, words.text.tokens, textSpans),
    titleHtml: highlightText(words.title.text, words.title.tokens, titleSpans),
  });
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
  expressions: CompiledExpression[];
}

/** What to mark for a query (words, phrases, widened expressions), without searching it. */
export function marksFor(query: unknown, options: CompileOptions): QueryMarks {
  const compiled = compileQuery(parseQuery(wellFormed(typeof query === 'string' ? query : '')), options);
  return { marker: createTermMarker(compiled.wordMatchers), phrases: compiled.phrases, expressions: compiled.expressions };
}

/** HTML-escapes a text and marks the query's words in it. */
export function textHighlighter({ marker, phrases, expressions }: QueryMarks): (text: string) => string {
  return (text) => {
    const words = analyseText(text);
    return highlightText(text, words.tokens, findSpans(words, marker, phrases, undefined, expressions));
  };
}

/** A section's paragraphs, escaped, with the query's words marked; `wordsOf` may reuse analysed words. */
export function paragraphsHighlighter(
  { marker, phrases, expressions }: QueryMarks,
  wordsOf: (section: Section) => AnalysedText = (section) => analyseText(section.text),
): (section: Section) => string[] {
  return (section) => {
    const words = wordsOf(section);
    return highlightParagraphs(words.text, words.tokens, findSpans(words, marker, phrases, undefined, expressions));
  };
}

/** Reports with their section counts and labels, sorted by year (most recent first), then title. */
export function summariseReports(reports: ReadonlyArray<ReportMeta & { sectionCount: number }>): ReportSummary[] {
  const details = reports.map((): string[] => []);
  const labelOf = (i: number) => (details[i]!.length === 0 ? reports[i]!.title : `${reports[i]!.title} (${details[i]!.join(', ')})`);
  // A title two reports share gets their organisations; a label still shared after that, their ids.
  addWhereShared(reports.map((report) => report.title), (i) => reports[i]!.organisation.trim(), details);
  addWhereShared(reports.map((_, i) => labelOf(i)), (i) => reports[i]!.id, details);
  const collator = new Intl.Collator('fr');
  return reports
    .map((report, i): ReportSummary => ({ ...report, label: labelOf(i) }))
    .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
}

/** Adds `detail(i)` (when not empty) to the details of every report whose name another report has too. */
function addWhereShared(names: readonly string[], detail: (i: number) => string, details: string[][]): void {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  names.forEach((name, i) => {
    const extra = detail(i);
    if (counts.get(name)! > 1 && extra !== '') details[i]!.push(extra);
  });
}

/** Why a query has no word to search for, so the page can say what to add. */
export function noticeWithoutWords(parsed: ParsedQuery): SearchNotice {
  if (parsed.excluded.length > 0) return 'only-exclusions';
  return parsed.stopWords.length > 0 ? 'only-stopwords' : 'empty';
}

export function describeWidening(span: WidenedSpan): Widened {
  return { words: span.typed, alternatives: [...new Set(span.alternatives.map((alternative) => alternative.text))] };
}

/**
 * A spelling suggestion is offered only when the corrected query finds at least as much, or finds
 * every word where the query as typed only found some: a rare but correct word is left alone.
 */
export function isBetterSpelling(original: { count: number; anyWords: boolean }, corrected: { count: number; anyWords: boolean }): boolean {
  const moreHits = corrected.count > 0 && corrected.count >= original.count;
  const allWordsNow = original.anyWords && !corrected.anyWords && corrected.count > 0;
  return moreHits || allWordsNow;
}
