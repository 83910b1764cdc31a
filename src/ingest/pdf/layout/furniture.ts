// Page furniture is not report text: running headers, footers and folios (found by their place in the
// top or bottom band of the page and by repetition across pages, digits masked), and the printed table
// of contents, which only repeats headings.
import { titleKey } from './bookmarks';
import { usualPitch } from './paragraphs';
import { bodySize, styleOf } from './styles';
import type { Line } from './types';

/** Share of the page height, at the top and at the bottom, where headers, footers and folios live. */
const BAND = 0.09;
/** A band line repeated (digits masked) on this share of the pages with text is furniture. */
const REPEATED_SHARE = 0.3;
const FOLIO = /^(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|sur)\s*\d{1,4})?$/i;
const SPREAD_FOLIO = /^(\d{1,3}) (\d{1,3})$/;
/** A table of contents names at least this many pages. */
const MIN_FOLIO_LINES = 2;
const CONTENTS_TITLE = /^(?:sommaire|table des mati[eè]res|contents|table of contents)$/i;

export interface PageSize {
  num: number;
  height: number;
}

function inBand(line: Line, height: number): boolean {
  return line.y > height * (1 - BAND) || line.y < height * BAND;
}

/** The line's text with every number replaced, so « Rapport 2020 · 3 » and « Rapport 2020 · 4 » match. */
export function maskDigits(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function isFolio(text: string): boolean {
  const spread = SPREAD_FOLIO.exec(text);
  return FOLIO.test(text.trim()) || (spread !== null && Number(spread[2]) === Number(spread[1]) + 1);
}

/**
 * A running header may join a fixed part and one that changes with the chapter on one baseline
 * (« Rapport annuel 2023   Les salariés en parcours »): its opening or closing words, two at least and
 * this many characters, repeat where the whole line does not. Only lines set smaller than the text are
 * read so, or set apart from the text under them at one height: a page's first line of text may open as
 * another page's does, one line pitch over the next.
 */
const MIN_FIXED_PART_CHARS = 10;
/** …or, set in the text's size, stand this many line pitches apart from the line under them. */
const HEADER_APART = 1.5;
/** Six words in a row closing on a sentence's end: running text, never a header. */
const SENTENCE = /(?:\p{L}{2,}\S*\s+){5}.*[.!?…]$/u;

/**
 * The keys a band line repeats by (digits masked): its whole text, and, set smaller than the text, its
 * opening and closing words in its band (a cover's kicker at the top may open as the footer does).
 */
function repetitionKeys(line: Line, height: number, body: number, apart: boolean): string[] {
  const masked = maskDigits(line.text);
  const words = masked.split(' ');
  if (words.length < 3 || (styleOf(line).size >= body && !apart)) return [masked];
  // In the text's size, only at one height, set apart from the text (a header over its rule).
  const band = `${line.y > height / 2 ? 'top' : 'bottom'}${styleOf(line).size >= body ? ` ${Math.round(line.y)}` : ''}`;
  const parts: string[] = [];
  for (let count = 2; count < words.length; count += 1) {
    const [opening, closing] = [words.slice(0, count).join(' '), words.slice(-count).join(' ')];
    if (opening.length >= MIN_FIXED_PART_CHARS) parts.push(`${band} ^${opening}`);
    if (closing.length >= MIN_FIXED_PART_CHARS) parts.push(`${band} ${closing}$`);
  }
  return [masked, ...parts];
}

/**
 * Drops headers, footers and folios: band lines that are page numbers or repeat across pages. A line a
 * bookmark of its page names is a heading (`named`: the bookmarks' title keys by page), though a report
 * may open a page with « 2.3 Les ressources humaines » in chapter after chapter.
 */
export function dropFurniture(lines: Line[], pages: PageSize[], named: ReadonlyMap<number, ReadonlySet<string>> = new Map()): Line[] {
  const heights = new Map(pages.map((page) => [page.num, page.height]));
  const heightOf = (line: Line) => heights.get(line.page) ?? Infinity;
  const banded = (line: Line): boolean => inBand(line, heightOf(line));
  const body = bodySize(lines);
  const pitch = usualPitch(lines);
  const apart = (index: number) => {
    const [line, next] = [lines[index] as Line, lines[index + 1]];
    return next === undefined || next.page !== line.page || Math.abs(line.y - next.y) > HEADER_APART * pitch;
  };
  const keysOf = new Map<number, string[]>();
  lines.forEach((line, index) => {
    if (banded(line)) keysOf.set(index, repetitionKeys(line, heightOf(line), body, apart(index)));
  });
  const pagesByKey = new Map<string, Set<number>>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) pagesByKey.set(key, (pagesByKey.get(key) ?? new Set()).add((lines[index] as Line).page));
  });
  const pagesWithText = new Set(lines.map((line) => line.page)).size;
  const threshold = Math.max(2, Math.ceil(pagesWithText * REPEATED_SHARE));
  const inMargin = headersAboveTheText(lines, body, pitch, apart);
  return lines.filter((line, index) => {
    const keys = keysOf.get(index);
    if (keys === undefined || named.get(line.page)?.has(titleKey(line.text))) return true;
    const repeated = keys.some((key) => (pagesByKey.get(key)?.size ?? 0) >= threshold);
    return !(repeated || isFolio(line.text) || inMargin.has(index));
  });
}

