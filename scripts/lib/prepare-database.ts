// What `npm start` does with DATABASE_URL before serving: an empty database gets the corpus indexed
// once (like a missing index file); a database that already holds an archive is served as it is —
// several web machines share it, and reindexing it is the operator's `npm run reindex`, not each start's.
import { ArchiveUnavailableError, type DatabaseSettings } from '../../src/search';
import { ensureSchema, openDatabase, reading } from '../../src/search/postgres/database';
import { currentGeneration } from '../../src/search/postgres/current-generation';

export async function prepareDatabase(
  source: { corpusDir: string; indexFile: string },
  database: DatabaseSettings,
  log: (line: string) => void,
): Promise<void> {
  const connection = openDatabase({ url: database.url, poolSize: 1 });
  try {
    const current = await reading(async () => {
      await ensureSchema(connection.primary);
      return currentGeneration(connection.primary);
    });
    if (current) return;
  } finally {
    await connection.close();
  }
  log(`Construction de l’archive dans PostgreSQL (la base n’en contient encore aucune)…`);
  const { reindexCorpus } = await import('./reindex-corpus');
  const summary = await reindexCorpus({ corpusDir: source.corpusDir, indexFile: source.indexFile, database, log });
  if (!summary.written) {
    throw new ArchiveUnavailableError(
      `la base PostgreSQL ne contient aucune archive et aucun rapport n’a pu être indexé depuis ${source.corpusDir} ; ` +
        'déposez-y un rapport (.md, .txt ou .pdf), puis relancez « npm start » ou « npm run reindex ».',
    );
  }
}
