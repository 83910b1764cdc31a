// Turns the parsed query into a MiniSearch query expression, plus the term matchers that later tell
// which words of a section to mark. Every word goes through `analyzeWord`, like the indexed text.
import MiniSearch, { type Query } from 'minisearch';
import { analyzeWord, type WordAnalysis } from '../analysis';
import { clauseWords, keepFirstWords, QUERY_LIMITS, type QueryCut } from './query-limits';
import type { Clause, ParsedQuery, PhraseClause, WordClause } from './query-parser';
import { allPlans, fixedPostings, planWord, VARIANT_WEIGHTS, type CompileOptions, type PlanBudget, type WordPlan } from './query-plan';
import { fitBudget, type BudgetedGroup } from './query-variants';
import { phraseParts } from './section-words';
import type { TermDictionary } from './term-dictionary';
import { editDistance } from './vocabulary';
import { planWidening, type Alternative, type WidenedSpan } from './widening';

export { typoBudget, VARIANT_WEIGHTS, type CompileOptions } from './query-plan';
/** From this many words on, a query is ranked by coverage like a question. */
const LONG_QUERY_WORDS = 5;
/**
 * From this many words on, a section may miss one of them and still be listed, ranked by coverage
 * (Elasticsearch's `minimum_should_match: "2<-1"`): « DDADUE congés payés » then finds the section titled
 * with DDADUE that says « congés » but not « payés », not only the list that mentions all three in passing.
 */
const ONE_WORD_MAY_MISS_FROM = 3;


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

/** A multi-word alternative (« maison de retraite »): its words' match keys, consecutive stop words aside. */
export interface CompiledExpression {
  keys: string[];
}

export interface CompiledQuery {
  /** All groups must match (the normal query). */
  all: Query;
  /** Any group may match (the fallback when `all` finds nothing). */
  any: Query;
  groupCount: number;
  /**
   * Ranked by how many of its words a section covers, never cut to the sections having them all: a
   * question, or a long query (as many words as a title pasted whole), rarely has every word in its answer.
   */
  byCoverage: boolean;
  /**
   * Groups a section must cover to be listed when ranked by coverage: one less than all for a query of
   * three or four words, 1 for a question or a long query. When no section covers that many, every section
   * covering one is listed (and the page says not all words were found).
   */
  minimumCovered: number;
  /** Sections made of figures keep their rank (« Combien de salariés… ? » asks for one). */
  figuresWanted: boolean;
  /** Per group: word matchers, phrases and multi-word alternatives (widening) that satisfy it. */
  groups: { words: TermMatcher[]; phrases: CompiledPhrase[]; expressions: CompiledExpression[] }[];
  excludedPhrases: CompiledPhrase[];
  /** One classifier per positive word clause, in query order (its index is its mark key). */
  wordMatchers: TermClassifier[];
  phrases: CompiledPhrase[];
  /**
   * Query term MiniSearch reports → the query words it stands for, when variants were searched as terms
   * of their own: the engine's « matched query terms » count is then corrected (see matching.ts).
   */
  variantSources: Map<string, string[]>;
  /** Present when the limits left words or variants out. */
  cut?: QueryCut;
  /** Multi-word alternatives, to mark where they stand. */
  expressions: CompiledExpression[];
  /** What the query was widened to (empty when nothing was, or when widening was off). */
  widened: WidenedSpan[];
  /**
   * Terms searched only as words of multi-word alternatives → the sections holding every word of one of
   * those alternatives. Any other section can pass none of them, so the engine may skip it when scoring
   * the term (matching.ts gives it no weight): « projet de loi de financement de la sécurité sociale »
   * for PLFSS no longer scores every section saying « social ». Empty without a term dictionary.
   */
  expressionCandidates: Map<string, Set<number>>;
}

/** How much prefix and typo variants the engine expands itself weigh, relative to exact words. */
export const ENGINE_WEIGHTS = { prefix: VARIANT_WEIGHTS.prefix, fuzzy: VARIANT_WEIGHTS.typo };


