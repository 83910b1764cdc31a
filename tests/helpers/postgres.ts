// Databases of their own for tests that write (reindex, generations), on the run's throw-away cluster
// (tests/helpers/postgres-setup.ts). Suites that only read use realArchive() instead.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { ensureSchema, openDatabase, type Database } from '../../src/search/postgres/database';

export interface TestDatabase {
  url: string;
  database: Database;
}

/** An empty archive database for the calling test file, created before its tests and dropped after. */
export function useFreshDatabase(): () => TestDatabase {
  const admin = inject('postgresUrl');
  const name = `archive_test_${randomBytes(4).toString('hex')}`;
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    const server = openDatabase({ url: admin, poolSize: 1 });
    await server.primary.query(`CREATE DATABASE ${name}`);
    await server.close();
    const url = admin.replace(/\/[^/?]+\?/, `/${name}?`);
    const database = openDatabase({ url });
    await ensureSchema(database.primary);
    current = { url, database };
  });
  afterAll(async () => {
    await current?.database.close();
    const server = openDatabase({ url: admin, poolSize: 1 });
    await server.primary.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.close();
  });
  return () => {
    if (!current) throw new Error('useFreshDatabase() : la base de test n’est pas encore créée (utilisez-la dans un test).');
    return current;
  };
}
