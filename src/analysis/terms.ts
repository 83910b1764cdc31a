// The one place where a word becomes search terms. Indexing, query parsing and highlighting all call
// `analyzeWord`, so a word found by the index is always a word the highlighter marks.
import { stemmer } from '@orama/stemmers/french';
import { foldAccents, normalizeApostrophes } from './normalize';
import { isStopWord } from './stopwords';

export type WordKind = 'acronym' | 'number' | 'word';

export interface WordAnalysis {
  /** Lowercase, accent-free form of the whole word: the exact-match term. */
  exact: string;
  /**
   * Stem terms. Snowball French depends on accents (attractivité → attract, attractivite → attractivit),
   * so both fold(stem(w)) and stem(fold(w)) are kept: a query typed without accents then meets the
   * accented text. Empty for acronyms and numbers.
   */
  stems: string[];
  /** Analyses of the parts of a compound (médico-social, SERAFIN-PH, CCN66), empty for a plain word. */
  parts: WordAnalysis[];
  kind: WordKind;
  stop: boolean;
}

const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}]{2,}$/u;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const COMPOUND_SEPARATOR = /[-‐‑]+/;
// Boundaries between letters and digits: CCN66 → CCN + 66, 2e → 2 + e.
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

const cache = new Map<string, WordAnalysis>();
const CACHE_LIMIT = 200_000;

/** Analyses one token surface (see `tokenize`). Memoised: the vocabulary is small, texts are not. */
export function analyzeWord(surface: string): WordAnalysis {
  const cached = cache.get(surface);
  if (cached) return cached;
  const analysis = computeAnalysis(surface);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(surface, analysis);
  return analysis;
}

function computeAnalysis(surface: string): WordAnalysis {
  const written = normalizeApostrophes(surface);
  const lower = written.toLowerCase();
  const exact = foldAccents(lower);
  const kind: WordKind = NUMBER.test(written) ? 'number' : ACRONYM.test(written) ? 'acronym' : 'word';
  const parts = splitCompound(written).map(analyzeWord);
  const stop = parts.length === 0 && isStopWord(exact);
  const stems = kind === 'word' && !stop ? unique([foldAccents(stemmer(lower)), stemmer(exact)]).filter((s) => s !== exact) : [];
  return { exact, stems, parts, kind, stop };
}

/**
 * One term per word for comparing word sequences (« maison de retraite », « services autonomie à
 * domicile »): its stem, so « établissement » and « établissements » agree, or the word itself for
 * acronyms and numbers. Undefined for a stop word, which such comparisons skip.
 */
export function matchKey(surface: string): string | undefined {
  const analysis = analyzeWord(surface);
  if (analysis.stop) return undefined;
  return analysis.stems[0] ?? analysis.exact;
}

function splitCompound(word: string): string[] {
  const byHyphen = word.split(COMPOUND_SEPARATOR).filter(Boolean);
  const pieces = byHyphen.flatMap((piece) => piece.split(LETTER_DIGIT_BOUNDARY)).filter(Boolean);
  return pieces.length > 1 ? pieces : [];
}

const termsCache = new Map<string, readonly string[]>();

/**
 * Every term the index stores for a word: exact form, stems, and the terms of its parts. Memoised like
 * analyzeWord (a reindex asks for every word of every section); the list is shared, never to be changed.
 */
export function indexTerms(surface: string): readonly string[] {
  const cached = termsCache.get(surface);
  if (cached) return cached;
  const analysis = analyzeWord(surface);
  const terms = analysis.stop ? [] : unique(collectTerms(analysis));
  if (termsCache.size >= CACHE_LIMIT) termsCache.clear();
  termsCache.set(surface, terms);
  return terms;
}

function collectTerms(analysis: WordAnalysis): string[] {
  if (analysis.stop) return [];
  return [analysis.exact, ...analysis.stems, ...analysis.parts.flatMap(collectTerms)];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