export function compileQuery(parsed: ParsedQuery, options: CompileOptions = {}): CompiledQuery {
  const { dictionary } = options;
  const limits = options.limits ?? QUERY_LIMITS;
  const firstWords = dictionary ? keepFirstWords(parsed, limits.words) : { groups: parsed.groups, typedWords: 0 };
  type Planned = { clause: WordClause; plan: WordPlan } | { clause: PhraseClause; plan?: undefined };
  const budget: PlanBudget = { typoWords: limits.typoWords };
  const planned = firstWords.groups.map((alternatives) =>
    alternatives.map((clause): Planned => (clause.type === 'word' ? { clause, plan: planWord(clause, options, budget) } : { clause })));
  const excludedWords = parsed.excluded.filter(isWord).map((clause) => analyzeWord(clause.surface));

  let searched = planned;
  let cut: QueryCut | undefined;
  if (dictionary) {
    const budgeted = planned.map((alternatives): BudgetedGroup => ({
      fixedPostings: alternatives.reduce((sum, { clause, plan }) =>
        sum + (plan ? fixedPostings(plan, dictionary) : phrasePostings(clause as PhraseClause, dictionary)), 0),
      widenings: alternatives.flatMap(({ plan }) => (plan ? allPlans(plan) : [])).flatMap((p) => (p.widening ? [p.widening] : [])),
    }));
    const excludedPostings = excludedWords.reduce((sum, analysis) =>
      sum + [analysis.exact, ...analysis.stems].reduce((s, term) => s + dictionary.postings(term), 0), 0);
    const keptGroups = fitBudget(budgeted, excludedPostings, limits.postings);
    searched = planned.slice(0, keptGroups);
    const searchedWords = searched.flat().reduce((sum, { clause }) => sum + clauseWords(clause), 0);
    const narrowedWords = searched.flat().filter(({ plan }) => plan && allPlans(plan).some((p) => p.widening?.narrowed)).length;
    if (searchedWords < firstWords.typedWords || narrowedWords > 0) {
      cut = { typedWords: firstWords.typedWords, searchedWords, narrowedWords };
    }
  }

  const searchedGroups = searched.map((alternatives) => alternatives.map(({ clause }) => clause));
  const widened = options.equivalents ? planWidening(searchedGroups, options.equivalents) : [];
  type Group = { query: Query; classifiers: TermClassifier[]; phrases: CompiledPhrase[]; expressions: CompiledExpression[] };
  const expressionQueries = new Map<Query, string[]>();
  const groups = searched.map((alternatives, index): Group => {
    const span = widened.find((candidate) => candidate.first <= index && index <= candidate.last);
    const extra = span ? compileAlternatives(span, expressionQueries) : { queries: [], classifiers: [], expressions: [] };
    return {
      query: or([...alternatives.map(({ clause, plan }) => (plan ? wordQuery(plan) : phraseQuery(clause as PhraseClause))), ...extra.queries]),
      classifiers: [...alternatives.flatMap(({ plan }) => (plan ? [wordClassifier(plan)] : [])), ...extra.classifiers],
      phrases: alternatives.flatMap(({ clause }) => (clause.type === 'phrase' ? [compilePhrase(clause)] : [])),
      expressions: extra.expressions,
    };
  });
  const excludedQueries = excludedWords.map(excludedWordQuery);
  const withoutExcluded = (query: Query): Query =>
    excludedQueries.length === 0 ? query : { combineWith: 'AND_NOT', queries: [query, or(excludedQueries)] };
  const coverage = coverageRule(parsed.question, groups.length);
  const all = withoutExcluded({ combineWith: 'AND', queries: groups.map((group) => group.query) });
  // Built without spreads (`...coverage`, `...(cut ? { cut } : {})`): each costs microseconds on Node 20.
  const compiled: CompiledQuery = {
    all,
    any: withoutExcluded(or(groups.map((group) => group.query))),
    groupCount: groups.length,
    byCoverage: coverage.byCoverage,
    minimumCovered: coverage.minimumCovered,
    figuresWanted: parsed.asksForFigures,
    groups: groups.map(({ classifiers, phrases, expressions }) => ({
      words: classifiers.map((classify): TermMatcher => (term) => classify(term) !== undefined),
      phrases,
      expressions,
    })),
    excludedPhrases: parsed.excluded.filter(isPhrase).map(compilePhrase),
    wordMatchers: groups.flatMap((group) => group.classifiers),
    phrases: groups.flatMap((group) => group.phrases),
    variantSources: variantSources(searched.flat().flatMap(({ plan }) => (plan ? allPlans(plan) : [])), widenedTerms(searched, widened)),
    expressions: groups.flatMap((group) => group.expressions),
    widened,
    expressionCandidates: dictionary && expressionQueries.size > 0 ? expressionCandidates(all, expressionQueries, dictionary) : new Map(),
  };
  if (cut) compiled.cut = cut;
  return compiled;
}

