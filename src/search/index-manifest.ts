// A few hundred bytes written next to the index file (`<index>.manifest.json`) so that start-up can
// tell whether the index matches the corpus, and say what it holds, without parsing the index itself
// (at 1000× one parse costs seconds and gigabytes). Written after the index, so a manifest that
// describes a file of another size is simply out of date and is ignored.
import { readFile, stat } from 'node:fs/promises';
import { INDEX_VERSION, type IndexData } from './index-data';

export const MANIFEST_VERSION = 1;

export interface IndexManifest {
  version: number;
  /** `INDEX_VERSION` of the index described: an index of an older format is stale whatever its hashes. */
  indexVersion: number;
  builtAt: string;
  /** Byte size of the index file this manifest describes. */
  indexBytes: number;
  reports: { sourceFile: string; contentHash: string }[];
  reportCount: number;
  sectionCount: number;
}

export function manifestPath(indexFile: string): string {
  return `${indexFile}.manifest.json`;
}

export function buildIndexManifest(data: IndexData, indexBytes: number): IndexManifest {
  return {
    version: MANIFEST_VERSION,
    indexVersion: data.version,
    builtAt: data.builtAt,
    indexBytes,
    reports: data.reports.map((report) => ({ sourceFile: report.sourceFile, contentHash: report.contentHash })),
    reportCount: data.reports.length,
    sectionCount: data.sections.length,
  };
}

export type ManifestReading = { ok: true; manifest: IndexManifest } | { ok: false; reason: string };

/**
 * The manifest of `indexFile`, when it exists, is well formed and describes a file of the index's
 * current size. Never throws: any problem is a reason to fall back to reading the index itself.
 */
export async function readIndexManifest(indexFile: string): Promise<ManifestReading> {
  let text: string;
  let indexBytes: number;
  try {
    [text, indexBytes] = await Promise.all([readFile(manifestPath(indexFile), 'utf8'), stat(indexFile).then((s) => s.size)]);
  } catch (error) {
    return { ok: false, reason: `manifest or index unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'manifest is not JSON' };
  }
  if (!isManifest(value)) return { ok: false, reason: 'manifest has an unexpected shape' };
  if (value.indexVersion !== INDEX_VERSION) return { ok: false, reason: `manifest describes an index of format ${value.indexVersion}, expected ${INDEX_VERSION}` };
  if (value.indexBytes !== indexBytes) return { ok: false, reason: `manifest describes ${value.indexBytes} bytes, index has ${indexBytes}` };
  return { ok: true, manifest: value };
}

function isManifest(value: unknown): value is IndexManifest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === MANIFEST_VERSION &&
    typeof v.indexVersion === 'number' &&
    typeof v.builtAt === 'string' &&
    typeof v.indexBytes === 'number' &&
    typeof v.reportCount === 'number' &&
    typeof v.sectionCount === 'number' &&
    Array.isArray(v.reports) &&
    v.reports.every((r: unknown) => {
      const report = r as Record<string, unknown> | null;
      return typeof report === 'object' && report !== null && typeof report.sourceFile === 'string' && typeof report.contentHash === 'string';
    })
  );
}
