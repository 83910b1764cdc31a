// `npm run eval:structure`: reads the PDF renderings of the 2020 report (tests/fixtures/pdf/structure/,
// made by scripts/make-structure-fixtures.ts) and prints, per PDF, how many of the markdown's headings
// were found, how many found titles are real headings, and how many sit at the right level.
// Exit code 1 under the thresholds.
import { formatStructureTable, meetsStructureThresholds, scoreAllFixtures } from './lib/structure';

const scores = await scoreAllFixtures();
console.log(`Structure des PDF : titres lus contre ceux de corpus/rapport-annuel-2020.md\n`);
console.log(formatStructureTable(scores));
process.exitCode = scores.every(meetsStructureThresholds) ? 0 : 1;
