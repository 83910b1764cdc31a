// The PostgreSQL side of `npm run bench -- --backend postgres`: a throw-away cluster (or DATABASE_URL),
// emptied before each full reindex, its archive size, and the archive opened in process.
import type { Archive } from '../../../src/search';
import { ensureSchema, openDatabase } from '../../../src/search/postgres/database';
import { republishCurrent } from '../../../src/search/postgres/generations';
import { dropStalePartitions } from '../../../src/search/postgres/partitions';
import { postgresArchiveSource } from '../../../src/search/postgres/source';
import { createCluster } from '../postgres-cluster';

export interface BenchDatabase {
  url: string;
  /** Drops every generation: the next reindex extracts every file again. */
  empty(): Promise<void>;
  /** Tables and indexes of the archive, in bytes. */
  sizeBytes(): Promise<number>;
  openArchive(): Promise<{ archive: Archive; openMs: number; close(): Promise<void> }>;
  /** Publishes the current generation again as a new one (copied server side); resolves to its build date. */
  republish(): Promise<string>;
  close(): Promise<void>;
}

export async function benchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  const cluster = databaseUrl ? undefined : await createCluster({ settings: { shared_buffers: '256MB', max_connections: '200' } });
  const url = databaseUrl ?? cluster!.url();
  const database = openDatabase({ url, poolSize: 2 });
  await ensureSchema(database.primary);
  return {
    url,
    async empty() {
      await database.primary.query('DELETE FROM archive_current');
      await database.primary.query('DELETE FROM archive_generation');
      const client = await database.primary.connect();
      try {
        await dropStalePartitions(client);
      } finally {
        client.release();
      }
    },
    async sizeBytes() {
      const { rows } = await database.primary.query<{ bytes: string }>(
        `SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes
           FROM pg_class c WHERE c.relname LIKE 'archive_%' AND c.relkind = 'r'`,
      );
      return Number(rows[0]?.bytes ?? 0);
    },
    async openArchive() {
      const started = performance.now();
      const source = postgresArchiveSource({ url });
      const archive = await (await source.openCurrent()).open();
      return { archive, openMs: performance.now() - started, close: () => source.close() };
    },
    async republish() {
      const generation = await republishCurrent(database.primary, new Date());
      if (!generation) throw new Error('Aucune génération à republier : la réindexation du banc n’a rien écrit.');
      return generation.builtAt;
    },
    async close() {
      await database.close();
      await cluster?.remove();
    },
  };
}
