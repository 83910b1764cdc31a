// Reading and writing the index file: the only I/O of the search core. Saving is atomic (temporary
// file, fsync, rename), so a crash or a concurrent reader never sees half an index.
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { INDEX_VERSION, type IndexData } from './index-data';
import { buildIndexManifest, manifestPath } from './index-manifest';

export type IndexFileProblem = 'missing' | 'unreadable' | 'corrupt' | 'incompatible';

export class IndexFileError extends Error {
  override readonly name = 'IndexFileError';
  constructor(
    readonly path: string,
    readonly reason: IndexFileProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const REBUILD = 'Reconstruisez-le avec « npm run reindex ».';

export function serializeIndex(data: IndexData): string {
  return JSON.stringify(data);
}

/** Parses and checks an index file's text; throws IndexFileError (French message) when unusable. */
export function parseIndex(json: string, path = '(index)'): IndexData {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new IndexFileError(path, 'corrupt', `Le fichier d’index ${path} est illisible (JSON invalide ou tronqué). ${REBUILD}`, { cause: error });
  }
  if (!isRecord(value)) throw corrupt(path, 'ce n’est pas un objet JSON');
  if (value.version !== INDEX_VERSION) {
    throw new IndexFileError(
      path,
      'incompatible',
      `Le fichier d’index ${path} a été construit par une autre version de l’application (format ${String(value.version)}, attendu ${INDEX_VERSION}). ${REBUILD}`,
    );
  }
  const problem = shapeProblem(value);
  if (problem) throw corrupt(path, problem);
  return value as unknown as IndexData;
}

function shapeProblem(value: Record<string, unknown>): string | undefined {
  if (typeof value.builtAt !== 'string' || Number.isNaN(Date.parse(value.builtAt))) return 'date de construction absente';
  if (!Array.isArray(value.reports) || !value.reports.every((r) => isRecord(r) && typeof r.id === 'string' && typeof r.title === 'string')) {
    return 'liste des rapports invalide';
  }
  if (!Array.isArray(value.sections) || !value.sections.every(isSection)) return 'liste des sections invalide';
  if (!Array.isArray(value.vocabulary)) return 'vocabulaire absent';
  if (!Array.isArray(value.prose) || value.prose.length !== value.sections.length) return 'scores de prose incohérents';
  if (!Array.isArray(value.acronyms) || !value.acronyms.every((d) => isRecord(d) && typeof d.acronym === 'string' && typeof d.longForm === 'string')) {
    return 'définitions de sigles absentes';
  }
  if (!Array.isArray(value.related) || value.related.length !== value.sections.length) return 'sections liées incohérentes';
  const engine = value.engine;
  if (!isRecord(engine) || !Array.isArray(engine.index) || engine.documentCount !== value.sections.length) {
    return 'moteur de recherche absent ou incohérent avec les sections';
  }
  return undefined;
}

function isSection(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.reportId === 'string' &&
    typeof value.title === 'string' &&
    typeof value.text === 'string' &&
    Array.isArray(value.breadcrumb)
  );
}

function corrupt(path: string, detail: string): IndexFileError {
  return new IndexFileError(path, 'corrupt', `Le fichier d’index ${path} est endommagé (${detail}). ${REBUILD}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function saveIndexFile(path: string, data: IndexData): Promise<{ bytes: number }> {
  const json = serializeIndex(data);
  const bytes = Buffer.byteLength(json, 'utf8');
  const startedAt = Date.now();
  await mkdir(dirname(path), { recursive: true });
  await writeAtomically(path, json);
  // After the index: a reader that sees this manifest sees the index it describes (or, after a
  // crash in between, a manifest whose size no longer matches, which it then ignores).
  await writeAtomically(manifestPath(path), JSON.stringify(buildIndexManifest(data, bytes)));
  await removeStaleTemporaries(path, startedAt);
  return { bytes };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * A reindex killed mid-write leaves `<index>.<pid>.tmp` (up to the size of a whole index) behind.
 * Removes those last modified before this save started: a temporary still being written by a
 * concurrent save is younger, and is left alone.
 */
async function removeStaleTemporaries(path: string, startedAt: number): Promise<void> {
  const directory = dirname(path);
  const stem = basename(path);
  const pattern = new RegExp(`^${escapeRegExp(stem)}(\\.manifest\\.json)?\\.\\d+\\.tmp$`);
  for (const name of await readdir(directory)) {
    if (!pattern.test(name)) continue;
    const sibling = join(directory, name);
    const modified = await stat(sibling).then((s) => s.mtimeMs, () => Number.POSITIVE_INFINITY);
    if (modified < startedAt) await rm(sibling, { force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function loadIndexFile(path: string): Promise<IndexData> {
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new IndexFileError(path, 'missing', `Aucun index trouvé à ${path}. Construisez-le avec « npm run reindex ».`, { cause: error });
    }
    throw new IndexFileError(path, 'unreadable', `Impossible de lire le fichier d’index ${path} (${code ?? String(error)}). Vérifiez ses droits d’accès.`, { cause: error });
  }
  return parseIndex(json, path);
}
