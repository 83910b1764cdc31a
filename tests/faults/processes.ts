// Child processes and scratch folders for the fault tests: the real CLI entry points, run the way
// an operator runs them, against temporary corpora and index files.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/lib/bench/synthetic-files';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { startServer, type RunningServer } from '../../src/web/server';
import { makeScratch, type Scratch } from '../helpers/scratch';

export const ROOT = resolve(import.meta.dirname, '../..');
export const REAL_CORPUS = join(ROOT, 'corpus');

export { makeScratch, type Scratch } from '../helpers/scratch';

/** A synthetic corpus `factor` times the real one, in `dir` (see scripts/make-synthetic-corpus.ts). */
export function makeSyntheticCorpus(dir: string, factor: number): string {
  return writeSyntheticCorpus(REAL_CORPUS, dir, { factor, seed: 7 }).dir;
}

export interface ServedScratch {
  scratch: Scratch;
  server: RunningServer;
  /** A synthetic corpus to reindex the served file from. */
  otherCorpus: string;
}

/**
 * For a whole test file: the real corpus indexed into a scratch file, served by the real server
 * (which polls the file every `watchIntervalMs`), and a synthetic corpus `factor`× the real one.
 */
export function useServedScratch(prefix: string, options: { factor: number; watchIntervalMs: number }, use: (served: ServedScratch) => void): void {
  let served: ServedScratch | undefined;
  beforeAll(async () => {
    const scratch = await makeScratch(prefix);
    await reindexCorpus({ corpusDir: scratch.corpusDir, indexFile: scratch.indexFile, log: () => {} });
    const otherCorpus = makeSyntheticCorpus(join(scratch.dir, 'other'), options.factor);
    const server = await startServer({ indexFile: scratch.indexFile, corpusDir: scratch.corpusDir, port: 0, host: '127.0.0.1', watchIntervalMs: options.watchIntervalMs, log: () => {} });
    served = { scratch, server, otherCorpus };
    use(served);
  });
  afterAll(async () => {
    await served?.server.close();
    await served?.scratch.remove();
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Child {
  process: ChildProcess;
  output(): { stdout: string; stderr: string };
  finished: Promise<Finished>;
}

/** `node --import tsx <script>` from the project root, output captured. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): Child {
  return runCommand([process.execPath, '--import', 'tsx', script, ...args], env);
}

/** `npm start` as an operator or a supervisor runs it: compiled JavaScript, built first if needed. */
export function npmStart(env: Record<string, string>): Child {
  return runCommand(['npm', 'start', '--silent'], env);
}

function runCommand([program, ...args]: readonly string[], env: Record<string, string>): Child {
  const child = spawn(program!, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const finished = new Promise<Finished>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
  return { process: child, output: () => ({ stdout, stderr }), finished };
}

export function reindex(corpusDir: string, indexFile: string): Child {
  return runScript('scripts/reindex.ts', ['--corpus', corpusDir, '--out', indexFile]);
}

/** Waits until `/healthz` answers 200 on this port (the child printed its ready line by then). */
export async function waitUntilServing(child: Child, port: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`Exited before serving:\n${child.output().stdout}${child.output().stderr}`);
    const status = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
    if (status === 200 && /Archive prête/.test(child.output().stdout)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Never served:\n${child.output().stdout}${child.output().stderr}`);
}

/** Waits until the child's output matches. */
export async function waitForOutput(child: Child, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(child.output().stdout + child.output().stderr)) {
    if (Date.now() > deadline || child.process.exitCode !== null) {
      throw new Error(`Never printed ${pattern}:\n${child.output().stdout}${child.output().stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Process ids of the cluster's workers: the children of `pid` that run the start script (not tsx's esbuild). */
export function workerPids(pid: number): number[] {
  return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /scripts\/start\.[jt]s/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** The nice value of each thread of `pid` (Linux keeps one per thread); [] once it has exited. */
export function threadNices(pid: number): number[] {
  try {
    // Field 19 of /proc/…/stat; the command name before it may hold spaces, hence the split on ") ".
    return readdirSync(`/proc/${pid}/task`).map((tid) => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') return [];
    throw error;
  }
}

/** Kills one of the cluster's workers (SIGKILL) and waits for the primary to say its replacement serves. */
export async function killOneWorker(server: Child, timeoutMs = 90_000): Promise<void> {
  const workers = workerPids(server.process.pid!);
  if (workers.length === 0) throw new Error(`No worker to kill:\n${server.output().stdout}${server.output().stderr}`);
  const restarts = () => (server.output().stdout.match(/Processus relancé/g) ?? []).length;
  const before = restarts();
  process.kill(workers[0]!, 'SIGKILL');
  const deadline = Date.now() + timeoutMs;
  while (restarts() === before) {
    if (Date.now() > deadline) throw new Error(`No replacement worker serving:\n${server.output().stdout}${server.output().stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
