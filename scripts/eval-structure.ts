// `npm run eval:structure`: reads the PDF renderings of the 2020 report (tests/fixtures/pdf/structure/,
// made by scripts/make-structure-fixtures.ts) and prints, per PDF, how many of the markdown's headings
// were found, how many found titles are real headings, and how many sit at the right level; the same for
// the reports of tests/fixtures/pdf/unseen/ against their own HTML (scripts/make-unseen-fixtures.ts), and those
// of tests/fixtures/pdf/writer/ (LibreOffice exports, scripts/make-writer-fixtures.ts) and tests/fixtures/pdf/producers/
// (pdfLaTeX and Impress, scripts/make-producer-fixtures.ts) against theirs; then the
// relevance suite's 2020 queries on an index built from each PDF instead of the markdown.
// Exit code 1 under the thresholds.
import { RELEVANCE_CASES } from '../tests/search/relevance.cases';
import { archiveWith2020From, casesOf2020 } from './lib/pdf-relevance';
import { evaluate, MIN_TOP3_SHARE } from './lib/relevance';
import { formatStructureTable, meetsStructureThresholds, scoreAllFixtures, scoreUnseenFixtures } from './lib/structure';
import { STRUCTURE_LAYOUTS } from './lib/structure-layouts';
import { readCommandLine } from './lib/command-line';

const USAGE = `Usage : npm run eval:structure

Lit les rendus PDF du rapport 2020 (tests/fixtures/pdf/structure/) et affiche, par PDF, le rappel, la
précision et les niveaux des titres trouvés, puis la pertinence des requêtes 2020 sur chaque PDF.
  --help            affiche cette aide

Code de sortie : 0 si tout atteint les seuils, 1 sinon, 2 si la commande est mal formée.`;

readCommandLine(USAGE, {});

const FIXTURES = 'tests/fixtures/pdf/structure';
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

const scores = await scoreAllFixtures(FIXTURES);
console.log('Structure des PDF : titres lus contre ceux de corpus/rapport-annuel-2020.md\n');
console.log(formatStructureTable(scores));

// Reports written after the reader, in layouts its rules were not made for: each against its HTML.
const unseen = await scoreUnseenFixtures();
console.log('\nStructure des rapports inédits (tests/fixtures/pdf/unseen/) : titres lus contre les h1–h3 de leur HTML\n');
console.log(formatStructureTable(unseen));

// Reports exported by LibreOffice Writer, as associations write theirs: each against its own gold.
const writer = await scoreUnseenFixtures('tests/fixtures/pdf/writer');
console.log('\nStructure des rapports exportés par LibreOffice Writer (tests/fixtures/pdf/writer/) : titres lus contre ceux de leur auteur\n');
console.log(formatStructureTable(writer));

// Reports from other producers: pdfLaTeX, a LibreOffice Impress deck, a Chromium report and its Ghostscript
// reprint, each against its own gold.
const producers = await scoreUnseenFixtures('tests/fixtures/pdf/producers');
console.log('\nStructure des rapports imprimés par pdfLaTeX, LibreOffice Impress, et Chromium puis Ghostscript (tests/fixtures/pdf/producers/) : titres lus contre ceux de leur auteur\n');
console.log(formatStructureTable(producers));

const cases = casesOf2020(RELEVANCE_CASES);
console.log(`\nPertinence : les ${cases.length} requêtes de 2020, index construit depuis chaque PDF au lieu du markdown\n`);
let relevant = true;
for (const file of ['corpus/rapport-annuel-2020.md', ...STRUCTURE_LAYOUTS.map((layout) => `${FIXTURES}/${layout.file}`)]) {
  const result = await evaluate(await archiveWith2020From(file), cases);
  const misses = result.rows.filter((row) => !row.ok).map((row) => `« ${row.query} » (rang ${row.rank ?? '—'}, premier : ${row.firstHit ?? 'aucun'})`);
  if (file.endsWith('.pdf')) relevant &&= result.top3 >= MIN_TOP3_SHARE;
  console.log(`${file.replace(/.*\//, '').padEnd(30)} top 1 ${percent(result.top1)}  top 3 ${percent(result.top3)}  MRR ${result.mrr.toFixed(3)}`);
  for (const miss of misses) console.log(`    raté : ${miss}`);
}
console.log(`(minimum ${percent(MIN_TOP3_SHARE)} dans le top 3)`);
process.exitCode = [...scores, ...unseen, ...writer, ...producers].every(meetsStructureThresholds) && relevant ? 0 : 1;
