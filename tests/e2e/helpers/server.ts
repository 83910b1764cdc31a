// The real app on the real corpus, in-process on a free port: what a reader's browser would meet.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Archive } from '../../../src/search/archive';
import { createApp } from '../../../src/web/app';
import { realArchive } from '../../helpers/archive';

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves the real corpus, or `archive` when given (e.g. a synthetic one). */
export async function startArchiveServer(archive?: Promise<Archive>): Promise<RunningServer> {
  const served = await (archive ?? realArchive());
  const app = createApp({ getArchive: () => served });
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
