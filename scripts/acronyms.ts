// `npm run acronyms [-- --corpus [DIR]]`: lists the acronyms the reports define themselves, which a
// search widens both ways (« ANAP » ↔ « Agence nationale d’appui à la performance »).
import { loadCorpus } from '../src/ingest/load-corpus';
import { collectDefinitions, type AcronymDefinition } from '../src/search/acronym-definitions';
import { IndexFileError, loadIndexFile } from '../src/search/index-file';
import { readCommandLine, usageError } from './lib/command-line';

const USAGE = `Usage : npm run acronyms [-- --corpus [DOSSIER]]

Liste les sigles que les rapports définissent eux-mêmes (« Agence nationale d’appui à la performance (ANAP) »).
  sans option       les sigles de l’index enregistré (INDEX_FILE ou data/index.json)
  --corpus          ceux des rapports de DOSSIER (corpus/ par défaut), sans rien écrire
  --help            affiche cette aide

Code de sortie : 0, 1 si l’index ou le corpus est illisible, 2 si la commande est mal formée.`;

async function fromCorpus(dir: string): Promise<AcronymDefinition[]> {
  const { outcomes } = await loadCorpus(dir);
  const texts = outcomes.flatMap((outcome) => (outcome.status === 'indexed' ? outcome.report.sections.map((section) => section.text) : []));
  return collectDefinitions(texts);
}

async function fromIndex(path: string): Promise<AcronymDefinition[]> {
  try {
    return (await loadIndexFile(path)).acronyms;
  } catch (error) {
    if (error instanceof IndexFileError && error.reason === 'missing') throw new Error(`Index introuvable (${path}) : lancez d’abord npm run reindex.`);
    throw error;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine(USAGE, { corpus: { type: 'boolean' } }, true);
  if (positionals.length > 1 || (positionals.length === 1 && !values.corpus)) usageError(USAGE, `Argument inattendu : ${positionals.join(' ')}.`);
  const corpusDir = values.corpus ? (positionals[0] ?? 'corpus') : undefined;
  let definitions: AcronymDefinition[];
  try {
    definitions = corpusDir ? await fromCorpus(corpusDir) : await fromIndex(process.env.INDEX_FILE ?? 'data/index.json');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const width = Math.max(0, ...definitions.map((definition) => definition.acronym.length));
  for (const { acronym, longForm, sections } of definitions) {
    console.log(`${acronym.padEnd(width)}  ${longForm}${sections > 1 ? ` (${sections} sections)` : ''}`);
  }
  console.log(`\n${definitions.length} définition${definitions.length > 1 ? 's' : ''} de sigle${definitions.length > 1 ? 's' : ''} trouvée${definitions.length > 1 ? 's' : ''} dans les rapports.`);
  return 0;
}

process.exitCode = await main();
