// Letting go of connections without losing a request when a server stops.
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
    const sweeper = refuseOnceReleased(activity, drainMs, released());
    NetServer.prototype.close.call(server, (error?: Error) => {
      clearInterval(sweeper);
      if (error) reject(error);
      else resolve();
    });
  });
}

/** The same stop for a server that never listened (its primary did): done once every connection is closed. */
export async function drainHanded(activity: ConnectionActivity, drainMs: number, released: () => Promise<void>): Promise<void> {
  const release = released();
  const sweeper = refuseOnceReleased(activity, drainMs, release);
  await release;
  await activity.allClosed();
  clearInterval(sweeper);
}

function refuseOnceReleased(activity: ConnectionActivity, drainMs: number, released: Promise<void>): NodeJS.Timeout {
  void released.finally(() => activity.refuseKeepAlive(true));
  return setInterval(() => activity.closeUnusedFor(drainMs), Math.min(100, drainMs));
}
