// The one place that decides where the served archive comes from: PostgreSQL when a database is
// configured (DATABASE_URL), the index file otherwise. The PostgreSQL client is loaded only then, so
// the embedded archive never needs it.
import {
  createArchive,
  loadGeneration,
  openIndexFile,
  readIndexManifest,
  type ArchiveOptions,
  type ArchiveSource,
  type DatabaseSettings,
} from '../search';
import { watchIndexFile } from './index-watcher';

export interface ArchiveLocation {
  indexFile: string;
  database?: DatabaseSettings | undefined;
}

export async function openArchiveSource(location: ArchiveLocation, options?: ArchiveOptions): Promise<ArchiveSource> {
  if (!location.database) return indexFileSource(location.indexFile, options);
  const { postgresArchiveSource } = await import('../search/postgres/source');
  return postgresArchiveSource(location.database, options);
}

export function indexFileSource(indexFile: string, options?: ArchiveOptions): ArchiveSource {
  return {
    label: indexFile,
    currentGeneration: () => currentIndexGeneration(indexFile),
    async openCurrent() {
      const opened = await openIndexFile(indexFile);
      return { generation: opened.generation, open: async () => createArchive(opened.data, options) };
    },
    openGeneration: async (generation) => createArchive(await loadGeneration(generation), options),
    isImmutable: (generation) => generation !== indexFile,
    watch: (onChange, intervalMs) => watchIndexFile(indexFile, onChange, intervalMs),
    close: async () => {},
  };
}

/** The generation the index file points at now, without parsing the index. */
async function currentIndexGeneration(indexFile: string): Promise<{ ok: true; generation: string } | { ok: false; reason: string }> {
  const reading = await readIndexManifest(indexFile);
  if (reading.ok) return { ok: true, generation: reading.generationFile };
  // A whole index written in place (the layout before generations): the workers parse and judge it.
  if (reading.plainIndex) return { ok: true, generation: indexFile };
  return { ok: false, reason: `le fichier ${indexFile} n’est pas un index utilisable (${reading.reason}).` };
}
