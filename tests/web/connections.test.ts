// A draining server lets its keep-alive clients go a few at a time: they reconnect elsewhere (to the
// other cluster workers) spread over about a second, not all in the same instant.
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { trackConnections } from '../../src/web/connections';

let server: Server | undefined;
let agent: Agent | undefined;

afterEach(async () => {
  agent?.destroy();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
});

/** One GET on the agent's sockets; resolves to whether the answer closed its connection. */
function get(port: number, through: Agent): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent: through }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.headers.connection === 'close'));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('refuseKeepAlive', () => {
  it('closes a tenth of the open connections per 100 ms, until every one is closed', async () => {
    server = createServer((_req, res) => res.end('ok'));
    const activity = trackConnections(server);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const clients = 40;
    agent = new Agent({ keepAlive: true, maxSockets: clients });
    // Forty keep-alive connections, each used once.
    expect(await Promise.all(Array.from({ length: clients }, () => get(port, agent!)))).not.toContain(true);
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(clients);

    activity.refuseKeepAlive(true);
    // Every client asks at once: only some are told to close (4 a window: 4 of 40, a few more when the
    // burst spans several windows on a busy machine), where all 40 were before.
    const first = (await Promise.all(Array.from({ length: clients }, () => get(port, agent!)))).filter(Boolean).length;
    expect(first).toBeGreaterThanOrEqual(4);
    expect(first).toBeLessThanOrEqual(16);

    // As they go on asking, every connection is let go, 4 a window (each round waits for the next one).
    let closed = first;
    for (let round = 0; closed < clients && round < 100; round++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const open = Object.values(agent.freeSockets).flat().length;
      const closedNow = (await Promise.all(Array.from({ length: open }, () => get(port, agent!)))).filter(Boolean).length;
      expect(closedNow).toBeLessThanOrEqual(16);
      closed += closedNow;
    }
    expect(closed).toBe(clients);
  });

  it('keeps connections open once turned off again', async () => {
    server = createServer((_req, res) => res.end('ok'));
    const activity = trackConnections(server);
    activity.refuseKeepAlive(true);
    activity.refuseKeepAlive(false);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    agent = new Agent({ keepAlive: true, maxSockets: 4 });
    expect(await Promise.all(Array.from({ length: 8 }, () => get(port, agent!)))).not.toContain(true);
  });
});

describe('shed', () => {
  it('closes as many connections as asked after their next answer, and keeps the others', async () => {
    server = createServer((_req, res) => res.end('ok'));
    const activity = trackConnections(server);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const clients = 20;
    agent = new Agent({ keepAlive: true, maxSockets: clients });
    expect(await Promise.all(Array.from({ length: clients }, () => get(port, agent!)))).not.toContain(true);

    activity.shed(8);
    let closed = 0;
    for (let round = 0; round < 30; round++) {
      const open = Object.values(agent.freeSockets).flat().length;
      closed += (await Promise.all(Array.from({ length: open }, () => get(port, agent!)))).filter(Boolean).length;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(closed).toBe(8);
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(clients - 8);
  });
});
