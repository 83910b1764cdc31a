/**
 * The archive's backend cannot answer (a database down, restarting, unreachable, or holding no archive
 * yet): the web layer answers 503 with this French message, and the next request tries again.
 */
export class ArchiveUnavailableError extends Error {
  readonly status = 503;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArchiveUnavailableError';
  }
}
