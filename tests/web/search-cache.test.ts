import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchive, type Archive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { saveIndexFile } from '../../src/search/index-file';
import type { SearchRequest } from '../../src/types';
import { createApp } from '../../src/web/app';
import { createSearchCache, searchCacheKey } from '../../src/web/search-cache';
import { startServer, type RunningServer } from '../../src/web/server';
import { quinoaReport, zebraReport } from '../fixtures/web/reports';
import { realArchive } from '../helpers/archive';
import { REAL_CORPUS_DIR } from '../helpers/corpus';

/** The real archive, with a record of the requests that reached its search. */
function countingArchive(archive: Archive): { archive: Archive; searched: SearchRequest[] } {
  const searched: SearchRequest[] = [];
  return {
    searched,
    archive: { ...archive, search: (request) => (searched.push(request), archive.search(request)) },
  };
}

describe('createSearchCache', () => {
  it('answers a repeated request from memory with the same response', async () => {
    const { archive, searched } = countingArchive(await realArchive());
    const search = createSearchCache(10);
    const first = await search(archive, { q: 'négociations', page: 1 });
    const second = await search(archive, { q: 'négociations', page: 1 });
    expect(second).toBe(first);
    expect(first.total).toBeGreaterThan(0);
    expect(searched).toHaveLength(1);
  });

  it('keeps the most recently used responses and drops the oldest', async () => {
    const { archive, searched } = countingArchive(await realArchive());
    const search = createSearchCache(2);
    for (const q of ['ségur', 'formation', 'ségur', 'handicap', 'ségur', 'formation']) await search(archive, { q });
    // ségur stayed in use; formation was the least recent when handicap came in, so it is searched again.
    expect(searched.map((request) => request.q)).toEqual(['ségur', 'formation', 'handicap', 'formation']);
  });

  it('keeps one cache per archive: a new index never gets the old one’s answers', async () => {
    const search = createSearchCache(10);
    const quinoa = countingArchive(createArchive(buildIndexData([quinoaReport], new Date())));
    const zebra = countingArchive(createArchive(buildIndexData([zebraReport], new Date())));
    expect((await search(quinoa.archive, { q: 'quinoa' })).total).toBe(2);
    expect((await search(zebra.archive, { q: 'quinoa' })).total).toBe(0);
    expect(zebra.searched).toHaveLength(1);
  });

  it('searches every time when disabled (0 entries)', async () => {
    const { archive, searched } = countingArchive(await realArchive());
    const search = createSearchCache(0);
    await search(archive, { q: 'ségur' });
    await search(archive, { q: 'ségur' });
    expect(searched).toHaveLength(2);
  });

  it('hands out frozen responses, so a route that edits one fails instead of corrupting the next answer', async () => {
    const response = await createSearchCache(10)(await realArchive(), { q: 'ségur' });
    expect(Object.isFrozen(response)).toBe(true);
    expect(() => (response.hits as unknown[]).push(null)).toThrow(TypeError);
    expect(() => ((response.hits[0] as { snippet: string }).snippet = '')).toThrow(TypeError);
  });
});

describe('searchCacheKey', () => {
  it.each<[string, SearchRequest, SearchRequest]>([
    ['default limit written out', { q: 'ségur' }, { q: 'ségur', limit: 10 }],
    ['limit above the maximum', { q: 'ségur', limit: 500 }, { q: 'ségur', limit: 50 }],
    ['page below 1', { q: 'ségur', page: 0 }, { q: 'ségur', page: 1 }],
    ['empty report filter', { q: 'ségur', reportId: '' }, { q: 'ségur' }],
    ['query past the length the archive searches', { q: 'a'.repeat(600) }, { q: 'a'.repeat(500) }],
  ])('shares an entry when the archive answers the same: %s', (_name, a, b) => {
    expect(searchCacheKey(a)).toBe(searchCacheKey(b));
  });

  it.each<[string, SearchRequest, SearchRequest]>([
    ['query', { q: 'ségur' }, { q: 'segur' }],
    ['page', { q: 'ségur', page: 1 }, { q: 'ségur', page: 2 }],
    ['year', { q: 'ségur' }, { q: 'ségur', year: 2020 }],
    ['report', { q: 'ségur' }, { q: 'ségur', reportId: 'rapport-annuel-2020' }],
    ['limit', { q: 'ségur', limit: 5 }, { q: 'ségur', limit: 6 }],
    ['strict', { q: 'ségur' }, { q: 'ségur', strict: true }],
    ['every report in the facet', { q: 'ségur' }, { q: 'ségur', allReports: true }],
  ])('keeps requests apart that differ by %s', (_name, a, b) => {
    expect(searchCacheKey(a)).not.toBe(searchCacheKey(b));
  });
});

describe('the app with a search cache', () => {
  async function listen(archive: Archive, searchCacheEntries: number) {
    const app = createApp({ getArchive: () => archive, corpusDir: REAL_CORPUS_DIR, log: () => {}, searchCacheEntries });
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, () => resolve(listening));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      get: (path: string) => fetch(url + path),
      close: () => new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    };
  }

  it.each([
    ['/api/search?q=n%C3%A9gociations&page=2'],
    ['/recherche?q=n%C3%A9gociations&annee=2020'],
  ])('serves the same body for a repeated %s, searching once', async (path) => {
    const { archive, searched } = countingArchive(await realArchive());
    const app = await listen(archive, 1000);
    try {
      const first = await app.get(path);
      const second = await app.get(path);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(await second.text()).toBe(await first.text());
      expect(searched).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('searches on every request with SEARCH_CACHE_ENTRIES=0', async () => {
    const { archive, searched } = countingArchive(await realArchive());
    const app = await listen(archive, 0);
    try {
      for (let i = 0; i < 3; i++) expect((await app.get('/api/search?q=s%C3%A9gur')).status).toBe(200);
      expect(searched).toHaveLength(3);
    } finally {
      await app.close();
    }
  });
});

describe('hot reload with a search cache', () => {
  let dir: string;
  let indexFile: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archive-search-cache-'));
    indexFile = join(dir, 'index.json');
    await saveIndexFile(indexFile, buildIndexData([quinoaReport], new Date('2031-01-01T00:00:00Z')));
    server = await startServer({ indexFile, corpusDir: dir, port: 0, watchIntervalMs: 50, log: () => {}, searchCacheEntries: 1000 });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const search = async (q: string) => (await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`)).json();

  it('serves the new index’s results, not the answers cached from the old one', async () => {
    const before = await search('quinoa');
    expect(await search('quinoa')).toEqual(before);
    expect(before.total).toBe(2);

    await saveIndexFile(indexFile, buildIndexData([zebraReport], new Date('2032-01-01T00:00:00Z')));
    // « zèbres » (never asked before, so never cached) tells when the new index is live.
    for (let attempt = 0; attempt < 100 && (await search('zèbres')).total === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await search('zèbres')).total).toBe(1);
    expect((await search('quinoa')).total).toBe(0);
  });
});