/**
 * A running header printed once: a short report's first page goes without it (LaTeX's title page, a
 * stylesheet's `@page :first`), so it repeats on no other page, and it ran into the text, « l’ab-
 * URIOPSS — Note de conjoncture sence ». It is what a later page prints on its highest baseline, set
 * smaller than the text, apart from the text under it, and higher than any other page prints: in the top
 * margin. A sentence there is a note (« Les prénoms cités ont été modifiés. »), not a header. (Its parts, « URIOPSS — Note de conjoncture » and the chapter on the right, are lines of their own.)
 */
function headersAboveTheText(lines: Line[], body: number, pitch: number, apart: (index: number) => boolean): Set<number> {
  const tops = new Map<number, number>();
  for (const line of lines) tops.set(line.page, Math.max(tops.get(line.page) ?? -Infinity, line.y));
  const headers = new Set<number>();
  lines.forEach((line, index) => {
    const top = tops.get(line.page) as number;
    if (line.page === lines[0]?.page || Math.abs(line.y - top) > 1 || line.bold || styleOf(line).size >= body || !apart(index) || SENTENCE.test(line.text)) return;
    const otherTops = [...tops].filter(([page]) => page !== line.page).map(([, y]) => y);
    if (line.y > Math.max(...otherTops) + HEADER_APART * pitch) headers.add(index);
  });
  return headers;
}

/**
 * A contents page has lines of running text (ending a sentence, or carrying one on in small letters) at
 * most this share of its lines: an entry may be a sentence, or wrap. (A page of short sections and a
 * table, whose sidebar opens with « Sommaire », ends few sentences: its wrapped lines tell its text.)
 */
const MAX_SENTENCE_SHARE = 0.1;

/**
 * Drops the pages of the printed table of contents: a page that opens with « Sommaire » (or « Table des
 * matières »), whose lines give page numbers (or each name a later line) and hardly ever end a sentence.
 */
/**
 * Whether a page's lines (two at least) each name a line printed on a later page: a contents without page
 * numbers, as a slide deck's « Sommaire » lists its dividers' titles.
 */
function namesLaterLines(pageLines: Line[], lines: Line[]): boolean {
  const page = pageLines[0]?.page ?? 0;
  const later = new Set(lines.filter((line) => line.page > page).map((line) => titleKey(line.text)));
  return pageLines.length >= MIN_FOLIO_LINES && pageLines.every((line) => later.has(titleKey(line.text)));
}

