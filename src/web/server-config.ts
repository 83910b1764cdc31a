import { availableParallelism } from 'node:os';
import { DEFAULT_SEARCH_CACHE_ENTRIES } from './search-cache';

export interface ServerConfig {
  port: number;
  /** undefined: Node's default (all interfaces). */
  host: string | undefined;
  indexFile: string;
  corpusDir: string;
  /** CORPUS_DIR was set: freshness is then judged against it, not against the corpus the index records. */
  corpusDirExplicit: boolean;
  /** Number of worker processes; 1 serves from the main process (no cluster). */
  workers: number;
  /** Search responses each process keeps for the index it serves; 0 disables the cache. */
  searchCacheEntries: number;
  /** THESAURUS_FILE: the sector thesaurus, when not the project's own. */
  thesaurusFile: string | undefined;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/** Reads the environment once, so every bad value is reported in French before anything starts. */
export function readServerConfig(env: NodeJS.ProcessEnv, cores = availableParallelism()): ConfigResult {
  const port = parseWhole(env.PORT, 3000);
  if (port === undefined || port > 65535) {
    return { ok: false, message: `PORT doit être un numéro de port entre 0 et 65535 (reçu « ${env.PORT} »).` };
  }
  const workers = parseWhole(env.WEB_CONCURRENCY, cores);
  if (workers === undefined || workers < 1) {
    return { ok: false, message: `WEB_CONCURRENCY doit être un nombre de processus, 1 ou plus (reçu « ${env.WEB_CONCURRENCY} »).` };
  }
  const searchCacheEntries = parseWhole(env.SEARCH_CACHE_ENTRIES, DEFAULT_SEARCH_CACHE_ENTRIES);
  if (searchCacheEntries === undefined) {
    return {
      ok: false,
      message: `SEARCH_CACHE_ENTRIES doit être un nombre de réponses de recherche gardées en mémoire, 0 pour désactiver le cache (reçu « ${env.SEARCH_CACHE_ENTRIES} »).`,
    };
  }
  return {
    ok: true,
    config: {
      port,
      host: env.HOST?.trim() || undefined,
      indexFile: env.INDEX_FILE?.trim() || 'data/index.json',
      corpusDir: env.CORPUS_DIR?.trim() || 'corpus',
      corpusDirExplicit: Boolean(env.CORPUS_DIR?.trim()),
      workers,
      searchCacheEntries,
      thesaurusFile: env.THESAURUS_FILE?.trim() || undefined,
    },
  };
}

function parseWhole(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value.trim() === '') return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
