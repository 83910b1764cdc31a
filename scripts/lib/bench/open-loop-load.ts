// A steady load: requests sent at a fixed rate whatever the answers, as readers arrive (an « open »
// load). autocannon's connections each wait for their answer before asking again: any number of them
// keeps the server saturated, and its latencies then measure the queue, not what an event (a hot
// reload) costs. Its own rate option sends each second's requests in one burst, which measures bursts.
// Latency counts from when a request was due, so a client that falls behind does not hide a stall.
import { Agent, request } from 'node:http';
import { assertLoopback, type HttpLoadResult } from './http-load';
import { percentile } from './stats';

/** As the closed-loop runs: a cold request on a large index can take seconds, not a minute. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface OpenLoopOptions {
  origin: string;
  /** Paths requested in turn. */
  paths: readonly string[];
  requestsPerSecond: number;
  durationSeconds: number;
}

export async function runOpenLoopLoad(options: OpenLoopOptions): Promise<HttpLoadResult> {
  const base = assertLoopback(options.origin);
  if (options.paths.length === 0) throw new Error('runOpenLoopLoad needs at least one path');
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  let clientLateMaxMs = 0;
  // A failed request is counted once (a body cut by the timeout fails both the request and the response)
  // and stays out of the latencies: connection resets during a reload show in `errors`, which the bench prints.
  const send = (path: string, due: number) =>
    new Promise<void>((done) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        outcome();
        done();
      };
      const req = request({ host: base.hostname, port: base.port, path, agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
        res.resume();
        res.once('end', () =>
          settle(() => {
            latencies.push(performance.now() - due);
            const code = String(res.statusCode ?? 0);
            statusCodes[code] = (statusCodes[code] ?? 0) + 1;
          }));
        res.once('error', () => settle(() => errors++));
      });
      req.once('timeout', () => {
        settle(() => timeouts++);
        req.destroy();
      });
      req.once('error', () => settle(() => errors++));
      req.end();
    });
  const started = performance.now();
  const total = Math.round(options.requestsPerSecond * options.durationSeconds);
  const sent: Promise<void>[] = [];
  try {
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / options.requestsPerSecond;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      clientLateMaxMs = Math.max(clientLateMaxMs, performance.now() - due);
      sent.push(send(options.paths[i % options.paths.length]!, due));
    }
    await Promise.all(sent);
  } finally {
    agent.destroy();
  }
  const sorted = latencies.sort((a, b) => a - b);
  const non2xx = Object.entries(statusCodes).reduce((sum, [code, n]) => sum + (code.startsWith('2') ? 0 : n), 0);
  return {
    requestsPerSecond: sorted.length / ((performance.now() - started) / 1000),
    totalRequests: sorted.length,
    latencyP50Ms: percentile(sorted, 0.5),
    latencyP99Ms: percentile(sorted, 0.99),
    latencyMaxMs: sorted.at(-1) ?? 0,
    errors,
    timeouts,
    non2xx,
    statusCodes,
    clientLateMaxMs,
  };
}
