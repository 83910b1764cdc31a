// The content hash of each corpus file, remembered beside the index with what `stat` said of the file
// and of its sidecar: a start whose corpus nobody touched reads no report at all (at 100× the corpus,
// reading and hashing 15 MB was most of what `npm start` did before serving). The stamp holds the
// change time, which no one can set back (unlike the modification time, `touch -d`) and which moves
// with every write, rename or restore, and the size and inode: a file with the same stamp has the
// hash it had (git's index judges files the same way).
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCorpusFile } from '../../src/ingest/corpus-files';
import { mapInOrder } from '../../src/ingest/map-in-order';
import { contentHash, sidecarName } from '../../src/ingest/metadata';

/** Files read at once when their hash must be computed. */
const READS_IN_FLIGHT = 8;

type Remembered = Record<string, { stamp: string; hash: string }>;

export function hashCacheFile(indexFile: string): string {
  return `${indexFile}.hashes.json`;
}

/**
 * The content hash of each of `files` (in order), from the cache where the file's stamp is unchanged.
 * The cache is rewritten when it changed; `cacheSaved` is false when it could not be (a read-only
 * folder): the next start then hashes again, which is only slower.
 */
export async function hashCorpusFiles(corpusDir: string, files: readonly string[], cacheFile: string): Promise<{ hashes: string[]; cacheSaved: boolean }> {
  const remembered = await readRemembered(cacheFile);
  const next: Remembered = {};
  const hashes = await mapInOrder(files, READS_IN_FLIGHT, async (file) => {
    const before = await stampOf(corpusDir, file);
    const known = remembered[file];
    if (known !== undefined && known.stamp === before) {
      next[file] = known;
      return known.hash;
    }
    const { bytes, sidecar } = await readCorpusFile(corpusDir, file);
    const hash = contentHash(bytes, sidecar);
    // Changed while it was read: its hash is right for this check only.
    if ((await stampOf(corpusDir, file)) === before) next[file] = { stamp: before, hash };
    return hash;
  });
  const changed = JSON.stringify(next) !== JSON.stringify(remembered);
  return { hashes, cacheSaved: changed ? await saveRemembered(cacheFile, next) : true };
}

async function stampOf(corpusDir: string, file: string): Promise<string> {
  const [report, sidecar] = await Promise.all([join(corpusDir, file), join(corpusDir, sidecarName(file))].map((path) =>
    stat(path, { bigint: true }).then(
      (s) => `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '-';
        throw error;
      },
    ),
  ));
  return `${report}|${sidecar}`;
}

async function readRemembered(cacheFile: string): Promise<Remembered> {
  try {
    const value = JSON.parse(await readFile(cacheFile, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Remembered) : {};
  } catch {
    // None yet, unreadable or damaged: every file is hashed, as without a cache, and the cache rewritten.
    return {};
  }
}

async function saveRemembered(cacheFile: string, remembered: Remembered): Promise<boolean> {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(remembered));
    await rename(temporary, cacheFile);
    return true;
  } catch {
    // Not kept (a read-only folder, a full disk): the next start hashes every file again, nothing else.
    await rm(temporary, { force: true });
    return false;
  }
}
