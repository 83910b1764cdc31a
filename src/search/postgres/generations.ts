// Writing the archive as a new generation (current-generation.ts finds and reads it). A reindex fills a generation
// nobody reads, then makes it current in one short transaction: readers see the old archive or the
// new one, never half of one, and a reindex killed mid-way leaves only an unfinished generation
// behind, which the next reindex deletes.
import type { Report } from '../../types';
import { collectDefinitions } from '../acronym-definitions';
import { proseBoost, proseFactor } from '../prose';
import { findRelatedSections } from '../related';
import { buildVocabulary } from '../vocabulary';
import { longFormKeys } from '../widening';
import type { PoolClient } from 'pg';
import type { Pool } from './database';
import { collectTermStatistics, type TermStatistics } from './champions';
import { currentGeneration, type CurrentGeneration } from './current-generation';
import { attachPartitions, createPartitions, dropStalePartitions, partitionName } from './partitions';
import { sectionVector, sequenceCodes, type SequenceCodes } from './tsvector';

/** Any constant works, as long as nothing else on the database uses it: « archive » in ASCII. */
const REINDEX_LOCK = 0x61726368697665;
/** Sections sent per INSERT: big enough to amortise round trips, small enough for memory. */
const BATCH = 500;

export class ReindexBusyError extends Error {
  constructor() {
    super('Une autre réindexation de cette base est en cours : attendez qu’elle se termine, puis relancez « npm run reindex ».');
    this.name = 'ReindexBusyError';
  }
}

/**
 * Writes `reports` as a new generation and makes it current. Holds an advisory lock for the whole
 * run: a second reindex fails at once with ReindexBusyError instead of interleaving its writes.
 */
export function writeGeneration(pool: Pool, reports: Report[], builtAt: Date, options: { championsPerTerm?: number } = {}): Promise<CurrentGeneration> {
  const acronyms = collectDefinitions(reports.flatMap((report) => report.sections.map((section) => section.text)));
  const sections = reports.flatMap((report) => report.sections);
  const prose = sections.map((section) => proseFactor(section.text));
  const boosts = prose.map(proseBoost);
  const codes = sequenceCodes(longFormKeys(acronyms));
  return publishGeneration(pool, builtAt, JSON.stringify(acronyms), async (client, id) => {
    await insertReports(client, id, reports);
    const sequences = await insertSections(client, id, reports, prose, boosts, codes);
    await insertVocabulary(client, id, reports);
    const statistics = collectTermStatistics(sections, boosts, options.championsPerTerm);
    // The coded sequences are listed with the terms, with the sections holding them (their lexeme starts
    // with KEY_PREFIX, which no index term does): a server codes a query's sequence only when its
    // generation holds the lexeme.
    for (const [lexeme, count] of sequences) statistics.postings.set(lexeme, count);
    await insertTerms(client, id, statistics);
  });
}

/**
 * The current generation copied, server side, as a new one built at `builtAt` and made current: the
 * same archive published again (the bench's hot reload under load). Undefined without a current one.
 */
export async function republishCurrent(pool: Pool, builtAt: Date): Promise<CurrentGeneration | undefined> {
  const current = await currentGeneration(pool);
  if (!current) return undefined;
  return publishGeneration(pool, builtAt, null, async (client, id) => {
    const copy = (table: string, columns: string) =>
      `INSERT INTO ${partitionName(table, id)} (generation_id, ${columns}) SELECT $1, ${columns} FROM ${table} WHERE generation_id = $2`;
    await client.query(`UPDATE archive_generation SET acronyms = (SELECT acronyms FROM archive_generation WHERE id = $2) WHERE id = $1`, [id, current.id]);
    await client.query(`INSERT INTO archive_report (generation_id, id, meta) SELECT $1, id, meta FROM archive_report WHERE generation_id = $2`, [id, current.id]);
    await client.query(copy('archive_section', 'ord, report_id, section_id, year, title, breadcrumb, level, page, body, related'), [id, current.id]);
    await client.query(copy('archive_match', 'ord, report_id, year, boost, rank_norm, terms'), [id, current.id]);
    await client.query(copy('archive_vocabulary', 'rank, word, occurrences'), [id, current.id]);
    await client.query(copy('archive_term', 'term, postings, champions'), [id, current.id]);
  });
}

