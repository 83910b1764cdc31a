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
  /** A heading in text size set in italics (a word processor's « bold italic » level). */
  italic?: boolean;
  /** A heading in bold text set in capitals (« RAPPORT MORAL »): the outer level of its size and weight. */
  caps?: boolean;
  /** A heading in bold text set centred, where others of its style are set left: the outer level. */
  centred?: boolean;
}

/** More heading levels than this are not told apart. */
export const MAX_LEVEL = 6;

export function styleOf(line: Line): TextStyle {
  return { size: Math.round(line.size * 2) / 2, bold: line.bold };
}

export function isItalicFont(font: string): boolean {
  return /italic|oblique|-It$/i.test(font.replace(/^[A-Z]{6}\+/, ''));
}

export function styleKey(style: TextStyle): string {
  return `${style.size}${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}${style.caps ? 'C' : ''}${style.centred ? 'c' : ''}`;
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

/** Sizes this close (in points) are too close to say which level is the outer one. */
const SAME_SIZE = 0.5;

/**
 * Heading styles (in document order) → levels: larger first, bold before regular at one size, capitals
 * before small letters and centred before set left at one size and weight (marked only where headings
 * are bold text: levels.ts);
 * level 1 is the largest. Two toss-ups are decided by the style the report uses first, the outer level,
 * as a report opens with a part before its sections:
 * - half a point larger but regular against bold (bold capitals at 10 pt over small capitals at 10.5 pt
 *   in one report, capitals at 12 pt over bold at 11.5 pt in another);
 * - upright against italic in text size (« Titre II » in bold over « Article 5 » in bold italic in a
 *   word processor's report, while another sets its sections in bold italic and a stray link in bold).
 */
export function rankStyles(styles: TextStyle[]): Map<string, number> {
  const ranked = [...new Map(styles.map((style) => [styleKey(style), style])).values()].sort((a, b) => b.size - a.size || Number(b.bold) - Number(a.bold) || Number(Boolean(a.italic)) - Number(Boolean(b.italic)) || Number(Boolean(b.caps)) - Number(Boolean(a.caps)) || Number(Boolean(b.centred)) - Number(Boolean(a.centred)));
  // First uses count from the first heading of the outer level: a motto or a note of the front matter,
  // before it, tells nothing of the levels.
  const start = Math.max(0, styles.findIndex((style) => ranked[0] !== undefined && styleKey(style) === styleKey(ranked[0])));
  const firstUse = new Map<string, number>();
  [...styles.slice(start), ...styles.slice(0, start)].forEach((style, index) => {
    if (!firstUse.has(styleKey(style))) firstUse.set(styleKey(style), index);
  });
  for (let index = 1; index < ranked.length; index += 1) {
    const [larger, smaller] = [ranked[index - 1]!, ranked[index]!];
    const tossUp = (larger.size - smaller.size <= SAME_SIZE && !larger.bold && smaller.bold) ||
      (larger.size === smaller.size && larger.bold === smaller.bold && Boolean(larger.italic) !== Boolean(smaller.italic));
    if (tossUp && firstUse.get(styleKey(smaller))! < firstUse.get(styleKey(larger))!) [ranked[index - 1], ranked[index]] = [smaller, larger];
  }
  return new Map(ranked.map((style, index) => [styleKey(style), Math.min(index + 1, MAX_LEVEL)]));
}
