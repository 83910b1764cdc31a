import type { Archive } from './archive';

/** The generation a source serves now: its name, or why there is none to serve. */
export type GenerationReading = { ok: true; generation: string } | { ok: false; reason: string };

/**
 * Where a server's archive comes from (an index file and its generations, a database generation): the
 * current generation, one generation by name, and a signal when a newer one may be current, so servers
 * switch without a restart. Generations are named by strings (a generation file, a database id).
 */
export interface ArchiveSource {
  /** For log lines: « data/index.json », « PostgreSQL ». */
  readonly label: string;
  /** The current generation's name, without opening it (a cluster's primary asks this). */
  currentGeneration(): Promise<GenerationReading>;
  /** The current generation: its name, and how to open it (skipped when it is already served). */
  openCurrent(): Promise<{ generation: string; open(): Promise<Archive> }>;
  openGeneration(generation: string): Promise<Archive>;
  /** False for a name that proves nothing about content (a whole index file rewritten in place). */
  isImmutable(generation: string): boolean;
  /** Calls `onChange` when the current generation may have changed. */
  watch(onChange: () => void, intervalMs?: number): { stop(): void };
  close(): Promise<void>;
}
