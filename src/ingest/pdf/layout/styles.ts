// Text styles of a document and which of them are heading styles, ranked into levels — the approach of
// pymupdf4llm's header identification: the body size is the size carrying the most characters; larger
// sizes, ranked from the largest, are heading levels. Bold at the body size counts only in a document
// with no larger heading style (its headings can only be told by weight).
import { dominant } from './lines';
import type { Line } from './types';

export interface TextStyle {
  /** Rounded to half a point: the same style measured on two pages must compare equal. */
  size: number;
  bold: boolean;
}

/** More heading levels than this are not told apart. */
export const MAX_LEVEL = 6;

export function styleOf(line: Line): TextStyle {
  return { size: Math.round(line.size * 2) / 2, bold: line.bold };
}

export function styleKey(style: TextStyle): string {
  return `${style.size}${style.bold ? 'b' : ''}`;
}

export function bodySize(lines: Line[]): number {
  return dominant(lines.map((line): [number, number] => [styleOf(line).size, line.text.length])) ?? 0;
}

/** Whether a line's style may be a heading style in a document whose body is `body` points. */
export function isHeadingStyle(style: TextStyle, body: number, boldCounts: boolean): boolean {
  return style.size > body || (boldCounts && style.bold && style.size === body);
}

/** Whether any style larger than the body is used in the document (then body-size bold is emphasis). */
export function hasLargerStyle(styles: TextStyle[], body: number): boolean {
  return styles.some((style) => style.size > body);
}

/** Sizes this close (in points) read as one size: which is the outer level is not told by half a point. */
const SAME_SIZE = 0.5;

/**
 * Heading styles (in document order) → levels: larger first, bold before regular at one size; level 1 is
 * the largest. Sizes half a point apart are too close to rank by size, and weight cannot say either
 * (bold capitals at 10 pt over small capitals at 10.5 pt in one report, capitals at 12 pt over bold at
 * 11.5 pt in another): the size the document uses first is the outer level, as a report opens with its
 * first part before that part's sections.
 */
export function rankStyles(styles: TextStyle[]): Map<string, number> {
  const firstUse = new Map<number, number>();
  styles.forEach((style, index) => {
    if (!firstUse.has(style.size)) firstUse.set(style.size, index);
  });
  const unique = [...new Map(styles.map((style) => [styleKey(style), style])).values()].sort((a, b) => b.size - a.size);
  // Each band of sizes is named by its largest (sizes sorted from the largest, each band spans SAME_SIZE).
  const band = new Map<number, number>();
  let top = Infinity;
  for (const { size } of unique) {
    if (top - size > SAME_SIZE) top = size;
    band.set(size, top);
  }
  const ranked = unique.sort((a, b) =>
    band.get(b.size)! - band.get(a.size)! || firstUse.get(a.size)! - firstUse.get(b.size)! || Number(b.bold) - Number(a.bold));
  return new Map(ranked.map((style, index) => [styleKey(style), Math.min(index + 1, MAX_LEVEL)]));
}
