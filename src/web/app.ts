import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import type { Archive } from '../search';
import { accessLog, type AccessLogOptions } from './access-log';
import { apiRoutes } from './routes/api';
import { errorHandler, notFoundHandler } from './routes/errors';
import { createTurnScheduler, DEFAULT_TURN_BUDGET_MS, fairTurns } from './fair-turns';
import { openSearchRoutes } from './routes/opensearch';
import { originalRoutes } from './routes/original';
import { createOriginalFiles } from './original-file';
import { pageRoutes } from './routes/pages';
import { PUBLIC_URL_SETTING } from './public-origin';
import { securityHeaders } from './security-headers';
import type { TrustProxy } from './server-config';
import { createSearchCache, createTimelineCache, DEFAULT_SEARCH_CACHE_ENTRIES } from './search-cache';
import { createStaticAssets, STATIC_PREFIX } from './static-assets';
import { loadViews } from './view-engine';

export interface AppOptions {
  /** Called on every request, so the server can swap in a freshly loaded index. */
  getArchive: () => Archive;
  /** The folder the archive was built from: report originals are served from it (CORPUS_DIR). */
  corpusDir: string;
  /** Defaults to the project's `views/`. */
  viewsDir?: string;
  /** Defaults to the project's `public/`, served under /static. */
  publicDir?: string;
  /** Where internal errors are reported; defaults to stderr. */
  log?: (line: string) => void;
  /** Search responses kept per archive (LRU); 0 disables the cache. Defaults to 1000. */
  searchCacheEntries?: number;
  /** Absolute base URL of the archive (PUBLIC_URL), for the links that must be absolute. */
  publicUrl?: string;
  /** Express's `trust proxy` (TRUST_PROXY): X-Forwarded-Proto / -Host are believed only when set. */
  trustProxy?: TrustProxy;
  /** One line per request (see access-log.ts); none when absent. */
  accessLog?: AccessLogOptions;
  /** gzip / brotli for clients that accept it. Defaults to true. */
  compress?: boolean;
  /** Sees every request before the routes (server.ts records the searches answered, see recent-searches.ts). */
  searchRecorder?: RequestHandler;
  /** Request time per turn of the event loop before the next requests wait for the next turn (fair-turns.ts); 0: none. */
  turnBudgetMs?: number;
}

const projectDir = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export function createApp(options: AppOptions): express.Application {
  const assets = createStaticAssets(options.publicDir ?? projectDir('public'));
  const views = loadViews(options.viewsDir ?? projectDir('views'), { assetUrl: assets.url });
  const log = options.log ?? ((line: string) => console.error(line));
  const search = createSearchCache(options.searchCacheEntries ?? DEFAULT_SEARCH_CACHE_ENTRIES);
  const timeline = createTimelineCache(options.searchCacheEntries ?? DEFAULT_SEARCH_CACHE_ENTRIES);
  const app = express();

  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  app.set(PUBLIC_URL_SETTING, options.publicUrl);
  // First, so the line covers the whole request and counts the bytes as sent (compressed).
  if (options.accessLog) app.use(accessLog(options.accessLog));
  // Next, so a request's wait for its turn is in its logged duration.
  const turnBudgetMs = options.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS;
  if (turnBudgetMs > 0) app.use(fairTurns(createTurnScheduler({ budgetMs: turnBudgetMs })));
  // HTML pages reach 165 KB (the 2024 report) and JSON answers repeat keys: both shrink 5–10×.
  // Brotli when the client accepts it (compression ≥ 1.8, quality 4: cheap enough per request), else gzip;
  // answers under 1 KB (/healthz) are sent as they are.
  if (options.compress ?? true) app.use(compression());
  // JSON answers echo the query: escape < > & so they can never be sniffed or pasted as markup.
  app.set('json escape', true);
  app.use(securityHeaders());

  app.use(STATIC_PREFIX, assets.handler);
  if (options.searchRecorder) app.use(options.searchRecorder);

  app.use(openSearchRoutes(options.publicUrl));
  app.use(apiRoutes(options.getArchive, search, timeline));
  app.use(originalRoutes(options.getArchive, createOriginalFiles(options.corpusDir), views, log));
  app.use(pageRoutes(options.getArchive, search, views, timeline));
  app.use(notFoundHandler(views));
  app.use(errorHandler(views, log));
  return app;
}
