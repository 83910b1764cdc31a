// Corpus folder → index file, reusing the reports whose bytes did not change. Used by
// `npm run reindex` and by `npm start` when the index is stale.
import { performance } from 'node:perf_hooks';
import { countWords } from '../../src/analysis';
import { loadCorpus, type CorpusFileEvent } from '../../src/ingest/load-corpus';
import type { DatabaseSettings } from '../../src/search';
import { pluralize } from '../../src/plural';
import { printable } from './printable';
import { reindexTarget, type ReindexTarget } from './reindex-target';
import type { IngestProblem, Report } from '../../src/types';

export interface ReindexOptions {
  corpusDir: string;
  indexFile: string;
  /** Write a new generation in PostgreSQL instead of the index file (DATABASE_URL). */
  database?: DatabaseSettings | undefined;
  /** One line per file, then the summary; console.log by default. */
  log?: (line: string) => void;
  pdfTimeoutMs?: number;
  now?: () => Date;
}

export interface ReindexSummary {
  reports: number;
  sections: number;
  words: number;
  /** Reports taken unchanged from the previous index. */
  reused: number;
  failed: IngestProblem[];
  warnings: IngestProblem[];
  skipped: string[];
  /** Size of the index written, null when nothing was written. */
  bytes: number | null;
  written: boolean;
  ms: number;
}

export async function reindexCorpus(options: ReindexOptions): Promise<ReindexSummary> {
  const target = reindexTarget(options);
  try {
    return await reindexInto(target, options);
  } finally {
    await target.close();
  }
}

async function reindexInto(target: ReindexTarget, options: ReindexOptions): Promise<ReindexSummary> {
  const print = options.log ?? ((line: string) => console.log(line));
  const log = (line: string): void => print(printable(line));
  const started = performance.now();
  const previous = await target.previousReports(log);
  const previousBySource = new Map([...previous.values()].map((report) => [report.meta.sourceFile, report]));
  const summary: ReindexSummary = { reports: 0, sections: 0, words: 0, reused: 0, failed: [], warnings: [], skipped: [], bytes: null, written: false, ms: 0 };
  const reports: Report[] = [];
  const onFile = (event: CorpusFileEvent): void => {
    const { outcome } = event;
    if (outcome.status === 'indexed') {
      reports.push(outcome.report);
      summary.warnings.push(...outcome.warnings);
      if (event.reused) summary.reused += 1;
    } else if (outcome.status === 'failed') {
      summary.failed.push(outcome.problem);
    } else {
      summary.skipped.push(outcome.file);
    }
    for (const line of progressLines(event)) log(line);
    // A report whose new file is broken keeps its last good version: bad input loses nothing.
    const kept = outcome.status === 'failed' ? previousBySource.get(event.file) : undefined;
    if (kept) {
      reports.push(kept);
      log(`    ↺ la version précédemment indexée de ${event.file} reste en ligne jusqu’à ce que le fichier soit réparé.`);
    }
  };
  await loadCorpus(options.corpusDir, { previous, onFile, ...(options.pdfTimeoutMs === undefined ? {} : { pdfTimeoutMs: options.pdfTimeoutMs }) });

  summary.reports = reports.length;
  summary.sections = reports.reduce((sum, report) => sum + report.sections.length, 0);
  summary.words = reports.reduce((sum, report) => sum + report.sections.reduce((n, section) => n + countWords(section.text), 0), 0);
  if (reports.length === 0) {
    summary.ms = performance.now() - started;
    log(`Aucun rapport indexé dans ${options.corpusDir} : ${target.unchanged}.`);
    return summary;
  }
  const { bytes, written } = await target.write(reports, (options.now ?? (() => new Date()))());
  summary.bytes = bytes;
  summary.written = true;
  summary.ms = performance.now() - started;
  log(summaryLine(summary, written));
  return summary;
}

const FORMAT_LABELS = { markdown: 'Markdown', text: 'texte', pdf: 'PDF' } as const;

export function progressLines(event: CorpusFileEvent): string[] {
  const { outcome } = event;
  if (outcome.status === 'failed') return [`  ✗ ${event.file} — ${outcome.problem.message}`];
  if (outcome.status === 'skipped') return [`  – ${outcome.message}`];
  const { meta, sections } = outcome.report;
  const pages = meta.pageCount === null ? '' : `, ${pluralize(meta.pageCount, 'page')}`;
  const reused = event.reused ? ' (inchangé, repris de l’index précédent)' : '';
  return [
    `  ✓ ${event.file} — ${FORMAT_LABELS[meta.format]}${pages}, ${pluralize(sections.length, 'section')}${reused}`,
    ...outcome.warnings.map((warning) => `    ! ${warning.message}`),
  ];
}


/** `written` says where: « écrit dans data/index.json », « génération 3 en service dans PostgreSQL ». */
export function summaryLine(summary: ReindexSummary, written: string): string {
  const size = summary.bytes === null ? ` ; ${written}` : ` ; index de ${formatBytes(summary.bytes)} ${written}`;
  const problems = summary.failed.length > 0 ? ` ; ${pluralize(summary.failed.length, 'fichier')} en échec` : '';
  const seconds = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(summary.ms / 1000);
  return (
    `${pluralize(summary.reports, 'rapport')}, ${pluralize(summary.sections, 'section')}, ` +
    `${pluralize(summary.words, 'mot')}${size}${problems} — ${seconds} s.`
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  const digits = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${digits.format(bytes / 1024)} Ko` : `${digits.format(bytes / (1024 * 1024))} Mo`;
}
