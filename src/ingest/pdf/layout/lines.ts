// Text items → lines, within one block of a page already put in reading order: items on one baseline
// joined left to right, and a drop cap (one letter far larger than the text beside it) glued back to the
// word it opens.
import { SMALL_GUILLEMETS, withAccentDrawnOver, withAccentsOnLetters } from './accents';
import { CELL_SPACE, rowsInColumns, spreadAsCells } from './cells';
import type { Line, TextItem } from './types';

/** Two items whose baselines differ by less than this share a line (a fraction of the larger size): a superscript does. */
const SAME_BASELINE = 0.45;
/** A gap wider than this (in font sizes) between two items is a word space. */
const WORD_GAP = 0.12;
/** A drop cap is at least this many times the size of the text it sits beside. */
const DROP_CAP_RATIO = 1.8;
const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|ultrabold/i;

export function isBoldFont(font: string): boolean {
  return BOLD_FONT.test(font.replace(/^[A-Z]{6}\+/, ''));
}

/** The value carrying the most characters (ties: the first seen). */
export function dominant<T>(pairs: Iterable<[T, number]>): T | undefined {
  const weights = new Map<T, number>();
  let best: T | undefined;
  for (const [value, weight] of pairs) {
    const total = (weights.get(value) ?? 0) + weight;
    weights.set(value, total);
    if (best === undefined || total > (weights.get(best) ?? 0)) best = value;
  }
  return best;
}

