// Decides whether `npm start` must rebuild the index before serving it.
import { formatOf } from '../../src/ingest/ingest-file';
import { listCorpusFiles, readCorpusFile } from '../../src/ingest/load-corpus';
import { contentHash } from '../../src/ingest/metadata';
import { IndexFileError, loadIndexFile } from '../../src/search/index-file';
import { readIndexManifest } from '../../src/search/index-manifest';
import { pluralize } from '../../src/plural';

export interface Freshness {
  stale: boolean;
  /** Why, in French, for the start-up log. */
  reason: string;
}

/**
 * Stale when the index is missing or unusable, when the set of reports differs (a report added or
 * removed), or when a report or its sidecar no longer has the content hash stored in the index.
 * Hashes rather than modification times: timestamps are coarse on some disks and can be set back
 * (`touch -d`, a restored backup), and an outdated index served as fresh is the worse failure.
 * A file that fails to ingest is never in the index, so it keeps the index stale: each start
 * retries it (cheap, unchanged reports are reused).
 */
export async function isIndexStale(corpusDir: string, indexFile: string): Promise<Freshness> {
  let indexedHashes: Map<string, string>;
  try {
    indexedHashes = await readIndexedHashes(indexFile);
  } catch (error) {
    if (error instanceof IndexFileError) {
      return { stale: true, reason: error.reason === 'missing' ? `aucun index à ${indexFile}` : error.message };
    }
    throw error;
  }
  const files = (await listCorpusFiles(corpusDir)).filter((file) => formatOf(file) !== null);
  for (const file of files) {
    const indexedHash = indexedHashes.get(file);
    if (indexedHash === undefined) return { stale: true, reason: `${file} n’est pas dans l’index` };
    const { bytes, sidecar } = await readCorpusFile(corpusDir, file);
    if (contentHash(bytes, sidecar) !== indexedHash) return { stale: true, reason: `${file} a changé depuis l’index` };
  }
  const present = new Set(files);
  const removed = [...indexedHashes.keys()].find((file) => !present.has(file));
  if (removed !== undefined) return { stale: true, reason: `${removed} a été retiré du corpus` };
  return { stale: false, reason: `l’index est à jour (${pluralize(indexedHashes.size, 'rapport')})` };
}

/**
 * Source file → content hash of every indexed report: from the manifest when it describes the index
 * file as it is now (a few hundred bytes to read), else from the index itself. A damaged index whose
 * size still matches its manifest is not caught here but by the server, which refuses to load it.
 */
async function readIndexedHashes(indexFile: string): Promise<Map<string, string>> {
  const reading = await readIndexManifest(indexFile);
  const reports = reading.ok ? reading.manifest.reports : (await loadIndexFile(indexFile)).reports;
  return new Map(reports.map((report) => [report.sourceFile, report.contentHash]));
}
