// Turns the parsed query into a MiniSearch query expression, plus the term matchers that later tell
// which words of a section to mark. Every word goes through `analyzeWord`, like the indexed text.
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { analyzeWord, type WordAnalysis } from '../analysis';
import type { Clause, ParsedQuery, PhraseClause, WordClause } from './query-parser';
import { phraseParts } from './section-words';
import { editDistance } from './vocabulary';

/** Exact word > stem > prefix > typo: the weight of each kind of variant of a query word. */
export const VARIANT_WEIGHTS = { exact: 1, stem: 0.6, prefix: 0.5, typo: 0.3 } as const;
/** Prefixes shorter than this would match half the vocabulary. */
const MIN_PREFIX_LENGTH = 3;

/** Edits tolerated in a word, by length (Meilisearch's rule); none for acronyms and numbers. */
export function typoBudget(analysis: WordAnalysis): number {
  if (analysis.kind !== 'word') return 0;
  const length = [...analysis.exact].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Decides whether an index term is a variant of one query word (exact, stem, prefix, typo or part). */
export type TermMatcher = (term: string) => boolean;

/**
 * Like TermMatcher, telling a variant of the whole word from a variant of one of its parts: « 66 »
 * matches « CCN66 » only as a part, which is worth marking next to « CCN », not on its own.
 */
export type TermClassifier = (term: string) => 'whole' | 'part' | undefined;

export interface CompiledPhrase {
  /** Folded words of the phrase cut into their parts (see `phraseParts`), stop words included. */
  words: string[];
}

export interface CompiledQuery {
  /** All groups must match (the normal query). */
  all: Query;
  /** Any group may match (the fallback when `all` finds nothing). */
  any: Query;
  groupCount: number;
  /** Per group: word matchers and phrases among its alternatives. */
  groups: { words: TermMatcher[]; phrases: CompiledPhrase[] }[];
  excludedPhrases: CompiledPhrase[];
  /** One classifier per positive word clause, in query order (its index is its mark key). */
  wordMatchers: TermClassifier[];
  phrases: CompiledPhrase[];
}

/** Options shared by every search: how much prefix and typo variants weigh relative to exact words. */
export const BASE_SEARCH_OPTIONS: SearchOptions = {
  weights: { prefix: VARIANT_WEIGHTS.prefix, fuzzy: VARIANT_WEIGHTS.typo },
};

export interface CompileOptions {
  /** True when the word is no word of the reports but begins some: a word still being typed. */
  isIncompleteWord?: (surface: string) => boolean;
  /** True for a word of the reports: it is no typo, so it is not widened to its neighbours. */
  isKnownWord?: (surface: string) => boolean;
  /** The spelling the reports use for a word, to stem « attractivite » as « attractivité ». */
  writtenForm?: (surface: string) => string | undefined;
}

/** How one query word is looked up. */
interface WordPlan {
  analysis: WordAnalysis;
  prefix: boolean;
  stems: boolean;
  /** Edits tolerated. */
  typos: number;
}

function planWord(clause: WordClause, options: CompileOptions): WordPlan {
  const analysis = analyzeWord(withReportAccents(clause.surface, options));
  // The stem of a word still being typed is noise (« humani » → `human`, the stem of « humanisme »,
  // which would outrank « Humanifest »); a complete word typed last keeps its stems.
  const stems = !clause.prefix || !(options.isIncompleteWord?.(clause.surface) ?? false);
  // A word the reports contain is taken as meant: « déficit » should not also find « définit ».
  const typos = options.isKnownWord?.(clause.surface) ? 0 : typoBudget(analysis);
  // An acronym is matched exactly, unless it is one still being typed (« PLFS » before « PLFSS »): a
  // capitalised word the reports do not contain but that begins one of their words.
  const completable = analysis.kind === 'word' || (analysis.kind === 'acronym' && !stems);
  const prefix = clause.prefix && completable && analysis.exact.length >= MIN_PREFIX_LENGTH;
  return { analysis, prefix, stems, typos };
}

// Snowball French stems depend on accents (attractivité → attract, attractivite → attractivit): a word
// typed without them is stemmed in the spelling the reports use, so both queries find the same sections.
// Case is kept from the query, so a lowercase word never turns into an acronym.
function withReportAccents(surface: string, options: CompileOptions): string {
  const written = options.writtenForm?.(surface)?.toLowerCase();
  if (written === undefined || surface !== surface.toLowerCase() || written === surface) return surface;
  return written;
}

function planPart(analysis: WordAnalysis): WordPlan {
  return { analysis, prefix: false, stems: true, typos: typoBudget(analysis) };
}

export function compileQuery(parsed: ParsedQuery, options: CompileOptions = {}): CompiledQuery {
  type Group = { query: Query; classifiers: TermClassifier[]; phrases: CompiledPhrase[] };
  const groups = parsed.groups.map((alternatives): Group => ({
    query: or(alternatives.map((clause) => (clause.type === 'word' ? wordQuery(planWord(clause, options)) : phraseQuery(clause)))),
    classifiers: alternatives.filter(isWord).map((clause) => wordClassifier(planWord(clause, options))),
    phrases: alternatives.filter(isPhrase).map(compilePhrase),
  }));
  const excludedWords = parsed.excluded.filter(isWord).map((clause) => excludedWordQuery(analyzeWord(clause.surface)));
  const withoutExcluded = (query: Query): Query =>
    excludedWords.length === 0 ? query : { combineWith: 'AND_NOT', queries: [query, or(excludedWords)] };
  return {
    all: withoutExcluded({ combineWith: 'AND', queries: groups.map((group) => group.query) }),
    any: withoutExcluded(or(groups.map((group) => group.query))),
    groupCount: groups.length,
    groups: groups.map(({ classifiers, phrases }) => ({
      words: classifiers.map((classify): TermMatcher => (term) => classify(term) !== undefined),
      phrases,
    })),
    excludedPhrases: parsed.excluded.filter(isPhrase).map(compilePhrase),
    wordMatchers: groups.flatMap((group) => group.classifiers),
    phrases: groups.flatMap((group) => group.phrases),
  };
}

function wordQuery(plan: WordPlan): Query {
  const { analysis } = plan;
  const whole: Query[] = [
    leaf(analysis.exact, VARIANT_WEIGHTS.exact, { fuzzy: plan.typos, prefix: plan.prefix }),
    ...(plan.stems ? analysis.stems : []).map((stem) => leaf(stem, VARIANT_WEIGHTS.stem, {})),
  ];
  // A compound matches whole or as all of its parts: « CCN66 » also finds « CCN 66 ».
  const meaningfulParts = analysis.parts.filter((part) => !part.stop);
  if (meaningfulParts.length > 0) {
    whole.push({ combineWith: 'AND', queries: meaningfulParts.map((part) => wordQuery(planPart(part))) });
  }
  return or(whole);
}

// Only sections holding every content word of the phrase are candidates; the phrase itself is then
// checked on the section's words in order (MiniSearch keeps no positions). A compound is there whole or
// as its parts, since the phrase may be written split (« CCN 66 ») in the section.
function phraseQuery(clause: PhraseClause): Query {
  const terms = clause.surfaces.map(analyzeWord).filter((analysis) => !analysis.stop);
  if (terms.length === 0) return MiniSearch.wildcard;
  return { combineWith: 'AND', queries: terms.map(phraseWordQuery) };
}

function phraseWordQuery(analysis: WordAnalysis): Query {
  const whole = leaf(analysis.exact, VARIANT_WEIGHTS.exact, {});
  const parts = analysis.parts.filter((part) => !part.stop);
  if (parts.length === 0) return whole;
  return or([whole, { combineWith: 'AND', queries: parts.map((part) => leaf(part.exact, VARIANT_WEIGHTS.exact, {})) }]);
}

// An excluded word takes its inflections with it (« -financement » also drops « financements »),
// but neither prefixes nor typos: excluding by accident is worse than missing a variant.
function excludedWordQuery(analysis: WordAnalysis): Query {
  return or([analysis.exact, ...analysis.stems].map((term) => leaf(term, 1, {})));
}

function leaf(term: string, weight: number, options: { fuzzy?: number; prefix?: boolean }): Query {
  return {
    combineWith: 'OR',
    queries: [term],
    fuzzy: options.fuzzy || false,
    prefix: options.prefix ?? false,
    boostTerm: () => weight,
  };
}

function or(queries: Query[]): Query {
  return { combineWith: 'OR', queries };
}

function wordClassifier(plan: WordPlan): TermClassifier {
  const { analysis } = plan;
  const exact = analysis.exact;
  const stems = new Set(plan.stems ? analysis.stems : []);
  const budget = plan.typos;
  const parts = analysis.parts.filter((part) => !part.stop).map((part) => wordClassifier(planPart(part)));
  return (term) => {
    const whole =
      term === exact ||
      stems.has(term) ||
      (plan.prefix && term.startsWith(exact)) ||
      (budget > 0 && Math.abs(term.length - exact.length) <= budget && editDistance(term, exact, budget) <= budget);
    if (whole) return 'whole';
    return parts.some((part) => part(term) !== undefined) ? 'part' : undefined;
  };
}

function compilePhrase(clause: PhraseClause): CompiledPhrase {
  return { words: clause.surfaces.flatMap(phraseParts) };
}

/** True when `words` contains the phrase as consecutive words. */
export function containsPhrase(words: readonly string[], phrase: CompiledPhrase): boolean {
  return findPhrase(words, phrase, 0) !== -1;
}

/** Index of the first occurrence of the phrase at or after `from`, or -1. */
export function findPhrase(words: readonly string[], phrase: CompiledPhrase, from: number): number {
  const [first, ...rest] = phrase.words;
  if (first === undefined) return -1;
  for (let i = words.indexOf(first, from); i !== -1; i = words.indexOf(first, i + 1)) {
    if (rest.every((word, k) => words[i + 1 + k] === word)) return i;
  }
  return -1;
}

function isWord(clause: Clause): clause is WordClause {
  return clause.type === 'word';
}

function isPhrase(clause: Clause): clause is PhraseClause {
  return clause.type === 'phrase';
}
