// Reading the index: the file an operator names (`INDEX_FILE`) is a manifest pointing at the
// current generation (see index-manifest.ts; writing is in index-writer.ts). A whole index at that
// path (the layout before generations, or a file copied by hand) is still read as is.
import { open, type FileHandle } from 'node:fs/promises';
import { INDEX_VERSION, type IndexData } from './index-data';
import { ContainerError, encodeIndex, joinParts, MAX_FORMAT_LINE, PARTS, readFormatLine, sizeProblem, splitParts, type Part } from './index-container';
import { IndexFileError } from './index-file-error';
import { isPackedPostings, postingsProblem } from './postings';
import { generationFile, isManifest } from './index-manifest';
import { codeWidth } from './phrase-index';
import { writeIndexGeneration, type SavedIndex, type SaveOptions } from './index-writer';

export { IndexFileError, type IndexFileProblem } from './index-file-error';
export { checkIndexWritable, DEFAULT_WRITE_TIMEOUT_MS, type SavedIndex, type SaveOptions } from './index-writer';

const REBUILD = 'Reconstruisez-le avec « npm run reindex ».';

export function serializeIndex(data: IndexData): Buffer {
  return encodeIndex(data);
}

/** Writes `data` as a new generation and makes it current (see index-writer.ts). */
export function saveIndexFile(path: string, data: IndexData, options: SaveOptions = {}): Promise<SavedIndex> {
  return writeIndexGeneration(path, data, serializeIndex(data), options);
}

/** Parses and checks an index file's content; throws IndexFileError (French message) when unusable. */
export function parseIndex(content: Buffer | string, path = '(index)'): IndexData {
  return checkIndex(parseContent(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, path), path);
}

/** An index as `encodeIndex` lays it out, else JSON (a manifest, or a whole index written as one document). */
function parseContent(bytes: Buffer, path: string): unknown {
  return parsed(path, () => {
    const parts = splitParts(bytes);
    return parts === null ? JSON.parse(bytes.toString('utf8')) : joinParts(parts);
  });
}

function parsed<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw unreadable(path, error instanceof ContainerError ? error.message : 'JSON invalide ou tronqué', error);
  }
}

function unreadable(path: string, detail: string, cause?: unknown): IndexFileError {
  return new IndexFileError(path, 'corrupt', `Le fichier d’index ${path} est illisible (${detail}). ${REBUILD}`, { cause });
}

function checkIndex(value: unknown, path: string): IndexData {
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
  if (!isPhraseIndex(value.phrases, value.sections.length)) return 'mots des sections absents ou incohérents';
  const engine = value.engine;
  const documents = isRecord(engine) && Array.isArray(engine.documentIds) ? engine.documentIds.length : -1;
  if (
    !isRecord(engine) || !isPackedPostings(engine.postings) || engine.documentCount !== value.sections.length ||
    !(engine.documentIds as unknown[]).every((id) => Number.isInteger(id) && (id as number) >= -1 && (id as number) < (value.sections as unknown[]).length) ||
    !Array.isArray(engine.fieldLengths) || !engine.fieldLengths.every((lengths) => Array.isArray(lengths) && lengths.length === documents) ||
    !Array.isArray(engine.averageFieldLength) || !isRecord(engine.fieldIds)
  ) {
    return 'moteur de recherche absent ou incohérent avec les sections';
  }
  const postings = postingsProblem(engine.postings, documents);
  return postings === undefined ? undefined : `moteur de recherche : ${postings}`;
}

/** Codes of the width given for every word, and whole codes only: a mismatch would answer phrases wrongly. */
function isPhraseIndex(value: unknown, sectionCount: number): boolean {
  if (!isRecord(value) || !Number.isInteger(value.width) || !Array.isArray(value.words) || !Array.isArray(value.sections)) return false;
  const width = value.width as number;
  return (
    width >= 1 &&
    width === codeWidth(value.words.length) &&
    value.words.every((word) => typeof word === 'string') &&
    value.sections.length === sectionCount &&
    value.sections.every((coded) => Array.isArray(coded) && coded.length === 4 && coded.every((part) => typeof part === 'string' && part.length % width === 0))
  );
}

function isSection(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.reportId === 'string' &&
    typeof value.title === 'string' &&
    hasText(value) &&
    Array.isArray(value.breadcrumb)
  );
}

/** A text as a string, or read from the file's texts when asked (index-container.ts): not decoded here. */
function hasText(section: Record<string, unknown>): boolean {
  const text = Object.getOwnPropertyDescriptor(section, 'text');
  return text !== undefined && (typeof text.value === 'string' || typeof text.get === 'function');
}

function corrupt(path: string, detail: string): IndexFileError {
  return new IndexFileError(path, 'corrupt', `Le fichier d’index ${path} est endommagé (${detail}). ${REBUILD}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The index named by `path`: the generation its manifest points at, or the file itself when it is a whole index. */
export async function loadIndexFile(path: string): Promise<IndexData> {
  return (await openIndexFile(path)).data;
}

export interface OpenedIndex {
  data: IndexData;
  /** The file actually parsed: a generation, or `path` itself for a whole index. */
  generation: string;
}

export async function openIndexFile(path: string): Promise<OpenedIndex> {
  const value = await readIndexContent(path);
  if (!isManifest(value)) return { data: checkIndex(value, path), generation: path };
  const generation = generationFile(path, value);
  return { data: await loadGeneration(generation), generation };
}

/** One generation file, as written by the reindexer (or any whole index file). */
export async function loadGeneration(path: string): Promise<IndexData> {
  return checkIndex(await readIndexContent(path), path);
}

/**
 * Reads and parses the file at `path`. An index laid out in parts is read part by part, each into a
 * buffer of its own: the texts' buffer is then all that stays of the file besides what was parsed.
 */
async function readIndexContent(path: string): Promise<unknown> {
  return withReadErrors(path, async () => {
    const file = await open(path, 'r');
    try {
      const size = (await file.stat()).size;
      const head = Buffer.alloc(Math.min(size, MAX_FORMAT_LINE));
      await readFully(file, head, 0, path);
      const format = parsed(path, () => readFormatLine(head));
      if (format === null) return parseContent(await file.readFile(), path);
      const problem = sizeProblem(format, size);
      if (problem !== undefined) throw unreadable(path, problem);
      const parts = {} as Record<Part, Buffer>;
      let at = format.lineBytes;
      for (const part of PARTS) {
        parts[part] = Buffer.alloc(format.lengths[part]);
        await readFully(file, parts[part], at, path);
        at += parts[part].length;
      }
      return parsed(path, () => joinParts(parts));
    } finally {
      await file.close();
    }
  });
}

/** Fills `buffer` from `position`; a file cut short while it is read is refused, not read as zeros. */
async function readFully(file: FileHandle, buffer: Buffer, position: number, path: string): Promise<void> {
  for (let filled = 0; filled < buffer.length; ) {
    const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) throw unreadable(path, `fichier raccourci pendant sa lecture, ${filled} octets lus sur ${buffer.length} attendus à la position ${position}`);
    filled += bytesRead;
  }
}

async function withReadErrors<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof IndexFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new IndexFileError(path, 'missing', `Aucun index trouvé à ${path}. Construisez-le avec « npm run reindex ».`, { cause: error });
    }
    throw new IndexFileError(path, 'unreadable', `Impossible de lire le fichier d’index ${path} (${code ?? String(error)}). Vérifiez ses droits d’accès.`, { cause: error });
  }
}
