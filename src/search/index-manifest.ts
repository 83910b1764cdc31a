// The file an operator names as the index (`INDEX_FILE`, `data/index.json`) is a small manifest that
// points at the current generation of the index (`data/index.json.generations/<id>.json`) and says
// what it holds: the corpus it was built from, the content hash of every report, counts. Start-up
// and the cluster's primary read these few hundred bytes instead of the index (at 1000× one parse
// costs seconds and gigabytes), and a reindex switches generations by renaming a new manifest over
// it, so a bad or half-written index never becomes current.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { INDEX_VERSION, type IndexData } from './index-data';

export const MANIFEST_VERSION = 2;

/** Past this size the file named as index cannot be a manifest: it is a whole index (older layout). */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

export interface IndexManifest {
  version: number;
  /** `INDEX_VERSION` of the index described: an index of an older format is stale whatever its hashes. */
  indexVersion: number;
  /** The generation file, relative to the manifest's folder. */
  generation: string;
  builtAt: string;
  /** Byte size of the generation file. */
  indexBytes: number;
  /** Absolute path of the corpus folder the index was built from; null when unknown. */
  corpusDir: string | null;
  reports: { sourceFile: string; contentHash: string }[];
  reportCount: number;
  sectionCount: number;
}

/** Where the generations of `indexFile` are kept. */
export function generationsDir(indexFile: string): string {
  return `${indexFile}.generations`;
}

export function buildIndexManifest(data: IndexData, source: { indexFile: string; generationFile: string; indexBytes: number; corpusDir: string | null }): IndexManifest {
  return {
    version: MANIFEST_VERSION,
    indexVersion: data.version,
    generation: relative(dirname(source.indexFile), source.generationFile),
    builtAt: data.builtAt,
    indexBytes: source.indexBytes,
    corpusDir: source.corpusDir,
    reports: data.reports.map((report) => ({ sourceFile: report.sourceFile, contentHash: report.contentHash })),
    reportCount: data.reports.length,
    sectionCount: data.sections.length,
  };
}

/** Absolute (or cwd-relative, like `indexFile`) path of the generation a manifest points at. */
export function generationFile(indexFile: string, manifest: IndexManifest): string {
  return join(dirname(indexFile), manifest.generation);
}

export type ManifestReading =
  | { ok: true; manifest: IndexManifest; generationFile: string }
  | { ok: false; reason: string; /** The file is a whole index (the layout before generations). */ plainIndex: boolean };

/**
 * The manifest at `indexFile`, when it is one, is well formed, and points at a generation file of
 * the size it records. Never throws: any problem is a reason for the caller to fall back or refuse.
 */
export async function readIndexManifest(indexFile: string): Promise<ManifestReading> {
  let text: string;
  try {
    const size = (await stat(indexFile)).size;
    if (size > MAX_MANIFEST_BYTES) return { ok: false, reason: 'c’est un index entier, pas un manifeste', plainIndex: true };
    text = await readFile(indexFile, 'utf8');
  } catch (error) {
    return { ok: false, reason: `illisible (${(error as NodeJS.ErrnoException).code ?? String(error)})`, plainIndex: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'ce n’est pas du JSON', plainIndex: false };
  }
  if (!isManifest(value)) return { ok: false, reason: 'ce n’est ni un manifeste ni un index', plainIndex: looksLikeIndex(value) };
  if (value.indexVersion !== INDEX_VERSION) {
    return { ok: false, reason: `le manifeste décrit un index au format ${value.indexVersion}, attendu ${INDEX_VERSION}`, plainIndex: false };
  }
  const file = generationFile(indexFile, value);
  if (dirname(file) !== normalize(generationsDir(indexFile))) {
    return { ok: false, reason: `la génération ${value.generation} est hors de ${generationsDir(indexFile)}`, plainIndex: false };
  }
  const bytes = await stat(file).then((s) => s.size, () => -1);
  if (bytes !== value.indexBytes) {
    return { ok: false, reason: bytes < 0 ? `la génération ${file} est introuvable` : `la génération ${file} fait ${bytes} octets au lieu de ${value.indexBytes}`, plainIndex: false };
  }
  return { ok: true, manifest: value, generationFile: file };
}

export function isManifest(value: unknown): value is IndexManifest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === MANIFEST_VERSION &&
    typeof v.indexVersion === 'number' &&
    typeof v.generation === 'string' &&
    typeof v.builtAt === 'string' &&
    typeof v.indexBytes === 'number' &&
    (v.corpusDir === null || typeof v.corpusDir === 'string') &&
    typeof v.reportCount === 'number' &&
    typeof v.sectionCount === 'number' &&
    Array.isArray(v.reports) &&
    v.reports.every((r: unknown) => {
      const report = r as Record<string, unknown> | null;
      return typeof report === 'object' && report !== null && typeof report.sourceFile === 'string' && typeof report.contentHash === 'string';
    })
  );
}

function looksLikeIndex(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'engine' in value && 'sections' in value;
}
