import { createHash } from 'node:crypto';
import type { IngestProblem, ReportFormat, ReportMeta } from '../types';
import { slugify } from './slug';

export const DEFAULT_ORGANISATION = 'Nexem';

/** Fields a `<file>.meta.json` sidecar may set; anything else in it is ignored. */
export interface SidecarOverrides {
  id?: string;
  title?: string;
  year?: number | null;
  organisation?: string;
}

export interface MetaInput {
  /** File name relative to the corpus folder. */
  file: string;
  format: ReportFormat;
  bytes: Uint8Array;
  sidecar?: Uint8Array | undefined;
  /** Title found in the document itself (first heading, first line). */
  documentTitle: string | null;
  pageCount: number | null;
  /** PDF Info dictionary, when there is one. */
  pdfInfo?: { title: string | null; creationYear: number | null } | undefined;
}

export function sidecarName(file: string): string {
  return `${file}.meta.json`;
}

/** Derives what the archive shows about a report; the sidecar, when valid, has the last word. */
export function deriveMeta(input: MetaInput): { meta: ReportMeta; problems: IngestProblem[] } {
  const problems: IngestProblem[] = [];
  let overrides: SidecarOverrides = {};
  if (input.sidecar !== undefined) {
    const parsed = parseSidecar(input.file, input.sidecar);
    if ('problem' in parsed) problems.push(parsed.problem);
    else overrides = parsed.overrides;
  }
  const baseName = input.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const title = overrides.title ?? usablePdfTitle(input.pdfInfo?.title) ?? input.documentTitle ?? humanise(baseName);
  const year =
    overrides.year !== undefined ? overrides.year : (yearIn(title) ?? yearIn(baseName) ?? input.pdfInfo?.creationYear ?? null);
  const meta: ReportMeta = {
    id: overrides.id ?? slugify(baseName),
    title,
    year,
    organisation: overrides.organisation ?? DEFAULT_ORGANISATION,
    sourceFile: input.file,
    format: input.format,
    pageCount: input.pageCount,
    contentHash: contentHash(input.bytes, input.sidecar),
  };
  return { meta, problems };
}

/** sha256 of the report bytes, then of the sidecar: editing either one forces a new extraction. */
export function contentHash(bytes: Uint8Array, sidecar?: Uint8Array): string {
  const hash = createHash('sha256').update(bytes);
  if (sidecar !== undefined) hash.update('\0meta.json\0').update(sidecar);
  return hash.digest('hex');
}

/** A 4-digit year 19xx/20xx standing on its own (« Rapport annuel 2020 », `retrospective-2024`). */
export function yearIn(text: string): number | null {
  const match = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** `rapport-annuel-2020` → « Rapport annuel 2020 ». */
export function humanise(baseName: string): string {
  const words = baseName.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : baseName;
}

/** The names editors give a new file: « Document sans titre », « Untitled document », « Document1 ». */
const EDITOR_DEFAULT_NAME = /^(?:(?:document\s+)?sans\s+titre(?:\s+\d+)?|untitled(?:\s+document)?(?:\s+\d+)?|document\s*\d*|présentation\s*\d*|diapositive\s*\d*|classeur\s*\d*)$/iu;

/**
 * Producers fill Title with file names (« Microsoft Word - rapport.docx », « untitled ») or, printing from
 * a browser, the page's address (« about:blank », « https://… »): ignore those.
 */
export function usablePdfTitle(title: string | null | undefined): string | null {
  const trimmed = title?.trim() ?? '';
  if (trimmed === '' || /\.(docx?|indd|pdf|odt|pptx?|qxp)\b|^microsoft |^(?:about|https?|file|data):/i.test(trimmed) || EDITOR_DEFAULT_NAME.test(trimmed)) return null;
  return trimmed;
}

export function parseSidecar(file: string, bytes: Uint8Array): { overrides: SidecarOverrides } | { problem: IngestProblem } {
  const bad = (reason: string) => ({
    problem: {
      file: sidecarName(file),
      kind: 'bad-sidecar' as const,
      message: `${sidecarName(file)} est ignoré : ${reason}. Le rapport est indexé avec les métadonnées déduites du fichier.`,
    },
  });
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return bad(`JSON invalide (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('il doit contenir un objet JSON { … }');
  const record = value as Record<string, unknown>;
  const overrides: SidecarOverrides = {};
  for (const key of ['id', 'title', 'organisation'] as const) {
    const field = record[key];
    if (field === undefined) continue;
    if (typeof field !== 'string' || field.trim() === '') return bad(`« ${key} » doit être un texte non vide`);
    overrides[key] = key === 'id' ? slugify(field) : field.trim();
  }
  if (record.year !== undefined) {
    const year = record.year;
    if (year !== null && !(typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2099)) {
      return bad('« year » doit être une année comme 2021 (ou null)');
    }
    overrides.year = year;
  }
  return { overrides };
}
