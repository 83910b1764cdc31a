// Reindexing while visitors search: every request is answered during the rebuild, and once the
// new index file lands the server serves it without a restart.
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/web/server';
import { reindex, useServedScratch, type Scratch } from './processes';

const PATHS = ['/api/search?q=CCUE', '/recherche?q=n%C3%A9gociation', '/api/suggest?q=s%C3%A9g', '/healthz', '/'];
const CLIENTS = 4;

let scratch: Scratch;
let server: RunningServer;
let newCorpus: string;
useServedScratch('fault-serve-', { factor: 3, watchIntervalMs: 100 }, (served) => {
  ({ scratch, server, otherCorpus: newCorpus } = served);
});

interface Outcome {
  path: string;
  status: number | string;
}

async function health(): Promise<{ reports: number; builtAt: string }> {
  return (await (await fetch(`http://127.0.0.1:${server.port}/healthz`)).json()) as { reports: number; builtAt: string };
}

describe('reindex while serving', () => {
  it('answers every request during the rebuild, then serves the new index', async () => {
    const before = await health();
    expect(before.reports).toBe(2);

    const child = reindex(newCorpus, scratch.indexFile);
    let reindexDone = false;
    const finished = child.finished.finally(() => (reindexDone = true));
    let newIndexServed = false;
    const outcomes: Outcome[] = [];

    // Clients keep searching until the new index is served, then a little longer.
    const client = async (offset: number): Promise<void> => {
      let afterSwap = 0;
      for (let i = offset; afterSwap < 10; i++) {
        const path = PATHS[i % PATHS.length]!;
        try {
          const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
          await response.arrayBuffer();
          outcomes.push({ path, status: response.status });
        } catch (error) {
          outcomes.push({ path, status: (error as Error).message });
        }
        if (newIndexServed) afterSwap++;
        else if (reindexDone) newIndexServed = (await health()).reports === 6;
        if (reindexDone && outcomes.length > 5_000) break; // never spin forever if the swap never comes
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    const result = await finished;

    expect(result.code, result.stderr).toBe(0);
    const failures = outcomes.filter((outcome) => outcome.status !== 200);
    expect(failures).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(CLIENTS * 10);
    expect(newIndexServed).toBe(true);

    const after = await health();
    expect(after.reports).toBe(6);
    expect(after.builtAt).not.toBe(before.builtAt);
    const reports = (await (await fetch(`http://127.0.0.1:${server.port}/api/reports`)).json()) as { reports: { organisation: string }[] };
    expect(new Set(reports.reports.map((report) => report.organisation)).size).toBeGreaterThan(1);
  }, 90_000);
});
