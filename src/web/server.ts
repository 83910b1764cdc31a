import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { answerClientErrors } from './client-errors';
import { watchIndexFile } from './index-watcher';
import { loadThesaurusFile } from '../search';
import type { TrustProxy } from './server-config';
import { createLiveArchive, describeArchive, type LiveArchive } from './live-archive';

export interface ServerOptions {
  indexFile: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** How often the index file is checked for a new version. */
  watchIntervalMs?: number;
  log?: (line: string) => void;
  /** Search responses kept per index (LRU); 0 disables the cache. */
  searchCacheEntries?: number;
  /** The sector thesaurus; the project's `thesaurus/secteur-social.txt` when absent. */
  thesaurusFile?: string;
  publicUrl?: string;
  trustProxy?: TrustProxy;
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
  // A malformed line costs that line only; an unreadable file named by the operator stops the start.
  const thesaurus = await loadThesaurusFile(options.thesaurusFile);
  for (const problem of thesaurus.problems) log(`Thésaurus : ${problem.message} (ligne ignorée).`);
  const archive = await createLiveArchive(options.indexFile, { thesaurus: thesaurus.groups });
  const app = createApp({
    getArchive: archive.current,
    log,
    searchCacheEntries: options.searchCacheEntries,
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy,
  });

  const watcher = watchIndexFile(options.indexFile, () => {
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
  answerClientErrors(server);
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
      });
    },
  };
}
