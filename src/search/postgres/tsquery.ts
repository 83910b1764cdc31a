// The query language compiled to tsquery, word for word as query-expression.ts compiles it for the
// embedded engine (same word plans: exact, stems, prefix, typos, compound parts; same phrases and
// exclusions; the same widening: acronyms and thesaurus equivalents as extra alternatives of the words
// they stand for), over the terms tsvector.ts indexes. Typo candidates come from the reports'
// vocabulary, as the embedded backend's do. Every lexeme is quoted (quoteLexeme): the tsquery is
// sent as a bound parameter and parsed by PostgreSQL, never spliced into SQL.
import { analyzeWord, type WordAnalysis } from '../../analysis';
import { compilePhrase, isPhrase, isWord } from '../query-expression';
import { QUERY_LIMITS } from '../query-limits';
import { planWord, type CompileOptions, type PlanBudget, type WordPlan } from '../query-plan';
import type { Clause, ParsedQuery } from '../query-parser';
import type { VocabularyLookup } from '../vocabulary';
import type { WidenedSpan } from '../widening';
import { KEY_PREFIX, quoteLexeme, sequenceLexeme } from './tsvector';

/** A typo widens a word to at most this many vocabulary words: enough for real typos, bounded for odd input. */
const MAX_TYPO_CANDIDATES = 12;

export interface CompiledTsQuery {
  /** Every group (the normal query); undefined when the query has no positive clause. */
  all: string | undefined;
  /** Any group (the fallback when `all` finds nothing, and questions). */
  any: string | undefined;
  /** One query per group (exclusions applied), for ranking by coverage. */
  groups: string[];
  /** The exact forms of the words typed: a section holding them ranks above one with only variants. */
  exact: string | undefined;
  /** What the query was widened to, each with the weight of its rank. */
  widened: { query: string; weight: number }[];
  /**
   * Every lexeme of the groups (not of the exclusions): the terms whose champion lists hold the best
   * candidates of a broad query (champions.ts).
   */
  terms: string[];
  /**
   * The positive lexemes of each group (with the alternatives it was widened to): a section matching
   * the group holds one of them, so their postings bound its matches (`matchesBound`). Undefined for a
   * group without such a lexeme (a phrase of stop words).
   */
  groupTerms: (string[] | undefined)[];
  /**
   * What a reader sees marked, for counting occurrences as the results mark them: single words (their
   * lexemes, and prefixes) and sequences (a phrase, a multi-word alternative), each counted once.
   */
  marks: {
    lexemes: string[];
    prefixes: string[];
    sequences: LexemeSequence[];
    keySequences: LexemeSequence[];
    /** The word lexemes as match keys: a word marked inside a multi-word alternative is part of its mark. */
    wordKeys: string[];
    compounds: CompoundParts[];
  };
}

/** The terms each part of a typed compound matches (« CCN66 »: ccn, 66). */
export type CompoundParts = ReadonlyArray<ReadonlySet<string>>;

/**
 * The index terms of a section that made it a hit, as the embedded engine reports them: those of the
 * words, prefixes and single-word alternatives of the query, and the parts of a compound when the
 * section holds every one of them. Marks are drawn from these only (marks.ts), as embedded.
 */
export function matchedTerms(sectionTerms: Iterable<string>, marks: CompiledTsQuery['marks']): string[] {
  const terms = [...sectionTerms];
  const whole = new Set(marks.lexemes);
  const matched = new Set(terms.filter((term) => whole.has(term) || marks.prefixes.some((prefix) => term.startsWith(prefix))));
  for (const parts of marks.compounds) {
    const found = parts.map((part) => terms.filter((term) => part.has(term)));
    if (found.every((list) => list.length > 0)) for (const list of found) for (const term of list) matched.add(term);
  }
  return [...matched];
}

/** Lexemes at given distances from the first one: `maison <2> retrait` is [maison, retrait] at [0, 2]. */
export interface LexemeSequence {
  lexemes: string[];
  offsets: number[];
}

