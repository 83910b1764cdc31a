// Reads scale out on streaming replicas: a hot standby made with `pg_basebackup -R` from Debian's
// PostgreSQL, a reindex on the primary, and a server reading the standby (DATABASE_READ_URL) serves
// the new generation without restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../scripts/lib/postgres-cluster';
import { ensureSchema, openDatabase } from '../../src/search/postgres/database';
import { writeGeneration } from '../../src/search/postgres/generations';
import { startServer, type RunningServer } from '../../src/web/server';
import { quinoaReport, zebraReport } from '../fixtures/web/reports';

let primary: Cluster;
let standby: Cluster;
let server: RunningServer;

beforeAll(async () => {
  primary = await createCluster();
  const database = openDatabase({ url: primary.url() });
  await ensureSchema(database.primary);
  await writeGeneration(database.primary, [quinoaReport], new Date('2031-01-01T00:00:00Z'));
  await database.close();
  standby = await createCluster({
    fromDataDir: (dataDir, exec) => exec('pg_basebackup', ['-D', dataDir, '-R', '-X', 'stream', '-h', primary.dir, '-U', 'postgres']).then(() => {}),
  });
  server = await startServer({
    indexFile: '/nonexistent/unused.json',
    corpusDir: '/nonexistent',
    database: { url: primary.url(), readUrl: standby.url() },
    port: 0,
    host: '127.0.0.1',
    watchIntervalMs: 50,
    log: () => {},
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await standby?.remove();
  await primary?.remove();
});

const search = async (q: string) => ((await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`)).json()) as { total: number }).total;

describe('a server reading a hot standby', () => {
  it('reads from the standby, which refuses writes', async () => {
    const replica = openDatabase({ url: standby.url() });
    try {
      const { rows } = await replica.read.query<{ recovery: boolean }>('SELECT pg_is_in_recovery() AS recovery');
      expect(rows[0]?.recovery).toBe(true);
      await expect(replica.read.query('DELETE FROM archive_generation')).rejects.toThrow(/read-only/);
    } finally {
      await replica.close();
    }
    expect(await search('quinoa')).toBe(2);
  });

  it('serves the generation a reindex made current on the primary', async () => {
    const database = openDatabase({ url: primary.url() });
    try {
      await writeGeneration(database.primary, [zebraReport], new Date('2032-01-01T00:00:00Z'));
    } finally {
      await database.close();
    }
    for (let attempt = 0; attempt < 200 && (await search('zèbres')) === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await search('zèbres')).toBe(1);
    expect(await search('quinoa')).toBe(0);
  }, 60_000);

  it('keeps answering while reindexes on the primary drop the tables of generations replaced twice', async () => {
    const statuses: number[] = [];
    let searching = true;
    const load = (async () => {
      while (searching) {
        const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent('zèbres quinoa')}`);
        statuses.push(response.status);
        await response.arrayBuffer();
      }
    })();
    const database = openDatabase({ url: primary.url() });
    try {
      await writeGeneration(database.primary, [zebraReport, quinoaReport], new Date('2033-01-01T00:00:00Z'));
      await writeGeneration(database.primary, [quinoaReport], new Date('2034-01-01T00:00:00Z'));
    } finally {
      await database.close();
    }
    for (let attempt = 0; attempt < 200 && (await search('zèbres')) !== 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
    searching = false;
    await load;
    expect(await search('quinoa')).toBe(2);
    expect(statuses.length).toBeGreaterThan(10);
    expect([...new Set(statuses)]).toEqual([200]);
    // The standby replayed the drops: only the tables of the two generations kept are left.
    const replica = openDatabase({ url: standby.url() });
    try {
      const tables = async () => (await replica.read.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'r' AND relname ~ '^archive_[a-z]+_g[0-9]+$'`)).rows[0]!.n;
      for (let attempt = 0; attempt < 100 && (await tables()) !== 8; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await tables()).toBe(8);
    } finally {
      await replica.close();
    }
  }, 60_000);
});
