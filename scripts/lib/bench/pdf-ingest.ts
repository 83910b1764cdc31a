// PDF ingestion speed: every PDF fixture read the way `npm run reindex` reads a corpus (a worker per
// file, several files at once, layout, sections), a few rounds. Wall time is what an operator waits;
// CPU time (all threads of this process) is what the machine spent, less sensitive to other work on a
// shared machine.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadCorpus } from '../../../src/ingest/load-corpus';

export interface PdfIngestResult {
  files: number;
  pages: number;
  rounds: number;
  seconds: number;
  cpuSeconds: number;
  pagesPerSecond: number;
  pagesPerCpuSecond: number;
}

/** Goal of issue 9, on the project's 2-core machines. */
export const PDF_PAGES_PER_SECOND_GOAL = 50;

function pdfFixtures(root: string): string[] {
  const dirs = [join(root, 'tests/fixtures/pdf'), join(root, 'tests/fixtures/pdf/structure')];
  // Broken fixtures (encrypted, scanned, truncated) measure refusals, not reading.
  const broken = new Set(['chiffre.pdf', 'scan-sans-texte.pdf', 'tronque.pdf']);
  return dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.pdf') && !broken.has(name)).map((name) => join(dir, name)));
}

export async function benchPdfIngest(root: string, rounds = 3): Promise<PdfIngestResult> {
  const fixtures = pdfFixtures(root);
  const corpus = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    for (const path of fixtures) copyFileSync(path, join(corpus, basename(path)));
    let pages = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      for (const outcome of (await loadCorpus(corpus)).outcomes) {
        if (outcome.status !== 'indexed') throw new Error(`un PDF n’a pas pu être lu pendant le banc d’essai (${outcome.status})`);
        pages += outcome.report.meta.pageCount ?? 0;
      }
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return { files: fixtures.length, pages, rounds, seconds, cpuSeconds, pagesPerSecond: pages / seconds, pagesPerCpuSecond: pages / cpuSeconds };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

export function formatPdfIngest(result: PdfIngestResult): string {
  const goal = result.pagesPerSecond >= PDF_PAGES_PER_SECOND_GOAL ? 'objectif atteint' : 'sous l’objectif';
  return (
    `Lecture des PDF : ${result.pagesPerSecond.toFixed(1)} pages/s (${result.pages} pages, ${result.files} fichiers × ${result.rounds} tours, ` +
    `${result.seconds.toFixed(1)} s ; ${result.pagesPerCpuSecond.toFixed(1)} pages par seconde de CPU) — objectif ≥ ${PDF_PAGES_PER_SECOND_GOAL} pages/s : ${goal}`
  );
}
