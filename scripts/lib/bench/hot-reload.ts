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

/**
 * Prepares (before any load, so the bench process's own parse is not measured) a copy of the index
 * that differs only by its build date, then runs `connections` clients for `seconds` and publishes
 * it during the run.
 */
export async function measureHotReload(options: {
  origin: string;
  indexFile: string;
  corpusDir: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
}): Promise<HotReloadResult> {
  const manifest = await readIndexManifest(options.indexFile);
  const current = manifest.ok ? manifest.generationFile : options.indexFile;
  const data = parseIndex(await readFile(current, 'utf8'), current);
  data.builtAt = new Date().toISOString();
  // Serialised now: the load generator runs in this process, and a long stringify would delay its clocks.
  const json = serializeIndex(data);
  const running = runHttpLoad({ origin: options.origin, paths: options.paths, connections: options.connections, durationSeconds: options.seconds });
  await new Promise((resolve) => setTimeout(resolve, PUBLISH_AFTER_MS));
  await writeIndexGeneration(options.indexFile, data, json, { corpusDir: options.corpusDir });
  const load = await running;
  const health = (await (await fetch(`${options.origin}/healthz`)).json()) as { builtAt?: string };
  return { load, reloaded: health.builtAt === data.builtAt };
}
