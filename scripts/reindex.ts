// npm run reindex [-- --corpus DIR --out FILE]: extracts the corpus and writes the search index.
import { CorpusFolderError } from '../src/ingest/load-corpus';
import { readCommandLine, usageError } from './lib/command-line';
import { ReindexBusyError } from '../src/search/postgres/generations';
import { readDatabaseSettings } from '../src/web/server-config';
import { reindexCorpus } from './lib/reindex-corpus';

const USAGE = `Usage : npm run reindex -- [--corpus DOSSIER] [--out FICHIER]

Lit les rapports (.md, .txt, .pdf) du dossier et écrit l’index de recherche
(ou, si DATABASE_URL est définie, une nouvelle génération de l’archive dans PostgreSQL).
  --corpus DOSSIER  dossier des rapports (défaut : corpus/)
  --out FICHIER     fichier d’index à écrire (défaut : $INDEX_FILE ou data/index.json)
  --help            affiche cette aide

Code de sortie : 0 si tout est indexé, 1 si un fichier a échoué ou si rien n’a été écrit, 2 si la commande est mal formée.`;

function parseCommandLine(): { corpusDir: string; indexFile: string } {
  const { corpus, out } = readCommandLine(USAGE, { corpus: { type: 'string' }, out: { type: 'string' } }).values;
  if (corpus === '' || out === '') usageError(USAGE, '--corpus et --out attendent un chemin.');
  return { corpusDir: corpus ?? 'corpus', indexFile: out ?? (process.env.INDEX_FILE || 'data/index.json') };
}

const { corpusDir, indexFile } = parseCommandLine();
const database = readDatabaseSettings(process.env);
if (!database.ok) {
  console.error(database.message);
  process.exit(2);
}
console.log(`Indexation de ${corpusDir} → ${database.settings ? 'PostgreSQL (DATABASE_URL)' : indexFile}`);
try {
  const summary = await reindexCorpus({ corpusDir, indexFile, database: database.settings });
  process.exitCode = summary.written && summary.failed.length === 0 ? 0 : 1;
} catch (error) {
  if (!(error instanceof CorpusFolderError) && !(error instanceof ReindexBusyError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
