// Where a reindex reads the reports it may reuse and writes the new archive: the index file, or a new
// generation in PostgreSQL when DATABASE_URL is set. The only place a reindex tells them apart.
import { resolve } from 'node:path';
import { buildIndexData, groupReports, IndexFileError, loadIndexFile, saveIndexFile, type DatabaseSettings, type IndexData } from '../../src/search';
import { ensureSchema, openDatabase } from '../../src/search/postgres/database';
import { writeGeneration } from '../../src/search/postgres/generations';
import { currentReports } from '../../src/search/postgres/current-generation';
import type { Report } from '../../src/types';

export interface ReindexTarget {
  /** What a run that indexes nothing says it leaves alone: « l’index data/index.json n’est pas remplacé ». */
  unchanged: string;
  /** The archive's current reports by content hash; an unusable archive just means a full rebuild. */
  previousReports(log: (line: string) => void): Promise<Map<string, Report>>;
  /** Replaces the served archive with these reports; the bytes of an index file, null for a database. */
  write(reports: Report[], builtAt: Date): Promise<{ bytes: number | null; written: string }>;
  close(): Promise<void>;
}

export function reindexTarget(options: { corpusDir: string; indexFile: string; database?: DatabaseSettings | undefined }): ReindexTarget {
  return options.database ? databaseTarget(options.database) : indexFileTarget(options.indexFile, options.corpusDir);
}

function indexFileTarget(indexFile: string, corpusDir: string): ReindexTarget {
  return {
    unchanged: `l’index ${indexFile} n’est pas remplacé`,
    async previousReports(log) {
      let data: IndexData;
      try {
        data = await loadIndexFile(indexFile);
      } catch (error) {
        if (!(error instanceof IndexFileError)) throw error;
        if (error.reason !== 'missing') log(`Index précédent inutilisable, reconstruction complète : ${error.message}`);
        return new Map();
      }
      return new Map(groupReports(data.reports, data.sections).map((report) => [report.meta.contentHash, report]));
    },
    async write(reports, builtAt) {
      const { bytes } = await saveIndexFile(indexFile, buildIndexData(reports, builtAt), { corpusDir: resolve(corpusDir) });
      return { bytes, written: `écrit dans ${indexFile}` };
    },
    close: async () => {},
  };
}

function databaseTarget(settings: DatabaseSettings): ReindexTarget {
  // A reindex needs one connection (plus one for the previous reports); writes go to the primary.
  const database = openDatabase({ url: settings.url, poolSize: 2 });
  const ready = ensureSchema(database.primary);
  // Without a listener, a failed schema creation would be an unhandled rejection before the first await.
  ready.catch(() => {});
  return {
    unchanged: 'l’archive PostgreSQL n’est pas remplacée',
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
