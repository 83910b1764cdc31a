// The scorer must rank exactly as MiniSearch's own search, which it replaces for speed: every hit, score
// and matched term the same, on the real corpus, for the suites' queries compiled both ways (capped
// variants through the dictionary, and prefix and typo expansion left to the engine).
import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_QUERIES, HOSTILE_QUERY } from '../../scripts/lib/bench/queries';
import { buildEngine, engineDictionary, loadEngine, type Engine, type IndexingEngine } from '../../src/search/engine';
import { buildIndexData, type IndexData } from '../../src/search/index-data';
import { proseBoost } from '../../src/search/prose';
import { compileQuery, ENGINE_WEIGHTS, type CompiledQuery } from '../../src/search/query-expression';
import { parseQuery } from '../../src/search/query-parser';
import { rankHits } from '../../src/search/hit-list';
import { createScorer, type Scorer } from '../../src/search/scoring';
import { loadRealReports } from '../helpers/corpus';
import { QUESTION_CASES } from './questions.cases';
import { RELEVANCE_CASES } from './relevance.cases';

const QUERIES = [
  ...RELEVANCE_CASES.map((c) => c.query),
  ...QUESTION_CASES.map((c) => c.query),
  ...BENCH_QUERIES.map((q) => q.request.q),
  HOSTILE_QUERY,
  'CCUE -"prime covid"', 'ségur OR laforcade', '"convention collective" négo*', 'médico-social -covid', 'CCN66 avenant',
  // A phrase of stop words only is MiniSearch's wildcard (every section) inside the expression.
  '"de la" secteur',
];

let data: IndexData;
let engine: Engine;
/** MiniSearch itself, as the reports were indexed: the reference. */
let miniSearch: IndexingEngine;
let scorer: Scorer;

beforeAll(async () => {
  data = buildIndexData(await loadRealReports(), new Date());
  engine = loadEngine(JSON.parse(JSON.stringify(data.engine)));
  miniSearch = buildEngine(data.sections);
  scorer = createScorer(engine);
});

const prose = (id: number) => proseBoost(data.prose[id] ?? 1);

function compiledBothWays(q: string): [string, CompiledQuery][] {
  return [
    ['capped variants', compileQuery(parseQuery(q), { dictionary: engineDictionary(engine) })],
    ['engine expansion', compileQuery(parseQuery(q))],
  ];
}

describe('scoring', () => {
  it.each(QUERIES)('ranks « %s » exactly as MiniSearch', (q) => {
    for (const [how, compiled] of compiledBothWays(q)) {
      for (const mode of ['all', 'any'] as const) {
        const expected = miniSearch.search(compiled[mode], { weights: ENGINE_WEIGHTS, boostDocument: prose });
        const actual = rankHits(scorer.search(compiled[mode], { weights: ENGINE_WEIGHTS, boostDocument: prose }));
        const what = `${how}, ${mode}`;
        expect([...actual.scores], what).toEqual(expected.map((hit) => hit.score));
        const at = new Map(Array.from(actual.ids, (id, i) => [id, i]));
        for (const hit of expected) {
          const i = at.get(hit.id as number);
          expect(i, `${what}: section ${hit.id}`).toBeDefined();
          expect(actual.scores[i!], `${what}: section ${hit.id}`).toBe(hit.score);
          const set = actual.termSets[actual.termSet[i!]!]!;
          expect([...set.terms].sort(), `${what}: terms of ${hit.id}`).toEqual([...hit.terms].sort());
          expect([...set.queryTerms].sort(), `${what}: query terms of ${hit.id}`).toEqual([...hit.queryTerms].sort());
        }
      }
    }
  });

  it('finds something for most of these queries (the comparison is not between two empty lists)', () => {
    const found = QUERIES.filter((q) => scorer.search(compiledBothWays(q)[0]![1].any, { weights: ENGINE_WEIGHTS }).ids.length > 0);
    expect(found.length).toBeGreaterThan(QUERIES.length * 0.9);
  });
});
