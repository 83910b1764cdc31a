// npm start: make sure the index exists and matches its corpus (reindex when not), then serve it —
// on every core through node:cluster, or in this process when WEB_CONCURRENCY=1.
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { ArchiveUnavailableError, IndexFileError } from '../src/search';
import { openArchiveSource } from '../src/web/archive-source';
import { batchLines, readAccessLogConfig } from '../src/web/access-log';
import { describeArchive } from '../src/web/live-archive';
import { readServerConfig, type ServerConfig } from '../src/web/server-config';
import type { RunningServer } from '../src/web/server';
import { readCommandLine } from './lib/command-line';
import { runClusterPrimary } from './lib/serve/cluster-primary';
import { GENERATION_ENV, isPrimaryMessage, type GenerationLoaded, type WorkerReady } from './lib/serve/messages';
import { answerRecentSearches, askPrimaryForRecentSearches, askPrimaryToRelease, takeConnection } from './lib/serve/worker-channel';
import { onShutdown } from './lib/serve/shutdown';
import { START_USAGE } from './lib/start-usage';

readCommandLine(START_USAGE, {});
const parsed = readServerConfig(process.env);
if (!parsed.ok) fail(parsed.message);
const config = parsed.config;

if (cluster.isPrimary) {
  await runPrimary(config);
} else {
  await runWorker(config);
}

async function runPrimary(config: ServerConfig): Promise<void> {
  await openIndexSource(config);
  if (config.workers === 1) {
    const running = await listen(config, { log: (line) => console.log(line), watch: true });
    console.log(readyLine(config, running.port, await describeArchive(running.archive.current())));
    onShutdown(() => running.close(), (signal) => console.log(`Arrêt demandé (${signal}) : fin des requêtes en cours…`));
    return;
  }
  // The primary only reads which generation is current (a manifest, one row), never the archive itself.
  const source = await openArchiveSource({ indexFile: config.indexFile, database: config.database });
  const current = await source.currentGeneration().catch((error: unknown) => fail(startupMessage(error, config)));
  try {
    await runClusterPrimary({
      workers: config.workers,
      port: config.port,
      host: config.host,
      source,
      generation: current.ok ? current.generation : config.indexFile,
      readyLine: (ready, port) => readyLine(config, port, ready.summary),
      log: (line) => console.log(line),
      logError: (line) => console.error(line),
    });
  } catch (error) {
    fail(startupMessage(error, config));
  }
}

/**
 * The primary does this once, before forking, so workers never race to rebuild the index. It reads
 * the index's manifest, not the index: loading it here as well as in every worker tripled start-up.
 * A damaged index is then caught by the workers, which refuse to serve it. (A database is prepared
 * here too: see prepare-database.ts.)
 */
async function openIndexSource(config: ServerConfig): Promise<void> {
  if (config.database) {
    // Loaded only then: the embedded archive never loads the PostgreSQL client.
    const { prepareDatabase } = await import('./lib/prepare-database');
    await prepareDatabase(config, config.database, (line) => console.log(line)).catch((error: unknown) => fail(startupMessage(error, config)));
    return;
  }
  try {
    // Loaded here, by the primary only: it brings the whole ingestion (and the PostgreSQL client of a
    // reindex into a database), which a worker never needs.
    const { prepareIndex } = await import('./lib/prepare-index');
    const { usable } = await prepareIndex(config, (line) => console.log(line));
    // Nothing written and nothing usable already there: say so once, here, rather than once per worker.
    if (!usable) {
      fail(
        `Impossible de démarrer l’archive : aucun index utilisable à ${config.indexFile} et aucun rapport à indexer dans ${config.corpusDir} ; ` +
          'déposez-y un rapport (.md, .txt ou .pdf), puis relancez « npm start » ou « npm run reindex ».',
      );
    }
  } catch (error) {
    fail(startupMessage(error, config));
  }
}

