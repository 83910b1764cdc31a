// One line per request for operators: `2026-11-30T08:00:00.000Z GET /recherche 200 3.2ms 5120B`.
// The query string (what people searched for) is left out unless the operator asks for it.
import type { RequestHandler } from 'express';

export interface AccessLogOptions {
  /** Receives each line (the server writes them to stdout). */
  write: (line: string) => void;
  /** Log `?q=…` and the other parameters too (ACCESS_LOG_QUERIES=1). */
  withQuery: boolean;
}

/** Access-log settings from the environment: ACCESS_LOG=0 disables it, ACCESS_LOG_QUERIES=1 adds query strings. */
export function readAccessLogConfig(env: NodeJS.ProcessEnv): { enabled: boolean; withQuery: boolean } {
  return { enabled: env.ACCESS_LOG?.trim() !== '0', withQuery: env.ACCESS_LOG_QUERIES?.trim() === '1' };
}

// A URL may carry control characters (percent-decoding is not done here, but raw bytes can arrive):
// never let a request write a line of its own into the log.
const CONTROL = /[\u0000-\u001f\u007f]/g;

export function accessLog(options: AccessLogOptions): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    let bytes = 0;
    // Counted below any compression (installed after this), so the figure is what went on the wire.
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      bytes += byteLength(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') bytes += byteLength(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as typeof res.end;
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const url = options.withQuery ? req.originalUrl : req.originalUrl.split('?')[0]!;
      // A status the client never received (connection closed first) is marked so.
      const status = res.writableFinished ? String(res.statusCode) : `${res.statusCode}-interrompue`;
      options.write(`${new Date().toISOString()} ${req.method} ${url.replace(CONTROL, '?')} ${status} ${ms.toFixed(1)}ms ${bytes}B`);
    };
    res.once('finish', log);
    res.once('close', log);
    next();
  };
}

export interface LineBatch {
  line(text: string): void;
  /** Writes what is pending now (the process is exiting). */
  flush(): void;
}

/**
 * Lines written together, once per turn of the event loop: `write` gets them joined by newlines (no
 * final one). Under load a turn answers dozens of requests, and a write each (a system call: stdout,
 * a file or a pipe on Linux, is written synchronously) was 5 % of a search's time at 1× (console.log per
 * line, CPU profile, docs/performance.md session 11).
 */
export function batchLines(write: (lines: string) => void, schedule: (flush: () => void) => void = setImmediate): LineBatch {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const lines = pending.join('\n');
    pending = [];
    write(lines);
  };
  return {
    line(text) {
      if (pending.push(text) === 1) schedule(flush);
    },
    flush,
  };
}

function byteLength(chunk: unknown, encoding: unknown): number {
  if (chunk === undefined || chunk === null) return 0;
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return chunk.byteLength;
  return 0;
}
