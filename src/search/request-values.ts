// What the archive reads from a request it cannot trust (the web layer, a script): every value is
// checked or replaced here, so a hostile one is answered rather than thrown on.

// A lone surrogate (half an emoji cut by a client) would make encodeURIComponent throw.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export function clampInteger(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(number)));
}

export function reportFilter(reportId: unknown): string | undefined {
  return typeof reportId === 'string' && reportId !== '' ? reportId : undefined;
}
