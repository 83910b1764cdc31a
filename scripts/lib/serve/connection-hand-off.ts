// The cluster's primary owns the listening socket and hands each accepted connection to the worker
// holding the fewest open connections. node:cluster's own round robin hands them in turn, but a
// keep-alive connection stays with its worker for good: after a start or a roll, one worker could hold
// most of the clients while another idled. node:cluster also closes its listener only once the last
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
  /** The worker read nothing of connection `id` yet and owns it now: the primary's copy is closed. */
  taken(worker: Worker, id: number): void;
  /** The worker died: no more connections, and the ones it never took go to another worker. */
  lost(worker: Worker): void;
  /** A connection the worker was handed has closed. */
  closed(worker: Worker, id: number): void;
  /**
   * Starts handing connections out. Until then they wait, accepted: at start the primary opens once
   * the first worker serves (the others then take back their share, see `surplus`).
   */
  open(): void;
  /** Stops accepting; connections still waiting for a worker go to the workers that remain. */
  close(): Promise<void>;
  /**
   * The workers receiving connections that hold more than an even share of them, with how many more:
   * a keep-alive client stays with its worker, so a worker joining late (after a start or a restart)
   * gets only new clients unless the others let some go.
   */
  surplus(): [Worker, number][];
}

/** Connections waiting longer than this for a ready worker (all of them restarting) are closed. */
const MAX_WAITING = 1024;
/**
 * What a connection handed to a worker and not taken yet weighs on top of being held (see `leastBusy`):
 * an untaken connection counts four held ones in all.
 */
const EXTRA_PENDING_WEIGHT = 3;

export async function listenForWorkers(port: number, host: string | undefined, logError: (line: string) => void): Promise<ConnectionHandOff> {
  // Paused until a worker reads it: not a byte is consumed here.
  const server: Server = createServer({ pauseOnConnect: true });
  const workers: Worker[] = [];
  const waiting: Socket[] = [];
  /** Sockets handed to a worker that has not said it took them yet, by connection id. */
  const untaken = new Map<Worker, Map<number, Socket>>();
  /** Ids of the connections each worker was handed and has not closed. */
  const held = new Map<Worker, Set<number>>();
  let turn = 0;
  let lastId = 0;
  let closing = false;
  let opened = false;

  /**
   * The live worker with the fewest open connections, a connection it has not taken yet counting as
   * four (it is held, plus EXTRA_PENDING_WEIGHT): Node sends handles over a worker's channel one at a
   * time, each acknowledged by the worker's event loop, so a burst of new connections sent to one busy worker queue behind it (the
   * clients of a retiring worker, reconnecting to the newest one: 100–180 ms at 100×). Ties go round,
   * so a quiet cluster still spreads them.
   */
  const leastBusy = (): Worker | undefined => {
    const live = workers.filter((worker) => worker.isConnected());
    let best: Worker | undefined;
    let fewest = Infinity;
    for (let k = 0; k < live.length; k++) {
      const worker = live[(turn + k) % live.length] as Worker;
      const count = (held.get(worker)?.size ?? 0) + EXTRA_PENDING_WEIGHT * (untaken.get(worker)?.size ?? 0);
      if (count < fewest) {
        best = worker;
        fewest = count;
      }
    }
    turn++;
    return best;
  };

  const forget = (worker: Worker): void => {
    const at = workers.indexOf(worker);
    if (at >= 0) workers.splice(at, 1);
  };
  const handTo = (socket: Socket): void => {
    if (socket.destroyed) return;
    const worker = opened ? leastBusy() : undefined;
    if (worker === undefined) {
      if (closing || waiting.length >= MAX_WAITING) socket.destroy();
      else waiting.push(socket);
      return;
    }
    const id = ++lastId;
    held.set(worker, (held.get(worker) ?? new Set<number>()).add(id));
    const handed: HandedConnection = { type: 'connection', id };
    const sent = untaken.get(worker) ?? new Map<number, Socket>();
    untaken.set(worker, sent.set(id, socket));
    // keepOpen: this copy stays open (and paused) until the worker says it took the connection, so a
    // worker that dies first (the client reconnected just as it was killed) costs the client nothing.
    worker.send(handed, socket, { keepOpen: true }, (error: Error | null) => {
      if (error === null) return;
      // A worker that died between the choice and the send: the socket was not transferred, try another.
      sent.delete(id);
      held.get(worker)?.delete(id);
      forget(worker);
      handTo(socket);
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
    open() {
      opened = true;
      for (const socket of waiting.splice(0)) handTo(socket);
    },
    closed(worker, id) {
      held.get(worker)?.delete(id);
    },
    remove: forget,
    taken(worker, id) {
      const sent = untaken.get(worker);
      sent?.get(id)?.destroy();
      sent?.delete(id);
    },
    lost(worker) {
      forget(worker);
      held.delete(worker);
      // Its "taken" messages are read before its channel closes: whatever is left then it never read.
      const handAgain = () => {
        const sent = untaken.get(worker);
        untaken.delete(worker);
        for (const socket of sent?.values() ?? []) handTo(socket);
      };
      if (worker.isConnected()) worker.once('disconnect', handAgain);
      else handAgain();
    },
    surplus() {
      const live = workers.filter((worker) => worker.isConnected());
      const total = live.reduce((sum, worker) => sum + (held.get(worker)?.size ?? 0), 0);
      const share = Math.ceil(total / Math.max(1, live.length));
      return live.map((worker): [Worker, number] => [worker, (held.get(worker)?.size ?? 0) - share]).filter(([, extra]) => extra > 0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        // Accepted before the stop, still waiting (the cluster had not opened yet): the workers that
        // remain answer them as they drain; with none left, they are closed rather than held forever.
        opened = true;
        for (const socket of waiting.splice(0)) handTo(socket);
        server.close(() => resolve());
      }),
  };
}
