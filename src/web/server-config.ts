import { availableParallelism } from 'node:os';
import { DEFAULT_POOL_SIZE, type DatabaseSettings } from '../search';
import { parsePublicUrl } from './public-origin';
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
  /** PostgreSQL instead of the index file, when DATABASE_URL is set. */
  database: DatabaseSettings | undefined;
  /** THESAURUS_FILE: the sector thesaurus, when not the project's own. */
  thesaurusFile: string | undefined;
  /** PUBLIC_URL: absolute base of the archive's URLs; undefined → taken from each request. */
  publicUrl: string | undefined;
  trustProxy: TrustProxy;
}

/** false: X-Forwarded-* ignored (default); true: believed from any peer; n: from the n nearest proxies. */
export type TrustProxy = boolean | number;


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
  const publicUrl = env.PUBLIC_URL?.trim() ? parsePublicUrl(env.PUBLIC_URL.trim()) : undefined;
  if (env.PUBLIC_URL?.trim() && publicUrl === undefined) {
    return { ok: false, message: `PUBLIC_URL doit être l’adresse publique de l’archive, par exemple https://archive.nexem.fr (reçu « ${env.PUBLIC_URL} »).` };
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (trustProxy === undefined) {
    return {
      ok: false,
      message: `TRUST_PROXY doit être 0 (défaut), 1 ou true derrière un proxy de confiance, ou le nombre de proxys (reçu « ${env.TRUST_PROXY} »).`,
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
      database: database.settings,
      thesaurusFile: env.THESAURUS_FILE?.trim() || undefined,
      publicUrl,
      trustProxy,
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

function parseTrustProxy(value: string | undefined): TrustProxy | undefined {
  const raw = value?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

function parseWhole(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value.trim() === '') return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
