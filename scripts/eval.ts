// `npm run eval [-- --corpus [DIR]]`: runs the relevance suite against the saved index (or an index built
// in memory from a corpus folder), then against PostgreSQL, and prints one line per query and the
// queries whose top 3 differs between the backends. Exit code 1 under the thresholds.
import { loadCorpus } from '../src/ingest/load-corpus';
import { buildIndexData, createArchive, IndexFileError, loadIndexFile, loadThesaurusFile, type IndexData } from '../src/search';
import { QUESTION_CASES } from '../tests/search/questions.cases';
import { RELEVANCE_CASES } from '../tests/search/relevance.cases';
import { pluralize } from '../src/plural';
import { readCommandLine, usageError } from './lib/command-line';
import { postgresForEval } from './lib/postgres-eval';
import { differingTop3, evaluate, formatTable, meetsThresholds } from './lib/relevance';

const USAGE = `Usage : npm run eval [-- --corpus [DOSSIER]]

Mesure la pertinence : les requêtes de tests/search/relevance.cases.ts, le rang de la section attendue,
la part dans le top 1 et le top 3 et le MRR ; code de sortie 1 sous les seuils. Puis évalue PostgreSQL :
la base de DATABASE_URL si elle est définie, sinon les mêmes sections chargées dans une grappe
PostgreSQL temporaire (si PostgreSQL est installé), et liste les requêtes dont les 3 premiers résultats
diffèrent entre les deux moteurs.
  (sans option)  évalue l’index enregistré (INDEX_FILE ou data/index.json)
  --corpus      construit l’index en mémoire depuis DOSSIER (corpus/ par défaut), sans rien écrire
  --help        affiche cette aide`;

async function indexFromCorpus(dir: string): Promise<IndexData> {
  const { outcomes } = await loadCorpus(dir);
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') console.error(`${outcome.problem.file} : ${outcome.problem.message}`);
  }
  const reports = outcomes.flatMap((outcome) => (outcome.status === 'indexed' ? [outcome.report] : []));
  if (reports.length === 0) throw new Error(`Aucun rapport n’a pu être lu dans ${dir}.`);
  return buildIndexData(reports, new Date());
}

async function indexFromFile(path: string): Promise<IndexData> {
  try {
    return await loadIndexFile(path);
  } catch (error) {
    if (error instanceof IndexFileError && error.reason === 'missing') {
      throw new Error(`Index introuvable (${path}) : lancez d’abord npm run reindex.`);
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine(USAGE, { corpus: { type: 'boolean' } }, true);
  if (positionals.length > 1 || (positionals.length === 1 && !values.corpus)) usageError(USAGE, `Argument inattendu : ${positionals.join(' ')}.`);
  const corpusDir = values.corpus ? (positionals[0] ?? 'corpus') : undefined;

  let data: IndexData;
  try {
    data = corpusDir ? await indexFromCorpus(corpusDir) : await indexFromFile(process.env.INDEX_FILE ?? 'data/index.json');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }

  const thesaurus = await loadThesaurusFile(process.env.THESAURUS_FILE || undefined);
  for (const problem of thesaurus.problems) console.error(`Thésaurus : ${problem.message}`);
  const archive = createArchive(data, { thesaurus: thesaurus.groups });
  const source = corpusDir ? `construit depuis ${corpusDir}` : `index du ${data.builtAt}`;
  const suites = [
    { name: 'Pertinence (mots des rapports)', cases: RELEVANCE_CASES },
    { name: 'Questions et mots de tous les jours', cases: QUESTION_CASES },
  ];
  const postgres = await postgresForEval(data, process.env.DATABASE_URL?.trim() || undefined, thesaurus.groups);
  let ok = true;
  try {
    for (const { name, cases } of suites) {
      console.log(`\n${name} : ${cases.length} requêtes sur ${data.sections.length} sections (${source})\n`);
      const result = await evaluate(archive, cases);
      console.log(`Moteur embarqué (MiniSearch)\n${formatTable(result)}`);
      ok &&= meetsThresholds(result);
      if (!postgres) continue;
      const onPostgres = await evaluate(postgres.archive, cases);
      console.log(`\nPostgreSQL (${postgres.label})\n${formatTable(onPostgres)}`);
      ok &&= meetsThresholds(onPostgres);
      const differences = await differingTop3(archive, postgres.archive, cases);
      console.log(`\n${pluralize(differences.length, 'requête')} dont les 3 premiers résultats diffèrent (embarqué | PostgreSQL) :`);
      for (const { query, left, right } of differences) {
        console.log(`  ${query}`);
        for (let i = 0; i < Math.max(left.length, right.length); i++) console.log(`    ${i + 1}. ${(left[i] ?? '—').padEnd(50)} | ${right[i] ?? '—'}`);
      }
    }
  } finally {
    await postgres?.close();
  }
  if (!ok) {
    console.error('\nPertinence insuffisante : voir les lignes KO ci-dessus.');
    return 1;
  }
  return 0;
}

process.exitCode = await main();
