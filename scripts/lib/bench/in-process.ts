// In-process measurements of the search core: how long an index file takes to become an Archive,
// and how long each query of the fixed mix takes once it is loaded.
import { readFile } from 'node:fs/promises';
import { createArchive, type Archive } from '../../../src/search/archive';
import { parseIndex } from '../../../src/search/index-file';
import { HOSTILE_QUERY, type BenchQuery, type QueryKind } from './queries';
import { summarize, type LatencySummary } from './stats';

export interface LoadTimings {
  readMs: number;
  /** The JSON line's parse and the shape check of `parseIndex` (sections' texts stay bytes). */
  parseMs: number;
  /** The engine's term tree over its packed postings, vocabulary lookup, per-report maps. */
  createArchiveMs: number;
  heapUsedBytes: number;
}

export async function loadArchiveTimed(indexFile: string): Promise<{ archive: Archive; timings: LoadTimings }> {
  const t0 = performance.now();
  const content = await readFile(indexFile);
  const t1 = performance.now();
  const data = parseIndex(content, indexFile);
  const t2 = performance.now();
  const archive = createArchive(data);
  const t3 = performance.now();
  return {
    archive,
    timings: { readMs: t1 - t0, parseMs: t2 - t1, createArchiveMs: t3 - t2, heapUsedBytes: process.memoryUsage().heapUsed },
  };
}

export interface QueryLatency {
  overall: LatencySummary;
  byKind: Partial<Record<QueryKind, LatencySummary>>;
  /** First run of each query, before its sections' words are cached: what a new visitor pays. */
  cold: LatencySummary;
  /** Median extra time of a 50-hit page over a 1-hit page, per extra hit: the cost of one snippet. */
  perSnippetMs: number;
  /** Query of the mix with the worst p99, to point at. */
  slowest: { q: string; p99: number };
}

export async function measureQueries(archive: Archive, queries: readonly BenchQuery[], rounds: number): Promise<QueryLatency> {
  const cold: number[] = [];
  for (const query of queries) cold.push(await time(() => archive.search(query.request)));
  const samples = new Map<BenchQuery, number[]>(queries.map((query) => [query, []]));
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) samples.get(query)!.push(await time(() => archive.search(query.request)));
  }
  const byKind: Partial<Record<QueryKind, number[]>> = {};
  for (const [query, list] of samples) (byKind[query.kind] ??= []).push(...list);
  let slowest = { q: '', p99: -1 };
  for (const [query, list] of samples) {
    const p99 = summarize(list).p99;
    if (p99 > slowest.p99) slowest = { q: query.request.q, p99 };
  }
  return {
    overall: summarize([...samples.values()].flat()),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, summarize(list)])),
    cold: summarize(cold),
    perSnippetMs: await snippetCost(archive, queries),
    slowest,
  };
}

async function snippetCost(archive: Archive, queries: readonly BenchQuery[]): Promise<number> {
  const costs: number[] = [];
  for (const query of queries) {
    const probe = await archive.search({ ...query.request, page: 1, limit: 50 });
    const extraHits = probe.hits.length - 1;
    if (extraHits < 10) continue;
    const one = await medianOf(5, () => archive.search({ ...query.request, page: 1, limit: 1 }));
    const fifty = await medianOf(5, () => archive.search({ ...query.request, page: 1, limit: 50 }));
    costs.push((fifty - one) / extraHits);
  }
  return summarize(costs).p50;
}

async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await time(work));
  return summarize(samples).p50;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export interface HostileQueryCost {
  /** Wall time per search: includes waiting for a core on a shared machine. */
  wall: LatencySummary;
  /** CPU time of this process per search: closer to the query's own cost when the machine is busy. */
  cpu: LatencySummary;
  /** The first run, before the sections it shows have been analysed. */
  coldMs: number;
  /** Words searched of those typed (the limits of src/search/query-limits.ts). */
  searchedWords: string;
}

/** The 500-character hostile query of queries.ts, run `rounds` times after one cold run. */
export async function measureHostileQuery(archive: Archive, rounds: number): Promise<HostileQueryCost> {
  const request = { q: HOSTILE_QUERY };
  const coldMs = await time(() => archive.search(request));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    wall.push(await time(() => archive.search(request)));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const cut = (await archive.search(request)).truncated;
  return {
    wall: summarize(wall),
    cpu: summarize(cpu),
    coldMs,
    searchedWords: cut ? `${cut.searchedWords} / ${cut.typedWords}` : 'tous',
  };
}
