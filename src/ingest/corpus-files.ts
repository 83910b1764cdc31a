// What a corpus file is, without reading it as a report: its format by name, its bytes with its
// sidecar, the list of files to index. Kept apart from the ingestion (PDF reader, text repair) so the
// server and `npm start`'s freshness check load none of it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportFormat } from '../types';
import { scanCorpus } from './corpus-entries';
import { sidecarName } from './metadata';

const FORMATS: Record<string, ReportFormat> = { md: 'markdown', markdown: 'markdown', txt: 'text', pdf: 'pdf' };

/** The format a corpus file is read as, by its extension; null for a file that is not a report. */
export function formatOf(name: string): ReportFormat | null {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return FORMATS[extension] ?? null;
}

/** Names of the corpus entries to read as reports (see `scanCorpus` for the others). */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  return (await scanCorpus(dir)).filter((entry) => entry.skipped === undefined).map((entry) => entry.file);
}

/** A report's bytes and its optional `.meta.json` sidecar: together they make its content hash. */
export async function readCorpusFile(dir: string, file: string): Promise<{ bytes: Buffer; sidecar: Buffer | undefined }> {
  return { bytes: await readFile(join(dir, file)), sidecar: await readOptional(join(dir, sidecarName(file))) };
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
