// Domain types shared along the pipeline: corpus → ingest → analysis → search → web.

export type ReportFormat = 'markdown' | 'text' | 'pdf';

/** What the archive knows about one report, independent of its sections. */
export interface ReportMeta {
  /** Stable id, used in URLs: the file name without extension, slugified (e.g. `rapport-annuel-2020`). */
  id: string;
  /** Display title, e.g. « Rapport annuel 2020 », « Rétrospective 2024 ». */
  title: string;
  year: number | null;
  organisation: string;
  /** File name relative to the corpus folder. */
  sourceFile: string;
  format: ReportFormat;
  /** Number of pages for PDFs, null otherwise. */
  pageCount: number | null;
  /** sha256 of the source bytes (plus sidecar), so unchanged files are not extracted again. */
  contentHash: string;
}

/** One heading of a report with the text under it: the unit of search. */
export interface Section {
  /** Slug of the heading, unique within its report, stable across reindexes of an unchanged file. */
  id: string;
  reportId: string;
  title: string;
  /** Titles of the parent headings, outermost first; the report title is not included. */
  breadcrumb: string[];
  /** Heading depth, 1 = top level. */
  level: number;
  /** Page where the section starts (PDF), null when the format has no pages. */
  page: number | null;
  /** Display text: paragraphs separated by a blank line, typographic apostrophes and accents kept. */
  text: string;
}

export interface Report {
  meta: ReportMeta;
  sections: Section[];
}

/**
 * A heading and its body as a reader found it, before ids and breadcrumbs are assigned
 * (`buildSections` in src/ingest/sections.ts does that for every format).
 */
export interface OutlineEntry {
  title: string;
  level: number;
  page: number | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

/** Why a file could not be indexed (or was only partly indexed). */
export type IngestProblemKind =
  | 'empty'
  | 'not-pdf'
  | 'encrypted'
  | 'no-text'
  | 'damaged'
  | 'garbled'
  | 'not-utf8'
  | 'timeout'
  | 'unreadable'
  | 'bad-sidecar';

export interface IngestProblem {
  /** File name relative to the corpus folder. */
  file: string;
  kind: IngestProblemKind;
  /** A sentence an operator can act on, in French. */
  message: string;
}

export type FileOutcome =
  | { status: 'indexed'; report: Report; warnings: IngestProblem[] }
  | { status: 'failed'; problem: IngestProblem }
  | { status: 'skipped'; file: string; message: string };

// ---- Search ----------------------------------------------------------------

export interface SearchRequest {
  q: string;
  reportId?: string | undefined;
  year?: number | undefined;
  /** 1-based. */
  page?: number | undefined;
  limit?: number | undefined;
  /** Only the words typed: no synonyms, spelled-out acronyms or related word forms. */
  strict?: boolean | undefined;
  /** Every report with hits in the report facet, not only the ones with the most (see `SearchFacets`). */
  allReports?: boolean | undefined;
}

export interface SearchHit {
  reportId: string;
  reportTitle: string;
  year: number | null;
  sectionId: string;
  title: string;
  breadcrumb: string[];
  page: number | null;
  /** `/rapports/<reportId>?q=<query>#<sectionId>` */
  url: string;
  score: number;
  /** HTML: text escaped first, then matched words wrapped in `<mark>`; « … » only where text was cut. */
  snippet: string;
  /** HTML: `title` escaped first, then matched words wrapped in `<mark>` (absent: show `title` escaped). */
  titleHtml?: string;
}

export interface FacetCount<K> {
  value: K;
  label: string;
  count: number;
}

export interface SearchFacets {
  /**
   * Reports with hits, the most hits first: the first REPORT_FACET_LIMIT (src/search/facets.ts) and the
   * report filtered on, or all of them when the request asks (`allReports`).
   */
  reports: FacetCount<string>[];
  /** Years with hits, most recent first (all of them: an archive spans a few dozen years at most). */
  years: FacetCount<number>[];
  /** How many reports with hits `reports` leaves out; absent when none. */
  moreReports?: number | undefined;
}

export type SearchNotice =
  /** No word to search for: empty query or only punctuation. */
  | 'empty'
  /** Every word is a stop word (« le », « de la »…). */
  | 'only-stopwords'
  /** Only exclusions (« -CCUE »): nothing to search for, only something to leave out. */
  | 'only-exclusions'
  /** No section has all the words: results have at least one (OR fallback). */
  | 'any-words';

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  limit: number;
  hits: SearchHit[];
  facets: SearchFacets;
  notice?: SearchNotice | undefined;
  /** A corrected query when nothing (or almost nothing) matched, e.g. « negotiation » → « négociation ». */
  suggestion?: string | undefined;
  /** Present when the query was too costly to search whole: what was left out (src/search/query-limits.ts). */
  truncated?: SearchTruncation | undefined;
  /** What the words typed were widened to (« maisons de retraite » → EHPAD); absent when nothing was. */
  widened?: Widened[] | undefined;
}

export interface Widened {
  /** The words typed: « maisons de retraite ». */
  words: string;
  /** As written in the reports or the thesaurus: « EHPAD ». */
  alternatives: string[];
}

export interface SearchTruncation {
  /** Words typed (outside exclusions; a phrase counts its words). */
  typedWords: number;
  /** The first this many were searched. */
  searchedWords: number;
  /** Words searched without some of their completions or typo variants, to keep the request cheap. */
  narrowedWords: number;
}

// ---- Following a topic across reports -------------------------------------

/** The query of a timeline: like a search, without year, page or limit (a timeline spans every year). */
export interface TimelineRequest {
  q: string;
  reportId?: string | undefined;
  /** As in SearchRequest: the words typed only, so the timeline counts what the results list. */
  strict?: boolean | undefined;
}

export interface TimelineYear {
  year: number;
  /** Matching sections of that year (what the search's year facet counts). */
  sections: number;
  /** Words or phrases marked in those sections (title and text), as the results highlight them. */
  occurrences: number;
  /** Present when too many sections matched to count them all: `occurrences` is then an estimate. */
  occurrencesEstimated?: true;
}

export interface Timeline {
  query: string;
  /** Every year of the archive, oldest first; a year without a match has zero sections. */
  years: TimelineYear[];
  notice?: SearchNotice | undefined;
}

/** A section of another report on the same subject (« Sur le même sujet »). */
export interface RelatedSection {
  reportId: string;
  reportTitle: string;
  year: number | null;
  sectionId: string;
  title: string;
  page: number | null;
}
