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
import { phraseParts } from '../section-words';
import type { VocabularyLookup } from '../vocabulary';
import type { Alternative, WidenedSpan } from '../widening';
import { quoteLexeme } from './tsvector';

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
   * What a reader sees marked, for counting occurrences as the results mark them: single words (their
   * lexemes, and prefixes) and sequences (a phrase, a multi-word alternative), each counted once.
   */
  marks: { lexemes: string[]; prefixes: string[]; sequences: LexemeSequence[] };
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
): CompiledTsQuery {
  const lexemes = new Set<string>();
  const prefixes = new Set<string>();
  const sequences: LexemeSequence[] = [];
  const lexeme = (term: string) => {
    lexemes.add(term);
    return quoteLexeme(term);
  };
  const sequence = (steps: LexemeSequence): string => {
    if (steps.lexemes.length === 1) return lexeme(steps.lexemes[0]!);
    sequences.push(steps);
    const distance = (i: number) => steps.offsets[i]! - steps.offsets[i - 1]!;
    return `(${steps.lexemes.map((term, i) => (i === 0 ? '' : distance(i) === 1 ? ' <-> ' : ` <${distance(i)}> `) + quoteLexeme(term)).join('')})`;
  };
  const typoCandidates = (plan: WordPlan) =>
    plan.typos > 0 ? vocabulary.neighbours(plan.analysis.exact, plan.typos, MAX_TYPO_CANDIDATES) : [];
  const wordQuery = (plan: WordPlan): string => {
    const { analysis } = plan;
    if (plan.prefix) prefixes.add(analysis.exact);
    const alternatives = [
      lexeme(analysis.exact) + (plan.prefix ? ':*' : ''),
      ...(plan.stems ? analysis.stems : []).map(lexeme),
      ...typoCandidates(plan).map(lexeme),
    ];
    // A compound matches whole or as all of its parts: « CCN66 » also finds « CCN 66 ».
    if (plan.parts.length > 0) alternatives.push(and(plan.parts.map(wordQuery)));
    return or(alternatives);
  };
  const phraseQuery = (words: string[]): string => sequence({ lexemes: words, offsets: words.map((_, i) => i) });
  const budget: PlanBudget = { typoWords: QUERY_LIMITS.typoWords };
  const clauseQuery = (clause: Clause) =>
    isWord(clause) ? wordQuery(planWord(clause, options, budget)) : phraseQuery(compilePhrase(clause).words);
  const widenedQueries = widened.map((span) => span.alternatives.flatMap((alternative) => alternativeSequence(alternative) ?? []).map(sequence));
  const groups = parsed.groups.map((alternatives, index) => {
    const span = widened.findIndex((candidate) => candidate.first <= index && index <= candidate.last);
    return or([...alternatives.map(clauseQuery), ...(widenedQueries[span] ?? [])]);
  });
  const excluded = [
    ...parsed.excluded.filter(isWord).map((clause) => excludedWordQuery(analyzeWord(clause.surface))),
    ...parsed.excluded.filter(isPhrase).map((clause) => `(${compilePhrase(clause).words.map(quoteLexeme).join(' <-> ')})`),
  ];
  const without = (query: string) => (excluded.length === 0 ? query : `${query} & !${or(excluded)}`);
  const exactTerms = parsed.groups.flat().filter(isWord).map((clause) => quoteLexeme(analyzeWord(clause.surface).exact));
  return {
    all: groups.length === 0 ? undefined : without(and(groups)),
    any: groups.length === 0 ? undefined : without(or(groups)),
    groups: groups.map(without),
    exact: exactTerms.length === 0 ? undefined : or(exactTerms),
    // A widened alternative stands for all the words it replaces (« PLFSS » for five of them), as the
    // embedded ranking counts it: its own rank, times twice those words (tuned on the questions suite).
    widened: widened.flatMap((span, i) => (widenedQueries[i]!.length === 0 ? [] : [{
      query: or(widenedQueries[i]!),
      weight: 2 * (span.last - span.first + 1),
    }])),
    marks: { lexemes: [...lexemes], prefixes: [...prefixes], sequences },
  };
}

/**
 * A widened alternative: a single word by its stem (any form of it, no prefix, no typo), several as
 * their words in order, the stop words between them keeping their positions (tsvector.ts), so
 * « maisons de retraite » becomes `maison <2> retrait`.
 */
function alternativeSequence(alternative: Alternative): LexemeSequence | undefined {
  const lexemes: string[] = [];
  const offsets: number[] = [];
  let position = 0;
  for (const word of alternative.words) {
    const analysis = analyzeWord(word);
    if (!analysis.stop) {
      lexemes.push(analysis.stems[0] ?? analysis.exact);
      offsets.push(position);
    }
    position += phraseParts(word).length;
  }
  return lexemes.length === 0 ? undefined : { lexemes, offsets: offsets.map((offset) => offset - offsets[0]!) };
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
