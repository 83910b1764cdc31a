import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadThesaurusFile, type DatabaseSettings } from '../search';
import { openArchiveSource } from './archive-source';
import type { AccessLogOptions } from './access-log';
import { createApp } from './app';
import { answerClientErrors } from './client-errors';
import { trackConnections } from './connections';
import { warmUpServer, type HttpWarmUpBudget } from './http-warm-up';
import { createRecentSearches } from './recent-searches';
import { drainHanded, drainListening } from './draining';
import type { TrustProxy } from './server-config';
import { createLiveArchive, describeArchive, type LiveArchive, type ReloadResult } from './live-archive';

export interface ServerOptions {
  indexFile: string;
  /** Serve from PostgreSQL instead of the index file (DATABASE_URL). */
  database?: DatabaseSettings | undefined;
  /** Where the reports' source files are, for GET /rapports/:id/original. */
  corpusDir: string;
  /** The sector thesaurus; the project's `thesaurus/secteur-social.txt` when absent. */
  thesaurusFile?: string;
  /** Generation to serve first (a restarted cluster worker serves what its siblings serve). */
  generation?: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Watch the archive's source and reload it (default); false when a cluster's primary drives reloads. */
  watch?: boolean;
  /** How often the index file (or the database's current generation) is checked for a new version. */
  watchIntervalMs?: number;
  log?: (line: string) => void;
  /** Search responses kept per index (LRU); 0 disables the cache. */
  searchCacheEntries?: number;
  viewsDir?: string;
  publicDir?: string;
  /** One line per request (access-log.ts); none when undefined. */
  accessLog?: AccessLogOptions;
  /** On close, how long an unused keep-alive connection is left open for a request already on its way: by default the keep-alive timeout its answers announce. */
  drainMs?: number;
  /** On close, resolves once no new connection can reach this process (a cluster worker asks its primary). */
  listenerReleased?: () => Promise<void>;
  /** Do not listen: serve the connections given to `accept` (a cluster worker, whose primary listens). */
  handedConnections?: boolean;
  publicUrl?: string;
  trustProxy?: TrustProxy;
  /** Requests answered over loopback before the first connection (http-warm-up.ts); false skips them. */
  httpWarmUp?: HttpWarmUpBudget | false;
  /**
   * Paths the warm-up asks first: the searches the process this one replaces answered last (a cluster
   * worker gets them from its primary). Resolves to [] when there are none.
   */
  recentSearches?: () => Promise<string[]>;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  archive: LiveArchive;
  /** The searches this process answered last (recent-searches.ts), for the process that replaces it. */
  recentSearches(): string[];
  /** Serves a connection accepted elsewhere (see `handedConnections`). */
  accept(socket: Socket): void;
  /** Closes `count` keep-alive connections after their next response, paced (see connections.ts). */
  shed(count: number): void;
  /** Loads a generation and logs the outcome (the cluster's primary calls this through a message). */
  load(generation: string): Promise<ReloadResult>;
  /** Stops accepting, answers every request already accepted, then resolves. */
  close(): Promise<void>;
}


/**
 * Loads the index (throws IndexFileError when it is unusable), serves it, and swaps in each new
 * generation the reindexer writes, without a restart.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  // A malformed line costs that line only; an unreadable file named by the operator stops the start.
  const thesaurus = await loadThesaurusFile(options.thesaurusFile);
  for (const problem of thesaurus.problems) log(`Thésaurus : ${problem.message} (ligne ignorée).`);
  const source = await openArchiveSource({ indexFile: options.indexFile, database: options.database }, { thesaurus: thesaurus.groups });
  let archive: LiveArchive;
  try {
    archive = await createLiveArchive(source, options.generation);
  } catch (error) {
    await source.close();
    throw error;
  }
  // The warm-up's own requests are not the operator's traffic: they stay out of the access log.
  let warming = false;
  const accessLog = options.accessLog;
  const recent = createRecentSearches();
  const app = createApp({
    getArchive: archive.current,
    corpusDir: options.corpusDir,
    log,
    searchCacheEntries: options.searchCacheEntries,
    ...(options.viewsDir === undefined ? {} : { viewsDir: options.viewsDir }),
    ...(options.publicDir === undefined ? {} : { publicDir: options.publicDir }),
    ...(accessLog === undefined ? {} : { accessLog: { ...accessLog, write: (line) => { if (!warming) accessLog.write(line); } } }),
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy,
    searchRecorder: recent.recorder(() => !warming),
  });
  if (options.httpWarmUp !== false) {
    warming = true;
    try {
      const failures = await warmUpServer(app, archive.current(), { recentSearches: options.recentSearches, budget: options.httpWarmUp });
      for (const failure of failures) log(`Préchauffage du serveur arrêté (${failure}) ; les premières requêtes seront plus lentes.`);
    } catch (error) {
      // Only the first requests' speed is at stake: say so, and serve.
      log(`Préchauffage du serveur impossible (${error instanceof Error ? error.message : String(error)}) ; les premières requêtes seront plus lentes.`);
    } finally {
      warming = false;
    }
  }

  const report = async (result: ReloadResult): Promise<ReloadResult> => {
    if (!result.ok) log(`Nouvel index refusé, l’ancien reste en service : ${result.error.message}`);
    else if (result.changed) log(`Nouvel index chargé (${await describeArchive(result.archive)}, construit le ${result.archive.builtAt}).`);
    return result;
  };
  const watcher = options.watch === false
    ? { stop: () => {} }
    : source.watch(() => void archive.reload().then(report), options.watchIntervalMs);

  const handed = options.handedConnections === true;
  const server = handed ? createServer(app) : await new Promise<Server>((resolve, reject) => {
    const onListening = (error?: Error) => (error ? reject(error) : resolve(listening));
    const listening = options.host === undefined
      ? app.listen(options.port, onListening)
      : app.listen(options.port, options.host, onListening);
  });
  answerClientErrors(server);
  const port = handed ? options.port : (server.address() as AddressInfo).port;
  const activity = trackConnections(server);
  let closing: Promise<void> | undefined;

  return {
    server,
    port,
    url: `http://localhost:${port}`,
    archive,
    recentSearches: recent.list,
    accept: (socket) => {
      server.emit('connection', socket);
      // Sent paused by the primary, so that nothing was read before this process owned it.
      socket.resume();
    },
    shed: (count) => activity.shed(count),
    load: async (generation) => report(await archive.load(generation)),
    close: () => {
      watcher.stop();
      // An idle keep-alive connection is closed once unused for as long as every response promised to
      // keep it (`Keep-Alive: timeout=5`, keepAliveTimeout): a client following that hint (Node's agent
      // lets it go a second before) never sends a request on a connection being closed. After 2 s, the
      // bench's steady load lost 4 requests (connection resets) in one hot reload at 100×.
      const drainMs = options.drainMs ?? idleDrainMs(server.keepAliveTimeout);
      const listenerReleased = options.listenerReleased ?? (() => Promise.resolve());
      closing ??= (handed ? drainHanded(activity, drainMs, listenerReleased) : drainListening(server, activity, drainMs, listenerReleased))
        .finally(() => source.close());
      return closing;
    },
  };
}

/**
 * How long a stopping server keeps an idle keep-alive connection: the keep-alive timeout its answers
 * announce, within the stop's grace period (scripts/lib/serve/shutdown.ts gives 10 s before exiting
 * anyway); Node's 0 (« no timeout ») announces none, and gets 2 s.
 */
function idleDrainMs(keepAliveTimeout: number): number {
  return keepAliveTimeout > 0 ? Math.min(keepAliveTimeout, 8000) : 2000;
}
