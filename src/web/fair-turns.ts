// Keeps each turn of the event loop short under load, so that new clients are taken in without waiting
// for everyone else. Node's event loop (libuv since 1.45) accepts one new connection per turn, and a
// cluster worker receives one handed connection per turn (each is acknowledged before the next is sent);
// but a turn runs every request its open sockets delivered. With 16 keep-alive clients searching a 100×
// archive (3 ms a search), a turn lasted about 50 ms, and the 32nd client of a burst waited one turn per
// client ahead of it: up to 1.1–2.2 s for its first answer, while the server itself spent 5 ms on it. That
// is a part of the tail of the first seconds after a start, and of the clients reconnecting during a hot
// reload.
//
// Requests past a turn's budget wait for the next turn, in arrival order (a queue drained from
// setImmediate, which runs after the turn's input has been read): a turn takes one new connection and
// about `budgetMs` of requests, whatever the number of clients.
import type { RequestHandler } from 'express';

export interface TurnScheduler {
  /** Runs `work` now if this turn has time left and nothing is waiting, else after what waits before it. */
  admit(work: () => void): void;
  /** Requests waiting for a later turn. */
  waiting(): number;
}

export interface TurnSchedulerOptions {
  /** Work run per turn before the rest waits for the next one (at least one piece of work runs). */
  budgetMs: number;
  now?: () => number;
  /** Runs a function once the current turn's input is read (setImmediate). */
  afterInput?: (run: () => void) => void;
}

/**
 * 5 ms: one or two searches at 100×, ten at 1×. With 32 keep-alive clients searching a 100× archive in
 * one process, the 32nd new client of a burst had its first answer after 0.4–0.6 s with turns of 3 to
 * 10 ms, against 0.4–2.2 s without them (the first few clients, accepted together, decide which).
 */
export const DEFAULT_TURN_BUDGET_MS = 5;

export function createTurnScheduler({ budgetMs, now = () => performance.now(), afterInput = setImmediate }: TurnSchedulerOptions): TurnScheduler {
  const queue: (() => void)[] = [];
  /** When the current turn began; undefined between turns. */
  let turnStart: number | undefined;

  const beginTurn = (at: number): number => {
    turnStart = at;
    afterInput(endTurn);
    return at;
  };
  const endTurn = () => {
    turnStart = undefined;
    if (queue.length === 0) return;
    // What waited runs now, up to the budget; what is left waits for the next turn (after its input).
    const start = beginTurn(now());
    do (queue.shift() as () => void)();
    while (queue.length > 0 && now() - start < budgetMs);
  };

  return {
    admit(work) {
      const at = now();
      const start = turnStart ?? beginTurn(at);
      if (queue.length === 0 && at - start < budgetMs) return work();
      queue.push(work);
    },
    waiting: () => queue.length,
  };
}

/**
 * Every request but `/healthz` takes its turn: a health check is answered at once (its cost is
 * nothing), so a supervisor never mistakes a busy server for a dead one.
 */
export function fairTurns(scheduler: TurnScheduler): RequestHandler {
  return (req, res, next) => {
    if (req.path === '/healthz') return next();
    scheduler.admit(() => {
      // The client left while its request waited: nothing to compute (the access log has its line).
      if (req.socket.destroyed) return;
      // A request that waited runs from setImmediate, outside Express's own try: an error that got out
      // would end the process instead of answering 500.
      try {
        next();
      } catch (error) {
        next(error);
      }
    });
  };
}
