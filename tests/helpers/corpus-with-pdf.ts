// A scratch corpus with every source format: the real reports (markdown, text) and the PDF fixture,
// copied under an accented name. The real corpus has no PDF, and a PDF is what most operators drop in.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../src/ingest/ingest-file';
import { buildIndexData, createArchive, type Archive } from '../../src/search';
import type { Report } from '../../src/types';
import { loadRealReports } from './corpus';
import { makeScratch, type Scratch } from './scratch';

const PDF_FIXTURE = fileURLToPath(new URL('../fixtures/pdf/rapport-activite-2022.pdf', import.meta.url));
/** Its id stays `rapport-activite-2022`; the accent is for the Content-Disposition file name. */
export const PDF_SOURCE_NAME = 'rapport-activité-2022.pdf';

export interface CorpusWithPdf extends Scratch {
  archive: Archive;
  reports: Report[];
  pdf: Report;
}

export async function makeCorpusWithPdf(prefix: string): Promise<CorpusWithPdf> {
  const scratch = await makeScratch(prefix);
  await copyFile(PDF_FIXTURE, join(scratch.corpusDir, PDF_SOURCE_NAME));
  const outcome = await ingestFile({ name: PDF_SOURCE_NAME, bytes: await readFile(PDF_FIXTURE) });
  if (outcome.status !== 'indexed') throw new Error(`Le PDF de test n’a pas pu être indexé : ${JSON.stringify(outcome)}`);
  const reports = [...(await loadRealReports()), outcome.report];
  return { ...scratch, reports, pdf: outcome.report, archive: createArchive(buildIndexData(reports, new Date())) };
}