export function dropContentsPages(lines: Line[]): Line[] {
  const contentsPages = new Set<number>();
  const pages = [...new Set(lines.map((line) => line.page))];
  pages.forEach((page, index) => {
    const pageLines = lines.filter((line) => line.page === page);
    const opensWithTitle = pageLines.slice(0, 3).some((line) => CONTENTS_TITLE.test(line.text.replace(/[\s.:]+$/, '')));
    const rest = pageLines.filter((line) => !CONTENTS_TITLE.test(line.text.replace(/[\s.:]+$/, '')));
    const withFolio = rest.filter((line) => /\d{1,3}$/.test(line.text)).length;
    // No running text: a page of paragraphs whose sidebar opens with a short « Sommaire » (and whose key
    // figures end in digits) was dropped whole, its text lost.
    const sentences = rest.filter((line) => /[^.][.!?…]$/u.test(line.text) || /^\p{Ll}/u.test(line.text)).length;
    const listsPages = (withFolio >= MIN_FOLIO_LINES || namesLaterLines(rest, lines)) && sentences <= MAX_SENTENCE_SHARE * rest.length;
    // A contents that runs over to the next page has no title there: that page carries it on when most of
    // its lines end with a page of this document, further on as the list goes down.
    const carriesOn = !opensWithOwnTitle(rest) && contentsPages.has(pages[index - 1] ?? -1) && 2 * withFolio >= rest.length && listsPagesAfter(rest, page);
    if ((opensWithTitle || carriesOn) && listsPages) contentsPages.add(page);
  });
  return lines.filter((line) => !contentsPages.has(line.page));
}

/** A page's first line this many times the size of its middle line is the page's title. */
const PAGE_TITLE_RATIO = 1.2;

/** Whether a page opens with a title of its own (« L’association en chiffres »): no contents carried on. */
function opensWithOwnTitle(lines: Line[]): boolean {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  return lines[0] !== undefined && lines[0].size > PAGE_TITLE_RATIO * (sizes[Math.floor(sizes.length / 2)] ?? 0);
}

/** A printed page number may run this far behind the PDF's (a cover or an inside cover left unnumbered). */
const FOLIO_OFFSET = 2;

/**
 * Whether the lines end with a word's page number, each a page further on than `page` (a contents points
 * forward), the last no earlier than the first: a contents' entries, not a table's figures
 * (« 6 284 120 », « Places autorisées 12 »).
 */
function listsPagesAfter(lines: Line[], page: number): boolean {
  const numbers = lines.flatMap((line) => /[^\d\s]\s*(\d{1,3})$/u.exec(line.text)?.[1] ?? []).map(Number);
  return numbers.length > 0 && numbers.every((number) => number >= page - FOLIO_OFFSET) && numbers[numbers.length - 1]! >= numbers[0]!;
}

/** An entry of a table of contents: its page number at the end, often after leader dots (spaced or not). */
const CONTENTS_ENTRY = /(?:(?:\.\s?){3,}|…{2,}|\s)\s*\d{1,3}$/u;
/** A list of contents has at least this many entries. */
const MIN_CONTENTS_ENTRIES = 3;

/**
 * Drops a table of contents printed on a page of text (under the title, before the first chapter): a
 * « Sommaire » line followed by entries ending in page numbers (an entry may wrap onto a second line, and
 * sub-entries, indented, may have no number), up to its last numbered entry (an indented paragraph after
 * it is text).
 * Read as text, its entries in bold were taken for headings holding the contents.
 */
export function dropContentsLists(lines: Line[]): Line[] {
  const dropped = new Set<number>();
  lines.forEach((line, index) => {
    if (!CONTENTS_TITLE.test(line.text.replace(/[\s.:]+$/, ''))) return;
    const numbered = (at: number) => lines[at]?.page === line.page && CONTENTS_ENTRY.test(lines[at]!.text);
    let firstEntry: Line | undefined;
    let last = index;
    for (let next = index + 1; next < lines.length && lines[next]!.page === line.page; next += 1) {
      const entry = lines[next] as Line;
      firstEntry ??= entry;
      // Besides numbered entries: an entry's first line, wrapped, and sub-entries without numbers,
      // indented past the first entry; no sentence.
      const subEntry = !/[.!?…]$/u.test(entry.text) && entry.x > firstEntry.x + entry.size;
      const wrapped = !/[.!?…]$/u.test(entry.text) && numbered(next + 1);
      if (!numbered(next) && !subEntry && !wrapped) break;
      if (numbered(next)) last = next;
    }
    const entries = Array.from({ length: last - index }, (_, offset) => index + 1 + offset);
    if (entries.filter(numbered).length < MIN_CONTENTS_ENTRIES) return;
    for (const entry of [index, ...entries]) dropped.add(entry);
  });
  return lines.filter((_, index) => !dropped.has(index));
}
