// The archive in PostgreSQL. Every row belongs to a generation (one complete reindex); readers only
// ever read the generation `archive_current` points at, so a generation still being built is
// invisible, and switching is one UPDATE in one transaction. (SQL in a module rather than a .sql
// file: the compiled start, dist/, carries it without a copy step.)
import { GENERATION_TABLES } from './partitions';
import { ATTACH_EARLIER_TABLES, EARLIER_LAYOUTS } from './schema-migrations';

/**
 * Extensions the schema needs, created before it: btree_gin ships with PostgreSQL (contrib) and is
 * trusted, so a role that may create objects in the database may create it.
 */
export const EXTENSIONS = `CREATE EXTENSION IF NOT EXISTS btree_gin`;

/**
 * Names the functions below as written now. A database whose functions carry another name gets them
 * replaced when a server or a reindex opens it (see FUNCTIONS_CURRENT): unlike tables, a function is
 * replaced without a lock that readers would wait on. Change it whenever the functions change.
 */
export const FUNCTIONS_VERSION = 'archive-functions 2';

/** The functions the timeline counts marks with (they read a tsvector, never a table). */
export const FUNCTIONS = `
-- Where sequences of lexemes ($2: [{lexemes, offsets}]: a phrase, the parts of a compound written
-- apart, the match keys of a multi-word alternative) stand in a section's title or text, each as a
-- range of positions; overlapping ones are kept first come, the longest first at one place (marks.ts).
CREATE OR REPLACE FUNCTION archive_sequence_spans(v tsvector, sequences jsonb) RETURNS int4range[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
DECLARE
  spans int4range[] := '{}';
  found record;
BEGIN
  FOR found IN
    WITH pos AS (
      SELECT u.lexeme, x.p::int AS p FROM unnest(v) AS u, unnest(u.positions, u.weights) AS x(p, w) WHERE x.w <> 'B'
    )
    SELECT first.p AS start, first.p + (s.seq->'offsets'->>(jsonb_array_length(s.seq->'offsets') - 1))::int AS stop
      FROM jsonb_array_elements(sequences) AS s(seq)
      JOIN pos AS first ON first.lexeme = s.seq->'lexemes'->>0
     WHERE NOT EXISTS (
       SELECT 1 FROM generate_series(1, jsonb_array_length(s.seq->'lexemes') - 1) AS k
        WHERE NOT EXISTS (
          SELECT 1 FROM pos AS other
           WHERE other.lexeme = s.seq->'lexemes'->>k AND other.p = first.p + (s.seq->'offsets'->>k)::int))
     ORDER BY start, stop DESC
  LOOP
    IF NOT EXISTS (SELECT 1 FROM unnest(spans) AS kept WHERE kept && int4range(found.start, found.stop, '[]')) THEN
      spans := spans || int4range(found.start, found.stop, '[]');
    END IF;
  END LOOP;
  RETURN spans;
END
$fn$;

-- The marks a reader sees in a section's title and text (marks.ts), counted for the timeline: each
-- sequence ($4, in word positions; $5, in match-key positions) once, then each position of a word's
-- lexemes ($2) or prefixes ($3) outside them (a typed word inside an alternative found in key positions
-- is told by its key, $6).
-- The section's positions are read once (one unnest per row: the timeline runs this on every hit).
CREATE OR REPLACE FUNCTION archive_marks(v tsvector, words text[], prefixes text[], sequences jsonb, key_sequences jsonb, word_keys text[])
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  -- Only the positions of the lexemes looked at below: unnesting every position of a section cost most
  -- of a timeline's time at 1,000× (0.9 ms a section, 150 sections a search).
  WITH pos AS MATERIALIZED (
    SELECT u.lexeme, x.p::int AS p
      FROM unnest(v) AS u, unnest(u.positions, u.weights) AS x(p, w)
     WHERE x.w <> 'B'
       AND (u.lexeme = ANY(words) OR u.lexeme = ANY(word_keys) OR u.lexeme = '¤'
            OR (cardinality(prefixes) > 0 AND EXISTS (SELECT 1 FROM unnest(prefixes) AS f WHERE starts_with(u.lexeme, f))))
  ),
  spans AS (
    SELECT CASE WHEN jsonb_array_length(sequences) = 0 THEN '{}'::int4range[] ELSE archive_sequence_spans(v, sequences) END AS ranges,
           CASE WHEN jsonb_array_length(key_sequences) = 0 THEN '{}'::int4range[] ELSE archive_sequence_spans(v, key_sequences) END AS key_ranges,
           -- A word is marked once, at its first position: not again at its parts' (tsvector.ts INNER_POSITIONS).
           coalesce((SELECT array_agg(pos.p) FROM pos WHERE pos.lexeme = '¤'), '{}') AS inner_positions
  )
  SELECT cardinality(spans.ranges) + cardinality(spans.key_ranges) + (
    SELECT count(DISTINCT pos.p)::int
      FROM pos
     WHERE (pos.lexeme = ANY(words) OR (cardinality(prefixes) > 0 AND EXISTS (SELECT 1 FROM unnest(prefixes) AS f WHERE starts_with(pos.lexeme, f))))
       AND NOT pos.p = ANY(spans.inner_positions)
       AND NOT EXISTS (SELECT 1 FROM unnest(spans.ranges) AS kept WHERE kept @> pos.p)
  ) - (
    SELECT count(*)::int
      FROM pos
     WHERE cardinality(spans.key_ranges) > 0 AND pos.lexeme = ANY(word_keys)
       AND EXISTS (SELECT 1 FROM unnest(spans.key_ranges) AS kept WHERE kept @> pos.p)
  )
    FROM spans
$fn$;
COMMENT ON FUNCTION archive_marks(tsvector, text[], text[], jsonb, jsonb, text[]) IS '${FUNCTIONS_VERSION}';
`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS archive_generation (
  id          bigserial PRIMARY KEY,
  built_at    timestamptz NOT NULL,
  -- 'building' until the reindex that writes it makes it current; a killed reindex leaves it so,
  -- and the next reindex deletes it.
  state       text NOT NULL DEFAULT 'building' CHECK (state IN ('building', 'ready')),
  -- Acronyms the reports define (AcronymDefinition[]), found at reindex, for widening queries.
  acronyms    jsonb NOT NULL DEFAULT '[]',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS archive_current (
  singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generation_id  bigint NOT NULL REFERENCES archive_generation (id)
);

CREATE TABLE IF NOT EXISTS archive_report (
  generation_id  bigint NOT NULL REFERENCES archive_generation (id) ON DELETE CASCADE,
  id             text NOT NULL,
  -- ReportMeta as JSON: the web layer reads it whole, nothing filters on its fields but the year.
  meta           jsonb NOT NULL,
  PRIMARY KEY (generation_id, id)
);

${EARLIER_LAYOUTS}

-- The tables below hold one partition per generation (partitions.ts): a reindex fills its own tables,
-- builds their indexes whole and attaches them; a generation replaced twice is dropped table by table.
-- A 100× reindex kept the words index up row by row for half its time.

CREATE TABLE IF NOT EXISTS archive_section (
  generation_id  bigint NOT NULL,
  -- Position of the section in its generation: report order, then document order.
  ord            integer NOT NULL,
  report_id      text NOT NULL,
  section_id     text NOT NULL,
  year           integer,
  title          text NOT NULL,
  breadcrumb     text[] NOT NULL,
  level          integer NOT NULL,
  page           integer,
  body           text NOT NULL,
  -- « Sur le même sujet »: ords of up to three sections of other reports, most related first.
  related        integer[] NOT NULL DEFAULT '{}',
  -- No B-tree index of these tables starts with generation_id (see below).
  PRIMARY KEY (ord, generation_id)
) PARTITION BY RANGE (generation_id);
-- The words index must be the planner's only way to a generation's rows. With a B-tree starting with
-- generation_id and two generations stored (right after a reindex), fresh statistics say « half the
-- table » for either, and the planner read a search's generation through that B-tree, testing the
-- words on every row: each tsvector read from its compressed chunks, which the planner does not
-- count (« secteur » at 100×: 95 ms, against 5 ms through the words index).
CREATE INDEX IF NOT EXISTS archive_section_report_generation ON archive_section (report_id, generation_id, ord);

-- What finding, counting and ranking a section read, one row per section of archive_section, apart
-- from its texts: a search visits the rows of every match (totals, facets), and in this narrow table
-- they fill a third of the pages (1,000×: « secteur », 73,312 matches, counted in 29 ms instead of 145).
CREATE TABLE IF NOT EXISTS archive_match (
  generation_id  bigint NOT NULL,
  ord            integer NOT NULL,
  report_id      text NOT NULL,
  year           integer,
  -- Document boost (prose factor raised to its exponent): lists of figures rank below paragraphs.
  boost          real NOT NULL,
  -- 1 / log2(1 + positions of terms): ts_rank's length normalisation, counted once at reindex.
  rank_norm      real NOT NULL,
  -- The project's own analysed terms (src/analysis), weights A title, B breadcrumb, C text.
  terms          tsvector NOT NULL,
  PRIMARY KEY (ord, generation_id)
) PARTITION BY RANGE (generation_id);
-- Generation and words in one index (btree_gin, see EXTENSIONS): a search reads the candidates of the
-- generation it asks for only, in the partition that an earlier layout's generations share too.
-- Without a pending list: with it (PostgreSQL's default), every search also scanned the list of words
-- not yet merged, and merges stalled searches while a generation was written beside the served one
-- (3–5 s at 100× under 30 searches a second). A generation's own partition gets it built whole.
CREATE INDEX IF NOT EXISTS archive_match_generation_terms ON archive_match USING gin (generation_id, terms) WITH (fastupdate = off);
-- A section's words weigh about 4 KB and are compressed: PostgreSQL's default (pglz) took most of the
-- database's time in a reindex's inserts (100×: 27–29 s with it, 21–22 s with lz4). A server built
-- without lz4 keeps pglz, said once here.
DO $do$ BEGIN
  IF (SELECT attcompression FROM pg_attribute WHERE attrelid = 'archive_match'::regclass AND attname = 'terms') = '' THEN
    ALTER TABLE archive_match ALTER COLUMN terms SET COMPRESSION lz4;
  END IF;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'Ce serveur PostgreSQL n’a pas lz4 : les mots des sections restent compressés par pglz (réindexation plus lente).';
  ALTER TABLE archive_match ALTER COLUMN terms SET COMPRESSION pglz;
END $do$;

-- The index terms of a generation (the embedded engine's: src/analysis indexTerms of every word of a
-- title, breadcrumb and text) with their postings (sections × fields holding them): completions and
-- typo variants are chosen among them under the same caps as embedded (query-variants.ts).
CREATE TABLE IF NOT EXISTS archive_term (
  generation_id  bigint NOT NULL,
  term           text NOT NULL,
  postings       integer NOT NULL,
  -- Where it weighs most: ords of its best sections, best first (champions.ts).
  champions      integer[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (generation_id, term)
) PARTITION BY RANGE (generation_id);

CREATE TABLE IF NOT EXISTS archive_vocabulary (
  generation_id  bigint NOT NULL,
  -- Most frequent first, as the embedded vocabulary is ordered.
  rank           integer NOT NULL,
  word           text NOT NULL,
  occurrences    integer NOT NULL,
  PRIMARY KEY (generation_id, rank)
) PARTITION BY RANGE (generation_id);

${ATTACH_EARLIER_TABLES}

${FUNCTIONS}
`;

/**
 * True when the schema is already there: then nothing is run, since DDL on a served database takes
 * locks that readers would wait on (and a reader joining two tables could deadlock with it).
 */
export const SCHEMA_PRESENT = `
  SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('archive_term') AND attname = 'champions')
     AND coalesce((SELECT 'fastupdate=off' = ANY(reloptions) FROM pg_class WHERE oid = to_regclass('archive_match_generation_terms')), false)
     AND NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('archive_section') AND attname = 'terms' AND NOT attisdropped)
     AND to_regclass('archive_section_report_generation') IS NOT NULL
     AND to_regclass('archive_section_report') IS NULL
     AND coalesce((SELECT attcompression <> '' FROM pg_attribute WHERE attrelid = to_regclass('archive_match') AND attname = 'terms'), false)
     AND (SELECT count(*) FROM pg_class WHERE relkind = 'p' AND oid IN (${GENERATION_TABLES.map(({ name }) => `to_regclass('${name}')`).join(', ')})) = ${GENERATION_TABLES.length}
     AND to_regprocedure('archive_marks(tsvector, text[], text[], jsonb, jsonb, text[])') IS NOT NULL AS present`;

/** True when the database's functions are those of FUNCTIONS (see FUNCTIONS_VERSION). */
export const FUNCTIONS_CURRENT = `
  SELECT coalesce(obj_description(to_regprocedure('archive_marks(tsvector, text[], text[], jsonb, jsonb, text[])'), 'pg_proc') = '${FUNCTIONS_VERSION}', false) AS current`;
