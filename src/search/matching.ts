// Runs a compiled query on the engine and applies what MiniSearch cannot check itself: phrases
// (consecutive words) and excluded phrases. Falls back to « any word » when all words find nothing.
import type { Engine } from './engine';
import { proseBoost } from './prose';
import { ENGINE_WEIGHTS, type CompiledExpression, type CompiledPhrase, type CompiledQuery } from './query-expression';
import { filterHits, termsOf, type HitList } from './hit-list';
import type { PhraseLookup } from './phrase-index';
import type { Scorer } from './scoring';

export interface Matches {
  /** In no particular order: `topHits` ranks the ones a page shows. */
  hits: HitList;
  /** True when no section had every group and the hits have only some of them. */
  anyWords: boolean;
}

export interface MatchContext {
  engine: Engine;
  scorer: Scorer;
  /** Document boost per section (prose factor). */
  prose: readonly number[];
  /** The sections' words in order, coded at reindex: where phrases and multi-word alternatives are checked. */
  phrases: PhraseLookup;
}

/**
 * How much covering fewer of the query's words costs: the score is multiplied by the covered share of
 * the words (each weighted by its rarity) to this power — Lucene's coordination factor, made steeper
 * because a section that answers half a question is rarely the answer.
 */
const COVERAGE_EXPONENT = 2;

export function findMatches(context: MatchContext, query: CompiledQuery): Matches {
  if (!query.byCoverage || query.groupCount < 2) {
    const all = run(context, query, 'all');
    if (all.ids.length > 0 || query.groupCount < 2) return { hits: all, anyWords: false };
  }
  return rankByCoverage(context, query, run(context, query, 'any'));
}

