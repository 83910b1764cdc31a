// Spawns TypeScript entry points as measured child processes (wall time, peak RSS, exit status).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PRELOAD = resolve(import.meta.dirname, 'report-peak-rss.ts');

export interface ScriptOptions {
  cwd: string;
  env?: Record<string, string>;
}

export interface MeasuredRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** Peak resident set size of the child's Node process; null when it died before reporting. */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
}

/** `node --import tsx <script>`: the same code path as `npm run`, without npm's extra process. */
export function spawnScript(script: string, args: readonly string[], options: ScriptOptions, usageFile?: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  const imports = ['--import', 'tsx'];
  if (usageFile) {
    env.BENCH_USAGE_FILE = usageFile;
    imports.push('--import', PRELOAD);
  }
  return spawn(process.execPath, [...imports, script, ...args], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `npm start`'s prestart: compiles to dist/ when it is missing or stale (outside any timing). */
export function ensureCompiled(cwd: string): void {
  const build = spawnSync(process.execPath, ['scripts/build/build-if-stale.mjs'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`La compilation du serveur a échoué :\n${build.stdout}${build.stderr}`);
}

/**
 * The server as `npm start` runs it: the compiled JavaScript in dist/ (see ensureCompiled), not
 * TypeScript through tsx, whose loader and esbuild service would be measured too.
 */
export function spawnCompiledServer(options: ScriptOptions): ChildProcess {
  return spawn(process.execPath, ['dist/scripts/start.js'], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a script to completion and reports how long it took and how much memory it held at most. */
export async function runMeasured(script: string, args: readonly string[], options: ScriptOptions): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const usageFile = join(dir, 'usage.json');
  const started = performance.now();
  const child = spawnScript(script, args, options, usageFile);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c, s) => done({ code: c, signal: s }));
  });
  const wallMs = performance.now() - started;
  try {
    return { exitCode: code, signal, wallMs, peakRssBytes: readPeakRss(usageFile), stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readPeakRss(usageFile: string): number | null {
  let raw: string;
  try {
    raw = readFileSync(usageFile, 'utf8');
  } catch (error) {
    // No file: the child was killed before its exit hook ran; the caller shows « n/a ».
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const usage = JSON.parse(raw) as { maxRssKb: number };
  return usage.maxRssKb * 1024;
}

/** Current resident set size of a live process, from /proc (Linux); null elsewhere or once it is gone. */
export function readRssBytes(pid: number): number | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null; // no /proc (not Linux) or the process has exited: memory is simply not reported
  }
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/**
 * Resident memory of a process and its Node descendants (cluster workers), from /proc. tsx's esbuild
 * service is left out: it compiles the code and is not part of what serving costs.
 */
export function readTreeRssBytes(pid: number): number | null {
  const own = readRssBytes(pid);
  if (own === null) return null;
  return childPids(pid)
    .filter(isNodeProcess)
    .reduce((sum, child) => sum + (readTreeRssBytes(child) ?? 0), own);
}

function isNodeProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node';
  } catch {
    return false; // exited meanwhile: nothing to count
  }
}

function childPids(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // gone meanwhile, or no /proc: no children to count
  }
  return tasks.flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return []; // the thread ended between the listing and the read
    }
  });
}