function medianSize(items: TextItem[]): number {
  const sizes = items.map((item) => item.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

function isDropCap(item: TextItem, textSize: number): boolean {
  return /^\p{L}['’]?$/u.test(item.str.trim()) && item.size >= DROP_CAP_RATIO * textSize;
}

/**
 * A letter and the apostrophe printed right after it, in one size (the drop cap « L’ » of « L’année »,
 * two items), as one item: the letter alone, with the apostrophe beside it on its baseline, read as a
 * letter of a title, and the apostrophe was left mid-paragraph.
 */
function withElidedCaps(items: TextItem[]): TextItem[] {
  const merged = new Set<TextItem>();
  const result = items.map((item) => {
    if (!/^\p{L}$/u.test(item.str.trim())) return item;
    const apostrophe = items.find((other) =>
      /^['’]$/u.test(other.str.trim()) && !merged.has(other) && Math.abs(other.size - item.size) <= 0.1 * item.size && onBaselineOf(other, item) &&
      Math.abs(other.x - (item.x + item.width)) <= 0.3 * item.size);
    if (apostrophe === undefined) return item;
    merged.add(apostrophe);
    return { ...item, str: `${item.str.trim()}’`, width: apostrophe.x + apostrophe.width - item.x };
  });
  return result.filter((item) => !merged.has(item));
}

/** A footnote call is set at most this share of the text's size… */
const NOTE_CALL_RATIO = 0.85;
/** …and raised above its baseline by at least this share of the text's size. */
const NOTE_CALL_RISE = 0.2;

/**
 * A footnote call: a small raised number right after a word, a year or a percentage (« lancement² », « en
 * 2022⁴ », « 94,2 %³ »), or a small roman numeral, which word processors number endnotes with
 * (« tendanceⁱⁱ »). Kept, it glued to the word (« lancement2 ») and the word could no longer be found.
 * After a word of one or two letters or a shorter number it is an exponent (« m² », « 10⁶ »), kept.
 */
function isNoteCall(item: TextItem, textBefore: string, baseline: number, textSize: number): boolean {
  return /^(?:\d{1,3}|[ivx]{1,4})$/.test(item.str) && item.size <= NOTE_CALL_RATIO * textSize && item.y - baseline >= NOTE_CALL_RISE * textSize &&
    /(?:\p{L}{3}|\b\d{4}|[»")%])$/u.test(textBefore);
}

/**
 * A word set in spaced capitals (« F É D É R AT I O N », « 2 0 2 3 », a kicker or a subtitle): pdf.js puts
 * a space between letters drawn that far apart (each word an item of its own). Read letter by letter,
 * such a word matched nothing. Capitals only, in pieces of one or two letters, most of them single (« IL
 * Y A » stays), or digits only, three or more (« 1 2 » may be two figures; « 3 L » is a number and a word).
 */
export function withoutLetterSpacing(text: string): string {
  const letters = /^(?:[\p{Lu}’']{1,2} )+[\p{Lu}’']{1,2}$/u.test(text);
  const digits = /^(?:\p{N} ){2,}\p{N}$/u.test(text);
  if (!letters && !digits) return text;
  const pieces = text.split(' ');
  return pieces.filter((piece) => piece.length === 1).length >= 0.75 * pieces.length ? pieces.join('') : text;
}

/**
 * A line set wider than its letters need, its letters spaced out: capitals set tight take 0.45–0.47 of
 * their size a character, spaced out 0.54–0.72 (measured on Writer and Chromium prints).
 */
const SPACED_OUT_EMS = 0.5;

export function isSpacedOut(line: Line): boolean {
  return line.xEnd - line.x >= SPACED_OUT_EMS * line.size * Math.max(1, line.text.length);
}

/**
 * The hyphen a layout program adds where it breaks a word at the end of a line is drawn as a run of its
 * own (Writer, Chromium), while a hyphen typed in the text (« médico- » of « médico-social ») belongs to
 * its word's run. Such a hyphen is read as U+2010, the mark of a break the program made, so the word is
 * joined again even when the document never writes it whole (« sep- / tembre »). Only after a run of
 * several characters: where every glyph is a run of its own, a lone hyphen tells nothing.
 */
function layoutHyphen(sorted: TextItem[]): TextItem | undefined {
  const visible = sorted.filter((item) => item.str.trim() !== '');
  const [before, hyphen] = visible.slice(-2);
  if (before === undefined || hyphen === undefined || !/^[-\u2010\u00ad]$/u.test(hyphen.str) || !/\p{L}{2}$/u.test(before.str)) return undefined;
  // A justified line may push it a little off its word, and pdf.js then puts a space between them.
  return hyphen.x - (before.x + before.width) <= LAYOUT_HYPHEN_GAP * hyphen.size ? hyphen : undefined;
}

/** At most this far (in font sizes) from its word: a word space is wider. */
const LAYOUT_HYPHEN_GAP = 0.2;

function lineOf(page: number, block: number, items: TextItem[]): Line {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const hyphen = layoutHyphen(sorted);
  const baseline = dominantBaseline(sorted);
  const textSize = dominant(sorted.map((item): [number, number] => [item.size, item.str.trim().length])) ?? 0;
  let text = '';
  let end = -Infinity;
  const gaps: number[] = [];
  let previousSize = 0;
  const calls: string[] = [];
  let firstCell: Line['firstCell'];
  for (const item of sorted) {
    if (hyphen !== undefined && item !== hyphen && item.x >= hyphen.x) continue;
    if (isNoteCall(item, text, baseline, textSize)) {
      calls.push(item.str);
      // What follows the call follows the word: no space before « . » because a call stood between.
      end = Math.max(end, item.x + item.width);
      continue;
    }
    const spaced = text !== '' && !/\s$/.test(text) && !/^\s/.test(item.str) && item.x - end > WORD_GAP * item.size && item !== hyphen;
    if (firstCell === undefined && text.trim() !== '' && item.str.trim() !== '' && item.x - end >= CELL_SPACE * item.size) firstCell = { end, nextStart: item.x };
    // A table's cells share one size (a masthead's issue number, small beside its title, is no cell).
    if (spaced && Math.abs(item.size - previousSize) <= 0.1 * item.size) gaps.push(item.x - end);
    previousSize = item.size;
    const guillemet = item.size < 0.8 * textSize ? SMALL_GUILLEMETS[item.str.trim()] : undefined;
    text = item === hyphen ? `${text.trimEnd()}\u2010` : (withAccentDrawnOver(text, item, end) ?? text + (spaced ? ' ' : '') + withoutLetterSpacing(guillemet ?? item.str));
    end = Math.max(end, item.x + item.width);
  }
  const first = sorted[0] as TextItem;
  const weighted = sorted.map((item) => ({ item, chars: item.str.trim().length }));
  const font = dominant(weighted.map(({ item, chars }): [string, number] => [item.font, chars])) ?? first.font;
  const size = smallCapsSize(sorted) ?? dominant(weighted.map(({ item, chars }): [number, number] => [item.size, chars])) ?? first.size;
  const line: Line = { page, block, text: text.trim(), x: first.x, xEnd: end, y: baseline, size, bold: isBoldFont(font), font, cells: spreadAsCells(text.trim(), gaps, size) };
  return { ...line, ...(calls.length > 0 ? { calls } : {}), ...(firstCell !== undefined ? { firstCell } : {}) };
}

/** Small capitals are at most this share of the capitals' size (typically 0.7–0.8). */
const SMALL_CAPS_RATIO = 0.85;

/**
 * A line in small capitals (capitals opening the words, smaller capitals for the other letters, as
 * word processors and browsers synthesise them) has the size of its capitals: most of its characters
 * are the small ones, which would make a heading look smaller than the text.
 */
function smallCapsSize(items: TextItem[]): number | undefined {
  const text = items.map((item) => item.str).join('');
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return undefined;
  const largest = Math.max(...items.map((item) => item.size));
  const smaller = items.filter((item) => item.size <= largest * SMALL_CAPS_RATIO && /\p{L}/u.test(item.str));
  const capitals = items.filter((item) => item.size === largest && /\p{L}/u.test(item.str));
  const initialsOnly = capitals.every((item) => (item.str.match(/\p{L}/gu) ?? []).length <= 2);
  return smaller.length > 0 && capitals.length > 0 && initialsOnly ? largest : undefined;
}

function dominantBaseline(items: TextItem[]): number {
  return dominant(items.map((item): [number, number] => [item.y, item.str.length])) ?? items[0]?.y ?? 0;
}

/** Groups items by baseline, top line first. */
function onBaselineOf(item: TextItem, other: TextItem): boolean {
  return Math.abs(item.y - other.y) <= SAME_BASELINE * Math.max(item.size, other.size);
}

function byBaseline(items: TextItem[]): TextItem[][] {
  const rows: { y: number; items: TextItem[] }[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((candidate) => Math.abs(candidate.y - item.y) <= SAME_BASELINE * Math.max(item.size, candidate.items[0]?.size ?? item.size));
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows.sort((a, b) => b.y - a.y).map((row) => row.items);
}

/** The left and right edges of a line's column: the lines of its block on its page. */
export function columnEdges(lines: Line[], line: Line): { left: number; right: number } {
  const column = lines.filter((other) => other.page === line.page && other.block === line.block);
  return { left: Math.min(...column.map((other) => other.x)), right: Math.max(...column.map((other) => other.xEnd)) };
}

/** Whether a line is set centred in its column (off its left edge, its middle at the column's). */
export function isCentred(line: Line, { left, right }: { left: number; right: number }): boolean {
  return line.x > left + line.size && Math.abs((line.x + line.xEnd) / 2 - (left + right) / 2) <= line.size;
}

/** The lines of one block of one page, in reading order. */
export function blockLines(page: number, block: number, raw: TextItem[]): Line[] {
  const items = withElidedCaps(withAccentsOnLetters(raw));
  const textSize = medianSize(items);
  // A letter as large as the text on its own baseline is a letter of a title set large (the L of « L’année »,
  // drawn apart by kerning), not a drop cap: moved, it ended its block.
  const capLike = items.filter((item) => isDropCap(item, textSize) && !items.some((other) => other !== item && onBaselineOf(other, item) && other.size > item.size / DROP_CAP_RATIO));
  const rows = byBaseline(items.filter((item) => !capLike.includes(item)));
  const alone: TextItem[] = [];
  for (const cap of capLike) {
    // The drop cap hangs beside the first lines of its paragraph: it opens the highest of them.
    const capTop = cap.y + cap.size * 0.8;
    const row = rows.find((candidate) => {
      const first = candidate.reduce((a, b) => (a.x <= b.x ? a : b));
      // Its first line starts right of it, or, after an apostrophe, under the L's arm (Scribus kerns « ’accord » into the « L »).
      const beside = first.x >= cap.x + cap.width - 1 || (/^['’]/u.test(first.str) && first.x > cap.x + cap.width / 2);
      return first.y <= capTop && first.y >= cap.y - 1 && beside;
    });
    if (row) {
      const first = row.reduce((a, b) => (a.x <= b.x ? a : b));
      row[row.indexOf(first)] = { ...first, str: cap.str.trim() + first.str.trimStart(), x: cap.x, width: first.x + first.width - cap.x };
    } else {
      // With no text beside it, it is no drop cap (a chapter's « I »): a line in its place.
      alone.push(cap);
    }
  }
  const finalRows = alone.length > 0 ? byBaseline([...rows.flat(), ...alone]) : rows;
  const aligned = rowsInColumns(finalRows);
  return finalRows.map((row, index) => {
    const line = lineOf(page, block, row);
    return aligned.has(index) ? { ...line, cells: true } : line;
  });
}