// Loops over typed arrays rather than arrays and closures per hit: a 3-word query of common words lists
// thousands of « any » hits at 100×, and allocating per hit cost more than the ranking itself. Which
// groups a hit's words cover depends on its term set only, so it is worked out once per term set.
function rankByCoverage(
  context: MatchContext,
  query: CompiledQuery,
  hits: HitList,
): Matches {
  const { groups } = query;
  const groupCount = groups.length;
  const count = hits.ids.length;
  const minimum = query.byCoverage ? query.minimumCovered : 1;
  const needsWords = groups.map((group) => group.phrases.length + group.expressions.length > 0);
  const bySet = hits.termSets.map(({ terms }) => ({
    words: groups.map((group) => hasWordOf(group, terms)),
    mayHoldPhrase: groups.map((group, g) => needsWords[g]! && mayHoldPhraseOf(group, terms)),
  }));
  const covered = new Uint8Array(count * groupCount);
  const counts = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const set = bySet[hits.termSet[i]!]!;
    const id = hits.ids[i]!;
    let wordCount = 0;
    let undecided = 0;
    for (let g = 0; g < groupCount; g++) {
      if (set.words[g]) {
        covered[i * groupCount + g] = 1;
        wordCount++;
      } else if (set.mayHoldPhrase[g]) {
        undecided++;
      }
    }
    let coveredGroups = wordCount;
    if (undecided > 0) {
      for (let g = 0; g < groupCount; g++) {
        if (covered[i * groupCount + g] === 0 && set.mayHoldPhrase[g] && holdsPhraseOf(context.phrases, id, groups[g]!)) {
          covered[i * groupCount + g] = 1;
          coveredGroups++;
        }
      }
    }
    counts[i] = coveredGroups;
  }
  // A word most sections have (« Nexem ») says little when it is missing; a rare one says a lot.
  const sectionCount = Math.max(1, context.engine.documentCount);
  const weights = groups.map((_, g) => {
    let withWord = 0;
    for (let i = 0; i < count; i++) withWord += covered[i * groupCount + g]!;
    return Math.log(1 + sectionCount / (1 + withWord));
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let complete = false;
  for (let i = 0; i < count; i++) {
    let sum = 0;
    for (let g = 0; g < groupCount; g++) sum += covered[i * groupCount + g] ? weights[g]! : 0;
    const share = total === 0 ? 1 : sum / total;
    if (counts[i] === groupCount) complete = true;
    hits.scores[i] = hits.scores[i]! * share ** COVERAGE_EXPONENT;
  }
  const enough = minimum > 1 ? filterHits(hits, (i) => counts[i]! >= minimum) : hits;
  return { hits: enough.ids.length > 0 ? enough : hits, anyWords: !complete };
}

function run(context: MatchContext, query: CompiledQuery, mode: 'all' | 'any'): HitList {
  const found = context.scorer.search(query[mode], { weights: ENGINE_WEIGHTS, boostDocument: documentBoost(context, query) });
  // « Any » hits are ranked by coverage, which is the coordination factor: MiniSearch's own (the score
  // times the query terms matched, where each stem and variant of a word counts as one more) is undone,
  // or a list mentioning « payés » as « payés », « pai » and « pay » would count it three times.
  if (mode === 'any') withoutCoordination(found);
  else if (query.variantSources.size > 0) rescoreVariants(found, query.variantSources);
  const needsWords = query.excludedPhrases.length > 0 || query.groups.some((group) => group.phrases.length + group.expressions.length > 0);
  if (!needsWords) return found;
  return filterHits(found, (i) => passesPhrases(context.phrases, found.ids[i]!, query, mode, termsOf(found, i)));
}

/** Whether a candidate section passes the query's phrases and multi-word alternatives. */
function passesPhrases(phrases: PhraseLookup, id: number, query: CompiledQuery, mode: 'all' | 'any', matchedTerms: readonly string[]): boolean {
  const contains = (phrase: CompiledPhrase) => phrases.hasPhrase(id, phrase.words);
  // In « all » mode the engine already required a match for every group without a phrase or a multi-word
  // alternative. Words first: they cost the least.
  const satisfied = (group: CompiledGroup) =>
    (mode === 'all' && group.phrases.length + group.expressions.length === 0) ||
    hasWordOf(group, matchedTerms) ||
    group.phrases.some(contains) ||
    group.expressions.some((expression) => mayHoldExpression(expression, matchedTerms) && phrases.hasKeys(id, expression.keys));
  return !query.excludedPhrases.some(contains) && (mode === 'all' ? query.groups.every(satisfied) : query.groups.some(satisfied));
}

type CompiledGroup = CompiledQuery['groups'][number];

function hasWordOf(group: CompiledGroup, matchedTerms: readonly string[]): boolean {
  return group.words.some((matches) => matchedTerms.some(matches));
}

/** Whether a group's phrase or multi-word alternative may stand in a section (see `mayHoldExpression`). */
function mayHoldPhraseOf(group: CompiledGroup, matchedTerms: readonly string[]): boolean {
  return group.phrases.length > 0 || group.expressions.some((expression) => mayHoldExpression(expression, matchedTerms));
}

/**
 * A multi-word alternative is searched as all of its words (their match keys are its engine terms):
 * where the engine did not match them all, it cannot stand, and the section need not be analysed.
 */
function mayHoldExpression(expression: CompiledExpression, matchedTerms: readonly string[]): boolean {
  return expression.keys.every((key) => matchedTerms.includes(key));
}

/** Whether section `id` holds one of the group's phrases or multi-word alternatives. */
function holdsPhraseOf(phrases: PhraseLookup, id: number, group: CompiledGroup): boolean {
  return group.phrases.some((phrase) => phrases.hasPhrase(id, phrase.words)) || group.expressions.some((expression) => phrases.hasKeys(id, expression.keys));
}

/**
 * Prose sections first (unless figures are asked for); and a section that cannot hold a multi-word
 * alternative gets no weight for that alternative's words, which MiniSearch then skips without scoring.
 */
function documentBoost(context: MatchContext, query: CompiledQuery): ((id: number, term: string) => number) | undefined {
  const prose = query.figuresWanted ? undefined : (id: number) => proseBoost(context.prose[id] ?? 1);
  const candidates = query.expressionCandidates;
  if (candidates.size === 0) return prose;
  return (id, term) => {
    const holding = candidates.get(term);
    if (holding !== undefined && !holding.has(id)) return 0;
    return prose === undefined ? 1 : prose(id);
  };
}

function withoutCoordination(hits: HitList): void {
  for (let i = 0; i < hits.ids.length; i++) hits.scores[i] = hits.scores[i]! / Math.max(1, hits.termSets[hits.termSet[i]!]!.queryTerms.length);
}

/**
 * MiniSearch multiplies a document's score by the number of query terms it matched. A variant searched
 * as a term of its own (query-variants.ts) would count as one more query term: count the words it stands
 * for instead, so a capped query scores exactly as the engine's own prefix and fuzzy search would.
 */
function rescoreVariants(hits: HitList, sources: ReadonlyMap<string, readonly string[]>): void {
  const factors = hits.termSets.map(({ queryTerms }) => {
    const words = new Set<string>();
    for (const term of queryTerms) for (const word of sources.get(term) ?? [term]) words.add(word);
    return { divisor: Math.max(1, queryTerms.length), words: Math.max(1, words.size) };
  });
  for (let i = 0; i < hits.ids.length; i++) {
    const factor = factors[hits.termSet[i]!]!;
    hits.scores[i] = (hits.scores[i]! / factor.divisor) * factor.words;
  }
}
