// The PostgreSQL backend for `npm run eval`: the database of DATABASE_URL as it is, or else the same
// reports loaded into a throw-away cluster, so the two backends are compared on the same sections.
import { groupReports, type Archive } from '../../src/search';
import type { IndexData } from '../../src/search/index-data';
import type { ThesaurusGroup } from '../../src/search/thesaurus';
import { ensureSchema, openDatabase } from '../../src/search/postgres/database';
import { writeGeneration } from '../../src/search/postgres/generations';
import { currentGeneration } from '../../src/search/postgres/current-generation';
import { openPostgresArchive } from '../../src/search/postgres/postgres-archive';
import { createCluster, postgresInstalled, POSTGRES_INSTALL_HINT } from './postgres-cluster';

export interface PostgresUnderTest {
  archive: Archive;
  label: string;
  close(): Promise<void>;
}

/** undefined (with the reason printed) when there is no database to evaluate. */
export async function postgresForEval(data: IndexData, databaseUrl: string | undefined, thesaurus: readonly ThesaurusGroup[]): Promise<PostgresUnderTest | undefined> {
  if (databaseUrl) {
    const database = openDatabase({ url: databaseUrl });
    const generation = await currentGeneration(database.read);
    if (!generation) {
      await database.close();
      console.log('\nPostgreSQL non évalué : la base de DATABASE_URL ne contient aucune archive (lancez « npm run reindex »).');
      return undefined;
    }
    return { archive: await openPostgresArchive(database.read, generation, { thesaurus }), label: `DATABASE_URL, génération ${generation.id}`, close: () => database.close() };
  }
  if (!postgresInstalled()) {
    console.log(`\nPostgreSQL non évalué : ${POSTGRES_INSTALL_HINT}`);
    return undefined;
  }
  const cluster = await createCluster();
  const database = openDatabase({ url: cluster.url() });
  try {
    await ensureSchema(database.primary);
    const generation = await writeGeneration(database.primary, groupReports(data.reports, data.sections), new Date(data.builtAt));
    return {
      archive: await openPostgresArchive(database.read, generation, { thesaurus }),
      label: 'grappe temporaire, mêmes sections',
      close: async () => {
        await database.close();
        await cluster.remove();
      },
    };
  } catch (error) {
    await database.close();
    await cluster.remove();
    throw error;
  }
}
