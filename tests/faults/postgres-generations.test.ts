// Generations on PostgreSQL, through the real CLI and the real server: a reindex makes its archive
// current in one transaction, servers switch without restart, a killed reindex and a concurrent one
// leave the served generation intact, unchanged reports are not extracted again.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentGeneration } from '../../src/search/postgres/current-generation';
import { startServer, type RunningServer } from '../../src/web/server';
import { useFreshDatabase } from '../helpers/postgres';
import { makeScratch, makeSyntheticCorpus, runScript, type Scratch } from './processes';

const db = useFreshDatabase();
let scratch: Scratch;
let server: RunningServer;
let bigCorpus: string;

const reindex = (corpusDir: string) => runScript('scripts/reindex.ts', ['--corpus', corpusDir], { DATABASE_URL: db().url });
/** Rows written so far in the sections table of a generation being built (partitions.ts). */
async function buildingSections(): Promise<number> {
  const { rows: [building] } = await db().database.primary.query<{ id: string }>(`SELECT id FROM archive_generation WHERE state = 'building'`);
  if (!building) return 0;
  const table = `archive_section_g${building.id}`;
  const { rows: [exists] } = await db().database.primary.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]);
  if (!exists?.present) return 0;
  return (await db().database.primary.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
}
const generationTables = async () =>
  (await db().database.primary.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND relname ~ '^archive_[a-z]+_g[0-9]+$' ORDER BY relname`)).rows.map(({ name }) => name);
const expectedGenerationTables = async () => {
  const { rows } = await db().database.primary.query<{ id: string }>('SELECT id FROM archive_generation');
  return rows.flatMap(({ id }) => ['section', 'match', 'term', 'vocabulary'].map((table) => `archive_${table}_g${id}`)).sort();
};
const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as { builtAt: string; sections: number };
const total = async (q: string) => ((await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`)).json()) as { total: number }).total;

beforeAll(async () => {
  scratch = await makeScratch('fault-pg-');
  const first = await reindex(scratch.corpusDir).finished;
  expect(first.code, first.stderr).toBe(0);
  bigCorpus = makeSyntheticCorpus(join(scratch.dir, 'big'), 8);
  server = await startServer({ indexFile: join(scratch.dir, 'unused.json'), corpusDir: scratch.corpusDir, database: { url: db().url }, port: 0, host: '127.0.0.1', watchIntervalMs: 50, log: () => {} });
}, 240_000);
afterAll(async () => {
  await server?.close();
  await scratch?.remove();
});

describe('generations on PostgreSQL', () => {
  it('serves the first generation, and takes unchanged reports from it on the next reindex', async () => {
    expect((await health()).sections).toBeGreaterThan(100);
    expect(await total('CCUE')).toBeGreaterThan(0);
    const again = await reindex(scratch.corpusDir).finished;
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.match(/inchangé, repris/g)).toHaveLength(2);
  }, 120_000);

  it('a second reindex while one runs fails at once with a French message, and changes nothing', async () => {
    const before = await currentGeneration(db().database.primary);
    const holder = await db().database.primary.connect();
    try {
      // The lock a running reindex holds.
      await holder.query('SELECT pg_advisory_lock($1)', [0x61726368697665]);
      const second = await reindex(scratch.corpusDir).finished;
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('Une autre réindexation de cette base est en cours');
    } finally {
      await holder.query('SELECT pg_advisory_unlock_all()');
      holder.release();
    }
    expect(await currentGeneration(db().database.primary)).toEqual(before);
  }, 120_000);

  it('a reindex killed while it writes leaves the served generation whole; the next one cleans up and switches servers', async () => {
    const before = await currentGeneration(db().database.primary);
    const builtAt = (await health()).builtAt;
    const child = reindex(bigCorpus);
    let killed = false;
    // Killed once its generation exists and its own sections table has rows, before it is made current.
    while (!killed && child.process.exitCode === null) {
      if ((await buildingSections()) > 0) killed = child.process.kill('SIGKILL');
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const finished = await child.finished;
    expect(killed, `${finished.stdout}${finished.stderr}`).toBe(true);
    expect(await currentGeneration(db().database.primary)).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await health()).builtAt).toBe(builtAt);
    expect(await total('CCUE')).toBeGreaterThan(0);

    const next = await reindex(bigCorpus).finished;
    expect(next.code, next.stderr).toBe(0);
    const { rows } = await db().database.primary.query(`SELECT id FROM archive_generation WHERE state = 'building'`);
    expect(rows).toEqual([]);
    // The killed generation's tables are gone; the served and the previous generation have theirs.
    expect(await generationTables()).toEqual(await expectedGenerationTables());
    for (let attempt = 0; attempt < 100 && (await health()).builtAt === builtAt; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await health()).sections).toBeGreaterThan(8 * 100);
  }, 120_000);
});
