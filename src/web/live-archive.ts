import { createArchive, loadGeneration, openIndexFile, warmUp, type Archive, type ArchiveOptions, type IndexData } from '../search';
import { pluralize } from '../plural';

export type ReloadResult =
  | { ok: true; archive: Archive; /** false when the generation asked for was already served. */ changed: boolean }
  | { ok: false; error: Error };

export interface LiveArchive {
  current(): Archive;
  /** The file the served archive was loaded from (a generation, or the index file itself). */
  generation(): string;
  /** Follows the index file to its current generation and loads it when it is not the one served. */
  reload(): Promise<ReloadResult>;
  /** Loads this generation (the cluster's primary decides which one every worker serves). */
  load(generation: string): Promise<ReloadResult>;
}

/** Counts for log lines: « 2 rapports, 321 sections ». */
export async function describeArchive(archive: Archive): Promise<string> {
  const reports = await archive.reports();
  const sections = reports.reduce((sum, r) => sum + r.sectionCount, 0);
  return `${pluralize(reports.length, 'rapport')}, ${pluralize(sections, 'section')}`;
}

export async function openArchive(indexFile: string, options?: ArchiveOptions): Promise<Archive> {
  return warmArchive((await openIndexFile(indexFile)).data, options);
}

/** An archive warmed (warm-up.ts) so its first requests cost what later ones do. */
async function warmArchive(data: IndexData, options?: ArchiveOptions): Promise<Archive> {
  const archive = createArchive(data, options);
  await warmUp(archive);
  return archive;
}

/**
 * The archive a server process serves, swapped on reload. Every failure leaves the current archive
 * serving and is returned (never thrown): a half-written or broken file must not take the site down.
 * `initialGeneration`, when given, is loaded first (a restarted worker serves what its siblings
 * serve), and the index file's current generation is the fallback. `options` (the thesaurus) apply to
 * every index loaded.
 */
export async function createLiveArchive(indexFile: string, initialGeneration?: string, options?: ArchiveOptions): Promise<LiveArchive> {
  const warm = (data: IndexData) => warmArchive(data, options);
  let served = await openInitial(indexFile, initialGeneration, warm);
  // Loads are serialised: two changes in a row must not let an older load win the race.
  let pending: Promise<unknown> = Promise.resolve();

  const serialise = (load: () => Promise<{ archive: Archive; generation: string } | null>): Promise<ReloadResult> => {
    const attempt = pending.then(async (): Promise<ReloadResult> => {
      try {
        const loaded = await load();
        if (loaded === null) return { ok: true, archive: served.archive, changed: false };
        served = loaded;
        return { ok: true, archive: loaded.archive, changed: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
    pending = attempt;
    return attempt;
  };

  return {
    current: () => served.archive,
    generation: () => served.generation,
    reload: () => serialise(async () => {
      const opened = await openIndexFile(indexFile);
      // A whole index rewritten in place keeps its name: only a generation name proves nothing changed.
      if (opened.generation === served.generation && opened.generation !== indexFile) return null;
      return { archive: await warm(opened.data), generation: opened.generation };
    }),
    load: (generation) => serialise(async () => {
      if (generation === served.generation && generation !== indexFile) return null;
      return { archive: await warm(await loadGeneration(generation)), generation };
    }),
  };
}

async function openInitial(
  indexFile: string,
  generation: string | undefined,
  warm: (data: IndexData) => Promise<Archive>,
): Promise<{ archive: Archive; generation: string }> {
  if (generation !== undefined && generation !== indexFile) {
    try {
      return { archive: await warm(await loadGeneration(generation)), generation };
    } catch {
      // Removed or damaged since the primary chose it: the index file's current generation is the next best.
    }
  }
  const opened = await openIndexFile(indexFile);
  return { archive: await warm(opened.data), generation: opened.generation };
}
