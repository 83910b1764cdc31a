// A database written by an earlier version is migrated by the next reindex's schema check, once, and
// keeps serving its generation with the same answers until that reindex writes a new one: plain tables
// holding every generation (up to session 12), and before them words in archive_section, its primary
// key led by the generation, no champion lists.
import { describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../src/search/postgres/database';
import { FUNCTIONS_CURRENT, SCHEMA_PRESENT } from '../../../src/search/postgres/schema';
import { writeGeneration } from '../../../src/search/postgres/generations';
import { currentGeneration } from '../../../src/search/postgres/current-generation';
import { openPostgresArchive } from '../../../src/search/postgres/postgres-archive';
import type { SearchResponse } from '../../../src/types';
import { loadRealReports } from '../../helpers/corpus';
import { useFreshDatabase } from '../../helpers/postgres';

const db = useFreshDatabase();
const QUERIES = ['Ségur', 'CCUE', '"pour tous"', 'personnes âgées accompagnement', 'négo'];

/** Plain tables holding every generation, as up to session 12, rebuilt from the partitioned ones. */
const PLAIN_LAYOUT = ['archive_section', 'archive_match', 'archive_term', 'archive_vocabulary']
  .map((table) => `
    CREATE TABLE ${table}_plain (LIKE ${table} INCLUDING DEFAULTS);
    INSERT INTO ${table}_plain SELECT * FROM ${table};
    DROP TABLE ${table};
    ALTER TABLE ${table}_plain RENAME TO ${table};
    ALTER TABLE ${table} ADD FOREIGN KEY (generation_id) REFERENCES archive_generation (id) ON DELETE CASCADE;`)
  .join('') + `
  ALTER TABLE archive_section ADD PRIMARY KEY (ord, generation_id);
  CREATE INDEX archive_section_report_generation ON archive_section (report_id, generation_id, ord);
  ALTER TABLE archive_match ADD PRIMARY KEY (ord, generation_id);
  CREATE INDEX archive_match_generation_terms ON archive_match USING gin (generation_id, terms) WITH (fastupdate = off);
  ALTER TABLE archive_term ADD PRIMARY KEY (generation_id, term);
  ALTER TABLE archive_vocabulary ADD PRIMARY KEY (generation_id, rank);`;

/** The layout before archive_match, rebuilt from the plain one. */
const EARLIER_LAYOUT = `
  ALTER TABLE archive_section ADD COLUMN boost real, ADD COLUMN terms tsvector;
  UPDATE archive_section s SET boost = m.boost, terms = m.terms FROM archive_match m WHERE m.generation_id = s.generation_id AND m.ord = s.ord;
  ALTER TABLE archive_section ALTER COLUMN boost SET NOT NULL, ALTER COLUMN terms SET NOT NULL;
  DROP TABLE archive_match;
  CREATE INDEX archive_section_generation_terms ON archive_section USING gin (generation_id, terms);
  ALTER TABLE archive_section DROP CONSTRAINT archive_section_pkey, ADD PRIMARY KEY (generation_id, ord);
  DROP INDEX archive_section_report_generation;
  CREATE INDEX archive_section_report ON archive_section (generation_id, report_id, ord);
  ALTER TABLE archive_term DROP COLUMN champions;`;

// In order: the migration keeps the ranking (rank_norm counted by PostgreSQL as the reindex counts it).
const essentials = (response: SearchResponse) => ({ total: response.total, facets: response.facets, hits: response.hits.map((hit) => `${hit.reportId}#${hit.sectionId}`) });

const relkinds = async (pool: ReturnType<typeof db>['database']['primary']) => (await pool.query<{ relname: string; relkind: string }>(
  `SELECT relname, relkind FROM pg_class WHERE relname ~ '^archive_(section|match|term|vocabulary)(_legacy)?$' ORDER BY relname`,
)).rows.map(({ relname, relkind }) => `${relname}:${relkind}`);

describe('a database of plain tables holding every generation', () => {
  it('is migrated once into partitioned tables, answers as before, and drops the old tables once their generations are replaced', async () => {
    const pool = db().database.primary;
    const reports = await loadRealReports();
    await writeGeneration(pool, reports, new Date('2030-02-01T00:00:00Z'));
    const generation = (await currentGeneration(pool))!;
    const expected = await Promise.all(QUERIES.map(async (q) => essentials(await (await openPostgresArchive(pool, generation)).search({ q, limit: 50 }))));

    await pool.query(PLAIN_LAYOUT);
    expect((await pool.query<{ present: boolean }>(SCHEMA_PRESENT)).rows[0]!.present).toBe(false);
    // Two servers starting together: one migrates, the other waits and finds it done.
    await Promise.all([ensureSchema(pool), ensureSchema(pool)]);
    expect((await pool.query<{ present: boolean }>(SCHEMA_PRESENT)).rows[0]!.present).toBe(true);
    expect(await relkinds(pool)).toEqual([
      'archive_match:p', 'archive_match_legacy:r', 'archive_section:p', 'archive_section_legacy:r',
      'archive_term:p', 'archive_term_legacy:r', 'archive_vocabulary:p', 'archive_vocabulary_legacy:r',
    ]);
    const served = async () => Promise.all(QUERIES.map(async (q) => essentials(await (await openPostgresArchive(pool, (await currentGeneration(pool))!)).search({ q, limit: 50 }))));
    expect(await served()).toEqual(expected);

    // The next reindex keeps the migrated generation as the previous one; the one after replaces it.
    await writeGeneration(pool, reports, new Date('2030-02-02T00:00:00Z'));
    expect((await relkinds(pool)).filter((kind) => kind.includes('_legacy'))).toHaveLength(4);
    await writeGeneration(pool, reports, new Date('2030-02-03T00:00:00Z'));
    expect(await relkinds(pool)).toEqual(['archive_match:p', 'archive_section:p', 'archive_term:p', 'archive_vocabulary:p']);
    expect(await served()).toEqual(expected);
  });
});

describe('a database of the layout before archive_match', () => {
  it('is migrated once, with its generation, and answers as before', async () => {
    const pool = db().database.primary;
    await writeGeneration(pool, await loadRealReports(), new Date('2030-01-01T00:00:00Z'));
    const generation = (await currentGeneration(pool))!;
    const before = await openPostgresArchive(pool, generation);
    const expected = await Promise.all(QUERIES.map((q) => before.search({ q, limit: 50 })));

    await pool.query(PLAIN_LAYOUT + EARLIER_LAYOUT);
    await ensureSchema(pool);
    const { rows } = await pool.query<{ columns: string[] }>(
      `SELECT array_agg(attname::text ORDER BY attname) AS columns FROM pg_attribute WHERE attrelid = 'archive_section'::regclass AND attnum > 0 AND NOT attisdropped`,
    );
    expect(rows[0]!.columns).not.toContain('terms');
    expect((await pool.query<{ present: boolean }>(SCHEMA_PRESENT)).rows[0]!.present).toBe(true);
    const { rows: [norms] } = await pool.query<{ different: number }>(
      `SELECT count(*) FILTER (WHERE abs(rank_norm - 1 / log(2, 1 + (SELECT sum(cardinality(u.positions)) FROM unnest(terms) AS u))) > 1e-6)::int AS different FROM archive_match`,
    );
    expect(norms!.different).toBe(0);
    const after = await openPostgresArchive(pool, generation);
    for (const [i, q] of QUERIES.entries()) {
      const found = await after.search({ q, limit: 50 });
      expect({ q, ...essentials(found) }).toEqual({ q, ...essentials(expected[i]!) });
    }
  });
});

describe('a database older still, without archive_term', () => {
  it('is migrated too, and gets an empty partitioned archive_term', async () => {
    const pool = db().database.primary;
    await writeGeneration(pool, await loadRealReports(), new Date('2030-03-01T00:00:00Z'));
    await pool.query(PLAIN_LAYOUT + EARLIER_LAYOUT + 'DROP TABLE archive_term;');
    await ensureSchema(pool);
    expect((await pool.query<{ present: boolean }>(SCHEMA_PRESENT)).rows[0]!.present).toBe(true);
    expect((await relkinds(pool)).filter((kind) => kind.startsWith('archive_term'))).toEqual(['archive_term:p']);
    const archive = await openPostgresArchive(pool, (await currentGeneration(pool))!);
    expect((await archive.search({ q: 'Ségur' })).total).toBeGreaterThan(0);
  });
});

describe('a database whose functions are an earlier version', () => {
  it('gets the current ones when the schema is checked, and its timelines count marks again', async () => {
    const pool = db().database.primary;
    await writeGeneration(pool, await loadRealReports(), new Date('2030-01-02T00:00:00Z'));
    const archive = await openPostgresArchive(pool, (await currentGeneration(pool))!);
    const timelines = () => Promise.all(QUERIES.map((q) => archive.timeline({ q })));
    const expected = await timelines();
    expect(expected.some((timeline) => timeline.years.some((year) => year.occurrences > 0))).toBe(true);

    // An earlier archive_marks, created without the version that names it (as every one before version 2
    // was): here one that counts nothing.
    await pool.query(`CREATE OR REPLACE FUNCTION archive_marks(v tsvector, words text[], prefixes text[], sequences jsonb, key_sequences jsonb, word_keys text[])
      RETURNS integer LANGUAGE sql IMMUTABLE AS $fn$ SELECT 0 $fn$;
      COMMENT ON FUNCTION archive_marks(tsvector, text[], text[], jsonb, jsonb, text[]) IS NULL`);
    expect((await pool.query<{ current: boolean }>(FUNCTIONS_CURRENT)).rows[0]!.current).toBe(false);
    expect((await timelines()).every((timeline) => timeline.years.every((year) => year.occurrences === 0))).toBe(true);

    await Promise.all([ensureSchema(pool), ensureSchema(pool)]);
    expect((await pool.query<{ current: boolean }>(FUNCTIONS_CURRENT)).rows[0]!.current).toBe(true);
    expect(await timelines()).toEqual(expected);
  });
});
