// vitest globalSetup of the `postgres` project: one throw-away cluster for the whole run, holding the
// real corpus as the current generation, removed at the end. Suites read it through realArchive().
import type { TestProject } from 'vitest/node';
import { createCluster, POSTGRES_INSTALL_HINT, postgresInstalled } from '../../scripts/lib/postgres-cluster';
import { ensureSchema, openDatabase } from '../../src/search/postgres/database';
import { writeGeneration } from '../../src/search/postgres/generations';
import { loadRealReports } from './corpus';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the test cluster's database holding the real corpus. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!postgresInstalled()) throw new Error(`[postgres] ${POSTGRES_INSTALL_HINT} En CI, les tests PostgreSQL sont obligatoires.`);
  const cluster = await createCluster();
  try {
    const database = openDatabase({ url: cluster.url() });
    await ensureSchema(database.primary);
    await writeGeneration(database.primary, await loadRealReports(), new Date());
    await database.close();
  } catch (error) {
    await cluster.remove();
    throw error;
  }
  project.provide('postgresUrl', cluster.url());
  return () => cluster.remove();
}
