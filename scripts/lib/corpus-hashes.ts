// The content hash of each corpus file, remembered beside the index with what `stat` said of the file
// and of its sidecar: a start whose corpus nobody touched reads no report at all (at 100× the corpus,
// reading and hashing 15 MB was most of what `npm start` did before serving). The stamp holds the
// change time, which no one can set back (unlike the modification time, `touch -d`) and which moves
// with every write, rename or restore, and the size and inode: a file with the same stamp has the
// hash it had (git's index judges files the same way). As in git ("racy clean"), a file changed less
// than RACY_MS before it was hashed is not remembered: a filesystem with coarse timestamps (or an NFS
// client's attribute cache) can show a rewrite in the same tick with the same stamp.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCorpusFile } from '../../src/ingest/corpus-files';
import { mapInOrder } from '../../src/ingest/map-in-order';
import { contentHash, sidecarName } from '../../src/ingest/metadata';

/** Files read at once when their hash must be computed. */
const READS_IN_FLIGHT = 8;
/** A file (or sidecar) changed this recently when hashed is hashed again next time. */
const RACY_MS = 2_000n;

type Remembered = Record<string, { stamp: string; hash: string }>;

export function hashCacheFile(indexFile: string): string {
  return `${indexFile}.hashes.json`;
}

/**
 * The content hash of each of `files` (in order), from the cache where the file's stamp is unchanged.
 * The cache is rewritten when it changed; `cacheSaved` is false when it could not be (a read-only
 * folder): the next start then hashes again, which is only slower.
 */
export async function hashCorpusFiles(
  corpusDir: string,
  files: readonly string[],
  cacheFile: string,
  { nowMs = Date.now }: { nowMs?: () => number } = {},
): Promise<{ hashes: string[]; cacheSaved: boolean }> {
  const remembered = await readRemembered(cacheFile);
  const next: Remembered = {};
  const hashes = await mapInOrder(files, READS_IN_FLIGHT, async (file) => {
    const before = await stampOf(corpusDir, file);
    const known = remembered[file];
    if (known !== undefined && known.stamp === before.stamp) {
      next[file] = known;
      return known.hash;
    }
    const { bytes, sidecar } = await readCorpusFile(corpusDir, file);
    const hash = contentHash(bytes, sidecar);
    // Changed while it was read, or so recently that a later write could keep its stamp: right for
    // this check only.
    const settled = BigInt(Math.floor(nowMs())) * 1_000_000n - before.changedNs >= RACY_MS * 1_000_000n;
    if (settled && (await stampOf(corpusDir, file)).stamp === before.stamp) next[file] = { stamp: before.stamp, hash };
    return hash;
  });
  const changed = JSON.stringify(next) !== JSON.stringify(remembered);
  return { hashes, cacheSaved: changed ? await saveRemembered(cacheFile, next) : true };
}

/** The stamp of a report and its sidecar, and the latest time either was changed (ns since the epoch). */
async function stampOf(corpusDir: string, file: string): Promise<{ stamp: string; changedNs: bigint }> {
  const [report, sidecar] = await Promise.all([join(corpusDir, file), join(corpusDir, sidecarName(file))].map((path) =>
    stat(path, { bigint: true }).then(
      (s) => ({ stamp: `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`, changedNs: s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs }),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return { stamp: '-', changedNs: 0n };
        throw error;
      },
    ),
  )) as [{ stamp: string; changedNs: bigint }, { stamp: string; changedNs: bigint }];
  return { stamp: `${report.stamp}|${sidecar.stamp}`, changedNs: report.changedNs > sidecar.changedNs ? report.changedNs : sidecar.changedNs };
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
    // A temporary file that cannot be removed either is left for the next save to overwrite.
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}
