// A file whose reading runs past its time limit is refused by name, so one hostile or huge file can
// never stall a reindex (or `npm start`) without a word.
import type { IngestProblem } from '../types';

/** The same limit for every format, so an operator has one figure to know. */
export const DEFAULT_READ_TIMEOUT_MS = 60_000;

/** Called between the stages of a long synchronous parse; throws `ReadTimeoutError` once the time is up. */
export type Checkpoint = () => void;

export class ReadTimeoutError extends Error {
  constructor(readonly afterMs: number) {
    super(`lecture interrompue après ${afterMs} ms`);
    this.name = 'ReadTimeoutError';
  }
}

/** A checkpoint that throws once `timeoutMs` have passed since it was made (`now` in milliseconds). */
export function deadlineCheckpoint(timeoutMs: number, now: () => number = () => performance.now()): Checkpoint {
  const deadline = now() + timeoutMs;
  return () => {
    if (now() > deadline) throw new ReadTimeoutError(timeoutMs);
  };
}

const seconds = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });

export function timeoutProblem(file: string, afterMs: number): IngestProblem {
  return {
    file,
    kind: 'timeout',
    message: `La lecture de ${file} a dépassé ${seconds.format(afterMs / 1000)} s et a été interrompue ; vérifiez le fichier (trop lourd ou malformé).`,
  };
}
