// The caps that keep a hostile query cheap: what is searched, what is left out, and that it is said.
import { describe, expect, it } from 'vitest';
import { keepFirstWords, mostFrequent, QUERY_LIMITS } from '../../src/search/query-limits';
import { parseQuery } from '../../src/search/query-parser';
import { fitBudget, type BudgetedGroup, type Variant } from '../../src/search/query-variants';
import { HOSTILE_QUERY } from '../../scripts/lib/bench/queries';
import { buildEngine, engineDictionary, loadEngine } from '../../src/search/engine';
import { buildIndexData } from '../../src/search/index-data';
import { findMatches } from '../../src/search/matching';
import { compileQuery } from '../../src/search/query-expression';
import { createPhraseLookup } from '../../src/search/phrase-index';
import { createVocabularyLookup } from '../../src/search/vocabulary';
import { createEquivalents } from '../../src/search/widening';
import { realArchive } from '../helpers/archive';
import { loadRealReports } from '../helpers/corpus';
import { createScorer } from '../../src/search/scoring';
import { rankHits } from '../../src/search/hit-list';

describe('keepFirstWords', () => {
  it.each([
    ['alpha beta gamma', 2, 3, 2],
    ['alpha beta gamma', 12, 3, 3],
    // A phrase counts its words and is kept or dropped whole.
    ['alpha "beta gamma delta" epsilon', 3, 5, 1],
    ['alpha "beta gamma delta" epsilon', 4, 5, 2],
    // Alternatives joined by OU are one group.
    ['alpha beta OU gamma delta', 3, 4, 2],
    // The first group is always searched, however long.
    ['"un deux trois quatre cinq"', 2, 5, 1],
  ])('« %s » with %i words allowed: %i typed, %i groups kept', (query, maxWords, typed, kept) => {
    const { groups, typedWords } = keepFirstWords(parseQuery(query), maxWords);
    expect(typedWords).toBe(typed);
    expect(groups).toHaveLength(kept);
  });
});

describe('mostFrequent', () => {
  it('keeps the candidates with the most postings, ties in term order', () => {
    const candidates = [
      { term: 'formel', postings: 2 },
      { term: 'formation', postings: 40 },
      { term: 'forme', postings: 9 },
      { term: 'formes', postings: 9 },
    ];
    expect(mostFrequent(candidates, 3).map((c) => c.term)).toEqual(['formation', 'forme', 'formes']);
  });
});

describe('fitBudget', () => {
  const variant = (term: string, kind: Variant['kind'], postings: number): Variant => ({ term, kind, postings, weight: 0.5, source: 'x' });
  const groups = (): BudgetedGroup[] => [
    { fixedPostings: 100, widenings: [{ variants: [variant('aa', 'typo', 50), variant('ab', 'prefix', 50)], narrowed: false }] },
    { fixedPostings: 100, widenings: [{ variants: [variant('ba', 'typo', 50)], narrowed: false }] },
  ];
  it.each([
    ['everything fits', 1000, 2, ['aa', 'ab', 'ba'], [false, false]],
    ['typo variants go first', 260, 2, ['ab'], [true, true]],
    ['then completions', 220, 2, [], [true, true]],
    ['then groups from the end, never the first', 50, 1, [], [true, true]],
  ])('%s', (_label, budget, keptGroups, kept, narrowed) => {
    const query = groups();
    expect(fitBudget(query, 0, budget)).toBe(keptGroups);
    expect(query.flatMap((g) => g.widenings.flatMap((w) => w.variants.map((v) => v.term)))).toEqual(kept);
    expect(query.flatMap((g) => g.widenings.map((w) => w.narrowed))).toEqual(narrowed);
  });
});

describe('a long hostile query on the real reports', () => {
  it('searches its first words only and says how many were typed', async () => {
    const archive = await realArchive();
    const response = await archive.search({ q: HOSTILE_QUERY });
    expect(HOSTILE_QUERY).toHaveLength(500);
    expect(response.truncated?.searchedWords).toBe(QUERY_LIMITS.words);
    expect(response.truncated?.typedWords).toBeGreaterThan(QUERY_LIMITS.words);
    expect(response.total).toBeGreaterThan(0);
  });

  it('finds exactly what its searched words find: the words left out play no part', async () => {
    const archive = await realArchive();
    // Its first 12 words are 13 pieces: seven words, a phrase of three, « OU », two words. The exclusion
    // keeps the last one from being completed as a word still being typed.
    const searched = HOSTILE_QUERY.split(' ').slice(0, 13).join(' ');
    const ids = async (q: string) => (await archive.search({ q, limit: 50 })).hits.map((hit) => `${hit.sectionId} ${hit.score}`);
    expect(await ids(HOSTILE_QUERY)).toEqual(await ids(`${searched} -zzzzzz`));
  });

  it('leaves an ordinary query whole', async () => {
    const archive = await realArchive();
    expect((await archive.search({ q: 'attractivité des métiers' })).truncated).toBeUndefined();
    expect((await archive.search({ q: 'négo' })).truncated).toBeUndefined();
  });
});

describe('multi-word alternatives', () => {
  it('are scored only in the sections holding all their words, with the same answer as scoring every section', async () => {
    const data = buildIndexData(await loadRealReports(), new Date('2026-01-01'));
    const engine = loadEngine(data.engine);
    const reference = buildEngine(data.sections);
    const dictionary = engineDictionary(engine);
    const vocabulary = createVocabularyLookup(data.vocabulary);
    const query = compileQuery(parseQuery('PLFSS'), { dictionary, equivalents: createEquivalents({ acronyms: data.acronyms, vocabulary }) });
    expect(query.expressions.length).toBeGreaterThan(0); // « projet de loi de financement de la sécurité sociale »
    const holding = query.expressionCandidates.get('social');
    const withEveryWord = reference.search({ combineWith: 'AND', queries: ['projet', 'loi', 'financ', 'secur', 'social'] }).map((r) => r.id as number);
    expect([...(holding ?? [])].sort((a, b) => a - b)).toEqual(withEveryWord.sort((a, b) => a - b));
    expect(holding!.size).toBeLessThan(reference.search('social').length);
    const context = { engine, scorer: createScorer(engine), prose: data.prose, phrases: createPhraseLookup(data.phrases) };
    const scored = (candidates: Map<string, Set<number>>) =>
      ((ranked) => Array.from(ranked.ids, (id, i) => [id, ranked.scores[i]]))(rankHits(findMatches(context, { ...query, expressionCandidates: candidates }).hits));
    expect(scored(query.expressionCandidates)).toEqual(scored(new Map()));
  });
});
