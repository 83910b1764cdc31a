// How each query word is looked up: its exact form, stems, parts, and (with the index's terms at hand)
// the completions and typo variants it is widened to under the limits of query-limits.ts.
import { analyzeWord, type WordAnalysis } from '../analysis';
import { QUERY_LIMITS, type QueryLimits } from './query-limits';
import type { WordClause } from './query-parser';
import { wordVariants, type Widening } from './query-variants';
import type { TermDictionary } from './term-dictionary';
import type { VocabularyLookup } from './vocabulary';
import type { Equivalents } from './widening';

/** Exact word > stem > prefix > typo: the weight of each kind of variant of a query word. */
/** …and below them all, what a word is widened to: a synonym, its acronym, a related form (widening.ts). */
export const VARIANT_WEIGHTS = { exact: 1, stem: 0.6, prefix: 0.5, typo: 0.3, widened: 0.4 } as const;
/** Prefixes shorter than this would match half the vocabulary. */
const MIN_PREFIX_LENGTH = 3;

/** Edits tolerated in a word, by length (Meilisearch's rule); none for acronyms and numbers. */
export function typoBudget(analysis: WordAnalysis): number {
  if (analysis.kind !== 'word') return 0;
  const length = [...analysis.exact].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

export interface CompileOptions {
  /** True when the word is no word of the reports but begins some: a word still being typed. */
  isIncompleteWord?: (surface: string) => boolean;
  /** True for a word of the reports: it is no typo, so it is not widened to its neighbours. */
  isKnownWord?: (surface: string) => boolean;
  /** The spelling the reports use for a word, to stem « attractivite » as « attractivité ». */
  writtenForm?: (surface: string) => string | undefined;
  /**
   * The index's terms. With it, prefix and typo variants are chosen here under `limits` and searched as
   * exact terms; without it (highlighting only), the engine widens words itself, without caps.
   */
  dictionary?: TermDictionary;
  limits?: QueryLimits;
  /** Synonyms, acronyms and word forms a query word is widened to; none when absent (strict search). */
  equivalents?: Equivalents;
}

/** How the reports' own vocabulary shapes a query: every backend compiles (and marks) with these. */
export function vocabularyCompileOptions(vocabulary: VocabularyLookup): CompileOptions {
  return {
    isIncompleteWord: (surface) => !vocabulary.has(surface) && vocabulary.completions(surface, 1).length > 0,
    isKnownWord: (surface) => vocabulary.has(surface),
    writtenForm: (surface) => vocabulary.writtenForm(surface),
  };
}

/** How one query word is looked up. */
export interface WordPlan {
  analysis: WordAnalysis;
  prefix: boolean;
  stems: boolean;
  /** Edits tolerated. */
  typos: number;
  /** Plans of the compound's meaningful parts (« CCN66 » → CCN, 66). */
  parts: WordPlan[];
  /** Completions and typo variants searched as terms; undefined: the engine widens the word itself. */
  widening: Widening | undefined;
}

/** Typo lookups left in this compilation (each one walks the term tree; see QueryLimits.typoWords). */
export interface PlanBudget {
  typoWords: number;
}

export function planWord(clause: WordClause, options: CompileOptions, budget: PlanBudget): WordPlan {
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
  return withVariants({ analysis, prefix, stems, typos, parts: partPlans(analysis, options, budget), widening: undefined }, options, budget);
}

// Snowball French stems depend on accents (attractivité → attract, attractivite → attractivit): a word
// typed without them is stemmed in the spelling the reports use, so both queries find the same sections.
// Case is kept from the query, so a lowercase word never turns into an acronym.
function withReportAccents(surface: string, options: CompileOptions): string {
  const written = options.writtenForm?.(surface)?.toLowerCase();
  if (written === undefined || surface !== surface.toLowerCase() || written === surface) return surface;
  return written;
}

function planPart(analysis: WordAnalysis, options: CompileOptions, budget: PlanBudget): WordPlan {
  const parts = partPlans(analysis, options, budget);
  return withVariants({ analysis, prefix: false, stems: true, typos: typoBudget(analysis), parts, widening: undefined }, options, budget);
}

function partPlans(analysis: WordAnalysis, options: CompileOptions, budget: PlanBudget): WordPlan[] {
  return analysis.parts.filter((part) => !part.stop).map((part) => planPart(part, options, budget));
}

function withVariants(plan: WordPlan, options: CompileOptions, budget: PlanBudget): WordPlan {
  if (options.dictionary === undefined) return plan;
  const typoLookup = plan.typos > 0 && budget.typoWords > 0;
  if (typoLookup) budget.typoWords--;
  const request = { exact: plan.analysis.exact, prefix: plan.prefix, typos: typoLookup ? plan.typos : 0 };
  const variants = wordVariants(request, options.dictionary, options.limits ?? QUERY_LIMITS, VARIANT_WEIGHTS);
  plan.widening = { variants, narrowed: plan.typos > 0 && !typoLookup };
  return plan;
}

/** Every plan of a word, its parts' included (each may own variants). */
export function allPlans(plan: WordPlan): WordPlan[] {
  return [plan, ...plan.parts.flatMap(allPlans)];
}

/** Postings of the terms a plan always searches: the word, its stems, its parts. */
export function fixedPostings(plan: WordPlan, dictionary: TermDictionary): number {
  const terms = [plan.analysis.exact, ...(plan.stems ? plan.analysis.stems : [])];
  return terms.reduce((sum, term) => sum + dictionary.postings(term), 0) +
    plan.parts.reduce((sum, part) => sum + fixedPostings(part, dictionary), 0);
}
