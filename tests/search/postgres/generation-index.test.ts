// A search reads the candidates of the generation it asks for only: the words index is per generation,
// so the previous generation (kept one more round for servers still on it) costs searches nothing.
// (At 100×, after a second reindex, an index on the words alone made 12 searches take 1.7 s, 0.7 s
// with this one: docs/performance.md.)
import { describe, expect, it } from 'vitest';
import { writeGeneration } from '../../../src/search/postgres/generations';
import { quinoaReport, zebraReport } from '../../fixtures/web/reports';
import { loadRealReports } from '../../helpers/corpus';
import { useFreshDatabase } from '../../helpers/postgres';

const db = useFreshDatabase();

describe('the words index', () => {
  it('is one GIN index on generation and words, and none on the words alone', async () => {
    const { rows } = await db().database.primary.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename IN ('archive_section', 'archive_match')`);
    const gin = rows.map((row) => row.indexdef).filter((definition) => definition.includes('USING gin'));
    expect(gin).toHaveLength(1);
    expect(gin[0]).toContain('USING gin (generation_id, terms)');
    // Without a pending list: merging it stalled searches for seconds while a generation was written (schema.ts).
    expect(gin[0]).toContain('fastupdate=off');
  });

  it('is the only index that leads to a generation: no B-tree starts with generation_id', async () => {
    // Otherwise, with two generations stored, the planner read a search's generation through that
    // B-tree and tested the words on every row (schema.ts).
    const { rows } = await db().database.primary.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename IN ('archive_section', 'archive_match')`);
    const btrees = rows.map((row) => row.indexdef).filter((definition) => definition.includes('USING btree'));
    expect(btrees.length).toBeGreaterThanOrEqual(3);
    for (const definition of btrees) expect(definition).not.toMatch(/USING btree \(generation_id\b/);
  });

  it('finds the words of the generation asked for, with the previous one still stored', async () => {
    const pool = db().database.primary;
    await writeGeneration(pool, [quinoaReport], new Date('2031-01-01T00:00:00Z'));
    await writeGeneration(pool, [quinoaReport, zebraReport], new Date('2032-01-01T00:00:00Z'));
    const { rows: generations } = await pool.query<{ id: string }>('SELECT id FROM archive_generation ORDER BY id');
    expect(generations).toHaveLength(2);
    const count = async (generation: string, word: string) => (await pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM archive_match WHERE generation_id = $1 AND terms @@ $2::tsquery`, [generation, word],
    )).rows[0]!.count;
    expect([await count(generations[0]!.id, 'zebr'), await count(generations[1]!.id, 'zebr')]).toEqual([0, 1]);
  });

  it('is built on words compressed with lz4 in every generation\'s own table (pglz took most of a reindex\'s inserts)', async () => {
    const pool = db().database.primary;
    await writeGeneration(pool, await loadRealReports(), new Date('2033-01-01T00:00:00Z'));
    const { rows } = await pool.query<{ method: string }>(
      `SELECT DISTINCT pg_column_compression(terms) AS method FROM archive_match WHERE generation_id = (SELECT generation_id FROM archive_current) AND pg_column_compression(terms) IS NOT NULL`,
    );
    expect(rows.map(({ method }) => method)).toEqual(['lz4']);
  });

  it('is the parent\'s own index in every generation\'s table: attaching adopted what the reindex built, and built nothing more', async () => {
    // partitions.ts lists the indexes a reindex builds; schema.ts declares them on the parents. Were the
    // two to differ, ATTACH would silently build a second index under the readers' lock.
    const pool = db().database.primary;
    await writeGeneration(pool, [quinoaReport], new Date('2034-01-01T00:00:00Z'));
    const { rows } = await pool.query<{ parent: string; parent_indexes: number; partition_indexes: number; adopted: number }>(
      `SELECT p.relname AS parent,
              (SELECT count(*)::int FROM pg_index WHERE indrelid = p.oid) AS parent_indexes,
              (SELECT count(*)::int FROM pg_index WHERE indrelid = c.oid) AS partition_indexes,
              (SELECT count(*)::int FROM pg_index x JOIN pg_inherits h ON h.inhrelid = x.indexrelid WHERE x.indrelid = c.oid) AS adopted
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
        WHERE c.relname LIKE '%\\_g' || (SELECT generation_id FROM archive_current) AND p.relkind = 'p'
        ORDER BY p.relname`,
    );
    expect(rows.map(({ parent }) => parent)).toEqual(['archive_match', 'archive_section', 'archive_term', 'archive_vocabulary']);
    for (const row of rows) expect({ ...row, partition_indexes: row.parent_indexes, adopted: row.parent_indexes }).toEqual(row);
  });

  it('is read with JIT and sequential scans off, on every connection', async () => {
    const settings = await Promise.all(['jit', 'enable_seqscan'].map(async (name) => (await db().database.read.query<Record<string, string>>(`SHOW ${name}`)).rows[0]![name]));
    expect(settings).toEqual(['off', 'off']);
  });
});
