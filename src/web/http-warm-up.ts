// Before a server process takes its first connection, it answers its own requests over loopback:
// searches, pages and JSON of every kind a reader asks for. The archive's own warm-up (search/warm-up.ts)
// compiles the engine, but the first real requests still paid 50–400 ms each for the rest of the path
// (routing, templates, compression, serialisation, snippets) being compiled on first use; that was the
// tail of the first seconds after a start or a hot reload. What it costs is bounded by CPU time.
import { Agent, createServer, request, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Archive } from '../search';
import { reportUrl } from './search-url';

export interface HttpWarmUpBudget {
  /** This process's CPU time, as in search/warm-up.ts: a wall-clock budget buys little on a busy machine. */
  cpuMs: number;
  /** Stop earlier once every path has been requested this many times. */
  rounds: number;
}

export const DEFAULT_HTTP_WARM_UP: HttpWarmUpBudget = { cpuMs: 600, rounds: 12 };

/**
 * For the searches a replaced process answered last: each once, and a larger budget, since they are
 * exactly what the next requests will ask (64 of them cost about 1 s of CPU on a cold 100× archive).
 */
export const REPLAY_BUDGET: HttpWarmUpBudget = { cpuMs: 2_000, rounds: 1 };

/**
 * The paths a warm-up requests: the archive's own warm-up queries (or, from a backend without them,
 * the words of a report's section titles) as pages, JSON, suggestions and timelines, with and without
 * filters. Every query string differs, so no answer comes from the response cache.
 */
export async function warmUpPaths(archive: Archive): Promise<string[]> {
  const reports = await archive.reports();
  const first = reports[0];
  if (first === undefined) return ['/healthz', '/'];
  const queries = archive.warmUpQueries?.() ?? (await titleWords(archive, first.id));
  const report = reportUrl(first.id);
  const paths = ['/healthz', '/', '/api/reports', report];
  for (const [i, query] of queries.entries()) {
    const q = encodeURIComponent(query);
    paths.push(`/api/search?q=${q}`, `/recherche?q=${q}`, `/api/suggest?q=${encodeURIComponent(query.slice(0, 3))}`);
    if (i % 2 === 0) paths.push(`/api/search?q=${q}&year=${first.year ?? ''}&page=2`, `/api/timeline?q=${q}`);
    if (i < 2) paths.push(`${report}?q=${q}`);
  }
  return paths;
}

/** Words long enough to be worth searching. */
const WORD = /[\p{L}\p{N}]{4,}/gu;

async function titleWords(archive: Archive, reportId: string): Promise<string[]> {
  const sections = (await archive.report(reportId))?.sections ?? [];
  return [...new Set(sections.flatMap((section) => section.title.match(WORD) ?? []))].slice(0, 16);
}

/**
 * The warm-up of a server process before its first connection: the searches the process it replaces
 * answered last (when there is one), then requests of every kind. Rejects only when the loopback
 * server cannot run; the caller serves anyway.
 */
export async function warmUpServer(
  handler: RequestListener,
  archive: Archive,
  options: { recentSearches?: (() => Promise<string[]>) | undefined; budget?: HttpWarmUpBudget | undefined } = {},
): Promise<void> {
  const replayed = (await options.recentSearches?.()) ?? [];
  if (replayed.length > 0) await warmUpHttp(handler, replayed, REPLAY_BUDGET);
  await warmUpHttp(handler, await warmUpPaths(archive), options.budget ?? DEFAULT_HTTP_WARM_UP);
}

/**
 * Serves `handler` on a loopback port of its own and requests `paths` in turn (brotli, gzip and plain
 * answers alike) until the budget is spent; resolves with the number of requests made.
 */
export async function warmUpHttp(handler: RequestListener, paths: readonly string[], budget: HttpWarmUpBudget = DEFAULT_HTTP_WARM_UP): Promise<number> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Exclusive: in a cluster worker a shared port 0 is one port for every worker, balanced by the primary.
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const encodings = ['br, gzip', 'gzip', 'identity'];
  const cpuStart = process.cpuUsage();
  let made = 0;
  try {
    warming: for (let round = 0; round < budget.rounds; round++) {
      for (const path of paths) {
        await get(agent, port, path, encodings[made % encodings.length]!);
        made++;
        const used = process.cpuUsage(cpuStart);
        if ((used.user + used.system) / 1000 >= budget.cpuMs) break warming;
      }
    }
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return made;
}

function get(agent: Agent, port: number, path: string, acceptEncoding: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      res.resume();
      res.once('end', resolve);
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end();
  });
}
