// The one place that decides where the served archive comes from: PostgreSQL when a database is
// configured (DATABASE_URL), the index file otherwise.
import { createArchive, loadIndexFile, postgresArchiveSource, type ArchiveSource, type DatabaseSettings } from '../search';
import { watchIndexFile } from './index-watcher';

export interface ArchiveLocation {
  indexFile: string;
  database?: DatabaseSettings | undefined;
}

export function openArchiveSource(location: ArchiveLocation): ArchiveSource {
  return location.database ? postgresArchiveSource(location.database) : indexFileSource(location.indexFile);
}

export function indexFileSource(indexFile: string): ArchiveSource {
  return {
    label: indexFile,
    open: async () => createArchive(await loadIndexFile(indexFile)),
    watch: (onChange, intervalMs) => watchIndexFile(indexFile, onChange, intervalMs),
    close: async () => {},
  };
}
