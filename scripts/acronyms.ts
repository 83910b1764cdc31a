// `npm run acronyms [-- --corpus [DIR]]`: lists the acronyms the reports define themselves, which a
// search widens both ways (« ANAP » ↔ « Agence nationale d’appui à la performance »).
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/ingest/load-corpus';
import { collectDefinitions, type AcronymDefinition } from '../src/search/acronym-definitions';
import { IndexFileError, loadIndexFile } from '../src/search/index-file';

const USAGE = `Usage : npm run acronyms [-- --corpus [DOSSIER]]
  sans option : les sigles définis dans l’index enregistré (INDEX_FILE ou data/index.json)
  --corpus    : les sigles définis dans les rapports de DOSSIER (corpus/ par défaut), sans rien écrire`;

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
  let corpusDir: string | undefined;
  try {
    const { values, positionals } = parseArgs({ options: { corpus: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length > 1 || (positionals.length === 1 && !values.corpus)) throw new Error(`Argument inattendu : ${positionals.join(' ')}`);
    if (values.corpus) corpusDir = positionals[0] ?? 'corpus';
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
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
