// A worker killed (-9) while the index file on disk is corrupt, then deleted: its replacement loads
// the generation being served, not the file, and the site never stops answering. Then a real new
// index rolls through the workers one at a time without a failed request, each replaced by a new process.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/bench/server';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { steadyLoad, until, type SteadyLoad } from './load';
import { canRestorePriority, loadingNice } from '../../scripts/lib/serve/loading-priority';
import { killOneWorker, threadNices, workerPids, makeScratch, makeSyntheticCorpus, reindex, runScript, waitForOutput, waitUntilServing, type Child, type Scratch } from './processes';

const CLIENTS = 4;

let scratch: Scratch;
let server: Child;
let port: number;
let load: SteadyLoad;

beforeAll(async () => {
  scratch = await makeScratch('fault-crash-');
  await reindexCorpus({ corpusDir: scratch.corpusDir, indexFile: scratch.indexFile, log: () => {} });
  port = await freePort();
  server = runScript('scripts/start.ts', [], { PORT: String(port), HOST: '127.0.0.1', INDEX_FILE: scratch.indexFile, WEB_CONCURRENCY: '2', ACCESS_LOG: '0' });
  await waitUntilServing(server, port);
  load = steadyLoad(port, CLIENTS);
}, 120_000);

// Clean-up only: the tests above have asserted what matters. A request left unanswered after the
// rolling reload (seen once on a loaded machine) must not hold the clean-up, so each wait is bounded.
afterAll(async () => {
  const atMost = <T>(promise: Promise<T> | undefined, ms: number) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);
  await atMost(load?.stop(), 30_000);
  server?.process.kill('SIGTERM');
  await atMost(server?.finished, 30_000);
  if (server?.process.exitCode === null) server.process.kill('SIGKILL');
  await scratch?.remove();
}, 120_000);

async function health(): Promise<{ reports: number; builtAt: string }> {
  return (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { reports: number; builtAt: string };
}

/** Kills one worker with SIGKILL and waits for its replacement to serve, and for answers after that. */
async function killWorkerUnderLoad(): Promise<void> {
  expect(workerPids(server.process.pid!)).toHaveLength(2);
  await killOneWorker(server);
  const answered = load.answered();
  await until(() => load.answered() >= answered + 60, 'answers after the restart', 60_000).catch((error: Error) => {
    const statuses = load.outcomes.slice(-20).map((outcome) => outcome.status).join(' ');
    throw new Error(`${error.message}; last outcomes: ${statuses}\n${server.output().stdout}${server.output().stderr}`);
  });
}

/** Failures since `from`: at most the requests the killed worker had in flight. */
function failuresSince(from: number): number {
  return load.outcomes.slice(from).filter((outcome) => outcome.status !== 200).length;
}

describe('a worker killed while the index file is damaged', () => {
  it('is replaced by a worker serving the same index when the file holds random bytes', async () => {
    const { builtAt } = await health();
    await writeFile(scratch.indexFile, randomBytes(300 * 1024));
    await waitForOutput(server, /Nouvel index refusé, l’ancien reste en service/);
    const from = load.outcomes.length;

    await killWorkerUnderLoad();

    expect(failuresSince(from)).toBeLessThanOrEqual(CLIENTS);
    expect(server.process.exitCode).toBeNull();
    expect(server.output().stderr).toMatch(/Un processus du serveur s’est arrêté \(code SIGKILL\) ; il est relancé,/);
    expect(server.output().stdout).toMatch(/Processus relancé : il sert 2 rapports, \d+ sections/);
    for (let i = 0; i < 10; i++) expect((await health()).builtAt).toBe(builtAt);
  }, 180_000);

  it('is replaced by a worker serving the same index when the file was deleted', async () => {
    const { builtAt } = await health();
    await rm(scratch.indexFile);
    const from = load.outcomes.length;

    await killWorkerUnderLoad();

    expect(failuresSince(from)).toBeLessThanOrEqual(CLIENTS);
    expect(server.process.exitCode).toBeNull();
    for (let i = 0; i < 10; i++) expect((await health()).builtAt).toBe(builtAt);
  }, 180_000);

  it('then rolls a new index through both workers without a failed request, each replaced by a new process', async () => {
    const other = makeSyntheticCorpus(`${scratch.dir}/other`, 2);
    const before = workerPids(server.process.pid!);
    const from = load.outcomes.length;
    // The nice values of the new processes' threads while they load (sampled every 10 ms).
    const seen = new Map<number, Set<number>>();
    const sampler = setInterval(() => {
      for (const pid of workerPids(server.process.pid!)) {
        if (before.includes(pid)) continue;
        for (const nice of threadNices(pid)) seen.set(pid, (seen.get(pid) ?? new Set<number>()).add(nice));
      }
    }, 10);
    try {
      const finished = await reindex(other, scratch.indexFile).finished;
      expect(finished.code, finished.stderr).toBe(0);
      await waitForOutput(server, /Nouvel index en service dans tous les processus/);
    } finally {
      clearInterval(sampler);
    }

    const reports = new Set<number>();
    for (let i = 0; i < 10; i++) reports.add((await health()).reports);
    expect([...reports]).toEqual([4]);
    expect(load.outcomes.slice(from).filter((outcome) => outcome.status !== 200)).toEqual([]);
    // New processes loaded it while the old ones answered (a process loading in place answers nothing).
    const after = workerPids(server.process.pid!);
    expect(after).toHaveLength(2);
    expect(after.filter((pid) => before.includes(pid))).toEqual([]);
    // Each loaded at a lower priority when the primary could give it back (CAP_SYS_NICE outside a user
    // namespace, or RLIMIT_NICE; the primary runs as this test's user), and every thread of both serves
    // at the primary's priority again.
    const base = getPriority(server.process.pid!);
    const proc = (name: string) => readFileSync(`/proc/self/${name}`, 'utf8');
    const restorable = canRestorePriority({ status: proc('status'), limits: proc('limits'), uidMap: proc('uid_map'), nice: base });
    const byNumber = (a: number, b: number) => a - b;
    expect([...seen.keys()].sort(byNumber)).toEqual([...after].sort(byNumber));
    for (const pid of after) {
      expect([...seen.get(pid)!].sort(byNumber), `nice values of ${pid} while it loaded`).toEqual(restorable ? [base, loadingNice(base)] : [base]);
      expect(new Set(threadNices(pid)), `nice values of ${pid} serving`).toEqual(new Set([base]));
    }
  }, 180_000);
});
