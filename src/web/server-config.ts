import { availableParallelism } from 'node:os';
import { DEFAULT_POOL_SIZE, type DatabaseSettings } from '../search';
import { DEFAULT_SEARCH_CACHE_ENTRIES } from './search-cache';

export interface ServerConfig {
  port: number;
  /** undefined: Node's default (all interfaces). */
  host: string | undefined;
  indexFile: string;
  corpusDir: string;
  /** Number of worker processes; 1 serves from the main process (no cluster). */
  workers: number;
  /** Search responses each process keeps for the index it serves; 0 disables the cache. */
  searchCacheEntries: number;
  /** PostgreSQL instead of the index file, when DATABASE_URL is set. */
  database: DatabaseSettings | undefined;
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
  const database = readDatabaseSettings(env);
  if (!database.ok) return database;
  return {
    ok: true,
    config: {
      port,
      host: env.HOST?.trim() || undefined,
      indexFile: env.INDEX_FILE?.trim() || 'data/index.json',
      corpusDir: env.CORPUS_DIR?.trim() || 'corpus',
      workers,
      searchCacheEntries,
      database: database.settings,
    },
  };
}

/** DATABASE_URL (and DATABASE_READ_URL, DATABASE_POOL_SIZE); unset, the index file is served. */
export function readDatabaseSettings(env: NodeJS.ProcessEnv): { ok: true; settings: DatabaseSettings | undefined } | { ok: false; message: string } {
  const url = env.DATABASE_URL?.trim();
  const readUrl = env.DATABASE_READ_URL?.trim() || undefined;
  if (!url) {
    if (readUrl) return { ok: false, message: 'DATABASE_READ_URL (réplique en lecture) demande aussi DATABASE_URL (la base principale, où écrit la réindexation).' };
    return { ok: true, settings: undefined };
  }
  const poolSize = parseWhole(env.DATABASE_POOL_SIZE, DEFAULT_POOL_SIZE);
  if (poolSize === undefined || poolSize < 1) {
    return { ok: false, message: `DATABASE_POOL_SIZE doit être un nombre de connexions par processus, 1 ou plus (reçu « ${env.DATABASE_POOL_SIZE} »).` };
  }
  return { ok: true, settings: { url, readUrl, poolSize } };
}

function parseWhole(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value.trim() === '') return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
