// A reindex killed while it writes (power cut, OOM killer, Ctrl-C twice) must leave the index that
// is being served whole: the site keeps working on the previous index until a reindex completes.
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFile } from '../../src/search/index-file';
import { generationsDir } from '../../src/search/index-manifest';
import type { RunningServer } from '../../src/web/server';
import { reindex, useServedScratch, type Scratch } from './processes';

let scratch: Scratch;
let server: RunningServer;
let bigCorpus: string;
// 8× the real corpus: large enough that writing the index takes a few milliseconds, the window the kill must hit.
useServedScratch('fault-kill-', { factor: 8, watchIntervalMs: 50 }, (served) => {
  ({ scratch, server, otherCorpus: bigCorpus } = served);
});

/**
 * Starts a reindex into the served file and SIGKILLs it at its first write: the new generation file
 * (in the generations folder), or else anything near the index itself. Killing on the manifest's
 * temporary file alone raced its rename (a few kilobytes) and lost once a reindex got faster.
 */
async function killWhileWriting(): Promise<void> {
  const indexName = basename(scratch.indexFile);
  const child = reindex(bigCorpus, scratch.indexFile);
  let killed = false;
  const kill = () => {
    if (!killed && child.process.exitCode === null) killed = child.process.kill('SIGKILL');
  };
  const watchers = [
    watch(scratch.dir, (_event, name) => name?.startsWith(indexName) && kill()),
    // The reindex's write probe (`.probe-*`) comes first, long before the write.
    watch(generationsDir(scratch.indexFile), (_event, name) => name !== null && !name.startsWith('.probe-') && kill()),
  ];
  try {
    const finished = await child.finished;
    if (!killed) throw new Error(`The reindex ended before its write could be interrupted:\n${finished.stdout}${finished.stderr}`);
    expect(finished.signal).toBe('SIGKILL');
  } finally {
    for (const watcher of watchers) watcher.close();
  }
}

describe('reindex killed mid-write', () => {
  it('leaves the served index file byte for byte intact, loadable, and still served', async () => {
    const before = await readFile(scratch.indexFile);
    const builtAt = (await loadIndexFile(scratch.indexFile)).builtAt;

    await killWhileWriting();

    expect((await readFile(scratch.indexFile)).equals(before)).toBe(true);
    const data = await loadIndexFile(scratch.indexFile);
    expect(data.builtAt).toBe(builtAt);
    expect(data.reports.map((report) => report.id).sort()).toEqual(['rapport-annuel-2020', 'retrospective-2024']);

    // The server saw no new file and answers from the previous index.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = (await (await fetch(`http://127.0.0.1:${server.port}/healthz`)).json()) as { builtAt: string };
    expect(health.builtAt).toBe(builtAt);
    const search = await fetch(`http://127.0.0.1:${server.port}/api/search?q=CCUE`);
    expect(search.status).toBe(200);
    expect(((await search.json()) as { total: number }).total).toBeGreaterThan(0);
  }, 60_000);

  it('lets the next reindex complete and replace the index despite the leftover temporary file', async () => {
    const finished = await reindex(scratch.corpusDir, scratch.indexFile).finished;
    expect(finished.code).toBe(0);
    const data = await loadIndexFile(scratch.indexFile);
    expect(data.reports).toHaveLength(2);
  }, 60_000);
});
