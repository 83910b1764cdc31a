// A stopping (or retiring) server keeps an idle keep-alive connection for as long as its answers told
// the client it would (`Keep-Alive: timeout=5`). Node's agent lets such a connection go a second before
// that, so it never sends a request on a connection the server is closing: closed after 2 s of
// idleness, connections the client still held lost requests (4 resets in one hot reload at 100×).
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { startServer, type RunningServer } from '../../src/web/server';
import { makeScratch, type Scratch } from '../helpers/scratch';

let scratch: Scratch;
let server: RunningServer;

beforeAll(async () => {
  scratch = await makeScratch('keep-alive-drain-');
  await reindexCorpus({ corpusDir: scratch.corpusDir, indexFile: scratch.indexFile, log: () => {} });
  server = await startServer({ indexFile: scratch.indexFile, corpusDir: scratch.corpusDir, port: 0, host: '127.0.0.1', log: () => {}, httpWarmUp: false });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await scratch?.remove();
});

function get(path: string, agent: Agent): Promise<{ status: number; keepAlive: string; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { agent }, (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode ?? 0, keepAlive: String(res.headers['keep-alive']), reused: req.reusedSocket }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('stopping with idle keep-alive connections', () => {
  it('answers a request sent on a connection left idle for less than the timeout it announced', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get('/api/search?q=CCUE', agent);
    expect(first).toMatchObject({ status: 200, keepAlive: 'timeout=5' });
    const closing = server.close();
    // Idle for 2.5 s: the agent keeps it for 4 (the announced 5, less its margin of a second).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const second = await get('/api/search?q=S%C3%A9gur', agent);
    expect(second).toMatchObject({ status: 200, reused: true });
    await closing;
    agent.destroy();
  });
});
