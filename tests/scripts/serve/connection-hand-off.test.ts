// The primary's hand-off, with stand-in workers that record what they are sent: connections wait
// until the cluster opens, then each goes to the worker holding the fewest open connections.
import type { Worker } from 'node:cluster';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listenForWorkers, type ConnectionHandOff } from '../../../scripts/lib/serve/connection-hand-off';

interface StandIn {
  worker: Worker;
  /** Ids of the connections handed to it. */
  handed: number[];
}

/** A worker that takes every connection it is sent at once (the primary then closes its own copy), or never (a busy one). */
function standIn(takes = true): StandIn {
  const handed: number[] = [];
  const worker = {
    isConnected: () => true,
    send(message: { id: number }, _socket: Socket, _options: unknown, done: (error: Error | null) => void) {
      handed.push(message.id);
      done(null);
      if (takes) setImmediate(() => handOff?.taken(worker, message.id));
      return true;
    },
  } as unknown as Worker;
  return { worker, handed };
}

const clients: Socket[] = [];
let handOff: ConnectionHandOff | undefined;

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await handOff?.close();
  handOff = undefined;
});

async function connectClients(port: number, count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
    const client = connect(port, '127.0.0.1', () => resolve());
    client.once('error', reject);
    clients.push(client);
  })));
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('connection hand-off', () => {
  it('holds the connections of the first moments until it opens, then spreads them evenly', async () => {
    handOff = await listenForWorkers(0, '127.0.0.1', () => {});
    const [first, second] = [standIn(), standIn()];
    handOff.add(first.worker);
    await connectClients(handOff.port, 6);
    // Only the first worker is ready: with a round robin of ready workers, it would now hold all six.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.handed).toHaveLength(0);

    handOff.add(second.worker);
    handOff.open();
    await until(() => first.handed.length + second.handed.length === 6);
    expect([first.handed.length, second.handed.length]).toEqual([3, 3]);
  });

  it('hands the connections still waiting to the workers when it stops before opening', async () => {
    handOff = await listenForWorkers(0, '127.0.0.1', () => {});
    const ready = standIn();
    handOff.add(ready.worker);
    await connectClients(handOff.port, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready.handed).toHaveLength(0);
    await handOff.close();
    handOff = undefined;
    expect(ready.handed).toHaveLength(2);
  });

  it('gives a new connection to the worker with the fewest open ones', async () => {
    handOff = await listenForWorkers(0, '127.0.0.1', () => {});
    const [first, second] = [standIn(), standIn()];
    handOff.add(first.worker);
    handOff.add(second.worker);
    handOff.open();
    await connectClients(handOff.port, 4);
    await until(() => first.handed.length + second.handed.length === 4);
    // The first worker's clients leave (a roll retired it, or they were done): the next ones go to it.
    for (const id of first.handed) handOff.closed(first.worker, id);
    await connectClients(handOff.port, 2);
    await until(() => first.handed.length + second.handed.length === 6);
    expect([first.handed.length, second.handed.length]).toEqual([4, 2]);
  });

  it('names the workers holding more than an even share, so a worker joining late gets its share back', async () => {
    handOff = await listenForWorkers(0, '127.0.0.1', () => {});
    const [first, second, third] = [standIn(), standIn(), standIn()];
    handOff.add(first.worker);
    handOff.open();
    await connectClients(handOff.port, 7);
    await until(() => first.handed.length === 7);
    expect(handOff.surplus()).toEqual([]);
    handOff.add(second.worker);
    handOff.add(third.worker);
    // 7 over 3 workers: a share of 3; the first holds 4 more.
    expect(handOff.surplus()).toEqual([[first.worker, 4]]);
    for (const id of first.handed.slice(0, 4)) handOff.closed(first.worker, id);
    await connectClients(handOff.port, 4);
    await until(() => second.handed.length + third.handed.length === 4);
    expect(handOff.surplus()).toEqual([]);
  });

  it('sends part of a burst to a busier worker rather than queue it all behind one that has not taken its last ones', async () => {
    handOff = await listenForWorkers(0, '127.0.0.1', () => {});
    const [serving, joining] = [standIn(), standIn(false)];
    handOff.add(serving.worker);
    handOff.open();
    await connectClients(handOff.port, 6);
    await until(() => serving.handed.length === 6);
    // A worker joins with no connection (a roll's newest), and the clients of a retiring one arrive at once.
    handOff.add(joining.worker);
    await connectClients(handOff.port, 6);
    try {
      await until(() => serving.handed.length + joining.handed.length === 12);
      // By open connections alone all six would go to the newcomer; it has taken none of them yet.
      expect(joining.handed.length).toBeGreaterThanOrEqual(1);
      expect(serving.handed.length).toBeGreaterThan(6);
    } finally {
      // Taken at last, so the listener can close.
      for (const id of joining.handed) handOff.taken(joining.worker, id);
    }
  });
});
