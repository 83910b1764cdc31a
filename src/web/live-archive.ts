import { warmUp, type Archive, type ArchiveSource } from '../search';
import { pluralize } from '../plural';

export type ReloadResult =
  | { ok: true; archive: Archive; /** false when the generation asked for was already served. */ changed: boolean }
  | { ok: false; error: Error };

export interface LiveArchive {
  current(): Archive;
  /** The generation the served archive was opened from (a generation file, the index file, a database id). */
  generation(): string;
  /** Follows the source to its current generation and opens it when it is not the one served. */
  reload(): Promise<ReloadResult>;
  /** Opens this generation (the cluster's primary decides which one every worker serves). */
  load(generation: string): Promise<ReloadResult>;
}

/** Counts for log lines: « 2 rapports, 321 sections ». */
export async function describeArchive(archive: Archive): Promise<string> {
  const reports = await archive.reports();
  const sections = reports.reduce((sum, r) => sum + r.sectionCount, 0);
  return `${pluralize(reports.length, 'rapport')}, ${pluralize(sections, 'section')}`;
}

/** An archive warmed (warm-up.ts) so its first requests cost what later ones do. */
async function warmed(opening: Promise<Archive>): Promise<Archive> {
  const archive = await opening;
  await warmUp(archive);
  return archive;
}

/**
 * The archive a server process serves, swapped on reload. Every failure leaves the current archive
 * serving and is returned (never thrown): a half-written or broken generation must not take the site
 * down. `initialGeneration`, when given, is opened first (a restarted worker serves what its siblings
 * serve), and the source's current generation is the fallback.
 */
export async function createLiveArchive(source: ArchiveSource, initialGeneration?: string): Promise<LiveArchive> {
  let served = await openInitial(source, initialGeneration);
  // Loads are serialised: two changes in a row must not let an older load win the race.
  let pending: Promise<unknown> = Promise.resolve();
  const alreadyServed = (generation: string) => generation === served.generation && source.isImmutable(generation);

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
      const current = await source.openCurrent();
      // A whole index rewritten in place keeps its name: only a generation name proves nothing changed.
      if (alreadyServed(current.generation)) return null;
      return { archive: await warmed(current.open()), generation: current.generation };
    }),
    load: (generation) => serialise(async () => {
      if (alreadyServed(generation)) return null;
      return { archive: await warmed(source.openGeneration(generation)), generation };
    }),
  };
}

async function openInitial(source: ArchiveSource, generation: string | undefined): Promise<{ archive: Archive; generation: string }> {
  if (generation !== undefined && source.isImmutable(generation)) {
    try {
      return { archive: await warmed(source.openGeneration(generation)), generation };
    } catch {
      // Removed or damaged since the primary chose it: the source's current generation is the next best.
    }
  }
  const current = await source.openCurrent();
  return { archive: await warmed(current.open()), generation: current.generation };
}
