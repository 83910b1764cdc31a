// What goes over the wire: compression as the client accepts it, cacheable static assets, and the
// access log an operator reads. Raw node:http requests, so nothing is decompressed behind the test's back.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchLines } from '../../src/web/access-log';
import { realArchive } from '../helpers/archive';
import { decodeEntities, serve, serveRealArchive, type TestServer } from './serve';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Bytes as received. */
  raw: Buffer;
  /** Body decoded according to its content-encoding. */
  text: string;
}

function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // node:http adds no Accept-Encoding of its own: a request without one is a client that accepts none.
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: body.toString('utf8') });
      });
    }).on('error', reject).end();
  });
}

const real = serveRealArchive();

describe('compression', () => {
  const pages: Array<[string, string, string]> = [
    ['a results page', '/recherche?q=S%C3%A9gur', 'résultats pour « Ségur »'],
    ['a report page', '/rapports/retrospective-2024', 'Rétrospective 2024'],
    ['a JSON search', '/api/search?q=CCUE&limit=20', '"query":"CCUE"'],
  ];
  const clients: Array<[string, Record<string, string>, string | undefined]> = [
    ['accepts brotli and gzip', { 'accept-encoding': 'gzip, deflate, br' }, 'br'],
    ['accepts gzip only', { 'accept-encoding': 'gzip' }, 'gzip'],
    ['sends no Accept-Encoding', {}, undefined],
    ['asks for identity', { 'accept-encoding': 'identity' }, undefined],
  ];
  describe.each(pages)('%s', (_label, path, expected) => {
    it.each(clients)('to a client that %s', async (_client, headers, encoding) => {
      const response = await rawGet(real.app.url + path, headers);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decodeEntities(response.text)).toContain(expected);
      if (encoding !== undefined) expect(response.raw.length).toBeLessThan(Buffer.byteLength(response.text) / 2);
    });
  });

  it('leaves a tiny answer (/healthz) as it is', async () => {
    const response = await rawGet(`${real.app.url}/healthz`, { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.text).status).toBe('ok');
  });
});

describe('static assets', () => {
  it('are linked with a fingerprint and cached for a year under it', async () => {
    const html = decodeEntities((await rawGet(`${real.app.url}/`)).text);
    const links = [...html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link).toMatch(/\?v=[0-9a-f]{12}$/);
      const response = await rawGet(real.app.url + link);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('are revalidated when asked without (or with an old) fingerprint: a 304 while unchanged', async () => {
    for (const path of ['/static/js/dom.js', '/static/style.css?v=000000000000']) {
      const first = await rawGet(real.app.url + path);
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = first.headers.etag as string;
      expect(etag).toBeTruthy();
      const again = await rawGet(real.app.url + path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
    }
  });
});

describe('access log', () => {
  const lines: string[] = [];
  const linesWithQuery: string[] = [];
  let plain: TestServer;
  let withQuery: TestServer;
  beforeAll(async () => {
    const archive = await realArchive();
    plain = await serve(archive, { accessLog: { write: (line) => lines.push(line), withQuery: false } });
    withQuery = await serve(archive, { accessLog: { write: (line) => linesWithQuery.push(line), withQuery: true } });
  });
  afterAll(async () => {
    await plain.close();
    await withQuery.close();
  });

  it('writes one line per request: method, path, status, duration, bytes sent — not what was searched', async () => {
    const response = await rawGet(`${plain.url}/api/search?q=CCUE`, { 'accept-encoding': 'gzip' });
    await rawGet(`${plain.url}/rapports/introuvable`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(2);
    const [search, missing] = lines;
    expect(search).toMatch(/^\d{4}-\d\d-\d\dT\S+Z GET \/api\/search 200 \d+\.\dms \d+B$/);
    expect(search).toContain(` ${response.raw.length}B`);
    expect(search).not.toContain('CCUE');
    expect(missing).toMatch(/ GET \/rapports\/introuvable 404 /);
  });

  it('adds the query string when the operator opts in', async () => {
    await rawGet(`${withQuery.url}/api/search?q=CCUE`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(linesWithQuery.at(-1)).toMatch(/ GET \/api\/search\?q=CCUE 200 /);
  });
});

describe('access-log lines, batched per turn', () => {
  it('writes the lines of one turn in one write, in order, and flushes what is pending on demand', () => {
    const writes: string[] = [];
    const turns: (() => void)[] = [];
    const batch = batchLines((chunk) => writes.push(chunk), (flush) => turns.push(flush));
    batch.line('a');
    batch.line('b');
    expect(writes).toEqual([]);
    expect(turns).toHaveLength(1);
    turns.shift()!();
    batch.line('c');
    batch.flush();
    turns.shift()!();
    expect(writes).toEqual(['a\nb', 'c']);
  });
});
