// The start script (one process per core) on PostgreSQL: an empty database gets the corpus once,
// a reindex rolls the new generation through the workers without a failed request, a killed worker is
// replaced by one serving the same generation, and SIGTERM stops the whole cluster gracefully.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/bench/server';
import { useFreshDatabase } from '../helpers/postgres';
import { steadyLoad, type SteadyLoad } from './load';
import { killOneWorker, makeScratch, makeSyntheticCorpus, runScript, waitForOutput, waitUntilServing, workerPids, type Child, type Scratch } from './processes';

const CLIENTS = 4;
const db = useFreshDatabase();
let scratch: Scratch;
let server: Child;
let port: number;
let load: SteadyLoad;

beforeAll(async () => {
  scratch = await makeScratch('fault-pg-cluster-');
  port = await freePort();
  server = runScript('scripts/start.ts', [], {
    PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: db().url, CORPUS_DIR: scratch.corpusDir,
    INDEX_FILE: scratch.indexFile, WEB_CONCURRENCY: '2', ACCESS_LOG: '0', SEARCH_CACHE_ENTRIES: '0',
  });
  await waitUntilServing(server, port, 180_000);
  load = steadyLoad(port, CLIENTS);
}, 240_000);

afterAll(async () => {
  const atMost = <T>(promise: Promise<T> | undefined, ms: number) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);
  await atMost(load?.stop(), 30_000);
  if (server?.process.exitCode === null) server.process.kill('SIGKILL');
  await scratch?.remove();
}, 120_000);

const health = async () => (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { reports: number; builtAt: string };

describe('the server on PostgreSQL, two workers', () => {
  it('built the archive in the empty database, and serves it from both workers', async () => {
    expect(server.output().stdout).toContain('Construction de l’archive dans PostgreSQL');
    expect(server.output().stdout).toMatch(/Archive prête sur http:\/\/127\.0\.0\.1:\d+ \(2 rapports, \d+ sections\) — 2 processus/);
    expect(workerPids(server.process.pid!)).toHaveLength(2);
  });

  it('rolls a new generation through the workers without a failed request, with no restart', async () => {
    const from = load.outcomes.length;
    const corpus = makeSyntheticCorpus(`${scratch.dir}/other`, 2);
    const finished = await runScript('scripts/reindex.ts', ['--corpus', corpus], { DATABASE_URL: db().url }).finished;
    expect(finished.code, finished.stderr).toBe(0);
    expect(finished.stdout).toMatch(/génération \d+ en service dans PostgreSQL/);
    await waitForOutput(server, /Nouvel index en service dans tous les processus/);
    const reports = new Set<number>();
    for (let i = 0; i < 10; i++) reports.add((await health()).reports);
    expect([...reports]).toEqual([4]);
    expect(load.outcomes.slice(from).filter((outcome) => outcome.status !== 200)).toEqual([]);
  }, 180_000);

  it('replaces a killed worker with one serving the same generation', async () => {
    const { builtAt } = await health();
    await killOneWorker(server);
    for (let i = 0; i < 10; i++) expect((await health()).builtAt).toBe(builtAt);
  }, 120_000);

  it('stops gracefully on SIGTERM', async () => {
    await load.stop();
    server.process.kill('SIGTERM');
    const finished = await server.finished;
    expect(finished.code, finished.stderr).toBe(0);
    expect(finished.stdout).toContain('Arrêt demandé (SIGTERM)');
  }, 60_000);
});
