// HTTP load against a running server with autocannon's programmatic API (loopback only).
import autocannon from 'autocannon';

export interface HttpLoadOptions {
  /** Origin of the server, e.g. http://127.0.0.1:3000. */
  origin: string;
  /** Paths (with query string) requested in turn by every connection. */
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  /** When set, stop after this many requests instead of after `durationSeconds`. */
  amount?: number;
}

export interface HttpLoadResult {
  requestsPerSecond: number;
  totalRequests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /**
   * Open loop only: how late the client sent its latest request (its own event loop was busy), a delay
   * the latencies include since they count from when each request was due.
   */
  clientLateMaxMs?: number;
}

/** Refuses anything but loopback: load tests must never hit a shared or remote host by mistake. */
export function assertLoopback(origin: string): URL {
  const url = new URL(origin);
  const loopback = ['127.0.0.1', 'localhost', '[::1]', '::1'];
  if (!loopback.includes(url.hostname)) {
    throw new Error(`Charge refusée : ${url.hostname} n'est pas l'interface locale (127.0.0.1).`);
  }
  return url;
}

export async function runHttpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const base = assertLoopback(options.origin);
  const first = options.paths[0];
  if (first === undefined) throw new Error('runHttpLoad needs at least one path');
  const result = await autocannon({
    url: new URL(first, base).toString(),
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.amount === undefined ? {} : { amount: options.amount }),
    // Cold requests on a large index can take seconds; autocannon's default 10 s would count them as errors.
    timeout: 60,
    requests: options.paths.map((path) => ({ method: 'GET' as const, path })),
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stat.count ?? 0;
  }
  return {
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}
