// Starts the web server as `npm start` does (compiled) as a child on a free loopback port and times it to ready.
import { createServer } from 'node:net';
import { ensureCompiled, spawnCompiledServer, type ScriptOptions } from './child';

export interface RunningServer {
  pid: number;
  origin: string;
  /** From spawn to the first 200 on /healthz. */
  readyMs: number;
  /** Output so far, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed by a signal). */
  stop(graceMs?: number): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export async function startServer(
  options: ScriptOptions & { indexFile: string; corpusDir: string; readyTimeoutMs?: number },
): Promise<RunningServer> {
  ensureCompiled(options.cwd);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawnCompiledServer({
    cwd: options.cwd,
    // CORPUS_DIR must be the corpus the index was built from, or start.ts would find it stale and rebuild.
    env: { HOST: '127.0.0.1', PORT: String(port), INDEX_FILE: options.indexFile, CORPUS_DIR: options.corpusDir, ...options.env },
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  // Generous: on a shared machine under heavy load, a start that takes 1 s when quiet has taken 30 s.
  const deadline = started + (options.readyTimeoutMs ?? 180_000);
  while (!(await isHealthy(origin))) {
    if (hasExited) throw new Error(`Le serveur s'est arrêté avant d'être prêt :\n${output}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Le serveur n'a pas répondu 200 sur /healthz à temps :\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  const pid = child.pid;
  if (pid === undefined) throw new Error('server child has no pid');

  return {
    pid,
    origin,
    readyMs,
    output: () => output,
    async stop(graceMs = 5_000) {
      if (hasExited) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

async function isHealthy(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch (error) {
    // Connection refused while the server boots is the expected case; anything else is a real fault.
    if (error instanceof TypeError || (error as Error).name === 'TimeoutError') return false;
    throw error;
  }
}
