import type { Archive } from './archive';

/**
 * Where a server's archive comes from (an index file, a database generation): it opens the current
 * archive, and says when a newer one can be opened, so servers switch without a restart.
 */
export interface ArchiveSource {
  /** For log lines: « data/index.json », « PostgreSQL ». */
  readonly label: string;
  open(): Promise<Archive>;
  /** Calls `onChange` when `open` would now give a newer archive. */
  watch(onChange: () => void, intervalMs?: number): { stop(): void };
  close(): Promise<void>;
}
