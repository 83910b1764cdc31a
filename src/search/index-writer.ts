// Writing the index: each save is a new generation file (temporary file, fsync, rename), then the
// manifest that makes it current is renamed over the index path. A crash at any point leaves the
// previous manifest pointing at the previous, whole generation; servers never see half an index.
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IndexData } from './index-data';
import { IndexFileError } from './index-file-error';
import { buildIndexManifest, generationsDir, readIndexManifest } from './index-manifest';

/** A write that takes longer is abandoned: a hung disk or network mount must not hang a reindex. */
export const DEFAULT_WRITE_TIMEOUT_MS = 120_000;

export interface SaveOptions {
  /** The corpus the index was built from, recorded in the manifest (made absolute: a start elsewhere compares it). */
  corpusDir?: string | null;
  timeoutMs?: number;
}

export interface SavedIndex {
  bytes: number;
  generationFile: string;
}

export async function writeIndexGeneration(path: string, data: IndexData, content: Buffer, options: SaveOptions = {}): Promise<SavedIndex> {
  return withTimeLimit(path, options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS, async () => {
    const startedAt = Date.now();
    await prepareIndexFolder(path);
    const bytes = content.length;
    const previous = await readIndexManifest(path);
    const generationFile = join(generationsDir(path), `${data.builtAt.replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}.json`);
    await writeAtomically(generationFile, content);
    // Written whole and synced before anything points at it; checked again in case the disk lied.
    if ((await stat(generationFile)).size !== bytes) throw unwritable(path, 'le fichier écrit n’a pas la taille attendue');
    const manifest = buildIndexManifest(data, { indexFile: path, generationFile, indexBytes: bytes, corpusDir: options.corpusDir == null ? null : resolve(options.corpusDir) });
    await writeAtomically(path, JSON.stringify(manifest));
    await removeOldGenerations(path, [generationFile, ...(previous.ok ? [previous.generationFile] : [])], startedAt);
    return { bytes, generationFile };
  });
}

/**
 * Checks, before a long reindex, that the index can be written at `path`: not a folder, its folder
 * creatable and writable. Throws IndexFileError('unwritable') with a French message.
 */
export async function checkIndexWritable(path: string, timeoutMs = DEFAULT_WRITE_TIMEOUT_MS): Promise<void> {
  await withTimeLimit(path, timeoutMs, async () => {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isFolder) throw unwritable(path, 'c’est un dossier ; donnez le chemin d’un fichier, par exemple ' + join(path, 'index.json'));
    await prepareIndexFolder(path);
    const probe = join(generationsDir(path), `.probe-${process.pid}.tmp`);
    try {
      await (await open(probe, 'w')).close();
    } catch (error) {
      throw unwritable(path, describeFsError(error), error);
    } finally {
      await rm(probe, { force: true });
    }
  });
}

async function prepareIndexFolder(path: string): Promise<void> {
  try {
    await makeFolders(generationsDir(path));
  } catch (error) {
    throw unwritable(path, describeFsError(error), error);
  }
}

/**
 * `mkdir -p` one level at a time: Node's recursive mkdir never returns under /proc (it retries
 * ENOENT forever), while a plain mkdir fails there at once.
 */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let current = folder;
  while (!(await stat(current).then(() => true, () => false))) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) {
    await mkdir(level).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
}

async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error instanceof IndexFileError ? error : unwritable(path, describeFsError(error), error);
  }
}

/**
 * Keeps the new generation and the one it replaced (a server may still be loading it, a worker
 * restarting during a rolling reload may need it); removes older ones, and temporary files left by
 * a killed save that started before this one (a concurrent save's are younger and are left alone).
 */
async function removeOldGenerations(path: string, keep: string[], startedAt: number): Promise<void> {
  const kept = new Set(keep.map((file) => basename(file)));
  const folders = [{ dir: generationsDir(path), pattern: /\.json(\.\d+\.tmp)?$/ }, { dir: dirname(path), pattern: leftoverPattern(basename(path)) }];
  for (const { dir, pattern } of folders) {
    for (const name of await readdir(dir)) {
      if (kept.has(name) || !pattern.test(name)) continue;
      const file = join(dir, name);
      const isTemporary = name.endsWith('.tmp');
      const modified = await stat(file).then((s) => s.mtimeMs, () => Number.POSITIVE_INFINITY);
      if (!isTemporary || modified < startedAt) await rm(file, { force: true });
    }
  }
}

/** Files an older save left beside the index: its temporaries and the manifest of the layout before generations. */
function leftoverPattern(stem: string): RegExp {
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}(\\.manifest\\.json(\\.\\d+\\.tmp)?|\\.\\d+\\.tmp)$`);
}

async function withTimeLimit<T>(path: string, timeoutMs: number, write: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unwritable(path, `l’écriture n’a pas abouti en ${Math.round(timeoutMs / 1000)} s (disque ou montage réseau bloqué ?)`)), timeoutMs);
  });
  try {
    return await Promise.race([write(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function unwritable(path: string, detail: string, cause?: unknown): IndexFileError {
  return new IndexFileError(path, 'unwritable', `Impossible d’écrire l’index ${path} : ${detail}.`, { cause });
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'un dossier du chemin n’existe pas et ne peut pas être créé',
  ENOTDIR: 'un élément du chemin n’est pas un dossier',
  EACCES: 'permission refusée',
  EPERM: 'opération non permise',
  EROFS: 'système de fichiers en lecture seule',
  ENOSPC: 'disque plein',
  EISDIR: 'c’est un dossier',
  EDQUOT: 'quota disque dépassé',
};

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && FS_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
}
