// Where a reindex reads the reports it may reuse and writes the new archive: the index file, or a new
// generation in PostgreSQL when DATABASE_URL is set. The only place a reindex tells them apart.
import { buildIndexData, IndexFileError, loadIndexFile, saveIndexFile, type DatabaseSettings, type IndexData } from '../../src/search';
import { ensureSchema, openDatabase } from '../../src/search/postgres/database';
import { currentReports, writeGeneration } from '../../src/search/postgres/generations';
import type { Report, Section } from '../../src/types';

export interface ReindexTarget {
  /** Named in log lines: « data/index.json », « PostgreSQL ». */
  label: string;
  /** The archive's current reports by content hash; an unusable archive just means a full rebuild. */
  previousReports(log: (line: string) => void): Promise<Map<string, Report>>;
  /** Replaces the served archive with these reports; the bytes of an index file, null for a database. */
  write(reports: Report[], builtAt: Date): Promise<{ bytes: number | null; written: string }>;
  close(): Promise<void>;
}

export function reindexTarget(options: { indexFile: string; database?: DatabaseSettings | undefined }): ReindexTarget {
  return options.database ? databaseTarget(options.database) : indexFileTarget(options.indexFile);
}

function indexFileTarget(indexFile: string): ReindexTarget {
  return {
    label: indexFile,
    async previousReports(log) {
      let data: IndexData;
      try {
        data = await loadIndexFile(indexFile);
      } catch (error) {
        if (!(error instanceof IndexFileError)) throw error;
        if (error.reason !== 'missing') log(`Index précédent inutilisable, reconstruction complète : ${error.message}`);
        return new Map();
      }
      const sectionsByReport = new Map<string, Section[]>();
      for (const section of data.sections) {
        const sections = sectionsByReport.get(section.reportId);
        if (sections) sections.push(section);
        else sectionsByReport.set(section.reportId, [section]);
      }
      return new Map(data.reports.map((meta) => [meta.contentHash, { meta, sections: sectionsByReport.get(meta.id) ?? [] }]));
    },
    async write(reports, builtAt) {
      const { bytes } = await saveIndexFile(indexFile, buildIndexData(reports, builtAt));
      return { bytes, written: `écrit dans ${indexFile}` };
    },
    close: async () => {},
  };
}

function databaseTarget(settings: DatabaseSettings): ReindexTarget {
  // A reindex needs one connection (plus one for the previous reports); writes go to the primary.
  const database = openDatabase({ url: settings.url, poolSize: 2 });
  const ready = ensureSchema(database.primary);
  return {
    label: 'PostgreSQL',
    async previousReports() {
      await ready;
      return currentReports(database.primary);
    },
    async write(reports, builtAt) {
      await ready;
      const generation = await writeGeneration(database.primary, reports, builtAt);
      return { bytes: null, written: `génération ${generation.id} en service dans PostgreSQL` };
    },
    close: () => database.close(),
  };
}
