// The cluster's primary owns the listening socket and hands each accepted connection to a worker, in
// turn. node:cluster's own round robin does the same, but closes its listener only once the last
// worker has left it: a client connecting in between was accepted, then reset with the queue. Owning
// the listener lets a stop close it first (new clients are refused, never accepted and lost) while
// every worker still answers what was already accepted.
import type { Worker } from 'node:cluster';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { HandedConnection } from './messages';

export interface ConnectionHandOff {
  /** The port listened on (the one asked for, or the free one picked for 0). */
  port: number;
  /** The worker starts receiving connections (it is ready to serve). */
  add(worker: Worker): void;
  /** The worker receives no more connections; anything it was sent before is already on its way. */
  remove(worker: Worker): void;
  /** The worker died: no more connections, and the ones on their way to it are closed (not left hanging). */
  lost(worker: Worker): void;
  /** Stops accepting; connections still waiting for a worker go to the workers that remain. */
  close(): Promise<void>;
}

const HANDED: HandedConnection = { type: 'connection' };

/** Connections waiting longer than this for a ready worker (all of them restarting) are closed. */
const MAX_WAITING = 1024;

export async function listenForWorkers(port: number, host: string | undefined, logError: (line: string) => void): Promise<ConnectionHandOff> {
  // Paused until a worker reads it: not a byte is consumed here.
  const server: Server = createServer({ pauseOnConnect: true });
  const workers: Worker[] = [];
  const waiting: Socket[] = [];
  /** Sockets sent to a worker whose sending is not done yet (IPC passes handles one at a time). */
  const inFlight = new Map<Worker, Set<Socket>>();
  let turn = 0;

  const forget = (worker: Worker): void => {
    const at = workers.indexOf(worker);
    if (at >= 0) workers.splice(at, 1);
  };
  const handTo = (socket: Socket): void => {
    if (socket.destroyed) return;
    const live = workers.filter((worker) => worker.isConnected());
    if (live.length === 0) {
      if (waiting.length >= MAX_WAITING) socket.destroy();
      else waiting.push(socket);
      return;
    }
    const worker = live[turn++ % live.length] as Worker;
    const sending = inFlight.get(worker) ?? new Set<Socket>();
    inFlight.set(worker, sending.add(socket));
    // keepOpen, then our copy closed once sent: the descriptor travels with the message, and if the
    // worker dies before reading it the kernel closes it (the client sees a reset, not a hang). Without
    // keepOpen, Node holds the socket until the worker acknowledges it, forever if the worker died.
    worker.send(HANDED, socket, { keepOpen: true }, (error: Error | null) => {
      sending.delete(socket);
      if (error === null) {
        socket.destroy();
        return;
      }
      // A worker that died between the choice and the send: the socket was not transferred, try another.
      if (!socket.destroyed) {
        forget(worker);
        handTo(socket);
      }
    });
  };

  server.on('connection', handTo);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const listening = () => {
      server.off('error', reject);
      resolve();
    };
    if (host === undefined) server.listen(port, listening);
    else server.listen(port, host, listening);
  });
  // Past the start (EADDRINUSE and the like are the caller's), an accept error costs that client only.
  server.on('error', (error) => logError(`Erreur du port d’écoute : ${error.message}`));

  return {
    port: (server.address() as AddressInfo).port,
    add(worker) {
      if (!workers.includes(worker)) workers.push(worker);
      for (const socket of waiting.splice(0)) handTo(socket);
    },
    remove: forget,
    lost(worker) {
      forget(worker);
      for (const socket of inFlight.get(worker) ?? []) socket.destroy();
      inFlight.delete(worker);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Nobody left to answer them (every worker was restarting): close rather than hold them forever.
        if (workers.length === 0) for (const socket of waiting.splice(0)) socket.destroy();
      }),
  };
}