export function compileTsQuery(
  parsed: Pick<ParsedQuery, 'groups' | 'excluded'>,
  options: CompileOptions,
  vocabulary: VocabularyLookup,
  widened: readonly WidenedSpan[] = [],
  codedSequences: ReadonlySet<string> = new Set(),
): CompiledTsQuery {
  const lexemes = new Set<string>();
  const positive = new Set<string>();
  // The group (or widened span) whose clauses are being compiled: its lexemes are collected apart too.
  let current: Set<string> | undefined;
  const unbounded = new Set<Set<string>>();
  const addPositive = (term: string) => {
    positive.add(term);
    current?.add(term);
  };
  const prefixes = new Set<string>();
  const sequences: LexemeSequence[] = [];
  const lexeme = (term: string) => {
    lexemes.add(term);
    addPositive(term);
    return quoteLexeme(term);
  };
  const keySequences: LexemeSequence[] = [];
  // Phrases and alternatives stand in a title or a text, never in a breadcrumb (as matching.ts checks them).
  const sequence = (steps: LexemeSequence, list = sequences): string => {
    list.push(steps);
    return inTitleOrText(steps.lexemes);
  };
  const compounds: CompoundParts[] = [];
  const typoCandidates = (plan: WordPlan) =>
    plan.typos > 0 ? vocabulary.neighbours(plan.analysis.exact, plan.typos, MAX_TYPO_CANDIDATES) : [];
  // A part's terms are collected apart: a part matches only with the other parts of its compound.
  const wordQuery = (plan: WordPlan, part?: Set<string>): string => {
    const { analysis } = plan;
    const term = (value: string) => {
      if (part) part.add(value);
      else lexemes.add(value);
      addPositive(value);
      return quoteLexeme(value);
    };
    // With a term dictionary (a served archive), completions and typos are the embedded engine's own
    // capped variants; without one (tests of the compiler), PostgreSQL completes and the vocabulary
    // gives typo candidates.
    const variants = plan.widening?.variants.map((variant) => term(variant.term));
    if (plan.prefix && !part && !variants) prefixes.add(analysis.exact);
    const alternatives = [
      term(analysis.exact) + (plan.prefix && !variants ? ':*' : ''),
      ...(plan.stems ? analysis.stems : []).map(term),
      ...(variants ?? typoCandidates(plan).map(term)),
    ];
    // A compound matches whole or as all of its parts: « CCN66 » also finds « CCN 66 ».
    if (plan.parts.length > 0 && !part) {
      const parts = plan.parts.map(() => new Set<string>());
      alternatives.push(and(plan.parts.map((partPlan, i) => wordQuery(partPlan, parts[i]))));
      compounds.push(parts);
      sequences.push({ lexemes: plan.parts.map((partPlan) => partPlan.analysis.exact), offsets: plan.parts.map((_, i) => i) });
    }
    return or(alternatives);
  };
  const phraseQuery = (words: string[]): string => {
    // Stop words are in the vector (phrases keep them) but have no postings: a phrase of stop words
    // alone leaves its group without a bound.
    const indexed = words.filter((word) => !analyzeWord(word).stop);
    for (const word of indexed) addPositive(word);
    if (indexed.length === 0 && current) unbounded.add(current);
    return sequence({ lexemes: words, offsets: words.map((_, i) => i) });
  };
  // A single word widened to is any form of it (its stem); several are consecutive match keys.
  // A sequence the generation coded at reindex (an acronym's long form) is its one lexeme; it is still
  // listed as a sequence, for the timeline's marks.
  const alternativeQuery = (keys: string[]): string => {
    if (keys.length === 1) return lexeme(keys[0]!);
    for (const key of keys) addPositive(key);
    const asSequence = sequence({ lexemes: keys.map((key) => KEY_PREFIX + key), offsets: keys.map((_, i) => i) }, keySequences);
    const coded = sequenceLexeme(keys);
    return codedSequences.has(coded) ? quoteLexeme(coded) : asSequence;
  };
  const budget: PlanBudget = { typoWords: QUERY_LIMITS.typoWords };
  const clauseQuery = (clause: Clause) =>
    isWord(clause) ? wordQuery(planWord(clause, options, budget)) : phraseQuery(compilePhrase(clause).words);
  const widenedTerms: Set<string>[] = [];
  const widenedQueries = widened.map((span) => {
    current = new Set();
    widenedTerms.push(current);
    return span.alternatives.filter((alternative) => alternative.keys.length > 0).map((alternative) => alternativeQuery(alternative.keys));
  });
  const groupTerms: (string[] | undefined)[] = [];
  const groups = parsed.groups.map((alternatives, index) => {
    const span = widened.findIndex((candidate) => candidate.first <= index && index <= candidate.last);
    current = new Set(widenedTerms[span]);
    const query = or([...alternatives.map(clauseQuery), ...(widenedQueries[span] ?? [])]);
    groupTerms.push(unbounded.has(current) ? undefined : [...current]);
    return query;
  });
  current = undefined;
  const excluded = [
    ...parsed.excluded.filter(isWord).map((clause) => excludedWordQuery(analyzeWord(clause.surface))),
    ...parsed.excluded.filter(isPhrase).map((clause) => inTitleOrText(compilePhrase(clause).words)),
  ];
  const without = (query: string) => (excluded.length === 0 ? query : `${query} & !${or(excluded)}`);
  const exactTerms = parsed.groups.flat().filter(isWord).map((clause) => quoteLexeme(analyzeWord(clause.surface).exact));
  return {
    all: groups.length === 0 ? undefined : without(and(groups)),
    any: groups.length === 0 ? undefined : without(or(groups)),
    groups: groups.map(without),
    exact: exactTerms.length === 0 ? undefined : or(exactTerms),
    terms: [...positive],
    groupTerms,
    // A widened alternative stands for all the words it replaces (« PLFSS » for five of them), as the
    // embedded ranking counts it: its own rank, times twice those words (tuned on the questions suite).
    widened: widened.flatMap((span, i) => (widenedQueries[i]!.length === 0 ? [] : [{
      query: or(widenedQueries[i]!),
      weight: 2 * (span.last - span.first + 1),
    }])),
    marks: { lexemes: [...lexemes], prefixes: [...prefixes], sequences, keySequences, wordKeys: [...lexemes].map((term) => KEY_PREFIX + term), compounds },
  };
}

