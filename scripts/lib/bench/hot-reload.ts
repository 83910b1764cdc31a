// A hot reload under load (issue « Nothing dropped, nothing down », fault 9): searches keep running
// while a new generation of the same index is published; every request is timed, so a worker that
// stalls while it parses shows as the run's maximum latency.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { HttpLoadResult } from './http-load';

export interface HotReloadResult {
  load: HttpLoadResult;
  /** Whether the server answered with the new generation after the run. */
  reloaded: boolean;
}

/** When, in the run, the new generation is published. */
const PUBLISH_AFTER_MS = 1_500;

/** Publishes the same archive again as a new generation; resolves to its build date. */
export type Publish = () => Promise<string>;

const REPUBLISH_CHILD = resolve(import.meta.dirname, 'republish-child.ts');

/**
 * Prepares, in a child process and before any load, a copy of the index that differs only by its
 * build date, and returns the function that has the child publish it (see republish-child.ts).
 */
export async function indexFilePublisher(indexFile: string, corpusDir: string): Promise<Publish> {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', REPUBLISH_CHILD, indexFile, corpusDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  // A child that cannot start ends its output: `next` below then fails with the index named.
  child.once('error', () => child.stdout.destroy());
  const lines = (async function* () {
    let buffered = '';
    for await (const chunk of child.stdout.setEncoding('utf8')) {
      buffered += chunk as string;
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        yield buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
      }
    }
  })();
  const next = async (expected: string): Promise<string> => {
    const { value } = await lines.next();
    if (typeof value !== 'string' || !value.startsWith(expected)) throw new Error(`La republication de l’index a échoué (${indexFile}).`);
    return value.slice(expected.length).trim();
  };
  await next('prepared');
  return async () => {
    child.stdin.end('publish\n');
    return next('published');
  };
}

/** Runs `load` for `seconds` and publishes a new generation during the run. */
export async function measureHotReload(options: {
  origin: string;
  publish: Publish;
  load: (seconds: number) => Promise<HttpLoadResult>;
  seconds: number;
}): Promise<HotReloadResult> {
  const running = options.load(options.seconds);
  await new Promise((resolve) => setTimeout(resolve, PUBLISH_AFTER_MS));
  const builtAt = await options.publish();
  const load = await running;
  const health = (await (await fetch(`${options.origin}/healthz`)).json()) as { builtAt?: string };
  return { load, reloaded: health.builtAt === builtAt };
}
