// A broad query on PostgreSQL ranks its terms' champion lists, not every match (page-of-hits.ts). On
// the real corpus, with the limits lowered so that every query takes that path: the same answers as
// ranking every match when the lists are long enough, and, with lists of two sections, pages that
// still list every match once, in one order, with the totals unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/search';
import { writeGeneration } from '../../../src/search/postgres/generations';
import { currentGeneration } from '../../../src/search/postgres/current-generation';
import { openPostgresArchive } from '../../../src/search/postgres/postgres-archive';
import { openDatabase, type Database } from '../../../src/search/postgres/database';
import type { SearchResponse } from '../../../src/types';
import { loadRealReports } from '../../helpers/corpus';
import { useFreshDatabase } from '../../helpers/postgres';
import { QUESTION_CASES } from '../questions.cases';
import { RELEVANCE_CASES } from '../relevance.cases';

const full = useFreshDatabase();
const short = useFreshDatabase();
const EVERY_MATCH = { rankAllUpTo: Infinity, candidates: 0 };
const CHAMPIONS_ONLY = { rankAllUpTo: 0, candidates: 1000 };
const QUERIES = [...new Set([...RELEVANCE_CASES.map((c) => c.query), ...QUESTION_CASES.map((c) => c.query), '"pour tous"', 'CCN66', 'négo', 'CCUE -financement', 'Laforcade OU Vautrin'])];

let databases: Database[] = [];
let exact: Archive;
let fromFullLists: Archive;
let fromShortLists: Archive;
let exactOnShort: Archive;

beforeAll(async () => {
  const reports = await loadRealReports();
  const builtAt = new Date('2030-01-01T00:00:00Z');
  await writeGeneration(full().database.primary, reports, builtAt);
  await writeGeneration(short().database.primary, reports, builtAt, { championsPerTerm: 2 });
  const open = async (url: string, ranking: typeof EVERY_MATCH) => {
    const database = openDatabase({ url });
    databases.push(database);
    return openPostgresArchive(database.read, (await currentGeneration(database.read))!, { ranking });
  };
  [exact, fromFullLists, exactOnShort, fromShortLists] = await Promise.all([
    open(full().url, EVERY_MATCH), open(full().url, CHAMPIONS_ONLY), open(short().url, EVERY_MATCH), open(short().url, CHAMPIONS_ONLY),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all(databases.map((database) => database.close()));
  databases = [];
});

const ids = (response: SearchResponse) => response.hits.map((hit) => `${hit.reportId}#${hit.sectionId}`);

describe('ranking the champion lists', () => {
  it('gives the answers of ranking every match when the lists hold every section of their terms', async () => {
    for (const q of QUERIES) {
      const [expected, found] = await Promise.all([exact.search({ q, limit: 50 }), fromFullLists.search({ q, limit: 50 })]);
      expect({ q, ...found }).toEqual({ q, ...expected });
    }
  });

  it('with lists of two sections: the same totals and facets, and the pages list every match once', async () => {
    let paged = 0;
    for (const q of QUERIES) {
      const expected = await exactOnShort.search({ q, limit: 50 });
      const first = await fromShortLists.search({ q, limit: 5 });
      expect({ q, total: first.total, facets: first.facets }).toEqual({ q, total: expected.total, facets: expected.facets });
      if (expected.total > 50) continue;
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(expected.total / 5); page++) seen.push(...ids(await fromShortLists.search({ q, limit: 5, page })));
      expect({ q, seen: [...seen].sort() }).toEqual({ q, seen: ids(expected).sort() });
      expect(new Set(seen).size).toBe(seen.length);
      paged += 1;
    }
    expect(paged).toBeGreaterThan(QUERIES.length / 2);
  });

  it('with lists of two sections: the first page starts with the champions of the word', async () => {
    const { rows } = await short().database.primary.query<{ id: string }>(
      `SELECT s.report_id || '#' || s.section_id AS id
         FROM archive_term t CROSS JOIN LATERAL unnest(t.champions) AS c(ord)
         JOIN archive_section s ON s.generation_id = t.generation_id AND s.ord = c.ord
        WHERE t.term = 'segur'`,
    );
    expect(rows).toHaveLength(2);
    const found = await fromShortLists.search({ q: 'Ségur', limit: 5 });
    expect(found.total).toBeGreaterThan(5);
    expect(found.hits).toHaveLength(5);
    expect(ids(found).slice(0, 2).sort()).toEqual(rows.map((row) => row.id).sort());
  });

  it('ranks with the length counted at reindex exactly as ts_rank normalises by it', async () => {
    const { rows } = await full().database.primary.query<{ sections: number; different: number }>(
      `SELECT count(*)::int AS sections,
              count(*) FILTER (WHERE abs(ts_rank('{0, 0.2, 0.26, 0.6}', terms, q, 1) - ts_rank('{0, 0.2, 0.26, 0.6}', terms, q, 0) * rank_norm)
                                     > 1e-6 * ts_rank('{0, 0.2, 0.26, 0.6}', terms, q, 1))::int AS different
         FROM archive_match, to_tsquery('simple', 'segur | ccue | formation') AS q
        WHERE terms @@ q`,
    );
    expect(rows[0]!.sections).toBeGreaterThan(20);
    expect(rows[0]!.different).toBe(0);
  });

  it('ranks every match of a question asking for figures: the lists were chosen with the prose boost it ranks without', async () => {
    for (const q of ['Combien de salariés ?', 'Combien d’établissements et de services ?']) {
      const [expected, found] = await Promise.all([exactOnShort.search({ q, limit: 10 }), fromShortLists.search({ q, limit: 10 })]);
      expect(expected.total).toBeGreaterThan(10);
      expect({ q, hits: ids(found) }).toEqual({ q, hits: ids(expected) });
    }
  });
});
