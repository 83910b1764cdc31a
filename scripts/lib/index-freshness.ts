// Decides whether `npm start` must rebuild the index before serving it.
import { formatOf, listCorpusFiles } from '../../src/ingest/corpus-files';
import { hashCacheFile, hashCorpusFiles } from './corpus-hashes';
import { IndexFileError, loadIndexFile, readIndexManifest } from '../../src/search';
import { pluralize } from '../../src/plural';

export interface Freshness {
  stale: boolean;
  /** fresh; no index at all; an index that cannot be read; an index that no longer matches the corpus. */
  kind: 'fresh' | 'missing' | 'unusable' | 'changed';
  /** Why, in French, for the start-up log. */
  reason: string;
}

/**
 * Stale when the index is missing or unusable, when the set of reports differs (a report added or
 * removed), or when a report or its sidecar no longer has the content hash stored in the index.
 * Hashes rather than modification times: timestamps are coarse on some disks and can be set back
 * (`touch -d`, a restored backup), and an outdated index served as fresh is the worse failure. A hash
 * is computed again only for a file whose stat changed (corpus-hashes.ts).
 * A file that fails to ingest is never in the index, so it keeps the index stale: each start
 * retries it (cheap, unchanged reports are reused).
 */
export async function isIndexStale(corpusDir: string, indexFile: string, clock: { nowMs?: () => number } = {}): Promise<Freshness> {
  let indexedHashes: Map<string, string>;
  try {
    indexedHashes = await readIndexedHashes(indexFile);
  } catch (error) {
    if (!(error instanceof IndexFileError)) throw error;
    return error.reason === 'missing'
      ? { stale: true, kind: 'missing', reason: `aucun index à ${indexFile}` }
      : { stale: true, kind: 'unusable', reason: error.message };
  }
  const changed = (reason: string): Freshness => ({ stale: true, kind: 'changed', reason });
  const files = (await listCorpusFiles(corpusDir)).filter((file) => formatOf(file) !== null);
  const added = files.find((file) => !indexedHashes.has(file));
  if (added !== undefined) return changed(`${added} n’est pas dans l’index`);
  const { hashes } = await hashCorpusFiles(corpusDir, files, hashCacheFile(indexFile), clock);
  const modified = files.find((file, i) => hashes[i] !== indexedHashes.get(file));
  if (modified !== undefined) return changed(`${modified} a changé depuis l’index`);
  const present = new Set(files);
  const removed = [...indexedHashes.keys()].find((file) => !present.has(file));
  if (removed !== undefined) return changed(`${removed} a été retiré du corpus`);
  return { stale: false, kind: 'fresh', reason: `l’index est à jour (${pluralize(indexedHashes.size, 'rapport')})` };
}

/**
 * Source file → content hash of every indexed report: from the manifest (a few hundred bytes to
 * read), else from the index itself (a whole index file, the layout before generations). A damaged
 * generation whose size still matches its manifest is not caught here but by the server, which
 * refuses to load it.
 */
async function readIndexedHashes(indexFile: string): Promise<Map<string, string>> {
  const reading = await readIndexManifest(indexFile);
  const reports = reading.ok ? reading.manifest.reports : (await loadIndexFile(indexFile)).reports;
  return new Map(reports.map((report) => [report.sourceFile, report.contentHash]));
}