function expressionCandidates(all: Query, expressionQueries: ReadonlyMap<Query, string[]>, dictionary: TermDictionary): Map<string, Set<number>> {
  const elsewhere = new Set<string>();
  const collect = (query: Query): void => {
    if (typeof query === 'string') elsewhere.add(query);
    else if (typeof query === 'object' && !expressionQueries.has(query)) query.queries.forEach(collect);
  };
  collect(all);
  const candidates = new Map<string, Set<number>>();
  for (const terms of expressionQueries.values()) {
    const holding = dictionary.documentsWithAll(terms);
    for (const term of terms) {
      if (elsewhere.has(term)) continue;
      const known = candidates.get(term);
      if (known === undefined) candidates.set(term, new Set(holding));
      else for (const id of holding) known.add(id);
    }
  }
  return candidates;
}

function coverageRule(question: boolean, groupCount: number): { byCoverage: boolean; minimumCovered: number } {
  if (question || groupCount >= LONG_QUERY_WORDS) return { byCoverage: true, minimumCovered: 1 };
  if (groupCount >= ONE_WORD_MAY_MISS_FROM) return { byCoverage: true, minimumCovered: groupCount - 1 };
  return { byCoverage: false, minimumCovered: groupCount };
}

function phrasePostings(clause: PhraseClause, dictionary: TermDictionary): number {
  const terms = clause.surfaces.map(analyzeWord).filter((analysis) => !analysis.stop);
  return terms.reduce((sum, analysis) =>
    sum + dictionary.postings(analysis.exact) + analysis.parts.reduce((s, part) => s + dictionary.postings(part.exact), 0), 0);
}

// A variant term searched on its own is reported by the engine as a query term of its own; it stands
// for the word it widens. Exact terms stand for themselves, also when another word widens to them.
function variantSources(plans: readonly WordPlan[], widenedTerms: readonly { term: string; source: string }[]): Map<string, string[]> {
  const sources = new Map<string, Set<string>>();
  const add = (term: string, source: string) => {
    const set = sources.get(term) ?? new Set<string>();
    set.add(source);
    sources.set(term, set);
  };
  const variants = [...plans.flatMap((plan) => plan.widening?.variants ?? []), ...widenedTerms];
  if (variants.length === 0) return new Map();
  for (const variant of variants) add(variant.term, variant.source);
  for (const plan of plans) {
    for (const term of [plan.analysis.exact, ...(plan.stems ? plan.analysis.stems : [])]) {
      if (sources.has(term)) add(term, term);
    }
  }
  return new Map([...sources].map(([term, set]) => [term, [...set]]));
}

/**
 * The terms of widened alternatives and the typed words they stand for: « convention collective unique
 * étendue » matched in a section counts as the one word « CCUE », not as four more query terms.
 */
function widenedTerms(searched: readonly { clause: Clause; plan?: WordPlan | undefined }[][], widened: readonly WidenedSpan[]): { term: string; source: string }[] {
  return widened.flatMap((span) => {
    const typed = searched.slice(span.first, span.last + 1).flatMap((group) => group.flatMap(({ plan }) => (plan ? [plan.analysis.exact] : [])));
    return span.alternatives.flatMap((alternative) =>
      contentWords(alternative).flatMap((analysis) => typed.map((source) => ({ term: analysis.stems[0] ?? analysis.exact, source }))));
  });
}

/**
 * A widened run of words becomes extra alternatives of each of its groups, weighing less than the words
 * typed: a section holding « EHPAD » then satisfies both « maisons » and « retraite », counted once in all.
 */