async function runWorker(config: ServerConfig): Promise<void> {
  const prefix = `[processus ${cluster.worker?.id ?? '?'}] `;
  const log = (line: string) => console.log(prefix + line);
  // The primary listens and hands this worker its share of the connections (see connection-hand-off.ts).
  const running = await listen(config, {
    log,
    watch: false,
    generation: process.env[GENERATION_ENV],
    listenerReleased: askPrimaryToRelease,
    handed: true,
    recentSearches: askPrimaryForRecentSearches,
  });
  const ready: WorkerReady = {
    type: 'archive-ready',
    summary: await describeArchive(running.archive.current()),
    generation: running.archive.generation(),
  };
  process.send?.(ready);
  const { trigger } = onShutdown(() => running.close());
  process.on('message', (message: unknown, handle: unknown) => {
    if (!isPrimaryMessage(message) || message.type === 'listener-released' || message.type === 'recent-searches') return;
    if (message.type === 'recent-searches?') return answerRecentSearches(message.id, running.recentSearches());
    if (message.type === 'connection') return handle instanceof Socket ? takeConnection(message.id, handle, running.accept) : undefined;
    if (message.type === 'shutdown') return trigger('shutdown');
    if (message.type === 'shed-connections') return running.shed(message.count);
    void running.load(message.generation).then(async (result) => {
      const reply: GenerationLoaded = {
        type: 'generation-loaded',
        id: message.id,
        ok: result.ok,
        detail: result.ok ? await describeArchive(result.archive) : result.error.message,
      };
      process.send?.(reply);
    });
  });
  // The primary going away means the same as a signal.
  cluster.worker?.on('disconnect', () => trigger('disconnect'));
}

interface ListenOptions {
  log: (line: string) => void;
  watch: boolean;
  generation?: string | undefined;
  listenerReleased?: () => Promise<void>;
  /** Serve the connections the cluster's primary hands over instead of listening. */
  handed?: boolean;
  /** The searches to warm first (a worker asks its primary for its siblings'). */
  recentSearches?: () => Promise<string[]>;
}

async function listen(config: ServerConfig, options: ListenOptions): Promise<RunningServer> {
  const root = projectRoot();
  const accessLog = readAccessLogConfig(process.env);
  // console.log, one call per turn: the global console ignores write errors (a reader of the log gone,
  // a full disk), where process.stdout.write would crash the process with them. What the last turn
  // left is written on exit.
  const accessLines = batchLines((lines) => console.log(lines));
  process.on('exit', () => accessLines.flush());
  try {
    // Loaded by the processes that serve only: a cluster's primary starts its workers sooner without
    // the web framework, templates and compression to load first.
    const { startServer } = await import('../src/web/server');
    return await startServer({
      indexFile: config.indexFile,
      database: config.database,
      corpusDir: config.corpusDir,
      thesaurusFile: config.thesaurusFile,
      ...(options.generation ? { generation: options.generation } : {}),
      port: config.port,
      host: config.host,
      log: options.log,
      watch: options.watch,
      searchCacheEntries: config.searchCacheEntries,
      ...(options.listenerReleased ? { listenerReleased: options.listenerReleased } : {}),
      handedConnections: options.handed === true,
      ...(options.recentSearches ? { recentSearches: options.recentSearches } : {}),
      ...(accessLog.enabled ? { accessLog: { write: accessLines.line, withQuery: accessLog.withQuery } } : {}),
      viewsDir: join(root, 'views'),
      publicDir: join(root, 'public'),
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
    });
  } catch (error) {
    fail(startupMessage(error, config));
  }
}

/** The folder with package.json and views/: the same from scripts/ (tsx) and from dist/scripts/ (compiled). */
function projectRoot(): string {
  let dir = import.meta.dirname;
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'views')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json introuvable au-dessus de ${import.meta.dirname}`);
    dir = parent;
  }
  return dir;
}

function readyLine(config: ServerConfig, port: number, summary: string): string {
  const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  return `Archive prête sur http://${host}:${port} (${summary})`;
}

/** Operators get one sentence they can act on, never a stack trace. */
function startupMessage(error: unknown, config: ServerConfig): string {
  if (error instanceof IndexFileError || error instanceof ArchiveUnavailableError) return `Impossible de démarrer l’archive : ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return `Le port ${config.port} est déjà utilisé : arrêtez l’autre serveur ou choisissez un autre port (ex. PORT=3001 npm start).`;
  }
  if (code === 'EACCES') return `Le port ${config.port} est réservé : choisissez un port au-dessus de 1024 (ex. PORT=3000).`;
  const message = error instanceof Error ? error.message : String(error);
  return `Impossible de démarrer l’archive : ${message}`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
