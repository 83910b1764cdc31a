// The cluster's primary: forks the workers, decides which index generation they all serve, rolls
// a new generation through them by replacing them one at a time (a new process loads it while the old
// one serves), replaces a worker that dies (with the generation being served, whatever is on disk),
// and stops them gracefully. It never stops serving because a
// reload or a worker start failed: only a cluster that never served at all gives up.
import cluster, { type Worker } from 'node:cluster';
import type { ArchiveSource } from '../../../src/search';
import { listenForWorkers, type ConnectionHandOff } from './connection-hand-off';
import { LOADING_PRIORITY_MS, lowerWhileLoading, processPriority, type LoadingPriority } from './loading-priority';
import { GENERATION_ENV, isWorkerMessage, type GenerationLoaded, type PrimaryMessage, type WorkerReady } from './messages';
import { createRecentSearchesRelay } from './recent-searches-relay';
import { onShutdown } from './shutdown';

export interface ClusterOptions {
  workers: number;
  port: number;
  host: string | undefined;
  /** Where generations come from: the index file's manifest, or the database's current generation. */
  source: Pick<ArchiveSource, 'currentGeneration' | 'isImmutable' | 'watch'>;
  /** The generation to start with. */
  generation: string;
  readyLine: (ready: WorkerReady, port: number) => string;
  log: (line: string) => void;
  logError: (line: string) => void;
  watchIntervalMs?: number;
  /** How long a worker may take to load a generation before the roll moves on without it. */
  loadTimeoutMs?: number;
}

const MAX_RESTART_DELAY_MS = 30_000;
/** Between two replacements of a roll: the retired worker's clients reconnect before a process starts. */
const ROLL_PAUSE_MS = 1_000;