function compileAlternatives(
  span: WidenedSpan,
  expressionQueries: Map<Query, string[]>,
): { queries: Query[]; classifiers: TermClassifier[]; expressions: CompiledExpression[] } {
  const share = VARIANT_WEIGHTS.widened;
  const queries: Query[] = [];
  const classifiers: TermClassifier[] = [];
  const expressions: CompiledExpression[] = [];
  for (const alternative of span.alternatives) {
    const content = contentWords(alternative);
    if (content.length === 1) {
      const plan: WordPlan = { analysis: content[0]!, prefix: false, stems: true, typos: 0, parts: [], widening: undefined };
      queries.push(variantsQuery(plan.analysis, share));
      classifiers.push(wordClassifier(plan));
    } else if (content.length > 1) {
      // Candidates have every word; matching.ts then keeps those where they stand together.
      const query: Query = { combineWith: 'AND', queries: content.map((analysis) => variantsQuery(analysis, share / content.length)) };
      queries.push(query);
      expressionQueries.set(query, content.map(alternativeTerm));
      expressions.push({ keys: alternative.keys });
    }
  }
  return { queries, classifiers, expressions };
}

function contentWords(alternative: Alternative): WordAnalysis[] {
  return alternative.words.map(analyzeWord).filter((analysis) => !analysis.stop);
}

/**
 * Any form of the word, through its stem (indexed for every form), counted once; no prefix, no typo:
 * an alternative is never a guess on a guess.
 */
function variantsQuery(analysis: WordAnalysis, weight: number): Query {
  return leaf(alternativeTerm(analysis), weight, {});
}

function alternativeTerm(analysis: WordAnalysis): string {
  return analysis.stems[0] ?? analysis.exact;
}

/** True when `keys` holds the expression's keys consecutively (see `expressionKeys`). */
/** Index in `keys` of the first occurrence of the expression at or after `from`, or -1. */
export function findExpression(keys: readonly string[], expression: CompiledExpression, from: number): number {
  return findPhrase(keys, { words: expression.keys }, from);
}

function wordQuery(plan: WordPlan): Query {
  const { analysis } = plan;
  const widenInEngine = plan.widening === undefined;
  const whole: Query[] = [
    leaf(analysis.exact, VARIANT_WEIGHTS.exact, widenInEngine ? { fuzzy: plan.typos, prefix: plan.prefix } : {}),
    ...(plan.stems ? analysis.stems : []).map((stem) => leaf(stem, VARIANT_WEIGHTS.stem, {})),
    ...(plan.widening?.variants ?? []).map((variant) => leaf(variant.term, variant.weight, {})),
  ];
  // A compound matches whole or as all of its parts: « CCN66 » also finds « CCN 66 ».
  if (plan.parts.length > 0) whole.push({ combineWith: 'AND', queries: plan.parts.map(wordQuery) });
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
  const parts = plan.parts.map(wordClassifier);
  // Asked for each matched term of each hit: thousands of times for the same few terms at 100×, and an
  // edit distance is not free. A classifier lives for one query, so the memo stays small.
  const memo = new Map<string, 'whole' | 'part' | undefined>();
  const classify = (term: string) => {
    const whole =
      term === exact ||
      stems.has(term) ||
      (plan.prefix && term.startsWith(exact)) ||
      (budget > 0 && Math.abs(term.length - exact.length) <= budget && editDistance(term, exact, budget) <= budget);
    if (whole) return 'whole';
    return parts.some((part) => part(term) !== undefined) ? 'part' : undefined;
  };
  return (term) => {
    if (memo.has(term)) return memo.get(term);
    const kind = classify(term);
    memo.set(term, kind);
    return kind;
  };
}

export function compilePhrase(clause: PhraseClause): CompiledPhrase {
  return { words: clause.surfaces.flatMap(phraseParts) };
}

/** True when `words` contains the phrase as consecutive words. */
/** Whether `words` (a text's phrase words, see section-words.ts) hold the phrase: the rule phrase-index.ts answers from codes. */
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

export function isWord(clause: Clause): clause is WordClause {
  return clause.type === 'word';
}

export function isPhrase(clause: Clause): clause is PhraseClause {
  return clause.type === 'phrase';
}
