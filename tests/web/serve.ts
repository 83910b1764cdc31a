// Starts the real app on a free port for a test file; requests go through real HTTP (fetch).
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Archive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { saveIndexFile } from '../../src/search/index-file';
import { createApp, type AppOptions } from '../../src/web/app';
import { startServer, type RunningServer, type ServerOptions } from '../../src/web/server';
import { realArchive } from '../helpers/archive';
import { loadRealReports } from '../helpers/corpus';

export interface TestServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
  /** Internal errors the app logged (should stay empty). */
  errors: string[];
}

/** `options` adds app options (access log, compression…) to the defaults. */
export async function serve(archive: Archive, options: Partial<AppOptions> = {}): Promise<TestServer> {
  const errors: string[] = [];
  const app = createApp({ getArchive: () => archive, log: (line) => errors.push(line), ...options });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    errors,
    get: (path, init) => fetch(url + path, { redirect: 'manual', ...init }),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export interface RealArchiveServer {
  readonly archive: Archive;
  readonly app: TestServer;
}

/**
 * The app serving the real corpus for the calling test file: started before its tests, closed after.
 * Read `archive` and `app` inside tests (they exist once `beforeAll` has run).
 */
export function serveRealArchive(): RealArchiveServer {
  let archive: Archive | undefined;
  let app: TestServer | undefined;
  beforeAll(async () => {
    archive = await realArchive();
    app = await serve(archive);
  });
  afterAll(() => app?.close());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('serveRealArchive() : le serveur de test n’est pas encore démarré (utilisez-le dans un test).');
    return value;
  };
  return {
    get archive() {
      return started(archive);
    },
    get app() {
      return started(app);
    },
  };
}

/** Handlebars escapes `=` in attributes as `&#x3D;`: decode the few entities it emits in URLs. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#x3D;/g, '=')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Hrefs of the links matching a class, decoded. */
export function linksWithClass(html: string, className: string): string[] {
  const pattern = new RegExp(`<a class="[^"]*\\b${className}\\b[^"]*" href="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1] ?? ''));
}

/** The result list of a results page: title (text and HTML), url and snippet HTML of each hit. */
export function resultItems(html: string): Array<{ title: string; titleHtml: string; url: string; snippet: string }> {
  const pattern = /<h2 class="hit-title"><a href="([^"]*)">([\s\S]*?)<\/a><\/h2>[\s\S]*?<p class="hit-snippet">([\s\S]*?)<\/p>/g;
  return [...html.matchAll(pattern)].map((m) => ({
    url: decodeEntities(m[1] ?? ''),
    title: decodeEntities((m[2] ?? '').replace(/<\/?mark>/g, '')),
    titleHtml: m[2] ?? '',
    snippet: m[3] ?? '',
  }));
}

/**
 * The real server (`startServer`, as `npm start` runs it) on an index of the real corpus written to a
 * temporary folder, for a test file: started before its tests with `options`, stopped after.
 */
export function serveRealIndex(options: Partial<ServerOptions> = {}): { readonly server: RunningServer } {
  let dir: string | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archive-served-'));
    const indexFile = join(dir, 'index.json');
    await saveIndexFile(indexFile, buildIndexData(await loadRealReports(), new Date()));
    server = await startServer({ indexFile, port: 0, host: '127.0.0.1', log: () => {}, ...options });
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('serveRealIndex() : le serveur n’est pas encore démarré (utilisez-le dans un test).');
      return server;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET with headers fetch() refuses to send (Host, X-Forwarded-*), on 127.0.0.1:`port`. */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
