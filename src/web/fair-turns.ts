// Keeps each turn of the event loop short under load, so that new clients are taken in without waiting
// for everyone else. Node's event loop (libuv since 1.45) accepts one new connection per turn, and a
// cluster worker receives one handed connection per turn (each is acknowledged before the next is sent);
// but a turn runs every request its open sockets delivered. With 16 keep-alive clients searching a 100×
// archive (3 ms a search), a turn lasted about 50 ms, and the 32nd client of a burst waited one turn per
// client ahead of it: up to 1.1–2.2 s for its first answer, while the server itself spent 5 ms on it. That
// is a part of the tail of the first seconds after a start, and of the clients reconnecting during a hot
// reload.
//
// Requests past a turn's budget wait for a later turn, in arrival order: each waiting request has a step
// queued with setImmediate, which runs after the turn's input has been read, one step per callback so
// that the promise callbacks of a request (what follows its first `await`: rendering, JSON) run, and
// count, before the next one starts. A turn takes one new connection and about `budgetMs` of requests,
// whatever the number of clients.
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
 * 20 ms: four to six searches at 100×, forty at 1×. A measured trade-off (`npm run bench -- --scales 100`,
 * one run each): with turns of 5 ms the worst request of the first 3 s after a start fell from 1.8 s to
 * 0.5 s, but a hot reload under a steady load went from a maximum of 79 ms to 199–217 ms (3 runs of 3);
 * with 20 ms, 1.0 s and 96 ms. Why short turns slow the roll down is not yet understood.
 */
export const DEFAULT_TURN_BUDGET_MS = 20;

export function createTurnScheduler({ budgetMs, now = () => performance.now(), afterInput = setImmediate }: TurnSchedulerOptions): TurnScheduler {
  const queue: (() => void)[] = [];
  /** When the current turn began; undefined between turns (cleared as the turn's input is done). */
  let turnStart: number | undefined;
  const endTurn = () => {
    turnStart = undefined;
  };
  /** Time spent in the current turn, beginning one if none is under way. */
  const spent = (): number => {
    if (turnStart !== undefined) return now() - turnStart;
    turnStart = now();
    afterInput(endTurn);
    return 0;
  };
  // One per waiting request. The first step of a turn always runs its request, so the queue moves.
  const step = () => {
    if (queue.length === 0) return;
    if (turnStart !== undefined && spent() >= budgetMs) return afterInput(step);
    spent();
    (queue.shift() as () => void)();
  };

  return {
    admit(work) {
      if (queue.length === 0 && spent() < budgetMs) return work();
      queue.push(work);
      afterInput(step);
    },
    waiting: () => queue.length,
  };
}

/**
 * Every request but `/healthz` takes its turn: a health check is answered at once (its cost is
 * nothing), so a supervisor never mistakes a busy server for a dead one.
 */
export function fairTurns(scheduler: TurnScheduler): RequestHandler {
  // As the router matches it: any case, with or without a trailing slash.
  const HEALTH_CHECK = /^\/healthz\/?$/i;
  return (req, _res, next) => {
    if (HEALTH_CHECK.test(req.path)) return next();
    scheduler.admit(() => {
      // The client left while its request waited: nothing to compute (the access log has its line).
      if (req.socket.destroyed) return;
      // Express's router catches what the routes throw or reject, called from here as from anywhere.
      next();
    });
  };
}
