import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/ingest/load-corpus';
import type { Report } from '../../src/types';

export const REAL_CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

let memo: Promise<Report[]> | null = null;

/**
 * The real corpus, ingested once per test file (each vitest file has its own module instance).
 * Throws when a real report fails, so a broken reader shows up as such rather than as missing hits.
 */
export function loadRealReports(options: { fresh?: boolean } = {}): Promise<Report[]> {
  if (options.fresh) return ingestRealCorpus();
  memo ??= ingestRealCorpus();
  return memo;
}

async function ingestRealCorpus(): Promise<Report[]> {
  const { outcomes } = await loadCorpus(REAL_CORPUS_DIR);
  return outcomes.map((outcome) => {
    if (outcome.status !== 'indexed') {
      throw new Error(`Le corpus réel n’a pas pu être indexé : ${JSON.stringify(outcome)}`);
    }
    return outcome.report;
  });
}
