import { frenchWordShare } from '../../analysis';
import type { IngestProblem, OutlineEntry } from '../../types';
import { timeoutProblem } from '../time-limit';
import { usablePdfTitle } from '../metadata';
import { extractPdf, type PdfExtraction } from './extract-pdf';
import { readLayout } from './layout/read-layout';

export interface PdfInfo {
  title: string | null;
  creationYear: number | null;
}

export type PdfReadResult =
  | { ok: true; title: string | null; outline: OutlineEntry[]; pageCount: number; info: PdfInfo; warnings: IngestProblem[] }
  | { ok: false; problem: IngestProblem };

/**
 * pdf.js prints no warning on a clean file and hundreds on one with garbage in the middle (it then
 * silently loses most of the text): past this many, the report is indexed but flagged as partial.
 */
export const DAMAGE_WARNING_THRESHOLD = 20;

/**
 * Below this share of French words (0.88 and more in every French report read so far), and this share of
 * words spelt as words of any language (0.82 and more in any readable report, English included), the text came
 * out of fonts that do not say which letters they draw: it is indexed, and the operator told.
 */
export const GARBLED_TEXT_SHARE = 0.3;
export const GARBLED_SPELT_SHARE = 0.6;
/** Fewer words than this (a cover, a one-page chart) say too little about the text. */
const GARBLED_TEXT_MIN_WORDS = 50;

export async function readPdf(file: string, bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<PdfReadResult> {
  if (bytes.length === 0) return failure(file, 'empty', `${file} est vide (0 octet) ; remplacez-le par le vrai fichier.`);
  return interpretPdfExtraction(file, bytes, await extractPdf(bytes, options));
}

/** Turns what the worker reported into an outline or an operator-facing problem (pure, hence testable). */
export function interpretPdfExtraction(file: string, bytes: Uint8Array, extraction: PdfExtraction): PdfReadResult {
  if (extraction.type !== 'result') return { ok: false, problem: classifyFailure(file, bytes, extraction) };
  if (extraction.pages.every((page) => page.items.length === 0)) {
    return failure(
      file,
      'no-text',
      `${file} ne contient aucun texte (${extraction.total} page${extraction.total > 1 ? 's' : ''}) : probablement un scan sans couche texte ; passez-le à l’OCR puis réindexez.`,
    );
  }
  const { title, outline } = readLayout(extraction.pages, extraction, usablePdfTitle(extraction.info.title));
  const warnings: IngestProblem[] = [];
  const unreadable = extraction.unreadablePages;
  if (unreadable.length > 0) {
    const pages = unreadable.length > 1 ? `pages ${unreadable.join(', ')} illisibles` : `page ${unreadable[0]} illisible`;
    warnings.push({
      file,
      kind: 'damaged',
      message: `${file} est endommagé (${pages} sur ${extraction.total}) : texte partiel indexé ; remplacez-le par une copie saine.`,
    });
  } else if (extraction.warningCount >= DAMAGE_WARNING_THRESHOLD) {
    warnings.push({
      file,
      kind: 'damaged',
      message: `${file} semble endommagé (${extraction.warningCount} alertes du lecteur PDF) : texte partiel indexé ; remplacez-le par une copie saine.`,
    });
  }
  const read = frenchWordShare(outline.flatMap((entry) => [entry.title, entry.text]));
  if (read.words >= GARBLED_TEXT_MIN_WORDS && read.share < GARBLED_TEXT_SHARE && read.spelt < GARBLED_SPELT_SHARE) {
    warnings.push({
      file,
      kind: 'garbled',
      message: `${file} : texte illisible (${Math.round(read.share * 100)} % de mots français seulement) ; ses polices ne disent pas quelles lettres elles dessinent, la recherche n’y trouvera presque rien. Réexportez-le depuis le logiciel d’origine (ou passez-le à l’OCR) puis réindexez.`,
    });
  }
  return { ok: true, title, outline, pageCount: extraction.total, info: extraction.info, warnings };
}

function classifyFailure(file: string, bytes: Uint8Array, failed: Exclude<PdfExtraction, { type: 'result' }>): IngestProblem {
  if (failed.type === 'timeout') return timeoutProblem(file, failed.afterMs);
  if (failed.name === 'PasswordException') {
    return {
      file,
      kind: 'encrypted',
      message: `${file} est protégé par un mot de passe ; enregistrez-en une copie sans mot de passe.`,
    };
  }
  if (/empty/i.test(failed.message)) return { file, kind: 'empty', message: `${file} est vide (0 octet) ; remplacez-le par le vrai fichier.` };
  const looksLikePdf = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
  if (failed.name === 'InvalidPDFException' && !looksLikePdf) {
    return { file, kind: 'not-pdf', message: `${file} n’est pas un PDF valide ; vérifiez qu’il s’agit bien d’un PDF.` };
  }
  return {
    file,
    kind: 'damaged',
    message: `${file} est endommagé ou tronqué (${failed.message}) ; remplacez-le par une copie complète.`,
  };
}

function failure(file: string, kind: IngestProblem['kind'], message: string): PdfReadResult {
  return { ok: false, problem: { file, kind, message } };
}
