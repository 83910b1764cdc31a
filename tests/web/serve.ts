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
import { REAL_CORPUS_DIR } from '../helpers/corpus';
import { makeCorpusWithPdf, type CorpusWithPdf } from '../helpers/corpus-with-pdf';
import { syntheticArchive } from '../helpers/synthetic-archive';
import { loadRealReports } from '../helpers/corpus';

export interface TestServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
  /** Internal errors the app logged (should stay empty). */
  errors: string[];
}

/**
 * `options` adds app options (access log, compression…) to the defaults; `corpusDir` (where the
 * archive's source files are, for /rapports/:id/original) defaults to the real corpus.
 */
export async function serve(archive: Archive, options: Partial<AppOptions> = {}): Promise<TestServer> {
  const errors: string[] = [];
  const app = createApp({ getArchive: () => archive, corpusDir: REAL_CORPUS_DIR, log: (line) => errors.push(line), ...options });
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
  return serveForTestFile(async () => ({ archive: await realArchive(), corpusDir: REAL_CORPUS_DIR }));
}

/** The app serving a synthetic archive (real sections shuffled into `2 × factor` reports of many years). */
export function serveSyntheticArchive(options: { factor: number; seed: number }): RealArchiveServer {
  return serveForTestFile(async () => ({ archive: await syntheticArchive(options), corpusDir: REAL_CORPUS_DIR }));
}

export interface CorpusWithPdfServer extends RealArchiveServer {
  /** The scratch corpus served: change its files to see how the app answers. */
  readonly corpus: CorpusWithPdf;
}

/** Like serveRealArchive(), on a scratch copy of the corpus that also has a PDF (see corpus-with-pdf.ts). */
export function serveCorpusWithPdf(): CorpusWithPdfServer {
  let corpus: CorpusWithPdf | undefined;
  const served = serveForTestFile(async () => {
    corpus = await makeCorpusWithPdf('archive-pdf-web-');
    return { archive: corpus.archive, corpusDir: corpus.corpusDir };
  }, () => corpus?.remove());
  return {
    get archive() {
      return served.archive;
    },
    get app() {
      return served.app;
    },
    get corpus() {
      return started(corpus);
    },
  };
}

function serveForTestFile(
  open: () => Promise<{ archive: Archive; corpusDir: string }>,
  cleanUp: () => Promise<void> | undefined = () => undefined,
): RealArchiveServer {
  let archive: Archive | undefined;
  let app: TestServer | undefined;
  beforeAll(async () => {
    const source = await open();
    archive = source.archive;
    app = await serve(archive, { corpusDir: source.corpusDir });
  });
  afterAll(async () => {
    await app?.close();
    await cleanUp();
  });
  return {
    get archive() {
      return started(archive);
    },
    get app() {
      return started(app);
    },
  };
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Le serveur de test n’est pas encore démarré (utilisez-le dans un test).');
  return value;
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

export interface TocLine {
  title: string;
  /** The section id it links to; null for a group title (a heading with no text of its own). */
  anchor: string | null;
  /** 1 for the outer list. */
  depth: number;
}

/** The report page's table of contents, in order, with how deep each entry is nested. */
export function tocLines(html: string): TocLine[] {
  const start = html.indexOf('<nav class="toc"');
  const toc = html.slice(start, html.indexOf('</nav>', start));
  const lines: TocLine[] = [];
  let depth = 0;
  for (const m of toc.matchAll(/<ol\b[^>]*>|<\/ol>|<a href="#([^"]*)">([^<]*)<\/a>|<span class="toc-group">([^<]*)<\/span>/g)) {
    if (m[0].startsWith('<ol')) depth += 1;
    else if (m[0] === '</ol>') depth -= 1;
    else lines.push({ title: decodeEntities(m[2] ?? m[3] ?? ''), anchor: m[1] ?? null, depth });
  }
  return lines;
}

/** Titles of the entries a table-of-contents line is nested in, outermost first. */
export function tocParents(lines: TocLine[], index: number): string[] {
  const parents: string[] = [];
  let depth = lines[index]?.depth ?? 0;
  for (let i = index - 1; i >= 0 && depth > 1; i--) {
    const line = lines[i]!;
    if (line.depth < depth) {
      parents.unshift(line.title);
      depth = line.depth;
    }
  }
  return parents;
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
    server = await startServer({ indexFile, corpusDir: REAL_CORPUS_DIR, port: 0, host: '127.0.0.1', log: () => {}, ...options });
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
