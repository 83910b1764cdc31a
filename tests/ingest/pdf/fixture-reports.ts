// A PDF fixture read as an operator's report is, beside the gold its author wrote with it.
import { readFile } from 'node:fs/promises';
import { ingestFile } from '../../../src/ingest/ingest-file';

export async function readFixtureReport(dir: string, file: string) {
  const outcome = await ingestFile({ name: file, bytes: await readFile(`${dir}/${file}`) });
  if (outcome.status !== 'indexed') throw new Error(`${file} n’a pas été indexé`);
  const gold = JSON.parse(await readFile(`${dir}/${file.replace(/\.pdf$/, '.gold.json')}`, 'utf8')) as { title: string; text: string };
  return { report: outcome.report, gold, text: outcome.report.sections.map((section) => `${section.title}\n${section.text}`).join('\n') };
}

/** The words of a text as the word checks compare them: split on spaces and punctuation. */
export const wordsOf = (text: string) => text.normalize('NFKC').split(/[\s,.;:!?«»()"“”…]+/u).filter(Boolean);
