// Everything the benchmark measures at one corpus scale: reindex (child process), index size,
// in-process load and query latency, server start (child process) and HTTP throughput.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readIndexManifest } from '../../../src/search';
import { readTreeRssBytes, runMeasured } from './child';
import { runHttpLoad, type HttpLoadResult } from './http-load';
import { loadArchiveTimed, measureHostileQuery, measureQueries, type HostileQueryCost, type LoadTimings, type QueryLatency } from './in-process';
import { BENCH_QUERIES, toApiQueryString, toPageQueryString } from './queries';
import type { BenchDatabase } from './postgres-backend';
import { measureReportPages, type ReportPageLatency } from './report-pages';
import { startServer } from './server';
import { median } from './stats';
import { readSourceDocuments, writeSyntheticCorpus } from './synthetic-files';
import { measureUncachedSearch, type UncachedSearchResult } from './uncached-search';

export interface ScaleSettings {
  scale: number;
  /** Project root (where scripts/ and corpus/ are). */
  root: string;
  /** Where synthetic corpora and indexes go (gitignored). */
  workDir: string;
  seed: number;
  httpSeconds: number;
  connections: number;
  log: (line: string) => void;
  /** Bench the PostgreSQL backend on this database instead of the index file. */
  database?: BenchDatabase | undefined;
}

export interface ScaleResult {
  scale: number;
  backend: 'embedded' | 'postgres';
  corpus: { dir: string; files: number; bytes: number };
  /** Full rebuilds (no previous index), then one run over the unchanged corpus (everything reused). */
  reindex: {
    runs: number;
    medianMs: number;
    medianPeakRssBytes: number | null;
    unchangedMs: number;
    unchangedPeakRssBytes: number | null;
  };
  indexBytes: number;
  load: LoadTimings;
  queries: QueryLatency;
  /** The 500-character hostile query (queries.ts), in process. */
  hostile: HostileQueryCost;
  server: { runs: number; medianReadyMs: number; rssAtReadyBytes: number | null; rssAfterLoadBytes: number | null };
  /**
   * `apiSearch` and `recherche` go through the server's response cache (the 34 queries in rotation are
   * answered from memory after the warm-up); `apiSearchUncached` (16 connections) and `uncached` come
   * from a second server started with SEARCH_CACHE_ENTRIES=0, so every request is searched.
   */
  http: { healthz: HttpLoadResult; apiSearch: HttpLoadResult; apiSearchUncached: HttpLoadResult; recherche: HttpLoadResult };
  uncached: UncachedSearchResult;
  /** Report pages over HTTP, on the same server as `http` (see report-pages.ts). */
  reportPages: ReportPageLatency;
}

/** Small scales are cheap: repeat them and keep medians; big ones run once. */
const repeatsFor = (scale: number): number => (scale <= 10 ? 3 : 1);
const queryRoundsFor = (scale: number): number => (scale <= 10 ? 20 : scale <= 100 ? 5 : 2);

