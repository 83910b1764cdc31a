// Text items and lines as pdf.js and the line stage give them, for the layout stage tables.
import type { Line, TextItem } from '../../../src/ingest/pdf/layout/types';

/** An item whose width follows its text (half an em per character, close to a text font's average). */
export function item(str: string, x: number, y: number, size = 10, font = 'AAAAAA+DejaVuSerif'): TextItem {
  return { str, x, y, size, width: str.length * size * 0.5, font };
}

export function line(text: string, fields: Partial<Line> = {}): Line {
  const size = fields.size ?? 10;
  const x = fields.x ?? 57;
  return { page: 1, block: 0, text, x, xEnd: x + text.length * size * 0.5, y: 700, size, bold: false, font: 'Serif', cells: false, ...fields };
}

/** A column `width` points wide: `count` full lines « text 1 », « text 2 »… from `top` down, `pitch` apart. */
export function column(text: string, x: number, top: number, count: number, width = 228, pitch = 14): TextItem[] {
  return Array.from({ length: count }, (_, index) => ({ ...item(`${text} ${index + 1}`, x, top - index * pitch), width }));
}