/**
 * At least as many sections as match every group of `ts`: a section matching a group holds one of its
 * lexemes, so the group whose lexemes have the fewest postings (sections × fields holding a term)
 * bounds them. Known before anything is counted. None without a term dictionary: PostgreSQL then
 * completes prefixes itself (`:*`), over terms nobody listed.
 */
export function matchesBound(ts: Pick<CompiledTsQuery, 'groupTerms' | 'marks'>, postings: (term: string) => number): number {
  if (ts.marks.prefixes.length > 0) return Infinity;
  let bound = Infinity;
  for (const group of ts.groupTerms) if (group) bound = Math.min(bound, group.reduce((total, term) => total + postings(term), 0));
  return bound;
}

/**
 * Sections covering at least `minimum` of the groups, as one tsquery: any `minimum` of them, all
 * together. The GIN index answers it alone, where counting the groups each section matches read every
 * candidate's tsvector (a 3-word query at 100×: 55 ms). Coverage rules ask for all groups but one
 * (query-expression.ts), so there are as many combinations as groups.
 */
export function coveringQuery(groups: readonly string[], minimum: number): string {
  const combinations: string[] = [];
  const pick = (from: number, chosen: string[]) => {
    if (chosen.length === minimum) combinations.push(and(chosen));
    else for (let i = from; i <= groups.length - (minimum - chosen.length); i++) pick(i + 1, [...chosen, groups[i]!]);
  };
  pick(0, []);
  return or(combinations);
}

/** Consecutive lexemes in a title or a text: `('segur':AC <-> 'pour':AC <-> 'tous':AC)`. */
function inTitleOrText(lexemes: readonly string[]): string {
  const terms = lexemes.map((term) => `${quoteLexeme(term)}:AC`);
  return terms.length === 1 ? terms[0]! : `(${terms.join(' <-> ')})`;
}

// An excluded word takes its inflections with it, but neither prefixes nor typos.
function excludedWordQuery(analysis: WordAnalysis): string {
  return or([analysis.exact, ...analysis.stems].map(quoteLexeme));
}

function or(queries: string[]): string {
  return queries.length === 1 ? queries[0]! : `(${queries.join(' | ')})`;
}

function and(queries: string[]): string {
  return queries.length === 1 ? queries[0]! : `(${queries.join(' & ')})`;
}
