// The query language compiled to tsquery, word for word as query-expression.ts compiles it for the
// embedded engine (same word plans: exact, stems, prefix, typos, compound parts; same phrases and
// exclusions), over the terms tsvector.ts indexes. Typo candidates come from the reports' vocabulary,
// as the embedded backend's do.
import { analyzeWord, type WordAnalysis } from '../../analysis';
import { compilePhrase, isPhrase, isWord } from '../query-expression';
import { QUERY_LIMITS } from '../query-limits';
import { planWord, type CompileOptions, type PlanBudget, type WordPlan } from '../query-plan';
import type { ParsedQuery } from '../query-parser';
import type { VocabularyLookup } from '../vocabulary';
import { quoteLexeme } from './tsvector';

/** A typo widens a word to at most this many vocabulary words: enough for real typos, bounded for odd input. */
const MAX_TYPO_CANDIDATES = 12;

export interface CompiledTsQuery {
  /** Every group (the normal query); undefined when the query has no positive clause. */
  all: string | undefined;
  /** Any group (the fallback when `all` finds nothing). */
  any: string | undefined;
  /** The exact forms of the words typed: a section holding them ranks above one with only variants. */
  exact: string | undefined;
  groupCount: number;
}

export function compileTsQuery(parsed: ParsedQuery, options: CompileOptions, vocabulary: VocabularyLookup): CompiledTsQuery {
  const typoCandidates = (plan: WordPlan) =>
    plan.typos > 0 ? vocabulary.neighbours(plan.analysis.exact, plan.typos, MAX_TYPO_CANDIDATES) : [];
  const wordQuery = (plan: WordPlan): string => {
    const { analysis } = plan;
    const alternatives = [
      quoteLexeme(analysis.exact) + (plan.prefix ? ':*' : ''),
      ...(plan.stems ? analysis.stems : []).map(quoteLexeme),
      ...typoCandidates(plan).map(quoteLexeme),
    ];
    // A compound matches whole or as all of its parts: « CCN66 » also finds « CCN 66 ».
    if (plan.parts.length > 0) alternatives.push(and(plan.parts.map(wordQuery)));
    return or(alternatives);
  };
  const budget: PlanBudget = { typoWords: QUERY_LIMITS.typoWords };
  const plan = (clause: Parameters<typeof planWord>[0]) => planWord(clause, options, budget);
  const groups = parsed.groups.map((alternatives) =>
    or(alternatives.map((clause) => (isWord(clause) ? wordQuery(plan(clause)) : phraseQuery(compilePhrase(clause).words)))),
  );
  const excluded = [
    ...parsed.excluded.filter(isWord).map((clause) => excludedWordQuery(analyzeWord(clause.surface))),
    ...parsed.excluded.filter(isPhrase).map((clause) => phraseQuery(compilePhrase(clause).words)),
  ];
  const without = (query: string) => (excluded.length === 0 ? query : `${query} & !${or(excluded)}`);
  const exactTerms = parsed.groups.flat().filter(isWord).map((clause) => quoteLexeme(plan(clause).analysis.exact));
  return {
    all: groups.length === 0 ? undefined : without(and(groups)),
    any: groups.length === 0 ? undefined : without(or(groups)),
    exact: exactTerms.length === 0 ? undefined : or(exactTerms),
    groupCount: groups.length,
  };
}

/** Consecutive words (stop words included: tsvector.ts indexes them for this). */
function phraseQuery(words: string[]): string {
  return words.length === 1 ? quoteLexeme(words[0]!) : `(${words.map(quoteLexeme).join(' <-> ')})`;
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
