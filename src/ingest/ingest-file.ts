import type { FileOutcome, IngestProblem, OutlineEntry, ReportFormat } from '../types';
import { formatOf } from './corpus-files';
import { decodeUtf8 } from './decode-text';
import { readMarkdown } from './markdown';
import { deriveMeta } from './metadata';
import { readPdf, type PdfInfo } from './pdf/read-pdf';
import { buildSections } from './sections';
import { parseExtractedText } from './text/parse-extracted-text';
import { DEFAULT_READ_TIMEOUT_MS, deadlineCheckpoint, ReadTimeoutError, timeoutProblem } from './time-limit';

export interface IngestInput {
  /** File name relative to the corpus folder. */
  name: string;
  bytes: Buffer;
  /** Content of `<name>.meta.json`, when present. */
  sidecar?: Buffer | undefined;
}

export interface IngestOptions {
  pdfTimeoutMs?: number;
  /** Time limit for extracted text (.txt), checked between the stages of the parse. */
  textTimeoutMs?: number;
}

interface ReadOutcome {
  title: string | null;
  outline: OutlineEntry[];
  pageCount: number | null;
  pdfInfo?: PdfInfo;
  warnings: IngestProblem[];
}


/** One corpus file → an indexed report, a reason it could not be indexed, or a notice that it was skipped. */
export async function ingestFile(input: IngestInput, options: IngestOptions = {}): Promise<FileOutcome> {
  const { name, bytes } = input;
  const format = formatOf(name);
  if (format === null) {
    return { status: 'skipped', file: name, message: `${name} ignoré : format non pris en charge (formats acceptés : .md, .markdown, .txt, .pdf).` };
  }
  const fail = (kind: IngestProblem['kind'], message: string): FileOutcome => ({ status: 'failed', problem: { file: name, kind, message } });
  if (bytes.length === 0) return fail('empty', `${name} est vide (0 octet) ; remplacez-le par le vrai fichier.`);
  try {
    const read = await readByFormat(name, format, bytes, options);
    if ('problem' in read) return { status: 'failed', problem: read.problem };
    const { meta, problems } = deriveMeta({
      file: name,
      format,
      bytes,
      sidecar: input.sidecar,
      documentTitle: read.title,
      pageCount: read.pageCount,
      pdfInfo: read.pdfInfo,
    });
    const sections = buildSections(meta.id, read.outline);
    if (sections.length === 0) return fail('empty', `${name} ne contient aucun texte à indexer.`);
    return { status: 'indexed', report: { meta, sections }, warnings: [...read.warnings, ...problems] };
  } catch (error) {
    if (error instanceof ReadTimeoutError) return { status: 'failed', problem: timeoutProblem(name, error.afterMs) };
    // A reader bug on one file must not stop the corpus: report it with the cause.
    const cause = error instanceof Error ? error.message : String(error);
    return fail('unreadable', `${name} n’a pas pu être lu (${cause}) ; signalez ce fichier à l’équipe technique.`);
  }
}

async function readByFormat(
  name: string,
  format: ReportFormat,
  bytes: Buffer,
  options: IngestOptions,
): Promise<ReadOutcome | { problem: IngestProblem }> {
  if (format === 'pdf') {
    const pdf = await readPdf(name, bytes, options.pdfTimeoutMs === undefined ? {} : { timeoutMs: options.pdfTimeoutMs });
    if (!pdf.ok) return { problem: pdf.problem };
    return { title: pdf.title, outline: pdf.outline, pageCount: pdf.pageCount, pdfInfo: pdf.info, warnings: pdf.warnings };
  }
  const decoded = decodeUtf8(name, bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  const checkpoint = deadlineCheckpoint(options.textTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS);
  const { title, outline } = format === 'markdown' ? readMarkdown(decoded.text) : parseExtractedText([decoded.text], { checkpoint });
  return { title, outline, pageCount: null, warnings: [] };
}
