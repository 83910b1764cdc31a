// Decides whether `npm start` must rebuild the index before serving it.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from '../../src/ingest/ingest-file';
import { listCorpusFiles } from '../../src/ingest/load-corpus';
import { sidecarName } from '../../src/ingest/metadata';
import { IndexFileError, loadIndexFile } from '../../src/search/index-file';

export interface Freshness {
  stale: boolean;
  /** Why, in French, for the start-up log. */
  reason: string;
}

/**
 * Stale when the index is missing or unusable, when a corpus file or sidecar was modified after it,
 * or when the set of reports differs (a report added or removed). A file that fails to ingest is
 * never in the index, so it keeps the index stale: each start retries it (cheap, the rest is reused).
 */
export async function isIndexStale(corpusDir: string, indexFile: string): Promise<Freshness> {
  let indexTime: number;
  let indexedFiles: Set<string>;
  try {
    indexTime = (await stat(indexFile)).mtimeMs;
    indexedFiles = new Set((await loadIndexFile(indexFile)).reports.map((report) => report.sourceFile));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { stale: true, reason: `aucun index à ${indexFile}` };
    if (error instanceof IndexFileError) return { stale: true, reason: error.message };
    throw error;
  }
  const files = (await listCorpusFiles(corpusDir)).filter((file) => formatOf(file) !== null);
  for (const file of files) {
    if (!indexedFiles.has(file)) return { stale: true, reason: `${file} n’est pas dans l’index` };
    for (const path of [join(corpusDir, file), join(corpusDir, sidecarName(file))]) {
      const modified = await modificationTime(path);
      if (modified !== null && modified > indexTime) return { stale: true, reason: `${path} a été modifié après l’index` };
    }
  }
  const present = new Set(files);
  const removed = [...indexedFiles].find((file) => !present.has(file));
  if (removed !== undefined) return { stale: true, reason: `${removed} a été retiré du corpus` };
  return { stale: false, reason: `l’index est à jour (${indexedFiles.size} rapports)` };
}

async function modificationTime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
