import { warmUp, type Archive, type ArchiveSource } from '../search';

export interface LiveArchive {
  current(): Archive;
  /**
   * Opens the source's archive again and swaps it in. On failure the current archive keeps serving and
   * the error is returned (never thrown): a half-written or broken index must not take the site down.
   */
  reload(): Promise<{ ok: true; archive: Archive } | { ok: false; error: Error }>;
}

/** Counts for log lines: « 2 rapports, 321 sections ». */
export async function describeArchive(archive: Archive): Promise<string> {
  const reports = await archive.reports();
  const sections = reports.reduce((sum, r) => sum + r.sectionCount, 0);
  return `${reports.length} rapport${reports.length > 1 ? 's' : ''}, ${sections} section${sections > 1 ? 's' : ''}`;
}

/** Opens and warms an archive (warm-up.ts) so its first requests cost what later ones do. */
async function openWarm(source: ArchiveSource): Promise<Archive> {
  const archive = await source.open();
  await warmUp(archive);
  return archive;
}

export async function createLiveArchive(source: ArchiveSource): Promise<LiveArchive> {
  let archive = await openWarm(source);
  // Reloads are serialised: two changes in a row must not let an older load win the race.
  let pending: Promise<unknown> = Promise.resolve();

  return {
    current: () => archive,
    reload() {
      const attempt = pending.then(async () => {
        try {
          archive = await openWarm(source);
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
