// What `npm start` does with the index file before serving it: build it when missing or unusable,
// rebuild it when it no longer matches its corpus, and never rebuild an operator's index from a
// corpus it was not built from.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readIndexManifest } from '../../src/search';
import { isIndexStale } from './index-freshness';

export interface IndexSource {
  indexFile: string;
  corpusDir: string;
  /** The operator set CORPUS_DIR: it then overrides the corpus the index records. */
  corpusDirExplicit: boolean;
}

/** What start-up decided, for its log and its tests. */
export type Preparation =
  | { action: 'serve'; notice?: string }
  | { action: 'rebuild'; corpusDir: string; reason: string; /** The index was readable, only out of date. */ readable: boolean };

/**
 * The corpus to judge freshness against is the one the index records (its manifest), unless the
 * operator named one with CORPUS_DIR. When the two disagree, or when nobody knows where a whole
 * index file came from, the index is served as it is, with one line saying so.
 */
export async function planIndex(source: IndexSource): Promise<Preparation> {
  const reading = await readIndexManifest(source.indexFile);
  const recorded = reading.ok ? reading.manifest.corpusDir : null;
  const requested = source.corpusDirExplicit ? resolve(source.corpusDir) : null;
  const rebuildHint = (corpus: string) => `pour le reconstruire : npm run reindex -- --corpus ${corpus} --out ${source.indexFile}`;

  if (recorded !== null && requested !== null && recorded !== requested) {
    return {
      action: 'serve',
      notice: `L’index ${source.indexFile} a été construit depuis ${recorded}, pas depuis CORPUS_DIR=${source.corpusDir} : il est servi tel quel, sans reconstruction (${rebuildHint(source.corpusDir)}).`,
    };
  }
  const corpusDir = requested ?? recorded ?? resolve(source.corpusDir);
  if (recorded !== null && requested === null && !(await isFolder(recorded))) {
    return { action: 'serve', notice: `Le corpus ${recorded} dont vient l’index ${source.indexFile} est introuvable : l’index est servi tel quel.` };
  }
  const freshness = await isIndexStale(corpusDir, source.indexFile);
  if (!freshness.stale) return { action: 'serve' };
  const originUnknown = freshness.kind === 'changed' && recorded === null && requested === null;
  if (originUnknown) {
    return {
      action: 'serve',
      notice: `L’index ${source.indexFile} ne dit pas de quel corpus il vient et ne correspond pas à ${source.corpusDir} (${freshness.reason}) : il est servi tel quel (${rebuildHint('DOSSIER')}, ou CORPUS_DIR=DOSSIER npm start).`,
    };
  }
  return { action: 'rebuild', corpusDir, reason: freshness.reason, readable: freshness.kind === 'changed' };
}

/** Plans, then rebuilds when needed; returns whether an index is there to serve. Logs in French. */
export async function prepareIndex(source: IndexSource, log: (line: string) => void): Promise<{ usable: boolean }> {
  const plan = await planIndex(source);
  if (plan.action === 'serve') {
    if (plan.notice) log(plan.notice);
    return { usable: true };
  }
  log(`Construction de l’index (${plan.reason})…`);
  // Loaded only to rebuild: the ingestion (PDF reader, text repair) is most of what a start would load.
  const { reindexCorpus } = await import('./reindex-corpus');
  const summary = await reindexCorpus({ corpusDir: plan.corpusDir, indexFile: source.indexFile, log });
  return { usable: summary.written || plan.readable };
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
