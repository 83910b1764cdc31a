// `npm start` as an operator runs it: a child process with its own corpus and index file.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE_CORPUS = join(ROOT, 'tests/fixtures/web/corpus');

interface Child {
  process: ChildProcess;
  output: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function tempWorkspace(): Promise<{ corpusDir: string; indexFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'archive-start-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const corpusDir = join(dir, 'corpus');
  await cp(FIXTURE_CORPUS, corpusDir, { recursive: true });
  return { corpusDir, indexFile: join(dir, 'data', 'index.json') };
}

const START_SCRIPT = [process.execPath, '--import', 'tsx', 'scripts/start.ts'];

function start(env: Record<string, string>, command: string[] = START_SCRIPT): Child {
  const [program, ...args] = command;
  const child = spawn(program!, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WEB_CONCURRENCY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  cleanups.push(async () => {
    // SIGTERM first: killing `npm` with SIGKILL would orphan the server it runs.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(forced);
  });
  return { process: child, output: () => stdout + stderr, stderr: () => stderr, exited };
}

async function waitForReady(child: Child): Promise<string> {
  for (let attempt = 0; attempt < 2400; attempt++) {
    const match = /Archive prête sur (http:\/\/\S+) \((.+)\)/.exec(child.output());
    if (match?.[1]) return match[1];
    if (child.process.exitCode !== null) throw new Error(`Exited before ready:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Never ready:\n${child.output()}`);
}

describe('scripts/start.ts', { timeout: 120_000 }, () => {
  it('builds a missing index, serves it, and exits cleanly on SIGTERM', async () => {
    const { corpusDir, indexFile } = await tempWorkspace();
    const child = start({ CORPUS_DIR: corpusDir, INDEX_FILE: indexFile });
    const url = await waitForReady(child);

    expect(child.output()).toMatch(/Archive prête sur http:\/\/127\.0\.0\.1:\d+ \(1 rapport, 2 sections\)/);
    expect((await stat(indexFile)).size).toBeGreaterThan(0);
    const body = await (await fetch(`${url}/api/search?q=quinoa`)).json();
    expect(body.total).toBe(2);

    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(child.stderr()).toBe('');
  });

  it('serves from several worker processes with WEB_CONCURRENCY and stops them all on SIGTERM', async () => {
    const { corpusDir, indexFile } = await tempWorkspace();
    const child = start({ CORPUS_DIR: corpusDir, INDEX_FILE: indexFile, WEB_CONCURRENCY: '2' });
    const url = await waitForReady(child);
    expect(child.output()).toMatch(/\(1 rapport, 2 sections\) — 2 processus/);
    expect((await (await fetch(`${url}/healthz`)).json()).status).toBe('ok');

    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('stops every process when a service manager sends SIGTERM to `npm start` itself', async () => {
    const { corpusDir, indexFile } = await tempWorkspace();
    const child = start({ CORPUS_DIR: corpusDir, INDEX_FILE: indexFile, WEB_CONCURRENCY: '2' }, ['npm', 'start', '--silent']);
    const url = await waitForReady(child);

    child.process.kill('SIGTERM');
    await child.exited;
    // npm does not wait for its script: give the server the time its graceful shutdown takes.
    let stopped = false;
    for (let attempt = 0; attempt < 100 && !stopped; attempt++) {
      stopped = await fetch(`${url}/healthz`).then(() => false, () => true);
      if (!stopped) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stopped).toBe(true);
  });

  it('serves an operator’s index built from another corpus as it is: reindex --corpus X --out Y, then INDEX_FILE=Y npm start', async () => {
    const { corpusDir, indexFile } = await tempWorkspace();
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/reindex.ts', '--corpus', corpusDir, '--out', indexFile], { cwd: ROOT });
    const manifest = await readFile(indexFile);

    const child = start({ INDEX_FILE: indexFile }, ['npm', 'start', '--silent']);
    const url = await waitForReady(child);
    const reports = (await (await fetch(`${url}/api/reports`)).json()) as { reports: { id: string }[] };
    expect(reports.reports.map((report) => report.id)).toEqual(['rapport-annuel-2031']);
    expect((await (await fetch(`${url}/api/search?q=quinoa`)).json()).total).toBe(2);
    // Compiled to dist/, the server still finds the project's views and static files.
    expect(await (await fetch(`${url}/recherche?q=quinoa`)).text()).toContain('<html lang="fr">');
    expect((await fetch(`${url}/static/style.css`)).status).toBe(200);
    expect(child.output()).not.toMatch(/Construction de l’index/);
    expect(await readFile(indexFile)).toEqual(manifest);
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);

    // CORPUS_DIR naming another corpus: one line says so, and the operator's index is still served untouched.
    const other = start({ INDEX_FILE: indexFile, CORPUS_DIR: join(ROOT, 'corpus') }, ['npm', 'start', '--silent']);
    const otherUrl = await waitForReady(other);
    expect(other.output()).toMatch(/L’index .* a été construit depuis .*corpus, pas depuis CORPUS_DIR=.* : il est servi tel quel, sans reconstruction/);
    expect((await (await fetch(`${otherUrl}/api/search?q=quinoa`)).json()).total).toBe(2);
    expect(await readFile(indexFile)).toEqual(manifest);
    other.process.kill('SIGTERM');
    expect(await other.exited).toBe(0);
  }, 180_000);

  it('rebuilds a corrupt index when the corpus can replace it', async () => {
    const { corpusDir, indexFile } = await tempWorkspace();
    await mkdir(dirname(indexFile), { recursive: true });
    await writeFile(indexFile, '{"version": 1, "reports": [tronqué');
    const child = start({ CORPUS_DIR: corpusDir, INDEX_FILE: indexFile });
    const url = await waitForReady(child);
    expect((await (await fetch(`${url}/api/search?q=quinoa`)).json()).total).toBe(2);
  });

  it('refuses to start on a corrupt index it cannot rebuild, with a French message and no stack trace', async () => {
    const { corpusDir, indexFile } = await tempWorkspace();
    await rm(corpusDir, { recursive: true });
    await mkdir(corpusDir);
    await mkdir(dirname(indexFile), { recursive: true });
    await writeFile(indexFile, '{"version": 1, "reports": [tronqué');

    const child = start({ CORPUS_DIR: corpusDir, INDEX_FILE: indexFile });
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toMatch(/^Impossible de démarrer l’archive : .*index/m);
    // Said once by the primary, not once more by every worker.
    expect(child.stderr().match(/Impossible de démarrer/g)).toHaveLength(1);
    expect(child.stderr()).toMatch(/déposez-y un rapport/);
    expect(child.stderr()).not.toMatch(/\n\s+at /);
    expect(child.stderr()).not.toMatch(/Error:/);
  });

  it('rejects a bad PORT with a French message', async () => {
    const child = start({ PORT: 'quatre-vingt' });
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain('PORT doit être un numéro de port');
  });
});
