// npm start: make sure the index exists and matches the corpus (reindex when not), then serve it —
// on every core through node:cluster, or in this process when WEB_CONCURRENCY=1.
import cluster, { type Worker } from 'node:cluster';
import { IndexFileError } from '../src/search/index-file';
import { readIndexManifest } from '../src/search/index-manifest';
import { describeArchive } from '../src/web/live-archive';
import { readServerConfig, type ServerConfig } from '../src/web/server-config';
import { startServer, type RunningServer } from '../src/web/server';
import { readCommandLine } from './lib/command-line';
import { isIndexStale } from './lib/index-freshness';
import { reindexCorpus } from './lib/reindex-corpus';
import { START_USAGE } from './lib/start-usage';

/** Past this, a shutdown that is still waiting on workers or connections is forced. */
const SHUTDOWN_GRACE_MS = 10_000;

readCommandLine(START_USAGE, {});
const parsed = readServerConfig(process.env);
if (!parsed.ok) fail(parsed.message);
const config = parsed.config;

if (cluster.isPrimary) {
  await runPrimary(config);
} else {
  await runWorker(config);
}

/** What a worker tells the primary once it serves: the counts of the index it actually loaded. */
interface WorkerReady {
  type: 'archive-ready';
  port: number;
  summary: string;
}

async function runPrimary(config: ServerConfig): Promise<void> {
  try {
    await prepareIndex(config);
  } catch (error) {
    fail(startupMessage(error, config));
  }
  if (config.workers === 1) {
    const running = await listen(config, (line) => console.log(line));
    console.log(readyLine(config, running.port, await describeArchive(running.archive.current())));
    onShutdownSignal(() => running.close());
    return;
  }
  forkWorkers(config);
}

/**
 * The primary does this once, before forking, so workers never race to rebuild the index. It reads
 * the index's manifest, not the index: loading it here as well as in every worker tripled start-up.
 * A damaged index is then caught by the workers, which refuse to serve it.
 */
async function prepareIndex(config: ServerConfig): Promise<void> {
  const freshness = await isIndexStale(config.corpusDir, config.indexFile);
  if (freshness.stale) {
    console.log(`Construction de l’index (${freshness.reason})…`);
    const summary = await reindexCorpus({ corpusDir: config.corpusDir, indexFile: config.indexFile });
    // Nothing written and nothing usable already there: say so once, here, rather than once per worker.
    if (!summary.written && !(await readIndexManifest(config.indexFile)).ok) {
      fail(
        `Impossible de démarrer l’archive : aucun index utilisable à ${config.indexFile} et aucun rapport à indexer dans ${config.corpusDir} ; ` +
          'déposez-y un rapport (.md, .txt ou .pdf), puis relancez « npm start » ou « npm run reindex ».',
      );
    }
  }
}

async function runWorker(config: ServerConfig): Promise<void> {
  const prefix = `[processus ${cluster.worker?.id ?? '?'}] `;
  const running = await listen(config, (line) => console.log(prefix + line));
  const ready: WorkerReady = { type: 'archive-ready', port: running.port, summary: await describeArchive(running.archive.current()) };
  process.send?.(ready);
  onShutdownSignal(() => running.close());
  // The primary going away (or disconnecting us) means the same as a signal.
  cluster.worker?.on('disconnect', () => void running.close().finally(() => process.exit(0)));
}

async function listen(config: ServerConfig, log: (line: string) => void): Promise<RunningServer> {
  try {
    return await startServer({
      indexFile: config.indexFile,
      port: config.port,
      host: config.host,
      log,
      searchCacheEntries: config.searchCacheEntries,
      thesaurusFile: config.thesaurusFile,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
    });
  } catch (error) {
    fail(startupMessage(error, config));
  }
}

function forkWorkers(config: ServerConfig): void {
  let ready = 0;
  let shuttingDown = false;
  const everListened = new WeakSet<Worker>();

  cluster.on('message', (worker, message: unknown) => {
    if (!isWorkerReady(message)) return;
    everListened.add(worker);
    ready += 1;
    if (ready === config.workers) console.log(`${readyLine(config, message.port, message.summary)} — ${config.workers} processus`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (shuttingDown) return;
    if (!everListened.has(worker)) {
      // Failing before it could listen means every new worker would fail the same way.
      console.error(`Un processus du serveur n’a pas pu démarrer (code ${code ?? signal}) : arrêt.`);
      shuttingDown = true;
      stopWorkers().finally(() => process.exit(1));
      return;
    }
    console.error(`Un processus du serveur s’est arrêté (code ${code ?? signal}) ; il est relancé.`);
    cluster.fork();
  });
  for (let i = 0; i < config.workers; i++) cluster.fork();

  onShutdownSignal(() => {
    shuttingDown = true;
    return stopWorkers();
  });
}

function stopWorkers(): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
  return Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.process.kill('SIGTERM');
  }))).then(() => undefined);
}

/** Closes on SIGTERM/SIGINT, then exits 0; a second signal or the grace period forces the exit. */
function onShutdownSignal(close: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    if (cluster.isPrimary) console.log(`Arrêt demandé (${signal}) : fin des requêtes en cours…`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

function isWorkerReady(message: unknown): message is WorkerReady {
  const m = message as Partial<WorkerReady> | null;
  return typeof m === 'object' && m !== null && m.type === 'archive-ready' && typeof m.port === 'number' && typeof m.summary === 'string';
}

function readyLine(config: ServerConfig, port: number, summary: string): string {
  const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  return `Archive prête sur http://${host}:${port} (${summary})`;
}

/** Operators get one sentence they can act on, never a stack trace. */
function startupMessage(error: unknown, config: ServerConfig): string {
  if (error instanceof IndexFileError) return `Impossible de démarrer l’archive : ${error.message}`;
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
