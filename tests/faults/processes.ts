// Child processes and scratch folders for the fault tests: the real CLI entry points, run the way
// an operator runs them, against temporary corpora and index files.
import { spawn, type ChildProcess } from 'node:child_process';
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
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
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
