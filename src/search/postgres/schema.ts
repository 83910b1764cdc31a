// The archive in PostgreSQL. Every row belongs to a generation (one complete reindex); readers only
// ever read the generation `archive_current` points at, so a generation still being built is
// invisible, and switching is one UPDATE in one transaction. (SQL in a module rather than a .sql
// file: the compiled start, dist/, carries it without a copy step.)
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

CREATE TABLE IF NOT EXISTS archive_section (
  generation_id  bigint NOT NULL REFERENCES archive_generation (id) ON DELETE CASCADE,
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
  -- Document boost (prose factor raised to its exponent): lists of figures rank below paragraphs.
  boost          real NOT NULL,
  -- « Sur le même sujet »: ords of up to three sections of other reports, most related first.
  related        integer[] NOT NULL DEFAULT '{}',
  -- The project's own analysed terms (src/analysis), weights A title, B breadcrumb, C text.
  terms          tsvector NOT NULL,
  PRIMARY KEY (generation_id, ord)
);
ALTER TABLE archive_generation ADD COLUMN IF NOT EXISTS acronyms jsonb NOT NULL DEFAULT '[]';
ALTER TABLE archive_section ADD COLUMN IF NOT EXISTS related integer[] NOT NULL DEFAULT '{}';
CREATE INDEX IF NOT EXISTS archive_section_terms ON archive_section USING gin (terms);
CREATE INDEX IF NOT EXISTS archive_section_report ON archive_section (generation_id, report_id, ord);

-- How many times each sequence of lexemes at given offsets ($2: [{lexemes, offsets}]) stands in a
-- section's title or text: a phrase or a multi-word alternative counts as one mark, as the results
-- highlight it (the timeline's occurrences).
CREATE OR REPLACE FUNCTION archive_sequence_marks(v tsvector, sequences jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  WITH pos AS (
    SELECT u.lexeme, x.p FROM unnest(v) AS u, unnest(u.positions, u.weights) AS x(p, w) WHERE x.w <> 'B'
  )
  -- Two alternatives found at one place (« convention collective unique » and its « … étendue ») are one mark.
  SELECT count(DISTINCT first.p)::int
    FROM jsonb_array_elements(sequences) AS s(seq)
    JOIN pos AS first ON first.lexeme = s.seq->'lexemes'->>0
   WHERE NOT EXISTS (
     SELECT 1 FROM generate_series(1, jsonb_array_length(s.seq->'lexemes') - 1) AS k
      WHERE NOT EXISTS (
        SELECT 1 FROM pos AS other
         WHERE other.lexeme = s.seq->'lexemes'->>k AND other.p = first.p + (s.seq->'offsets'->>k)::int))
$fn$;

CREATE TABLE IF NOT EXISTS archive_vocabulary (
  generation_id  bigint NOT NULL REFERENCES archive_generation (id) ON DELETE CASCADE,
  -- Most frequent first, as the embedded vocabulary is ordered.
  rank           integer NOT NULL,
  word           text NOT NULL,
  occurrences    integer NOT NULL,
  PRIMARY KEY (generation_id, rank)
);
`;
