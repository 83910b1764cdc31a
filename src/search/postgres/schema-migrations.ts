// Databases written by earlier versions, brought to the current layout by the schema check (schema.ts),
// once, in the same transaction as the rest of it: their generations keep serving with the same answers.
// Up to session 12 the archive's tables were plain tables holding every generation; each one now becomes
// the first partition (`_legacy`) of its partitioned table, covering every generation it holds, and is
// dropped once they are all replaced (partitions.ts).
import { GENERATION_TABLES } from './partitions';

const TABLES = `ARRAY[${GENERATION_TABLES.map(({ name }) => `'${name}'`).join(', ')}]`;

/** Before the partitioned tables are created: the earlier plain tables, brought to their last layout and renamed. */
export const EARLIER_LAYOUTS = `
DO $do$
DECLARE
  t text;
  idx text;
BEGIN
  IF coalesce((SELECT relkind FROM pg_class WHERE oid = to_regclass('archive_section')), 'p') <> 'r' THEN
    RETURN;
  END IF;
  -- The primary key turned around.
  IF pg_get_indexdef('archive_section_pkey'::regclass) LIKE '%(generation_id, ord)%' THEN
    ALTER TABLE archive_section DROP CONSTRAINT archive_section_pkey, ADD PRIMARY KEY (ord, generation_id);
  END IF;
  -- The words moved to archive_match (its words index is built when it is attached, below).
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'archive_section'::regclass AND attname = 'terms' AND NOT attisdropped) THEN
    CREATE TABLE IF NOT EXISTS archive_match (
      generation_id  bigint NOT NULL REFERENCES archive_generation (id) ON DELETE CASCADE,
      ord            integer NOT NULL,
      report_id      text NOT NULL,
      year           integer,
      boost          real NOT NULL,
      rank_norm      real NOT NULL,
      terms          tsvector NOT NULL,
      PRIMARY KEY (ord, generation_id)
    );
    -- rank_norm counted here as ts_rank counts a vector's length (a reindex counts it in tsvector.ts).
    INSERT INTO archive_match (generation_id, ord, report_id, year, boost, rank_norm, terms)
      SELECT generation_id, ord, report_id, year, boost,
             coalesce(1 / nullif(log(2, 1 + (SELECT sum(coalesce(cardinality(u.positions), 1)) FROM unnest(terms) AS u)), 0), 1),
             terms
        FROM archive_section;
    ALTER TABLE archive_section DROP COLUMN terms, DROP COLUMN boost, DROP COLUMN IF EXISTS rank_norm;
  END IF;
  -- A B-tree led by the generation (see archive_section_report_generation in schema.ts).
  DROP INDEX IF EXISTS archive_section_report;
  -- Databases made before the champion lists: their generations keep empty lists, and their searches
  -- rank every match as before (page-of-hits.ts falls back) until the next reindex.
  -- (Databases older still have no archive_term: it is created below, empty for their generation, as before.)
  IF to_regclass('archive_term') IS NOT NULL THEN
    ALTER TABLE archive_term ADD COLUMN IF NOT EXISTS champions integer[] NOT NULL DEFAULT '{}';
  END IF;
  -- Renamed with their indexes, whose names the partitioned tables take.
  FOREACH t IN ARRAY ${TABLES} LOOP
    CONTINUE WHEN to_regclass(t) IS NULL;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', t, t || '_legacy');
    FOR idx IN SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = to_regclass(t || '_legacy') LOOP
      EXECUTE format('ALTER INDEX %I RENAME TO %I', idx, idx || '_legacy');
    END LOOP;
  END LOOP;
END
$do$;`;

/**
 * After the partitioned tables are created: each renamed table attached as the partition of every
 * generation up to the last one it may hold (a generation's id comes from a sequence: later ones are
 * greater). Attaching checks its rows once and builds the indexes it lacks.
 */
export const ATTACH_EARLIER_TABLES = `
DO $do$
DECLARE
  t text;
  bound bigint;
BEGIN
  SELECT coalesce(max(id), 0) + 1 INTO bound FROM archive_generation;
  FOREACH t IN ARRAY ${TABLES} LOOP
    IF to_regclass(t || '_legacy') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = to_regclass(t || '_legacy')) THEN
      EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (%s)', t, t || '_legacy', bound);
    END IF;
  END LOOP;
END
$do$;`;
