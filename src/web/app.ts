import { fileURLToPath } from 'node:url';
import express from 'express';
import helmet from 'helmet';
import type { Archive } from '../search';
import { apiRoutes } from './routes/api';
import { errorHandler, notFoundHandler } from './routes/errors';
import { openSearchRoutes } from './routes/opensearch';
import { pageRoutes } from './routes/pages';
import { createSearchCache, DEFAULT_SEARCH_CACHE_ENTRIES } from './search-cache';
import { loadViews } from './view-engine';

export interface AppOptions {
  /** Called on every request, so the server can swap in a freshly loaded index. */
  getArchive: () => Archive;
  /** Defaults to the project's `views/`. */
  viewsDir?: string;
  /** Defaults to the project's `public/`, served under /static. */
  publicDir?: string;
  /** Where internal errors are reported; defaults to stderr. */
  log?: (line: string) => void;
  /** Search responses kept per archive (LRU); 0 disables the cache. Defaults to 1000. */
  searchCacheEntries?: number;
}

const projectDir = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export function createApp(options: AppOptions): express.Application {
  const views = loadViews(options.viewsDir ?? projectDir('views'));
  const log = options.log ?? ((line: string) => console.error(line));
  const search = createSearchCache(options.searchCacheEntries ?? DEFAULT_SEARCH_CACHE_ENTRIES);
  const app = express();

  app.disable('x-powered-by');
  // JSON answers echo the query: escape < > & so they can never be sniffed or pasted as markup.
  app.set('json escape', true);
  app.use(helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  }));

  app.use('/static', express.static(options.publicDir ?? projectDir('public'), {
    maxAge: '1h',
    fallthrough: true,
    index: false,
  }));

  app.use(openSearchRoutes());
  app.use(apiRoutes(options.getArchive, search));
  app.use(pageRoutes(options.getArchive, search, views));
  app.use(notFoundHandler(views));
  app.use(errorHandler(views, log));
  return app;
}
