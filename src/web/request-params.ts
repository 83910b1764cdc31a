// Reading query-string parameters the same way for pages and the JSON API.
// Express 5 gives `string | string[] | undefined` (or objects with the extended parser):
// anything odd is treated as absent rather than trusted.
import type { SearchRequest } from '../types';

/** Longer queries are cut: no real question needs more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

export function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

export interface QueryText {
  q: string;
  /** True when the query was longer than MAX_QUERY_LENGTH and has been cut. */
  truncated: boolean;
}

export function readQueryText(value: unknown): QueryText {
  const raw = (firstString(value) ?? '').trim();
  if (raw.length <= MAX_QUERY_LENGTH) return { q: raw, truncated: false };
  return { q: [...raw].slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}

/** A parameter that must be a whole number, when present. */
export type IntegerParam = { ok: true; value: number | undefined } | { ok: false };

/**
 * Digits only: `Number()` also reads « 2e3 », « 0x10 », « +3 », « 1.5 » and « 12 » with spaces, which
 * no reader means as a page or a year. The API refuses them, the pages ignore them.
 */
export function readInteger(value: unknown): IntegerParam {
  const raw = firstString(value);
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  if (!/^\d{1,15}$/.test(raw)) return { ok: false };
  return { ok: true, value: Number(raw) };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A year filter is only meaningful as a plausible four-digit year. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1000 && year <= 9999;
}

export function readId(value: unknown): string | undefined {
  const raw = firstString(value)?.trim();
  return raw ? raw.slice(0, 200) : undefined;
}

/** An on/off parameter (`strict=1`): undefined when absent, null when it is something else. */
export function readFlag(value: unknown): boolean | undefined | null {
  const raw = firstString(value)?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (raw === '1' || raw === 'true' || raw === 'oui') return true;
  if (raw === '0' || raw === 'false' || raw === 'non') return false;
  return null;
}

/** The JSON API's search parameters, or the French reason they are refused (a 400). */
export type ApiSearchParams = { ok: true; request: SearchRequest } | { ok: false; message: string };

/**
 * `q`, `report`, `year`, `page`, `limit`, `strict`, `allReports` as /api/search reads them: strict, unlike the pages. Every
 * endpoint that takes a search (/api/search, /api/timeline) reads it here, so its errors are the same.
 */
export function readApiSearchParams(query: Record<string, unknown>): ApiSearchParams {
  const { q, truncated } = readQueryText(query.q);
  if (truncated) return { ok: false, message: `Le paramètre « q » est limité à ${MAX_QUERY_LENGTH} caractères.` };
  const page = readInteger(query.page);
  const limit = readInteger(query.limit);
  const year = readInteger(query.year);
  const strict = readFlag(query.strict);
  if (strict === null) return badParam('strict', '1 (seulement les mots tapés) ou 0');
  const allReports = readFlag(query.allReports);
  if (allReports === null) return badParam('allReports', '1 (tous les rapports dans facets.reports) ou 0');
  if (!page.ok) return badParam('page', 'un numéro de page (1, 2, 3…)');
  if (!limit.ok) return badParam('limit', `un nombre de résultats entre 1 et ${MAX_PAGE_SIZE}`);
  if (!year.ok || (year.value !== undefined && !isPlausibleYear(year.value))) {
    return badParam('year', 'une année sur quatre chiffres (par exemple 2020)');
  }
  return {
    ok: true,
    request: {
      q,
      reportId: readId(query.report),
      year: year.value,
      page: Math.max(1, page.value ?? 1),
      limit: clamp(limit.value ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
      strict: strict === true,
      allReports: allReports === true,
    },
  };
}

function badParam(name: string, expected: string): ApiSearchParams {
  return { ok: false, message: `Le paramètre « ${name} » doit être ${expected}.` };
}
