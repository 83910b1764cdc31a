// The bench's steady load: every request due is sent on time whatever the server does, and a stall shows
// in full in the latencies (they count from when a request was due, not from when it could be sent).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runOpenLoopLoad } from '../../../scripts/lib/bench/open-loop-load';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: (path: string) => { status: number; stallMs?: number }): Promise<string> {
  server = createServer((req, res) => {
    const { status, stallMs = 0 } = handler(req.url ?? '/');
    const until = performance.now() + stallMs;
    while (performance.now() < until); // the event loop held, as a worker parsing an index holds it
    res.writeHead(status).end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('runOpenLoopLoad', () => {
  it('sends every request due, in turn over the paths, and counts the answers by status', async () => {
    const seen: string[] = [];
    const origin = await serve((path) => {
      seen.push(path);
      return { status: path === '/b' ? 404 : 200 };
    });
    const result = await runOpenLoopLoad({ origin, paths: ['/a', '/b'], requestsPerSecond: 40, durationSeconds: 0.5 });
    expect(result.totalRequests).toBe(20);
    expect(seen.filter((path) => path === '/a')).toHaveLength(10);
    expect(result.statusCodes).toEqual({ '200': 10, '404': 10 });
    expect(result.non2xx).toBe(10);
    expect(result.errors).toBe(0);
  });

  it('keeps sending on time while earlier requests wait for their answer', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    server = createServer((_req, res) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end('ok');
      }, 300);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await runOpenLoopLoad({ origin, paths: ['/'], requestsPerSecond: 50, durationSeconds: 1 });
    expect(result.totalRequests).toBe(50);
    // 50 a second answered after 300 ms: about 15 at once. A client that waited for each answer has 1.
    expect(mostInFlight).toBeGreaterThanOrEqual(5);
  });

  it('counts a stall from when each request was due, not from when it could be sent', async () => {
    let first = true;
    const origin = await serve(() => {
      const stallMs = first ? 600 : 0;
      first = false;
      return { status: 200, stallMs };
    });
    // The stall holds this whole process, the client included: the requests due during it leave late.
    // Counted from when they left, they would take a millisecond; from when they were due, up to 600 ms.
    const result = await runOpenLoopLoad({ origin, paths: ['/'], requestsPerSecond: 50, durationSeconds: 1 });
    expect(result.totalRequests).toBe(50);
    expect(result.latencyMaxMs).toBeGreaterThanOrEqual(600);
    expect(result.latencyP50Ms).toBeGreaterThan(50);
    // And it says so: the delay was the client's own (the same process held), not the server's alone.
    expect(result.clientLateMaxMs).toBeGreaterThan(500);
  });

  it('refuses anything but loopback', async () => {
    await expect(runOpenLoopLoad({ origin: 'http://example.org', paths: ['/'], requestsPerSecond: 1, durationSeconds: 1 })).rejects.toThrow(/127\.0\.0\.1/);
  });
});
