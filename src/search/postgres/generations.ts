// Writing the archive as a new generation (current-generation.ts finds and reads it). A reindex fills a generation
// nobody reads, then makes it current in one short transaction: readers see the old archive or the
// new one, never half of one, and a reindex killed mid-way leaves only an unfinished generation
// behind, which the next reindex deletes.
import type { Report } from '../../types';
import { collectDefinitions } from '../acronym-definitions';
import { proseBoost, proseFactor } from '../prose';
import { longFormKeys } from '../widening';
import type { PoolClient } from 'pg';
import type { Pool } from './database';
import { currentGeneration, type CurrentGeneration } from './current-generation';
import { insertMatches, insertReports, insertSections, insertTerms, insertVocabulary, type SectionRow } from './generation-rows';
import { attachPartitions, createPartitions, dropStalePartitions, indexPartition, partitionName } from './partitions';
import { sequenceCodes } from './tsvector';

/** Any constant works, as long as nothing else on the database uses it: « archive » in ASCII. */
const REINDEX_LOCK = 0x61726368697665;

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
  const rows: SectionRow[] = reports.flatMap((report) =>
    report.sections.map((section) => {
      const prose = proseFactor(section.text);
      return { section, year: report.meta.year, prose, boost: proseBoost(prose) };
    }),
  );
  const codes = sequenceCodes(longFormKeys(acronyms));
  return publishGeneration(pool, builtAt, JSON.stringify(acronyms), async (client, id) => {
    await insertReports(client, id, reports);
    const { statistics, subjects, vocabulary } = await insertMatches(client, id, rows, codes, options.championsPerTerm);
    // The words index is built on a second connection while this process finds the related sections
    // and writes the rest: the database's longest step beside Node's (1,000×: 19 s and about 40 s).
    // Connected and asked before that work, which holds the event loop: a connection still opening
    // then timed out.
    const other = await pool.connect();
    const indexing = indexPartition(other, 'archive_match', id).then(
      () => other.release(),
      (error: unknown) => {
        // A connection that failed is not handed out again.
        other.release(error instanceof Error ? error : true);
        throw error;
      },
    );
    indexing.catch(() => undefined);
    await insertSections(client, id, rows, subjects);
    await insertVocabulary(client, id, vocabulary);
    await insertTerms(client, id, statistics);
    await indexing;
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
      // The new generation is served from here: failing to drop old tables (a lock held by a backup, a
      // lost connection) must not report the reindex as failed. The next reindex drops them.
      await dropStalePartitions(client).catch((error: unknown) =>
        process.emitWarning(
          `La nouvelle génération est en service, mais les tables des générations remplacées n’ont pas pu être supprimées (${error instanceof Error ? error.message : String(error)}) : la prochaine réindexation les supprimera.`,
        ),
      );
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
