// A hot reload under load (issue « Nothing dropped, nothing down », fault 9): searches keep running
// while a new generation of the same index is published; every request is timed, so a worker that
// stalls while it parses shows as the run's maximum latency.
import { readFile } from 'node:fs/promises';
import { readIndexManifest } from '../../../src/search';
import { parseIndex, serializeIndex } from '../../../src/search/index-file';
import { writeIndexGeneration } from '../../../src/search/index-writer';
import { runHttpLoad, type HttpLoadResult } from './http-load';

export interface HotReloadResult {
  load: HttpLoadResult;
  /** Whether the server answered with the new generation after the run. */
  reloaded: boolean;
}

/** When, in the run, the new generation is published. */
const PUBLISH_AFTER_MS = 1_500;

/** Publishes the same archive again as a new generation; resolves to its build date. */
export type Publish = () => Promise<string>;

/**
 * Prepares (before any load, so the bench process's own parse is not measured) a copy of the index
 * that differs only by its build date, and the function that publishes it.
 */
export async function indexFilePublisher(indexFile: string, corpusDir: string): Promise<Publish> {
  const manifest = await readIndexManifest(indexFile);
  const current = manifest.ok ? manifest.generationFile : indexFile;
  const data = parseIndex(await readFile(current, 'utf8'), current);
  data.builtAt = new Date().toISOString();
  // Serialised now: the load generator runs in this process, and a long stringify would delay its clocks.
  const json = serializeIndex(data);
  return async () => {
    await writeIndexGeneration(indexFile, data, json, { corpusDir });
    return data.builtAt;
  };
}

/** Runs `connections` clients for `seconds` and publishes a new generation during the run. */
export async function measureHotReload(options: {
  origin: string;
  publish: Publish;
  paths: readonly string[];
  connections: number;
  seconds: number;
}): Promise<HotReloadResult> {
  const running = runHttpLoad({ origin: options.origin, paths: options.paths, connections: options.connections, durationSeconds: options.seconds });
  await new Promise((resolve) => setTimeout(resolve, PUBLISH_AFTER_MS));
  const builtAt = await options.publish();
  const load = await running;
  const health = (await (await fetch(`${options.origin}/healthz`)).json()) as { builtAt?: string };
  return { load, reloaded: health.builtAt === builtAt };
}
