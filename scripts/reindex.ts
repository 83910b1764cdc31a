// npm run reindex [-- --corpus DIR --out FILE]: extracts the corpus and writes the search index.
import { CorpusFolderError, listCorpusFiles } from '../src/ingest/load-corpus';
import { checkIndexWritable, IndexFileError } from '../src/search';
import { ReindexBusyError } from '../src/search/postgres/generations';
import { readDatabaseSettings } from '../src/web/server-config';
import { readCommandLine, usageError } from './lib/command-line';
import { printable } from './lib/printable';
import { reindexCorpus } from './lib/reindex-corpus';

const USAGE = `Usage : npm run reindex -- [--corpus DOSSIER] [--out FICHIER]

Lit les rapports (.md, .txt, .pdf) du dossier et écrit l’index de recherche
(ou, si DATABASE_URL est définie, une nouvelle génération de l’archive dans PostgreSQL).
  --corpus DOSSIER  dossier des rapports (défaut : corpus/)
  --out FICHIER     fichier d’index à écrire (défaut : $INDEX_FILE ou data/index.json)
  --help            affiche cette aide

Code de sortie : 0 si tout est indexé, 1 si un fichier a échoué ou si rien n’a été écrit, 2 si la commande est mal formée\nou si le dossier des rapports est illisible ou l’index impossible à écrire.`;

function parseCommandLine(): { corpusDir: string; indexFile: string } {
  const { corpus, out } = readCommandLine(USAGE, { corpus: { type: 'string' }, out: { type: 'string' } }).values;
  if (corpus === '' || out === '') usageError(USAGE, '--corpus et --out attendent un chemin.');
  return { corpusDir: corpus ?? 'corpus', indexFile: out ?? (process.env.INDEX_FILE || 'data/index.json') };
}

/** A bad --corpus or --out is an operator's error: one French line and exit code 2, before any work. */
function operatorError(error: unknown): never {
  if (!(error instanceof CorpusFolderError) && !(error instanceof IndexFileError && error.reason === 'unwritable')) throw error;
  console.error(printable(error.message));
  process.exit(2);
}

const { corpusDir, indexFile } = parseCommandLine();
const database = readDatabaseSettings(process.env);
if (!database.ok) {
  console.error(database.message);
  process.exit(2);
}
await listCorpusFiles(corpusDir).catch(operatorError);
if (!database.settings) await checkIndexWritable(indexFile).catch(operatorError);
console.log(printable(`Indexation de ${corpusDir} → ${database.settings ? 'PostgreSQL (DATABASE_URL)' : indexFile}`));
const summary = await reindexCorpus({ corpusDir, indexFile, database: database.settings }).catch((error: unknown) => {
  // Another reindex holds the database: nothing was written, the served archive is untouched.
  if (!(error instanceof ReindexBusyError)) return operatorError(error);
  console.error(error.message);
  process.exit(1);
});
process.exitCode = summary.written && summary.failed.length === 0 ? 0 : 1;
