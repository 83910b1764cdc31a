import { Worker } from 'node:worker_threads';
import type { Bookmark, PageItems } from './layout/types';

export type PdfExtraction =
  | {
      type: 'result';
      /** The readable pages' text items (an unreadable page is absent). */
      pages: PageItems[];
      total: number;
      /** Pages pdf.js could not read (their text is missing from `pages`). */
      unreadablePages: number[];
      bookmarks: Bookmark[];
      info: { title: string | null; creationYear: number | null };
      /** First pdf.js warnings (« Warning: … »), and how many there were in all. */
      warnings: string[];
      warningCount: number;
    }
  | { type: 'error'; name: string; message: string }
  | { type: 'timeout'; afterMs: number };

export const DEFAULT_PDF_TIMEOUT_MS = 60_000;

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);

/**
 * Reads page text items and bookmarks in a worker thread, killed after `timeoutMs`: a hostile or huge PDF must not
 * freeze the reindex (pdf.js parses synchronously, so an in-thread timer would never fire).
 */
export function extractPdf(bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<PdfExtraction> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  // A private copy, so transferring it to the worker cannot detach the caller's buffer.
  const data = new Uint8Array(bytes).buffer;
  // No inherited execArgv: the worker is plain JavaScript, and a loader the parent runs under (tsx)
  // would otherwise hook every module pdf.js loads (measured: three times the CPU for a small file).
  const worker = new Worker(WORKER_URL, { workerData: { data }, transferList: [data], execArgv: [] });
  return new Promise<PdfExtraction>((resolve) => {
    let settled = false;
    const settle = (outcome: PdfExtraction): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ type: 'timeout', afterMs: timeoutMs }), timeoutMs);
    worker.once('message', (message: PdfExtraction) => settle(message));
    worker.once('error', (error) => settle({ type: 'error', name: error.name, message: error.message }));
    worker.once('exit', (code) => settle({ type: 'error', name: 'WorkerExit', message: `le lecteur PDF s’est arrêté (code ${code})` }));
  });
}
