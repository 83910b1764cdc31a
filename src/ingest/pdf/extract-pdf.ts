import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_READ_TIMEOUT_MS } from '../time-limit';
import type { Bookmark, HeadingTag, PageItems } from './layout/types';

export type PdfExtraction =
  | {
      type: 'result';
      /** The readable pages' text items (an unreadable page is absent). */
      pages: PageItems[];
      total: number;
      /** Pages pdf.js could not read (their text is missing from `pages`). */
      unreadablePages: number[];
      bookmarks: Bookmark[];
      /** A tagged PDF's headings (H1–H6), in the shape of bookmarks; empty when the file is not tagged. */
      headingTags: HeadingTag[];
      info: { title: string | null; creationYear: number | null };
      /** First pdf.js warnings (« Warning: … »), and how many there were in all. */
      warnings: string[];
      warningCount: number;
    }
  | { type: 'error'; name: string; message: string }
  | { type: 'timeout'; afterMs: number };

export const DEFAULT_PDF_TIMEOUT_MS = DEFAULT_READ_TIMEOUT_MS;

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);

/**
 * Workers that finished their last file cleanly, kept for the next ones (unreferenced: they never hold
 * the process). One per core at most, since a corpus is read several files at a time.
 */
const idleWorkers: Worker[] = [];
const MAX_IDLE_WORKERS = availableParallelism();

function takeWorker(): Worker {
  const worker =
    idleWorkers.pop() ??
    // No inherited execArgv: the worker is plain JavaScript, and a loader the parent runs under (tsx)
    // would otherwise hook every module pdf.js loads (measured: three times the CPU for a small file).
    new Worker(WORKER_URL, { execArgv: [] });
  worker.ref();
  return worker;
}

function release(worker: Worker): void {
  if (idleWorkers.length >= MAX_IDLE_WORKERS) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idleWorkers.push(worker);
}

/**
 * Reads page text items and bookmarks in a worker thread, killed after `timeoutMs`: a hostile or huge
 * PDF must not freeze the reindex (pdf.js parses synchronously, so an in-thread timer would never fire).
 */
export function extractPdf(bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<PdfExtraction> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  // A private copy, so transferring it to the worker cannot detach the caller's buffer.
  const data = new Uint8Array(bytes).buffer;
  const worker = takeWorker();
  return new Promise<PdfExtraction>((resolve) => {
    const settle = (outcome: PdfExtraction, reusable: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) release(worker);
      else void worker.terminate();
      resolve(outcome);
    };
    const onMessage = (message: PdfExtraction): void => settle(message, true);
    const onError = (error: Error): void => settle({ type: 'error', name: error.name, message: error.message }, false);
    const onExit = (code: number): void =>
      settle({ type: 'error', name: 'WorkerExit', message: `le lecteur PDF s’est arrêté (code ${code})` }, false);
    const timer = setTimeout(() => settle({ type: 'timeout', afterMs: timeoutMs }, false), timeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ data }, [data]);
  });
}
