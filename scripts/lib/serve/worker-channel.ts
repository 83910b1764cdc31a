// A cluster worker's side of the connection hand-off (see connection-hand-off.ts).
import type { Socket } from 'node:net';
import { isPrimaryMessage, type ConnectionTaken, type ListenerClosed } from './messages';

/** Connections said to be taken whose socket is not read yet: a stop waits for them. */
const beingTaken = new Set<Promise<void>>();

/** Tells the primary the connection is taken, and only once that is written starts reading the socket. */
export function takeConnection(id: number, socket: Socket, accept: (socket: Socket) => void): void {
  if (process.send === undefined) return accept(socket);
  const taken: ConnectionTaken = { type: 'connection-taken', id };
  const accepted = new Promise<void>((resolve) => {
    // Sent or not (the primary may be gone), the connection is this process's to serve now.
    process.send?.(taken, undefined, {}, () => {
      accept(socket);
      resolve();
    });
  });
  beingTaken.add(accepted);
  void accepted.finally(() => beingTaken.delete(accepted));
}

/**
 * See ListenerClosed: resolves once the primary hands this worker no more connections (or after a
 * second) and every connection it did hand is being served.
 */
export async function askPrimaryToRelease(): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1_000);
    const onMessage = (message: unknown) => {
      if (!isPrimaryMessage(message) || message.type !== 'listener-released') return;
      clearTimeout(timer);
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    const closed: ListenerClosed = { type: 'listener-closed' };
    process.send?.(closed);
  });
  await Promise.all(beingTaken);
}
