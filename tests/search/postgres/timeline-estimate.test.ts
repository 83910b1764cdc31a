// Past the counting budget (QUERY_LIMITS.timelineAnalyses matching sections), both backends count the
// marks of an even sample and estimate the rest, year by year, the same way; section counts stay exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndexData, createArchive, type Archive } from '../../../src/search';
import { writeGeneration } from '../../../src/search/postgres/generations';
import { postgresArchiveSource } from '../../../src/search/postgres/source';
import { QUERY_LIMITS } from '../../../src/search/query-limits';
import type { Report } from '../../../src/types';
import { useFreshDatabase } from '../../helpers/postgres';

/** How many times section `k` of `year` says « quinoa »: 1 to 3, in no regular pattern (an even sample must not alias with it). */
const quinoas = (year: number, k: number) => 1 + (Math.imul(k + year, 2654435761) >>> 0) % 3;

/** `count` sections per year, each saying « quinoa » (see `quinoas`), and « lentille » in the first 20 only. */
function reports(count: number): Report[] {
  return [2021, 2022, 2023].map((year) => ({
    meta: { id: `rapport-${year}`, title: `Rapport ${year}`, year, organisation: 'Nexem', sourceFile: `rapport-${year}.md`, format: 'markdown', pageCount: null, contentHash: `fixture-${year}` },
    sections: Array.from({ length: count }, (_, k) => ({
      id: `section-${k}`,
      reportId: `rapport-${year}`,
      title: `Section ${k} de ${year}`,
      breadcrumb: [],
      level: 1,
      page: null,
      text: `${'Le quinoa pousse bien. '.repeat(quinoas(year, k))}${k < 20 ? 'La lentille aussi.' : 'Le reste du texte.'}`,
    })),
  }));
}

const PER_YEAR = 120;
const exact = (year: number) => Array.from({ length: PER_YEAR }, (_, k) => quinoas(year, k)).reduce((sum, n) => sum + n, 0);

const db = useFreshDatabase();
let closeSource: () => Promise<void>;
const archives: Array<[string, Archive]> = [];

beforeAll(async () => {
  const builtAt = new Date('2030-01-01T00:00:00Z');
  await writeGeneration(db().database.primary, reports(PER_YEAR), builtAt);
  const source = postgresArchiveSource({ url: db().url });
  closeSource = () => source.close();
  archives.push(['embedded', createArchive(buildIndexData(reports(PER_YEAR), builtAt))], ['postgres', await (await source.openCurrent()).open()]);
}, 120_000);
afterAll(async () => {
  await closeSource?.();
});

describe('timeline past the counting budget', () => {
  it('has more matching sections than the budget, so that it estimates', () => {
    expect(3 * PER_YEAR).toBeGreaterThan(QUERY_LIMITS.timelineAnalyses);
  });

  it.each(['embedded', 'postgres'])('on %s: exact sections, occurrences estimated within a tenth and flagged', async (backend) => {
    const archive = archives.find(([name]) => name === backend)![1];
    const { years } = await archive.timeline({ q: 'quinoa' });
    expect(years.map((y) => [y.year, y.sections, y.occurrencesEstimated])).toEqual([[2021, PER_YEAR, true], [2022, PER_YEAR, true], [2023, PER_YEAR, true]]);
    for (const year of years) expect(Math.abs(year.occurrences - exact(year.year)) / exact(year.year)).toBeLessThan(0.1);
  });

  it.each(['embedded', 'postgres'])('on %s: exact and unflagged under the budget', async (backend) => {
    const archive = archives.find(([name]) => name === backend)![1];
    const { years } = await archive.timeline({ q: 'lentille' });
    expect(years).toEqual([2021, 2022, 2023].map((year) => ({ year, sections: 20, occurrences: 20 })));
  });

  // 120 sections of one report match: under the budget once the timeline keeps that report's.
  it.each(['embedded', 'postgres'])('on %s: a report filtered on is counted whole when its hits fit the budget', async (backend) => {
    const archive = archives.find(([name]) => name === backend)![1];
    const { years } = await archive.timeline({ q: 'quinoa', reportId: 'rapport-2022' });
    expect(years).toEqual([
      { year: 2021, sections: 0, occurrences: 0 },
      { year: 2022, sections: PER_YEAR, occurrences: exact(2022) },
      { year: 2023, sections: 0, occurrences: 0 },
    ]);
  });

  it('gives the same section counts and estimates on both backends', async () => {
    const [embedded, postgres] = archives.map(([, archive]) => archive);
    expect((await postgres!.timeline({ q: 'quinoa' })).years).toEqual((await embedded!.timeline({ q: 'quinoa' })).years);
  });
});
