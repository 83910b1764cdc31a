// A cluster worker's side of the connection hand-off (see connection-hand-off.ts).
import type { Socket } from 'node:net';
import { isPrimaryMessage, type ConnectionClosed, type ConnectionTaken, type ListenerClosed, type RecentSearches, type RecentSearchesWanted } from './messages';

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
  const closed: ConnectionClosed = { type: 'connection-closed', id };
  socket.once('close', () => {
    // A primary already gone (the worker is stopping with it) needs no count: the error is dropped.
    if (process.connected) process.send?.(closed, undefined, {}, () => {});
  });
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

/** The searches a serving worker answered last, through the primary (see recent-searches-relay.ts); [] after 2 s. */
export async function askPrimaryForRecentSearches(): Promise<string[]> {
  if (process.send === undefined) return [];
  const id = 1;
  return new Promise((resolve) => {
    const done = (paths: string[]) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      resolve(paths);
    };
    const timer = setTimeout(() => done([]), 2_000);
    const onMessage = (message: unknown) => {
      if (isPrimaryMessage(message) && message.type === 'recent-searches' && message.id === id) done(message.paths);
    };
    process.on('message', onMessage);
    const wanted: RecentSearchesWanted = { type: 'recent-searches?', id };
    process.send?.(wanted, undefined, {}, (error: Error | null) => error && done([]));
  });
}

/** Answers the primary's RecentSearchesWanted with this worker's own recent searches. */
export function answerRecentSearches(id: number, paths: string[]): void {
  const answer: RecentSearches = { type: 'recent-searches', id, paths };
  process.send?.(answer, undefined, {}, () => {});
}
