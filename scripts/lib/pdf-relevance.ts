// The relevance suite's 2020 queries run on an index where the 2020 report comes from one of its PDF
// renderings instead of the markdown: what a reader would find had Nexem dropped the PDF into corpus/.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ingestFile } from '../../src/ingest/ingest-file';
import { buildIndexData, createArchive, type Archive } from '../../src/search/index';
import type { Report } from '../../src/types';
import type { RelevanceCase } from './relevance';
import { expectedSections } from './relevance';

const REPORT_2020 = 'rapport-annuel-2020';

/** Cases with a 2020 answer, that answer only (a 2024 alternative would hide a miss in the PDF). */
export function casesOf2020(cases: readonly RelevanceCase[]): RelevanceCase[] {
  return cases.flatMap((testCase) => {
    const expected = expectedSections(testCase).filter((section) => section.reportId === REPORT_2020);
    return expected.length > 0 ? [{ ...testCase, expected }] : [];
  });
}

async function ingestOrThrow(name: string, path: string): Promise<Report> {
  const outcome = await ingestFile({ name, bytes: await readFile(path) });
  if (outcome.status !== 'indexed') throw new Error(`${path} n’a pas pu être indexé : ${JSON.stringify(outcome)}`);
  return outcome.report;
}

let report2024: Promise<Report> | undefined;

/** The real 2024 report plus the 2020 report read from `path`, a PDF or the markdown (under its usual id). */
export async function archiveWith2020From(path: string, corpusDir = 'corpus'): Promise<Archive> {
  const reports = [
    await ingestOrThrow(`${REPORT_2020}${extname(path)}`, path),
    // Read once per process: only the 2020 report changes from one rendering to the next.
    await (report2024 ??= ingestOrThrow('retrospective-2024.txt', `${corpusDir}/retrospective-2024.txt`)),
  ];
  return createArchive(buildIndexData(reports, new Date()));
}
