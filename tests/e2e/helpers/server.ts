// The real app in-process on a free port: what a reader's browser would meet.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Archive } from '../../../src/search/archive';
import { createApp } from '../../../src/web/app';
import { realArchive } from '../../helpers/archive';
import { REAL_CORPUS_DIR } from '../../helpers/corpus';

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** What a server serves: an archive and the corpus folder its reports come from. */
export interface ArchiveSource {
  archive: Archive;
  corpusDir: string;
}

/** Serves the real corpus unless told otherwise. */
export async function startArchiveServer(source?: ArchiveSource): Promise<RunningServer> {
  const { archive, corpusDir } = source ?? { archive: await realArchive(), corpusDir: REAL_CORPUS_DIR };
  const app = createApp({ getArchive: () => archive, corpusDir });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
