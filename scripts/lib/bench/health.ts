// What /healthz tells about the server: index counts and, when the server exposes it, its memory.

export interface HealthSnapshot {
  status: number;
  sections: number | null;
  builtAt: string | null;
  /** Resident memory in bytes, when /healthz reports it (`memory.rss` or `rss`); null otherwise. */
  rssBytes: number | null;
}

export async function readHealth(origin: string): Promise<HealthSnapshot> {
  const response = await fetch(new URL('/healthz', origin), { signal: AbortSignal.timeout(5_000) });
  const body = (await response.json()) as Record<string, unknown>;
  const memory = body.memory as Record<string, unknown> | undefined;
  const rss = typeof memory?.rss === 'number' ? memory.rss : typeof body.rss === 'number' ? body.rss : null;
  return {
    status: response.status,
    sections: typeof body.sections === 'number' ? body.sections : null,
    builtAt: typeof body.builtAt === 'string' ? body.builtAt : null,
    rssBytes: rss,
  };
}
