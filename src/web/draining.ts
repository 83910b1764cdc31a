// Letting go of connections without losing a request: for a stop, and for a cluster worker that is
// about to parse a new index (a parse blocks its event loop, so nothing should be waiting on it).
import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { ConnectionActivity } from './connections';

/**
 * Graceful stop of a listening server. http.Server#close() also drops idle keep-alive connections at
 * once, and a client that has just sent its next request on one gets a reset: a lost request. So:
 * stop listening only; once the listener is released (no new connection can reach this process),
 * answer every request with `Connection: close`, so each socket closes after its response and the
 * client's next connection is refused, not lost; close the connections that stay unused for `drainMs`.
 */
export function drainListening(server: Server, activity: ConnectionActivity, drainMs: number, released: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const sweeper = refuseOnceReleased(activity, drainMs, released);
    NetServer.prototype.close.call(server, (error?: Error) => {
      clearInterval(sweeper);
      if (error) reject(error);
      else resolve();
    });
  });
}

/** The same stop for a server that never listened (its primary did): done once every connection is closed. */
export async function drainHanded(activity: ConnectionActivity, drainMs: number, released: () => Promise<void>): Promise<void> {
  const sweeper = refuseOnceReleased(activity, drainMs, released);
  await released();
  await activity.allClosed();
  clearInterval(sweeper);
}

/**
 * Before a blocking parse, once no new connection comes here: the connections in use are sent away
 * after their current response, the idle ones closed after `idleMs`; gives up waiting after
 * `maxWaitMs` (a slow request must not hold a reload forever). Returns the function that restores
 * keep-alive.
 */
export async function shedConnections(activity: ConnectionActivity, idleMs: number, maxWaitMs: number): Promise<() => void> {
  activity.refuseKeepAlive(true);
  const sweeper = setInterval(() => activity.closeUnusedFor(idleMs), Math.min(50, idleMs));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([activity.allClosed(), new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
  clearTimeout(timer);
  clearInterval(sweeper);
  return () => activity.refuseKeepAlive(false);
}

function refuseOnceReleased(activity: ConnectionActivity, drainMs: number, released: () => Promise<void>): NodeJS.Timeout {
  void released().finally(() => activity.refuseKeepAlive(true));
  return setInterval(() => activity.closeUnusedFor(drainMs), Math.min(100, drainMs));
}
