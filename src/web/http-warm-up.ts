// Before a server process takes its first connection, it answers its own requests over loopback:
// searches, pages and JSON of every kind a reader asks for. The archive's own warm-up (search/warm-up.ts)
// compiles the engine, but the first real requests still paid 50–400 ms each for the rest of the path
// (routing, templates, compression, serialisation, snippets) being compiled on first use; that was the
// tail of the first seconds after a start or a hot reload. What it costs is bounded in CPU time and in
// wall-clock time, and it stops at the first failure: a backend that is away (a database restarting)
// must not keep a process from serving.
import { Agent, createServer, request, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Archive } from '../search';
import { reportUrl } from './search-url';

export interface HttpWarmUpBudget {
  /** This process's CPU time, as in search/warm-up.ts: a wall-clock budget buys little on a busy machine. */
  cpuMs: number;
  /** Stop earlier once every path has been requested this many times. */
  rounds: number;
  /** Wall-clock time: a backend that answers slowly must not hold the start. */
  wallMs: number;
}

export const DEFAULT_HTTP_WARM_UP: HttpWarmUpBudget = { cpuMs: 600, rounds: 12, wallMs: 3_000 };

/**
 * For the searches a replaced process answered last: each once, and a larger budget, since they are
 * exactly what the next requests will ask (64 of them cost about 1 s of CPU on a cold 100× archive).
 */
export const REPLAY_BUDGET: HttpWarmUpBudget = { cpuMs: 2_000, rounds: 1, wallMs: 5_000 };

/** A warm-up request unanswered by then is abandoned, and the warm-up with it. */
const REQUEST_TIMEOUT_MS = 2_000;

export interface HttpWarmUpOutcome {
  requests: number;
  /** Why it stopped before its budget was spent: a request that failed or answered 5xx (its path only). */
  failure?: string;
}

/**
 * The paths a warm-up requests: the archive's own warm-up queries (or, from a backend without them,
 * the words of a report's section titles) as pages, JSON, suggestions and timelines, with and without
 * filters. The query strings differ, so the first round is answered by the archive, not the response cache.
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
 * answered last (when there is one), then requests of every kind. Resolves with what stopped it early,
 * if anything; rejects only when the loopback server cannot run. The caller serves either way.
 */
export async function warmUpServer(
  handler: RequestListener,
  archive: Archive,
  options: { recentSearches?: (() => Promise<string[]>) | undefined; budget?: HttpWarmUpBudget | undefined } = {},
): Promise<string[]> {
  const replayed = (await options.recentSearches?.()) ?? [];
  const outcomes = replayed.length > 0 ? [await warmUpHttp(handler, replayed, REPLAY_BUDGET)] : [];
  if (outcomes[0]?.failure === undefined) outcomes.push(await warmUpHttp(handler, await warmUpPaths(archive), options.budget ?? DEFAULT_HTTP_WARM_UP));
  return outcomes.flatMap((outcome) => (outcome.failure === undefined ? [] : [outcome.failure]));
}

/**
 * Serves `handler` on a loopback port of its own and requests `paths` in turn (brotli, gzip and plain
 * answers alike) until the budget is spent or a request fails.
 */
export async function warmUpHttp(handler: RequestListener, paths: readonly string[], budget: HttpWarmUpBudget = DEFAULT_HTTP_WARM_UP): Promise<HttpWarmUpOutcome> {
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
  const deadline = performance.now() + budget.wallMs;
  let requests = 0;
  try {
    for (let round = 0; round < budget.rounds; round++) {
      for (const path of paths) {
        const left = deadline - performance.now();
        if (left <= 0) return { requests };
        const status = await get(agent, port, path, encodings[requests % encodings.length]!, Math.min(left, REQUEST_TIMEOUT_MS)).catch((error: Error) => error);
        requests++;
        // The path without its query string: what people searched for stays out of the logs.
        const where = path.split('?')[0];
        if (status instanceof Error) return { requests, failure: `${where} : ${status.message}` };
        if (status >= 500) return { requests, failure: `${where} a répondu ${status}` };
        const used = process.cpuUsage(cpuStart);
        if ((used.user + used.system) / 1000 >= budget.cpuMs) return { requests };
      }
    }
    return { requests };
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Resolves with the status once the whole answer is read. */
function get(agent: Agent, port: number, path: string, acceptEncoding: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('pas de réponse à temps')));
    req.once('error', reject);
    req.end();
  });
}
