// The rows of a generation, written into its own tables (partitions.ts). Every text is read once: one
// pass gives each section's words to what the database stores of them (tsvector), to the champion lists
// and postings, to « Sur le même sujet » and to the vocabulary. Reading them once per use took a fifth
// of a 100× reindex's CPU.
import type { PoolClient } from 'pg';
import { wordSurfaces } from '../../analysis';
import type { Report, Section } from '../../types';
import { fieldTexts } from '../engine';
import { relateSections, subjectCounts } from '../related';
import { VocabularyCounter } from '../vocabulary';
import { TermStatisticsCollector, type TermStatistics } from './champions';
import { partitionName } from './partitions';
import { vectorOfWords, type SequenceCodes } from './tsvector';

/** Sections sent per INSERT: big enough to amortise round trips, small enough for memory. */
const BATCH = 500;

export interface SectionRow {
  section: Section;
  year: number | null;
  /** Prose factor (prose.ts) and the boost ranking raises it to. */
  prose: number;
  boost: number;
}

export async function insertReports(client: PoolClient, generation: string, reports: Report[]): Promise<void> {
  await client.query(
    `INSERT INTO archive_report (generation_id, id, meta)
       SELECT $1, meta->>'id', meta FROM unnest($2::jsonb[]) AS meta`,
    [generation, reports.map((report) => JSON.stringify(report.meta))],
  );
}

/** What the pass over every section's words gathered, besides the rows it wrote. */
export interface ReadSections {
  statistics: TermStatistics;
  /** Per section, in order: its subject terms (related.ts). */
  subjects: Map<string, number>[];
  vocabulary: VocabularyCounter;
}

/**
 * Writes archive_match (ords are positions in `rows`) while reading every section's words once. The
 * coded sequences are listed with the terms, with the sections holding them (their lexeme starts with
 * KEY_PREFIX, which no index term does): a server codes a query's sequence only when its generation
 * holds the lexeme.
 */
export async function insertMatches(client: PoolClient, generation: string, rows: readonly SectionRow[], codes: SequenceCodes, championsPerTerm?: number): Promise<ReadSections> {
  const collector = new TermStatisticsCollector(championsPerTerm);
  const subjects: Map<string, number>[] = [];
  const vocabulary = new VocabularyCounter();
  const sequences = new Map<string, number>();
  const table = partitionName('archive_match', generation);
  // A batch is read while the database writes the one before: the two work side by side.
  let writing: Promise<unknown> | undefined;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const vectors = batch.map(({ section, boost }, i) => {
      const words = fieldTexts(section).map((text) => [...wordSurfaces(text)]);
      const [title, , text] = words;
      collector.add(start + i, words, boost);
      subjects.push(subjectCounts(title!, text!));
      vocabulary.add(section.title, title);
      vocabulary.add(section.text, text);
      const vector = vectorOfWords(words, codes);
      for (const lexeme of vector.sequences) sequences.set(lexeme, (sequences.get(lexeme) ?? 0) + 1);
      return vector;
    });
    // Nothing above waits, so a failure of the previous write is seen here (or, if preparing this
    // batch threw first, never: the branch below keeps it from ending the process as unhandled).
    await writing;
    writing = client.query(
      `INSERT INTO ${table} (generation_id, ord, report_id, year, boost, rank_norm, terms)
       SELECT $1, s.ord, s.report_id, s.year, s.boost, CASE WHEN s.positions > 0 THEN 1 / log(2, 1 + s.positions) ELSE 1 END, s.terms::tsvector
         FROM unnest($2::int[], $3::text[], $4::int[], $5::real[], $6::text[], $7::int[]) AS s(ord, report_id, year, boost, terms, positions)`,
      [
        generation,
        batch.map((_, i) => start + i),
        batch.map(({ section }) => section.reportId),
        batch.map(({ year }) => year),
        batch.map(({ boost }) => boost),
        vectors.map((vector) => vector.literal),
        vectors.map((vector) => vector.positions),
      ],
    );
    writing.catch(() => undefined);
  }
  await writing;
  const statistics = collector.finish();
  for (const [lexeme, count] of sequences) statistics.postings.set(lexeme, count);
  return { statistics, subjects, vocabulary };
}

/** Writes archive_section, with each section's related sections (found once here, as the embedded index does). */
export async function insertSections(client: PoolClient, generation: string, rows: readonly SectionRow[], subjects: readonly Map<string, number>[]): Promise<void> {
  const related = relateSections(rows.map(({ section }) => section), subjects, rows.map(({ prose }) => prose));
  const table = partitionName('archive_section', generation);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await client.query(
      `INSERT INTO ${table} (generation_id, ord, report_id, section_id, year, title, breadcrumb, level, page, body, related)
       SELECT $1, s.ord, s.report_id, s.section_id, s.year, s.title, s.breadcrumb::text[], s.level, s.page, s.body, s.related::int[]
         FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[], $11::text[])
              AS s(ord, report_id, section_id, year, title, breadcrumb, level, page, body, related)`,
      [
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
        batch.map((_, i) => `{${related[start + i]!.join(',')}}`),
      ],
    );
  }
}

export async function insertVocabulary(client: PoolClient, generation: string, vocabulary: VocabularyCounter): Promise<void> {
  const entries = vocabulary.entries();
  await client.query(
    `INSERT INTO ${partitionName('archive_vocabulary', generation)} (generation_id, rank, word, occurrences)
       SELECT $1, v.rank, v.word, v.occurrences
         FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS v(word, occurrences, rank)`,
    [generation, entries.map(([word]) => word), entries.map(([, count]) => count)],
  );
}

export async function insertTerms(client: PoolClient, generation: string, { postings, champions }: TermStatistics): Promise<void> {
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
