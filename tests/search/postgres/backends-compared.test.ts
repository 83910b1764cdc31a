// The same archive served by both backends, compared through real HTTP: the JSON API and the report
// pages must not tell which backend answers. The corpus has every source format (the real reports and
// a PDF, for pages and links to the original), both archives get the project's thesaurus, and the
// queries are those of the relevance and questions suites plus the query language's special cases.
// Scores are the backends' own (BM25 in MiniSearch, ts_rank in PostgreSQL), so the order of hits may
// differ: everything else must be identical, hit by hit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndexData, createArchive, loadThesaurusFile } from '../../../src/search';
import { writeGeneration } from '../../../src/search/postgres/generations';
import { postgresArchiveSource } from '../../../src/search/postgres/source';
import { makeCorpusWithPdf, type CorpusWithPdf } from '../../helpers/corpus-with-pdf';
import { useFreshDatabase } from '../../helpers/postgres';
import { serve, type TestServer } from '../../web/serve';
import { QUESTION_CASES } from '../questions.cases';
import { RELEVANCE_CASES } from '../relevance.cases';

const db = useFreshDatabase();
// Citations name the archive's absolute address: the same one for both servers.
const PUBLIC_URL = 'https://archive.example.org';
let corpus: CorpusWithPdf;
let embedded: TestServer;
let postgres: TestServer;
let closeSource: () => Promise<void>;

beforeAll(async () => {
  corpus = await makeCorpusWithPdf('backends-');
  const builtAt = new Date('2030-01-01T00:00:00Z');
  const { groups: thesaurus } = await loadThesaurusFile();
  await writeGeneration(db().database.primary, corpus.reports, builtAt);
  const source = postgresArchiveSource({ url: db().url }, { thesaurus });
  closeSource = () => source.close();
  const onPostgres = await (await source.openCurrent()).open();
  embedded = await serve(createArchive(buildIndexData(corpus.reports, builtAt), { thesaurus }), { corpusDir: corpus.corpusDir, publicUrl: PUBLIC_URL });
  postgres = await serve(onPostgres, { corpusDir: corpus.corpusDir, publicUrl: PUBLIC_URL });
}, 120_000);
afterAll(async () => {
  await embedded?.close();
  await postgres?.close();
  await closeSource?.();
  await corpus?.remove();
});

const QUERIES = [
  ...RELEVANCE_CASES.map((c) => c.query),
  ...QUESTION_CASES.map((c) => c.query),
  'Ségur', 'Combien de salariés ?', 'CCUE -financement', 'Laforcade OU Vautrin', '"pour tous"', 'négo', 'le de la', '-CCUE', '',
  'rapport activité 2022', 'zzzyx', '<script>alert(1)</script>', 'a'.repeat(600),
];

/**
 * Queries whose timeline counts a mark more or less on PostgreSQL than the results mark: the database
 * counts marks from the tsvector's positions (archive_marks), per word; marks.ts marks the part of a
 * compound (« crèche » in « mini-crèche ») only beside another part. The bound is the total
 * difference over all years.
 */
const OCCURRENCE_GAPS = new Map<string, number>([
  ['micro-crèche en car', 1],
]);

async function both(path: string): Promise<[unknown, unknown]> {
  const [left, right] = await Promise.all([embedded.get(path), postgres.get(path)]);
  expect(right.status, path).toBe(left.status);
  return [await left.json(), await right.json()];
}

interface SearchJson {
  total: number;
  page: number;
  limit: number;
  results?: Array<{ url: string; score: number }>;
}

/**
 * Everything but the scores, and the hits by permalink: what must be the same on both backends. When
 * the page shown is not every hit, which hits fill it depends on the ranking: the hits are left out.
 */
function comparable({ results, ...rest }: SearchJson) {
  if (results === undefined) return rest;
  if (rest.page > 1 || rest.total > rest.limit) return rest;
  return { ...rest, results: results.map(({ score: _score, ...hit }) => hit).sort((a, b) => a.url.localeCompare(b.url)) };
}

interface TimelineJson {
  years: Array<{ year: number; sections: number; occurrences: number }>;
}

describe('both backends answer the same JSON', () => {
  it.each(QUERIES.map((q) => [q.slice(0, 60), q]))('/api/search and /api/timeline for « %s »', async (_label, q) => {
    const query = encodeURIComponent(q);
    const [left, right] = (await both(`/api/search?q=${query}&limit=50`)) as [SearchJson, SearchJson];
    expect(comparable(right)).toEqual(comparable(left));
    const [leftTimeline, rightTimeline] = (await both(`/api/timeline?q=${query}`)) as [TimelineJson, TimelineJson];
    const gap = OCCURRENCE_GAPS.get(q);
    if (gap === undefined || leftTimeline.years === undefined) {
      expect(rightTimeline).toEqual(leftTimeline);
    } else {
      // Sections per year are the same; the marks PostgreSQL counts from positions are off by a few.
      const withoutOccurrences = (timeline: TimelineJson) => ({ ...timeline, years: timeline.years.map(({ occurrences: _o, ...year }) => year) });
      expect(withoutOccurrences(rightTimeline)).toEqual(withoutOccurrences(leftTimeline));
      const difference = rightTimeline.years.reduce((sum, year, i) => sum + Math.abs(year.occurrences - leftTimeline.years[i]!.occurrences), 0);
      expect(difference, 'si 0, retirer la requête de OCCURRENCE_GAPS').toBeGreaterThan(0);
      expect(difference).toBeLessThanOrEqual(gap);
    }
  });

  it.each([
    'q=maisons%20de%20retraite&strict=1',
    'q=maisons%20de%20retraite',
    'q=CCUE&report=retrospective-2024',
    'q=Ségur&year=2020',
    'q=négociation&page=2&limit=5',
  ])('/api/search?%s', async (params) => {
    const [left, right] = (await both(`/api/search?${params}`)) as [SearchJson, SearchJson];
    expect(comparable(right)).toEqual(comparable(left));
  });

  it('/api/reports, every report and every section (related sections, citations, pages, originals)', async () => {
    const [left, right] = await both('/api/reports');
    expect(right).toEqual(left);
    for (const report of corpus.reports) {
      const [leftReport, rightReport] = await both(`/api/reports/${report.meta.id}`);
      expect(rightReport).toEqual(leftReport);
      for (const section of report.sections) {
        const [leftSection, rightSection] = await both(`/api/reports/${report.meta.id}/sections/${section.id}`);
        expect(rightSection, section.id).toEqual(leftSection);
      }
    }
  }, 120_000);

  it('report pages are the same HTML, with and without words to mark', async () => {
    for (const report of corpus.reports) {
      for (const path of [`/rapports/${report.meta.id}`, `/rapports/${report.meta.id}?q=CCUE%20S%C3%A9gur`]) {
        const [left, right] = await Promise.all([embedded.get(path), postgres.get(path)]);
        expect(right.status).toBe(left.status);
        expect(await right.text(), path).toBe(await left.text());
      }
    }
  }, 120_000);
});
