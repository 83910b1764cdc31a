// I/O edge: reads the corpus folder and hands each file to ingestFile.
import { availableParallelism } from 'node:os';
import type { FileOutcome, Report } from '../types';
import { scanCorpus } from './corpus-entries';
import { ingestFile, type IngestOptions } from './ingest-file';
import { mapInOrder } from './map-in-order';
import { contentHash } from './metadata';
import { readCorpusFile } from './corpus-files';

export { CorpusFolderError } from './corpus-entries';
export { listCorpusFiles, readCorpusFile } from './corpus-files';

export interface CorpusFileEvent {
  file: string;
  outcome: FileOutcome;
  /** True when the previous index already had this exact content: nothing was extracted. */
  reused: boolean;
}

export interface LoadCorpusOptions extends IngestOptions {
  /** Reports of the previous index, by content hash (incremental reindex). */
  previous?: Map<string, Report>;
  onFile?: (event: CorpusFileEvent) => void;
  /** Files read at once (default: one per core; PDFs are read in worker threads). */
  concurrency?: number;
}

export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<{ outcomes: FileOutcome[] }> {
  const outcomes: FileOutcome[] = [];
  const owners = new Map<string, string>();
  await mapInOrder(
    await scanCorpus(dir),
    options.concurrency ?? availableParallelism(),
    async ({ file, skipped }): Promise<CorpusFileEvent> => {
      if (skipped !== undefined) return { file, outcome: { status: 'skipped', file, message: skipped }, reused: false };
      const loaded = await loadOne(dir, file, options);
      return { file, outcome: loaded.outcome, reused: loaded.reused };
    },
    // In name order, so the first file keeps a contested id whatever finished first.
    (loaded) => {
      const outcome = rejectDuplicateId(loaded.outcome, owners);
      outcomes.push(outcome);
      options.onFile?.({ file: loaded.file, outcome, reused: loaded.reused && outcome === loaded.outcome });
    },
  );
  return { outcomes };
}

/**
 * Two files with the same id (`bilan.md` and `bilan.txt`, or a sidecar's `id`) would share URLs and
 * overwrite each other's sections: the first in name order keeps the id, the other is refused.
 */
function rejectDuplicateId(outcome: FileOutcome, owners: Map<string, string>): FileOutcome {
  if (outcome.status !== 'indexed') return outcome;
  const { id, sourceFile } = outcome.report.meta;
  const owner = owners.get(id);
  if (owner === undefined) {
    owners.set(id, sourceFile);
    return outcome;
  }
  return {
    status: 'failed',
    problem: {
      file: sourceFile,
      kind: 'unreadable',
      message: `${sourceFile} a le même identifiant « ${id} » que ${owner} ; renommez l’un des deux fichiers ou donnez-lui un autre "id" dans ${sourceFile}.meta.json.`,
    },
  };
}

async function loadOne(dir: string, file: string, options: LoadCorpusOptions): Promise<{ outcome: FileOutcome; reused: boolean }> {
  let bytes: Buffer;
  let sidecar: Buffer | undefined;
  try {
    ({ bytes, sidecar } = await readCorpusFile(dir, file));
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    return { reused: false, outcome: { status: 'failed', problem: { file, kind: 'unreadable', message: `${file} est illisible (${cause}) ; vérifiez ses droits d’accès.` } } };
  }
  const previous = options.previous?.get(contentHash(bytes, sidecar));
  if (previous && previous.meta.sourceFile === file) {
    return { reused: true, outcome: { status: 'indexed', report: previous, warnings: [] } };
  }
  const { previous: _previous, onFile: _onFile, concurrency: _concurrency, ...ingestOptions } = options;
  return { reused: false, outcome: await ingestFile({ name: file, bytes, sidecar }, ingestOptions) };
}
