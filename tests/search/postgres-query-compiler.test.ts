// The bound a PostgreSQL search knows before counting (query-compiler.ts, tsquery.ts matchesBound)
// chooses how the page asked at the same time is ranked; it must never be below the real number of
// matches. Checked on the real corpus, with the postings a reindex stores, against the totals the
// embedded archive finds (the backends give the same totals, backends-compared.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { createArchive, type Archive } from '../../src/search';
import { collectDefinitions } from '../../src/search/acronym-definitions';
import { buildIndexData } from '../../src/search/index-data';
import { collectTermStatistics } from '../../src/search/postgres/champions';
import { createQueryCompiler, type QueryCompiler } from '../../src/search/postgres/query-compiler';
import { proseBoost, proseFactor } from '../../src/search/prose';
import { loadThesaurusFile } from '../../src/search/thesaurus-file';
import { buildVocabulary } from '../../src/search/vocabulary';
import { loadRealReports } from '../helpers/corpus';
import { QUESTION_CASES } from './questions.cases';
import { RELEVANCE_CASES } from './relevance.cases';

const QUERIES = [
  ...new Set([
    ...RELEVANCE_CASES.map((c) => c.query),
    ...QUESTION_CASES.map((c) => c.query),
    '"pour tous"', 'CCN66', 'négo', 'form', 'CCUE -financement', 'Laforcade OU Vautrin', 'convension colective', 'le de la', 'secteur médico-social', '"de la" secteur', '"il y a" CCUE',
  ]),
];

let compiler: QueryCompiler;
let embedded: Archive;

beforeAll(async () => {
  const [reports, thesaurus] = await Promise.all([loadRealReports(), loadThesaurusFile()]);
  const sections = reports.flatMap((report) => report.sections);
  const boosts = sections.map((section) => proseBoost(proseFactor(section.text)));
  compiler = createQueryCompiler({
    vocabulary: buildVocabulary(sections.flatMap((section) => [section.title, section.text])),
    postings: collectTermStatistics(sections, boosts).postings,
    acronyms: collectDefinitions(sections.map((section) => section.text)),
  }, { thesaurus: thesaurus.groups });
  embedded = createArchive(buildIndexData(reports, new Date()), { thesaurus: thesaurus.groups });
}, 60_000);

describe('the bound of the matches known before counting', () => {
  it.each([false, true])('is never below the total (strict: %s)', async (strict) => {
    const checked: { q: string; total: number; bound: number }[] = [];
    for (const q of QUERIES) {
      const prepared = compiler.prepare(q, strict);
      // Questions and long queries are ranked by coverage: the page is asked after counting.
      if (!('compiled' in prepared) || !prepared.listsAll) continue;
      const { total, notice } = await embedded.search({ q, strict, limit: 1 });
      // A fallback to « any word » lists what `all` did not find: the bound is of `all`'s matches.
      if (notice === 'any-words') continue;
      checked.push({ q, total, bound: prepared.bound });
    }
    expect(checked.length).toBeGreaterThan(QUERIES.length / 3);
    expect(checked.filter(({ total, bound }) => bound < total)).toEqual([]);
    // And it bounds something: most queries are not left unbounded.
    expect(checked.filter(({ bound }) => Number.isFinite(bound)).length).toBeGreaterThan(checked.length * 0.9);
  });
});
