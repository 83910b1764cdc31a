// Do people's own words — questions, spelled-out acronyms, everyday synonyms, related word forms —
// bring the answering section to the top, and does the strict search still take them literally?
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateCase, formatTable, MIN_TOP3_SHARE } from '../../scripts/lib/relevance';
import type { Archive } from '../../src/search/archive';
import { realArchive } from '../helpers/archive';
import { QUESTION_CASES } from './questions.cases';

describe('questions and everyday words on the real reports', () => {
  let archive: Archive;
  beforeAll(async () => {
    archive = await realArchive();
  });

  it.each(QUESTION_CASES)('$query ($kind) brings its section within the top $top', async (testCase) => {
    const row = await evaluateCase(archive, testCase);
    expect(row.ok, `rang ${row.rank ?? 'absent'} ; premier résultat ${row.firstHit ?? 'aucun'} ; ${testCase.why}`).toBe(true);
  });

  it(`keeps ≥ ${MIN_TOP3_SHARE * 100} % of answers in the top 3`, async () => {
    const result = await evaluate(archive, QUESTION_CASES);
    expect(result.top3, formatTable(result)).toBeGreaterThanOrEqual(MIN_TOP3_SHARE);
  });

  it('needs the widening: the strict search (words typed only) misses many of these answers', async () => {
    const strict = await evaluate({ search: (request) => archive.search({ ...request, strict: true }) }, QUESTION_CASES);
    expect(strict.top3).toBeLessThan(0.8);
  });

  it.each([
    ['maisons de retraite', 'EHPAD'],
    ['établissements et services d’aide par le travail', 'ESAT'],
    ['Agence nationale d’appui à la performance', 'ANAP'],
    ['ANAP', 'Agence nationale d'],
    ['numérisation', 'numérique'],
  ])('says what « %s » was widened to (« %s »)', async (q, alternative) => {
    const { widened } = await archive.search({ q });
    expect(widened?.flatMap((w) => w.alternatives).some((a) => a.startsWith(alternative)), JSON.stringify(widened)).toBe(true);
    expect((await archive.search({ q, strict: true })).widened).toBeUndefined();
  });

  it('marks the synonym where it stands in the snippet', async () => {
    const hit = (await archive.search({ q: 'maisons de retraite' })).hits.find((h) => /EHPAD/.test(h.title));
    expect(hit?.titleHtml).toContain('<mark>EHPAD</mark>');
  });

  it('drops interrogative words from a question but keeps a title that starts with one', async () => {
    expect((await archive.search({ q: 'Combien de salariés représente Nexem ?' })).total).toBeGreaterThan(0);
    expect((await archive.search({ q: 'pourquoi pas moi' })).hits[0]?.title).toMatch(/Pourquoi pas moi/i);
  });
});
