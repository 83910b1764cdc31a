import type { Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { createApp } from './app';
import { watchIndexFile } from './index-watcher';
import { createLiveArchive, describeArchive, type LiveArchive, type ReloadResult } from './live-archive';

export interface ServerOptions {
  indexFile: string;
  /** Generation to serve first (a restarted cluster worker serves what its siblings serve). */
  generation?: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Watch the index file and reload it (default); false when a cluster's primary drives reloads. */
  watch?: boolean;
  /** How often the index file is checked for a new version. */
  watchIntervalMs?: number;
  log?: (line: string) => void;
  /** Search responses kept per index (LRU); 0 disables the cache. */
  searchCacheEntries?: number;
  viewsDir?: string;
  publicDir?: string;
  /** On close, how long idle keep-alive connections are left open for a request already on its way. */
  drainMs?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  archive: LiveArchive;
  /** Loads a generation and logs the outcome (the cluster's primary calls this through a message). */
  load(generation: string): Promise<ReloadResult>;
  /** Stops accepting, answers every request already accepted, then resolves. */
  close(): Promise<void>;
}

const DEFAULT_DRAIN_MS = 500;

/**
 * Loads the index (throws IndexFileError when it is unusable), serves it, and swaps in each new
 * generation the reindexer writes, without a restart.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const archive = await createLiveArchive(options.indexFile, options.generation);
  const app = createApp({
    getArchive: archive.current,
    log,
    searchCacheEntries: options.searchCacheEntries,
    ...(options.viewsDir === undefined ? {} : { viewsDir: options.viewsDir }),
    ...(options.publicDir === undefined ? {} : { publicDir: options.publicDir }),
  });

  const report = (result: ReloadResult): ReloadResult => {
    if (!result.ok) log(`Nouvel index refusé, l’ancien reste en service : ${result.error.message}`);
    else if (result.changed) log(`Nouvel index chargé (${describeArchive(result.archive)}, construit le ${result.archive.builtAt}).`);
    return result;
  };
  const watcher = options.watch === false
    ? { stop: () => {} }
    : watchIndexFile(options.indexFile, () => void archive.reload().then(report), options.watchIntervalMs);

  const server = await new Promise<Server>((resolve, reject) => {
    const onListening = (error?: Error) => (error ? reject(error) : resolve(listening));
    const listening = options.host === undefined
      ? app.listen(options.port, onListening)
      : app.listen(options.port, options.host, onListening);
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  return {
    server,
    port,
    url: `http://localhost:${port}`,
    archive,
    load: async (generation) => report(await archive.load(generation)),
    close: () => {
      watcher.stop();
      closing ??= drain(server, options.drainMs ?? DEFAULT_DRAIN_MS);
      return closing;
    },
  };
}

/**
 * Graceful stop. http.Server#close() also drops idle keep-alive connections at once, and a client
 * that has just sent its next request on one gets a reset: a lost request. So: stop listening only,
 * answer every request from now on with `Connection: close` (the socket closes after its response),
 * and close the connections that stayed idle after `drainMs`.
 */
function drain(server: Server, drainMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.prependListener('request', (_request, response) => {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    });
    const idle = setTimeout(() => server.closeIdleConnections(), drainMs);
    NetServer.prototype.close.call(server, (error?: Error) => {
      clearTimeout(idle);
      if (error) reject(error);
      else resolve();
    });
  });
}