/** Under the reindex lock: a new generation row, filled by `fill`, then made current in one transaction. */
async function publishGeneration(
  pool: Pool,
  builtAt: Date,
  acronyms: string | null,
  fill: (client: PoolClient, id: string) => Promise<void>,
): Promise<CurrentGeneration> {
  const client = await pool.connect();
  try {
    const { rows: [lock] } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1) AS locked`, [REINDEX_LOCK]);
    if (!lock?.locked) throw new ReindexBusyError();
    try {
      // What a killed reindex left: never current, never read.
      await client.query(`DELETE FROM archive_generation WHERE state = 'building'`);
      await dropStalePartitions(client);
      const { rows: [generation] } = await client.query<{ id: string }>(
        `INSERT INTO archive_generation (built_at, acronyms) VALUES ($1, coalesce($2::jsonb, '[]')) RETURNING id`,
        [builtAt, acronyms],
      );
      const id = generation!.id;
      await createPartitions(client, id);
      await fill(client, id);
      await attachPartitions(client, id);
      await client.query('ANALYZE archive_report');
      await client.query('BEGIN');
      await client.query(`UPDATE archive_generation SET state = 'ready' WHERE id = $1`, [id]);
      const { rows: [previous] } = await client.query<{ generation_id: string | null }>(
        `SELECT generation_id FROM archive_current`,
      );
      await client.query(
        `INSERT INTO archive_current (singleton, generation_id) VALUES (true, $1)
           ON CONFLICT (singleton) DO UPDATE SET generation_id = EXCLUDED.generation_id`,
        [id],
      );
      // The previous generation stays one more round: servers still on it (until their next poll)
      // keep answering. Older ones go: their rows here, their tables once this is committed.
      await client.query(
        `DELETE FROM archive_generation WHERE id <> $1 AND id IS DISTINCT FROM $2`,
        [id, previous?.generation_id ?? null],
      );
      await client.query('COMMIT');
      await dropStalePartitions(client);
      return { id: String(id), builtAt: builtAt.toISOString() };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      await client.query(`SELECT pg_advisory_unlock($1)`, [REINDEX_LOCK]).catch(() => {});
    }
  } finally {
    client.release();
  }
}

type Client = PoolClient;

async function insertReports(client: Client, generation: string, reports: Report[]): Promise<void> {
  await client.query(
    `INSERT INTO archive_report (generation_id, id, meta)
       SELECT $1, meta->>'id', meta FROM unnest($2::jsonb[]) AS meta`,
    [generation, reports.map((report) => JSON.stringify(report.meta))],
  );
}

/** Writes the sections; resolves to the sections holding each coded sequence (tsvector.ts sequenceLexeme). */
async function insertSections(client: Client, generation: string, reports: Report[], prose: number[], boosts: number[], codes: SequenceCodes): Promise<Map<string, number>> {
  const rows = reports.flatMap((report) => report.sections.map((section) => ({ section, year: report.meta.year })));
  // Found once here, as the embedded index does (related.ts), and stored as section positions.
  const related = findRelatedSections(rows.map(({ section }) => section), prose);
  const sequences = new Map<string, number>();
  // A batch is analysed while the database writes the one before: the two work side by side.
  let writing: Promise<unknown> | undefined;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const vectors = batch.map(({ section }) => sectionVector(section, codes));
    for (const vector of vectors) for (const lexeme of vector.sequences) sequences.set(lexeme, (sequences.get(lexeme) ?? 0) + 1);
    const parameters = [
      generation,
      batch.map((_, i) => start + i),
      batch.map(({ section }) => section.reportId),
      batch.map(({ section }) => section.id),
      batch.map(({ year }) => year),
      batch.map(({ section }) => section.title),
      // Arrays of arrays cannot go through unnest: each breadcrumb travels as an array literal.
      batch.map(({ section }) => arrayLiteral(section.breadcrumb)),
      batch.map(({ section }) => section.level),
      batch.map(({ section }) => section.page),
      batch.map(({ section }) => section.text),
      batch.map((_, i) => boosts[start + i]!),
      batch.map((_, i) => `{${related[start + i]!.join(',')}}`),
      vectors.map((vector) => vector.literal),
      vectors.map((vector) => vector.positions),
    ];
    // Nothing above waits, so a failure of the previous write is seen here (or, if preparing this
    // batch threw first, never: the branch below keeps it from ending the process as unhandled).
    await writing;
    writing = client.query(
      `WITH s AS (
         SELECT * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[], $11::real[], $12::text[], $13::text[], $14::int[])
                AS s(ord, report_id, section_id, year, title, breadcrumb, level, page, body, boost, related, terms, positions)
       ), texts AS (
         INSERT INTO ${partitionName('archive_section', generation)} (generation_id, ord, report_id, section_id, year, title, breadcrumb, level, page, body, related)
         SELECT $1, s.ord, s.report_id, s.section_id, s.year, s.title, s.breadcrumb::text[], s.level, s.page, s.body, s.related::int[] FROM s
       )
       INSERT INTO ${partitionName('archive_match', generation)} (generation_id, ord, report_id, year, boost, rank_norm, terms)
       SELECT $1, s.ord, s.report_id, s.year, s.boost, CASE WHEN s.positions > 0 THEN 1 / log(2, 1 + s.positions) ELSE 1 END, s.terms::tsvector
         FROM s`,
      parameters,
    );
    writing.catch(() => undefined);
  }
  await writing;
  return sequences;
}

async function insertVocabulary(client: Client, generation: string, reports: Report[]): Promise<void> {
  const entries = buildVocabulary(reports.flatMap((report) => report.sections.flatMap((section) => [section.title, section.text])));
  await client.query(
    `INSERT INTO ${partitionName('archive_vocabulary', generation)} (generation_id, rank, word, occurrences)
       SELECT $1, v.rank, v.word, v.occurrences
         FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS v(word, occurrences, rank)`,
    [generation, entries.map(([word]) => word), entries.map(([, count]) => count)],
  );
}

async function insertTerms(client: Client, generation: string, { postings, champions }: TermStatistics): Promise<void> {
  const entries = [...postings];
  for (let start = 0; start < entries.length; start += BATCH * 20) {
    const batch = entries.slice(start, start + BATCH * 20);
    await client.query(
      `INSERT INTO ${partitionName('archive_term', generation)} (generation_id, term, postings, champions)
         SELECT $1, t.term, t.postings, t.champions::int[] FROM unnest($2::text[], $3::int[], $4::text[]) AS t(term, postings, champions)`,
      [generation, batch.map(([term]) => term), batch.map(([, count]) => count), batch.map(([term]) => `{${(champions.get(term) ?? []).join(',')}}`)],
    );
  }
}

/** A PostgreSQL array literal of texts: every element quoted, " and \ escaped. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