export async function runScale(settings: ScaleSettings): Promise<ScaleResult> {
  const { scale, root, workDir, log, database } = settings;
  // With a database, every child (reindex, servers) gets DATABASE_URL and the index file is unused.
  const env: Record<string, string> = database ? { DATABASE_URL: database.url } : {};
  const corpus = scale === 1
    ? realCorpus(join(root, 'corpus'))
    : writeSyntheticCorpus(join(root, 'corpus'), join(workDir, `corpus-${scale}x`), { factor: scale, seed: settings.seed });
  const indexFile = join(workDir, `index-${scale}x.json`);

  log(`[${scale}×] réindexation de ${corpus.files} fichiers (${(corpus.bytes / 1e6).toFixed(1)} Mo)…`);
  const reindex = async () => {
    const result = await runMeasured('scripts/reindex.ts', ['--corpus', corpus.dir, '--out', indexFile], { cwd: root, env });
    if (result.exitCode !== 0) {
      throw new Error(`La réindexation ${scale}× a échoué (code ${result.exitCode}, signal ${result.signal}) :\n${result.stderr}`);
    }
    return result;
  };
  const fullRuns = [];
  for (let run = 0; run < repeatsFor(scale); run++) {
    // Without the previous index every file is extracted again: the cost of a first or forced build.
    rmSync(indexFile, { force: true });
    await database?.empty();
    fullRuns.push(await reindex());
  }
  // With it, unchanged files are reused: the everyday `npm run reindex` after adding nothing.
  const unchanged = await reindex();
  const peaks = fullRuns.map((run) => run.peakRssBytes).filter((rss): rss is number => rss !== null);
  let indexBytes: number;
  log(`[${scale}×] latence des requêtes en mémoire…`);
  let timings: LoadTimings;
  let queries: QueryLatency;
  let hostile: HostileQueryCost;
  if (database) {
    indexBytes = await database.sizeBytes();
    const opened = await database.openArchive();
    timings = { readMs: 0, parseMs: 0, createArchiveMs: opened.openMs, heapUsedBytes: process.memoryUsage().heapUsed };
    queries = await measureQueries(opened.archive, BENCH_QUERIES, queryRoundsFor(scale));
    hostile = await measureHostileQuery(opened.archive, queryRoundsFor(scale) * 5);
    await opened.close();
  } else {
    // The index file is a manifest naming the current generation: that file is the index measured.
    const manifest = await readIndexManifest(indexFile);
    const generationFile = manifest.ok ? manifest.generationFile : indexFile;
    indexBytes = statSync(generationFile).size;
    const loaded = await loadArchiveTimed(generationFile);
    timings = loaded.timings;
    queries = await measureQueries(loaded.archive, BENCH_QUERIES, queryRoundsFor(scale));
    hostile = await measureHostileQuery(loaded.archive, queryRoundsFor(scale) * 5);
  }

  log(`[${scale}×] démarrage du serveur…`);
  const readyTimes: number[] = [];
  for (let run = 1; run < repeatsFor(scale); run++) {
    const server = await startServer({ cwd: root, indexFile, corpusDir: corpus.dir, env });
    readyTimes.push(server.readyMs);
    await server.stop();
  }
  const apiPaths = BENCH_QUERIES.map((query) => `/api/search?${toApiQueryString(query.request)}`);
  const pagePaths = BENCH_QUERIES.map((query) => `/recherche?${toPageQueryString(query.request)}`);
  const server = await startServer({ cwd: root, indexFile, corpusDir: corpus.dir, env });
  readyTimes.push(server.readyMs);
  const rssAtReadyBytes = readTreeRssBytes(server.pid);
  let measured: Omit<ScaleResult['http'], 'apiSearchUncached'>;
  let rssAfterLoadBytes: number | null;
  let reportPages: ReportPageLatency;
  try {
    const load = (paths: string[]) =>
      runHttpLoad({ origin: server.origin, paths, connections: settings.connections, durationSeconds: settings.httpSeconds });
    // Each server process analyses a section's words the first time it shows it, and the first endpoint
    // measured used to pay for that (half the throughput of the second at 100×). One discarded round
    // of both search endpoints first puts every process in the steady state; cold cost is measured in process.
    log(`[${scale}×] mise en température du serveur…`);
    await load(apiPaths);
    await load(pagePaths);
    log(`[${scale}×] débit HTTP, cache de réponses actif (${settings.httpSeconds} s par adresse)…`);
    measured = { healthz: await load(['/healthz']), apiSearch: await load(apiPaths), recherche: await load(pagePaths) };
    rssAfterLoadBytes = readTreeRssBytes(server.pid);
    log(`[${scale}×] pages de rapport (${settings.httpSeconds} s par série)…`);
    reportPages = await measureReportPages({ origin: server.origin, connections: settings.connections, durationSeconds: settings.httpSeconds });
  } finally {
    await server.stop();
  }
  log(`[${scale}×] débit HTTP sans cache de réponses (SEARCH_CACHE_ENTRIES=0)…`);
  const uncached = await measureUncachedSearch({
    root, indexFile, corpusDir: corpus.dir, paths: apiPaths, pagePaths, httpSeconds: settings.httpSeconds, log, env,
    ...(database ? { publisher: async () => database.republish } : {}),
  });
  return {
    scale,
    backend: database ? 'postgres' : 'embedded',
    corpus,
    reindex: {
      runs: fullRuns.length,
      medianMs: median(fullRuns.map((run) => run.wallMs)),
      medianPeakRssBytes: peaks.length > 0 ? median(peaks) : null,
      unchangedMs: unchanged.wallMs,
      unchangedPeakRssBytes: unchanged.peakRssBytes,
    },
    indexBytes,
    load: timings,
    queries,
    hostile,
    server: { runs: readyTimes.length, medianReadyMs: median(readyTimes), rssAtReadyBytes, rssAfterLoadBytes },
    http: { ...measured, apiSearchUncached: uncached.byConnections['16'] },
    uncached,
    reportPages,
  };
}

function realCorpus(dir: string): ScaleResult['corpus'] {
  const documents = readSourceDocuments(dir);
  return { dir, files: documents.length, bytes: documents.reduce((sum, doc) => sum + Buffer.byteLength(doc.content), 0) };
}
