// Reading query-string parameters the same way for pages and the JSON API.
// Express 5 gives `string | string[] | undefined` (or objects with the extended parser):
// anything odd is treated as absent rather than trusted.

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
