// Which generation of the archive is current, and reading it back: what servers open and poll, and
// the reports a reindex reuses when their file did not change.
import type { Report, ReportMeta, Section } from '../../types';
import { groupReports } from '../index-data';
import type { Pool } from './database';

export interface CurrentGeneration {
  id: string;
  builtAt: string;
}

export async function currentGeneration(pool: Pool): Promise<CurrentGeneration | undefined> {
  const { rows } = await pool.query<{ id: string; built_at: Date }>(
    `SELECT g.id, g.built_at
       FROM archive_current c JOIN archive_generation g ON g.id = c.generation_id`,
  );
  const row = rows[0];
  return row ? { id: String(row.id), builtAt: row.built_at.toISOString() } : undefined;
}

/** The current generation's reports by content hash, to reuse those whose file did not change. */
export async function currentReports(pool: Pool): Promise<Map<string, Report>> {
  const current = await currentGeneration(pool);
  if (!current) return new Map();
  const [reports, sections] = await Promise.all([
    pool.query<{ meta: ReportMeta }>(`SELECT meta FROM archive_report WHERE generation_id = $1`, [current.id]),
    pool.query<SectionRow>(
      `SELECT report_id, section_id, title, breadcrumb, level, page, body
         FROM archive_section WHERE generation_id = $1 ORDER BY ord`,
      [current.id],
    ),
  ]);
  const grouped = groupReports(reports.rows.map(({ meta }) => meta), sections.rows.map(toSection));
  return new Map(grouped.map((report) => [report.meta.contentHash, report]));
}

export interface SectionRow {
  report_id: string;
  section_id: string;
  title: string;
  breadcrumb: string[];
  level: number;
  page: number | null;
  body: string;
}

export function toSection(row: SectionRow): Section {
  return { id: row.section_id, reportId: row.report_id, title: row.title, breadcrumb: row.breadcrumb, level: row.level, page: row.page, text: row.body };
}

/** A generation that is ready to read, by id; undefined when it is gone (replaced twice) or unfinished. */
export async function readyGeneration(pool: Pool, id: string): Promise<CurrentGeneration | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const { rows } = await pool.query<{ id: string; built_at: Date }>(
    `SELECT id, built_at FROM archive_generation WHERE id = $1 AND state = 'ready'`,
    [id],
  );
  const row = rows[0];
  return row ? { id: String(row.id), builtAt: row.built_at.toISOString() } : undefined;
}
