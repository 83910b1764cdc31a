import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { createTurnScheduler, fairTurns } from '../../src/web/fair-turns';

/** A scheduler on a hand-moved clock, whose "after the turn's input" callbacks run when `endTurn` is called. */
function scheduler(budgetMs: number) {
  let clock = 0;
  let pending: (() => void)[] = [];
  const ran: string[] = [];
  const turns = createTurnScheduler({ budgetMs, now: () => clock, afterInput: (run) => void pending.push(run) });
  return {
    turns,
    ran,
    /** Work that takes `ms` of the clock when it runs. */
    request: (name: string, ms: number) => turns.admit(() => {
      ran.push(name);
      clock += ms;
    }),
    endTurn: () => {
      const now = pending;
      pending = [];
      for (const run of now) run();
    },
    pendingTurns: () => pending.length,
  };
}

describe('createTurnScheduler', () => {
  it('runs requests at once while the turn has time left', () => {
    const s = scheduler(10);
    s.request('a', 3);
    s.request('b', 3);
    s.request('c', 3);
    expect(s.ran).toEqual(['a', 'b', 'c']);
    expect(s.turns.waiting()).toBe(0);
  });

  it('holds the requests past the budget for the next turns, in arrival order, a budget per turn', () => {
    const s = scheduler(10);
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) s.request(name, 4);
    // a, b and c fit in this turn (0, 4 and 8 ms in); the rest waits.
    expect(s.ran).toEqual(['a', 'b', 'c']);
    expect(s.turns.waiting()).toBe(3);
    s.endTurn();
    expect(s.ran).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(s.turns.waiting()).toBe(0);
  });

  it('runs at least one waiting request per turn, however long it takes', () => {
    const s = scheduler(10);
    s.request('long', 25);
    s.request('next', 25);
    s.request('last', 25);
    expect(s.ran).toEqual(['long']);
    s.endTurn();
    expect(s.ran).toEqual(['long', 'next']);
    s.endTurn();
    expect(s.ran).toEqual(['long', 'next', 'last']);
  });

  it('never lets a request overtake one that waits, and runs one at once when the queue is empty and time is left', () => {
    const s = scheduler(10);
    s.request('a', 12);
    s.request('b', 1);
    s.endTurn();
    // The next turn ran b and has time left: c, arriving after the queue emptied, runs at once.
    s.request('c', 1);
    expect(s.ran).toEqual(['a', 'b', 'c']);
    const t = scheduler(10);
    t.request('a', 12);
    t.request('b', 1);
    t.request('c', 1);
    expect(t.ran).toEqual(['a']);
    t.endTurn();
    expect(t.ran).toEqual(['a', 'b', 'c']);
  });

  it('keeps no turn open once nothing waits', () => {
    const s = scheduler(10);
    s.request('a', 1);
    s.endTurn();
    expect(s.pendingTurns()).toBe(0);
    // A new turn begins with the next request, with a whole budget.
    s.request('b', 9);
    s.request('c', 1);
    expect(s.ran).toEqual(['a', 'b', 'c']);
  });
});

describe('fairTurns', () => {
  const request = (path: string, destroyed = false) => ({ path, socket: { destroyed } }) as unknown as Request;
  const response = {} as Response;

  it('answers /healthz at once, even when searches wait', () => {
    const s = scheduler(10);
    s.request('busy', 20);
    s.request('waiting', 1);
    const handler = fairTurns(s.turns);
    const calls: string[] = [];
    handler(request('/healthz'), response, (() => calls.push('healthz')) as NextFunction);
    handler(request('/api/search'), response, (() => calls.push('search')) as NextFunction);
    expect(calls).toEqual(['healthz']);
    s.endTurn();
    expect(calls).toEqual(['healthz', 'search']);
  });

  it('hands an error thrown by a request that waited to Express, instead of throwing it from setImmediate', () => {
    const s = scheduler(10);
    s.request('busy', 20);
    const errors: unknown[] = [];
    const next = ((error?: unknown) => {
      if (error === undefined) throw new Error('route');
      errors.push(error);
    }) as NextFunction;
    fairTurns(s.turns)(request('/recherche'), response, next);
    expect(() => s.endTurn()).not.toThrow();
    expect(errors).toEqual([new Error('route')]);
  });

  it('computes nothing for a client that left while its request waited', () => {
    const s = scheduler(10);
    s.request('busy', 20);
    const calls: string[] = [];
    fairTurns(s.turns)(request('/recherche', true), response, (() => calls.push('search')) as NextFunction);
    s.endTurn();
    expect(calls).toEqual([]);
  });
});
