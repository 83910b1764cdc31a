// Requests Node refuses itself (a URL over 16 KB, a malformed request line) used to get a bare status
// line; on the real server they now carry the same security headers as every page, and a French reason.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { rawGet, serveRealIndex } from './serve';

const served = serveRealIndex();

/** Writes `raw` on a fresh connection and returns everything the server answers before closing it. */
function exchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(raw));
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('requests refused by Node', () => {
  it('a URL over 16 KB gets a 431 with the CSP and a French reason', async () => {
    const response = await rawGet(served.server.port, `/recherche?q=${'a'.repeat(17 * 1024)}`);
    expect(response.status).toBe(431);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain('trop longue');
  });

  it.each([
    ['a request line that is not HTTP', 'N’IMPORTE QUOI\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: localhost\r\nvoici un en-tête cassé\r\n\r\n'],
  ])('%s gets a 400 with the CSP and a French reason', async (_name, raw) => {
    const answer = await exchange(served.server.port, raw);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/\r\ncontent-security-policy: default-src 'self'/i);
    expect(answer).toContain('mal formée');
  });

  it('the server keeps answering afterwards', async () => {
    expect((await rawGet(served.server.port, '/healthz')).status).toBe(200);
  });
});
