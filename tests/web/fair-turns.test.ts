import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from 'express';
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

  it('answers /healthz at once, however it is written, even when searches wait', () => {
    const s = scheduler(10);
    s.request('busy', 20);
    s.request('waiting', 1);
    const handler = fairTurns(s.turns);
    const calls: string[] = [];
    for (const path of ['/healthz', '/healthz/', '/HEALTHZ']) handler(request(path), response, (() => calls.push(path)) as NextFunction);
    handler(request('/api/search'), response, (() => calls.push('search')) as NextFunction);
    handler(request('/healthz/x'), response, (() => calls.push('/healthz/x')) as NextFunction);
    expect(calls).toEqual(['/healthz', '/healthz/', '/HEALTHZ']);
    s.endTurn();
    expect(calls).toEqual(['/healthz', '/healthz/', '/HEALTHZ', 'search', '/healthz/x']);
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

describe('fair turns in a real server', () => {
  it('answers every request that waited for its turn, errors included (500, the server goes on)', async () => {
    const app = express();
    // A budget of 0: every request but the first of a turn waits, one per step.
    app.use(fairTurns(createTurnScheduler({ budgetMs: 0 })));
    app.get('/ok', (_req, res) => void res.json({ ok: true }));
    app.get('/throws', () => {
      throw new Error('route');
    });
    app.get('/rejects', async () => {
      await Promise.resolve();
      throw new Error('async route');
    });
    app.use(((_error, _req, res, _next) => void res.status(500).json({ error: true })) as ErrorRequestHandler);
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const paths = Array.from({ length: 12 }, (_, i) => ['/ok', '/throws', '/rejects'][i % 3]!);
      const statuses = await Promise.all(paths.map(async (path) => (await fetch(origin + path)).status));
      expect(statuses).toEqual(paths.map((path) => (path === '/ok' ? 200 : 500)));
      expect((await fetch(`${origin}/ok`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('counts what a request does after its first await in the turn (one waiting request per step)', async () => {
    let clock = 0;
    const turns = createTurnScheduler({ budgetMs: 5, now: () => clock });
    const done: string[] = [];
    // Each request spends 1 ms at once, then 4 ms after an await (rendering, JSON).
    const request = (name: string) => turns.admit(() => {
      clock += 1;
      void Promise.resolve().then(() => {
        clock += 4;
        done.push(name);
      });
    });
    request('first');
    await Promise.resolve();
    for (const name of ['a', 'b', 'c']) request(name);
    // The first turn is spent (5 ms): the three wait, and each later turn takes one of them.
    expect(turns.waiting()).toBe(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toEqual(['first', 'a']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toEqual(['first', 'a', 'b']);
  });
});