export async function runClusterPrimary(options: ClusterOptions): Promise<void> {
  const { log, logError } = options;
  const handOff: ConnectionHandOff = await listenForWorkers(options.port, options.host, logError);
  let served = options.generation;
  let everReady = false;
  let opened = false;
  let shuttingDown = false;
  let failedStarts = 0;
  let nextId = 1;
  const ready = new Set<Worker>();
  /** Workers a roll replaced: they stop gracefully and are not restarted. */
  const retiring = new Map<Worker, () => void>();
  /** Workers a roll started on a new generation, until they serve it (or die first: undefined). */
  const joining = new Map<Worker, (ready: WorkerReady | undefined) => void>();
  const pendingLoads = new Map<number, (reply: GenerationLoaded) => void>();
  const restartTimers = new Set<NodeJS.Timeout>();
  const recentSearches = createRecentSearchesRelay();
  const priority = processPriority();
  /** Workers of the start after the first, at a lower priority until they serve. */
  const startingBehind = new Map<Worker, LoadingPriority>();

  const fork = () => cluster.fork({ [GENERATION_ENV]: served });
  const send = (worker: Worker, message: PrimaryMessage) => {
    if (worker.isConnected()) worker.send(message);
  };

  const askToLoad = (worker: Worker, generation: string): Promise<GenerationLoaded> => {
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pendingLoads.delete(id);
        resolve({ type: 'generation-loaded', id, ok: false, detail: 'pas de réponse à temps' });
      }, options.loadTimeoutMs ?? 120_000);
      pendingLoads.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      worker.once('exit', () => pendingLoads.get(id)?.({ type: 'generation-loaded', id, ok: false, detail: 'processus arrêté' }));
      send(worker, { type: 'load-generation', id, generation });
    });
  };

  cluster.on('message', (worker, message: unknown) => {
    if (!isWorkerMessage(message)) return;
    if (message.type === 'connection-taken') return handOff.taken(worker, message.id);
    if (message.type === 'connection-closed') return handOff.closed(worker, message.id);
    if (message.type === 'recent-searches?') return recentSearches.wanted(worker, message, ready);
    if (message.type === 'recent-searches') return recentSearches.answered(message);
    if (message.type === 'listener-closed') {
      handOff.remove(worker);
      return send(worker, { type: 'listener-released' });
    }
    if (message.type === 'generation-loaded') {
      const resolve = pendingLoads.get(message.id);
      pendingLoads.delete(message.id);
      resolve?.(message);
      return;
    }
    // Asked to stop while it was loading (and still alive: see stopWorkers): a worker reads no message
    // before it serves, so the stop is sent again now, or the primary would wait out its grace period.
    if (shuttingDown) return send(worker, { type: 'shutdown' });
    ready.add(worker);
    handOff.add(worker);
    startingBehind.get(worker)?.restore();
    startingBehind.delete(worker);
    const joined = joining.get(worker);
    if (joined !== undefined) {
      joining.delete(worker);
      return joined(message);
    }
    failedStarts = 0;
    // Joining after a start or a restart, not in a roll (where the retiring worker's clients move anyway).
    for (const [busy, extra] of handOff.surplus()) send(busy, { type: 'shed-connections', count: extra });
    if (everReady) log(`Processus relancé : il sert ${message.summary}.`);
    else {
      // The first worker ready opens the archive; the others join the rotation as they serve. The
      // count is of workers serving now: a start worker that served, died and came back counts once.
      if (!opened) {
        opened = true;
        handOff.open();
        if (options.workers > 1) log(`Premier processus prêt : l’archive répond (${ready.size} sur ${options.workers}).`);
      }
      if (ready.size >= options.workers) {
        everReady = true;
        log(`${options.readyLine(message, handOff.port)} — ${options.workers} processus`);
      }
    }
    // Forked while a roll was under way: bring it to the generation its siblings serve.
    if (message.generation !== served) void askToLoad(worker, served);
  });

  cluster.on('exit', (worker, code, signal) => {
    const wasServing = ready.delete(worker);
    handOff.lost(worker);
    startingBehind.get(worker)?.forget();
    startingBehind.delete(worker);
    const retired = retiring.get(worker);
    if (retired !== undefined) {
      retiring.delete(worker);
      return retired();
    }
    const joined = joining.get(worker);
    if (joined !== undefined) {
      joining.delete(worker);
      return joined(undefined);
    }
    if (shuttingDown) return;
    if (!everReady && !opened) {
      // Nothing was ever served: a worker failing before it could listen means every one would.
      logError(`Un processus du serveur n’a pas pu démarrer (code ${code ?? signal}) : arrêt.`);
      shuttingDown = true;
      void stopWorkers().finally(() => process.exit(1));
      return;
    }
    // A worker that served is replaced at once; one that failed to start again and again, ever more slowly.
    const delay = wasServing ? 0 : Math.min(MAX_RESTART_DELAY_MS, 200 * 2 ** failedStarts);
    if (!wasServing) failedStarts += 1;
    logError(`Un processus du serveur s’est arrêté (code ${code ?? signal}) ; il est relancé${delay > 0 ? ` dans ${Math.round(delay / 100) / 10} s` : ''}, les autres continuent de servir.`);
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      if (!shuttingDown) fork();
    }, delay);
    restartTimers.add(timer);
  });

  // Rolls are serialised; a change seen during a roll is looked at again once it ends.
  let rolling: Promise<void> = Promise.resolve();
  const onIndexChange = () => {
    rolling = rolling.then(async () => {
      const next = await options.source.currentGeneration().catch((error: unknown) => ({
        ok: false as const,
        reason: error instanceof Error ? error.message : String(error),
      }));
      if (!next.ok) {
        logError(`Nouvel index refusé, l’ancien reste en service : ${next.reason}`);
        return;
      }
      if (next.generation === served && options.source.isImmutable(next.generation)) return;
      await roll(next.generation);
    });
  };

  /** Stops `worker` gracefully (it finishes what it was sent) and resolves once it has exited. */
  const retire = (worker: Worker): Promise<void> =>
    new Promise((resolve) => {
      ready.delete(worker);
      retiring.set(worker, resolve);
      if (worker.isDead()) {
        retiring.delete(worker);
        return resolve();
      }
      send(worker, { type: 'shutdown' });
    });

  /** A new worker serving `generation`, or undefined when it could not load it in time. */
  const startServing = (generation: string): Promise<Worker | undefined> =>
    new Promise((resolve) => {
      const worker = cluster.fork({ [GENERATION_ENV]: generation });
      // Background work until it serves: the searches of the workers still serving come first.
      const loading = lowerWhileLoading(priority, worker.process.pid, LOADING_PRIORITY_MS, logError);
      const timer = setTimeout(() => {
        if (!joining.delete(worker)) return;
        loading.forget();
        void retire(worker);
        worker.process.kill('SIGKILL');
        resolve(undefined);
      }, options.loadTimeoutMs ?? 120_000);
      joining.set(worker, (message) => {
        clearTimeout(timer);
        if (message === undefined) loading.forget();
        else loading.restore();
        if (message === undefined || message.generation === generation) return resolve(message && worker);
        void retire(worker);
        resolve(undefined);
      });
    });

  /**
   * One worker at a time: a new process loads the new generation while the old one goes on answering,
   * then the old one stops gracefully. A worker loading in place did not answer its own connections for
   * as long as the load took (2.5 s at 100×); this costs one more process for a moment instead.
   */
  const roll = async (generation: string) => {
    let adopted = false;
    for (const [i, old] of [...ready].entries()) {
      if (shuttingDown) return;
      if (!ready.has(old)) continue;
      // The retired worker's clients reconnect first: a process starting meanwhile held their first
      // requests 0.1–0.2 s (100×, 150 req/s).
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, ROLL_PAUSE_MS));
      if (shuttingDown) return;
      const fresh = await startServing(generation);
      if (shuttingDown) return;
      if (fresh === undefined) {
        logError(`Nouvel index refusé par un processus, l’ancien reste en service : le processus qui devait le charger n’a pas pu le servir.`);
        if (!adopted) return;
        continue;
      }
      if (!adopted) {
        served = generation;
        adopted = true;
      }
      await retire(old);
    }
    if (adopted) log(`Nouvel index en service dans tous les processus.`);
  };

  const watcher = options.source.watch(onIndexChange, options.watchIntervalMs);

  const stopWorkers = (): Promise<void> => {
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    return Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      // A worker still loading reads no message (and holds no connection) until it serves, which at
      // 100× under load takes seconds of warm-up: it has no handler for SIGTERM yet, which ends it now.
      if (!ready.has(worker) && !retiring.has(worker)) worker.process.kill('SIGTERM');
      send(worker, { type: 'shutdown' });
    }))).then(() => undefined);
  };

  onShutdown(async () => {
    shuttingDown = true;
    watcher.stop();
    for (const timer of restartTimers) clearTimeout(timer);
    // Refuse new clients first, while every worker still answers the connections already accepted.
    const closed = handOff.close();
    await stopWorkers();
    await closed;
  }, (signal) => log(`Arrêt demandé (${signal}) : fin des requêtes en cours…`));

  // The first worker loads at full priority and opens the archive as soon as it serves; the others load
  // behind it at a lower priority (the first answers come first) and join as they serve. Loaded all at
  // once, they shared 2 cores with each other and the first answer waited for the slowest: 3.5–3.9 s at
  // 100× against 2.5 s for one process alone.
  for (let i = 0; i < options.workers; i++) {
    const worker = fork();
    if (i > 0) startingBehind.set(worker, lowerWhileLoading(priority, worker.process.pid, LOADING_PRIORITY_MS, logError));
  }
}
