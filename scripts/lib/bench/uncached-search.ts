// What a search nobody asked before costs over HTTP, on a server started with SEARCH_CACHE_ENTRIES=0:
// the first seconds after a start (no warm-up), then steady throughput at several connection counts
// with /healthz as the framework's floor, and /healthz answering (or not) while searches saturate it.
import { indexFilePublisher, measureHotReload, type HotReloadResult, type Publish } from './hot-reload';
import { runHttpLoad, type HttpLoadResult } from './http-load';
import { runOpenLoopLoad } from './open-loop-load';
import { startServer } from './server';

export interface UncachedSearchSettings {
  root: string;
  indexFile: string;
  corpusDir: string;
  paths: readonly string[];
  /** The same queries' results pages (/recherche): each also draws the search's timeline. */
  pagePaths: readonly string[];
  httpSeconds: number;
  log: (line: string) => void;
  /** Extra environment for the server (DATABASE_URL for the PostgreSQL backend). */
  env?: Record<string, string>;
  /** How a new generation is published during the hot reload; the index file's by default. */
  publisher?: () => Promise<Publish>;
}

export interface UncachedSearchResult {
  /** 32 connections from the moment /healthz first answers: what a start or a hot reload costs. */
  coldStart: HttpLoadResult;
  /** Steady state, after the cold run and 5 s more of load, by number of connections. */
  byConnections: Record<'16' | '32' | '64', HttpLoadResult>;
  /** /healthz alone on the same server, 16 connections. */
  healthz: HttpLoadResult;
  /**
   * The results pages of the same queries, 16 connections: the search, its timeline and the page. The
   * timeline is where a 1,000× PostgreSQL page spent a second (docs/performance.md, « Session 12 »).
   */
  pages: HttpLoadResult;
  /** /healthz on one connection while 64 connections search: does a health check still answer? */
  healthzUnderLoad: HttpLoadResult;
  /**
   * 8 connections (as the fault tests' clients) while a new generation is published. Each waits for its
   * answer and asks again: on 2 cores that saturates a 100× archive, so this is mostly queueing.
   */
  hotReload: HotReloadResult;
  /**
   * Readers arriving at a steady rate, a third of what 16 connections got (`hotReloadRate`), while a
   * new generation is published: what the reload itself costs them.
   */
  hotReloadSteady: HotReloadResult;
  hotReloadRate: number;
}

const HOT_RELOAD_CONNECTIONS = 8;
/**
 * Long enough for two new processes of a 100× archive to load the new generation one after the other:
 * about 12 s under a steady load, but up to 2 × (10 s at a lower priority + the load) when the searches
 * saturate the machine (see loading-priority.ts).
 */
const HOT_RELOAD_SECONDS = 45;

/** The steady load's rate, as a share of the 16-connection throughput: busy, with room for a reload. */
const STEADY_SHARE = 1 / 3;

/** Seconds of load between the cold-start run and the steady ones. */
const WARM_SECONDS = 5;

/** Seconds of the cold-start run: the first requests of a fresh process are where the tail used to be. */
const COLD_SECONDS = 3;

export async function measureUncachedSearch(settings: UncachedSearchSettings): Promise<UncachedSearchResult> {
  const { paths, httpSeconds, log } = settings;
  const server = await startServer({ cwd: settings.root, indexFile: settings.indexFile, corpusDir: settings.corpusDir, env: { ...settings.env, SEARCH_CACHE_ENTRIES: '0' } });
  try {
    const load = (connections: number, durationSeconds = httpSeconds, on: readonly string[] = paths) =>
      runHttpLoad({ origin: server.origin, paths: on, connections, durationSeconds });
    log(`  sans cache : ${COLD_SECONDS} s à 32 connexions dès le démarrage…`);
    const coldStart = await load(32, COLD_SECONDS);
    // Not recorded: at 100× the cold phase outlasts the 3 s above, and ran into the 16-connection
    // figure (307 req/s in one run, 497 in another on the same code).
    log(`  sans cache : ${WARM_SECONDS} s de mise en température, non mesurés…`);
    await load(16, WARM_SECONDS);
    log(`  sans cache : 16, 32 et 64 connexions, /healthz seul, puis /healthz pendant la charge…`);
    const byConnections = { '16': await load(16), '32': await load(32), '64': await load(64) };
    const healthz = await load(16, httpSeconds, ['/healthz']);
    log(`  sans cache : pages de résultats (/recherche), 16 connexions…`);
    const pages = await load(16, httpSeconds, settings.pagePaths);
    const [healthzUnderLoad] = await Promise.all([load(1, httpSeconds, ['/healthz']), load(64)]);
    const publisher = settings.publisher ?? (() => indexFilePublisher(settings.indexFile, settings.corpusDir));
    const seconds = Math.max(httpSeconds, HOT_RELOAD_SECONDS);
    log(`  sans cache : rechargement à chaud pendant ${HOT_RELOAD_CONNECTIONS} connexions…`);
    const hotReload = await measureHotReload({ origin: server.origin, publish: await publisher(), load: (s) => load(HOT_RELOAD_CONNECTIONS, s), seconds });
    const hotReloadRate = Math.max(1, Math.round(byConnections['16'].requestsPerSecond * STEADY_SHARE));
    log(`  sans cache : rechargement à chaud pendant une charge fixe de ${hotReloadRate} requêtes/s…`);
    const hotReloadSteady = await measureHotReload({
      origin: server.origin,
      publish: await publisher(),
      load: (s) => runOpenLoopLoad({ origin: server.origin, paths, requestsPerSecond: hotReloadRate, durationSeconds: s }),
      seconds,
    });
    return { coldStart, byConnections, healthz, pages, healthzUnderLoad, hotReload, hotReloadSteady, hotReloadRate };
  } finally {
    await server.stop();
  }
}
