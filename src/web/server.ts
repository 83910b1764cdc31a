import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { DatabaseSettings } from '../search';
import { openArchiveSource } from './archive-source';
import { createLiveArchive, describeArchive, type LiveArchive } from './live-archive';

export interface ServerOptions {
  indexFile: string;
  /** Serve from PostgreSQL instead of the index file (DATABASE_URL). */
  database?: DatabaseSettings | undefined;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** How often the index file (or the database's current generation) is checked for a new version. */
  watchIntervalMs?: number;
  log?: (line: string) => void;
  /** Search responses kept per index (LRU); 0 disables the cache. */
  searchCacheEntries?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  archive: LiveArchive;
  /** Stops watching and closes the server once in-flight requests are answered. */
  close(): Promise<void>;
}

/**
 * Loads the index (throws IndexFileError when it is unusable), serves it, and swaps in each new
 * index file the reindexer writes, without a restart.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const source = openArchiveSource({ indexFile: options.indexFile, database: options.database });
  let archive: LiveArchive;
  try {
    archive = await createLiveArchive(source);
  } catch (error) {
    await source.close();
    throw error;
  }
  const app = createApp({ getArchive: archive.current, log, searchCacheEntries: options.searchCacheEntries });

  const watcher = source.watch(() => {
    void archive.reload().then((result) => {
      if (result.ok) {
        return describeArchive(result.archive).then((counts) => log(`Nouvel index chargé (${counts}, construit le ${result.archive.builtAt}).`));
      }
      log(`Nouvel index refusé, l’ancien reste en service : ${result.error.message}`);
    });
  }, options.watchIntervalMs);

  const server = await new Promise<Server>((resolve, reject) => {
    const onListening = (error?: Error) => (error ? reject(error) : resolve(listening));
    const listening = options.host === undefined
      ? app.listen(options.port, onListening)
      : app.listen(options.port, options.host, onListening);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://localhost:${port}`,
    archive,
    close: () => {
      watcher.stop();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open for seconds.
        server.closeIdleConnections();
      }).finally(() => source.close());
    },
  };
}
