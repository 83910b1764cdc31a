import { createArchive, loadIndexFile, warmUp, type Archive, type ArchiveOptions } from '../search';
import { pluralize } from '../plural';

export interface LiveArchive {
  current(): Archive;
  /**
   * Loads the index file again and swaps it in. On failure the current archive keeps serving and
   * the error is returned (never thrown): a half-written or broken index must not take the site down.
   */
  reload(): Promise<{ ok: true; archive: Archive } | { ok: false; error: Error }>;
}

/** Counts for log lines: « 2 rapports, 321 sections ». */
export async function describeArchive(archive: Archive): Promise<string> {
  const reports = await archive.reports();
  const sections = reports.reduce((sum, r) => sum + r.sectionCount, 0);
  return `${pluralize(reports.length, 'rapport')}, ${pluralize(sections, 'section')}`;
}

/** Loads and warms an index (warm-up.ts) so its first requests cost what later ones do. */
export async function openArchive(indexFile: string, options?: ArchiveOptions): Promise<Archive> {
  const archive = createArchive(await loadIndexFile(indexFile), options);
  await warmUp(archive);
  return archive;
}

/** `options` (the thesaurus) apply to every index loaded, the first and each reload. */
export async function createLiveArchive(indexFile: string, options?: ArchiveOptions): Promise<LiveArchive> {
  let archive = await openArchive(indexFile, options);
  // Reloads are serialised: two changes in a row must not let an older load win the race.
  let pending: Promise<unknown> = Promise.resolve();

  return {
    current: () => archive,
    reload() {
      const attempt = pending.then(async () => {
        try {
          archive = await openArchive(indexFile, options);
          return { ok: true as const, archive };
        } catch (error) {
          return { ok: false as const, error: error instanceof Error ? error : new Error(String(error)) };
        }
      });
      pending = attempt;
      return attempt;
    },
  };
}
