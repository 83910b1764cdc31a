// Headings found from the layout alone: short blocks of lines in a heading style, a title printed over
// several lines being one heading, levels from the ranked styles. The document's own title (a cover's
// largest heading, or a masthead: document-title.ts) is returned apart, as the markdown reader does with
// its first `#`.
import { joinHyphenated } from '../../repair/hyphenation';
import { normalizeSpaces } from '../../repair/normalize-spaces';
import type { Vocabulary } from '../../repair/vocabulary';
import { splitDocumentTitle } from './document-title';
import { assignLevels } from './levels';
import { usualPitch } from './paragraphs';
import { bodySize, hasLargerStyle, isItalicFont, isHeadingStyle, styleKey, styleOf, type TextStyle } from './styles';
import type { Line } from './types';

export interface Heading {
  /** Indexes of its first and last line in the document's lines. */
  first: number;
  last: number;
  title: string;
  level: number;
  page: number;
  style: TextStyle;
}

/** A title in capitals has this many letters at least: « CCUE » or « SÉGUR » is an acronym or a name. */
const MIN_CAPITALS = 8;

/** A heading is a few short lines; more is a lead paragraph or a quote set large. */
const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 220;
/** Lines of one title follow each other closer than this (in font sizes, baseline to baseline). */
const TITLE_LINE_STEP = 1.7;
/** A heading has a word: a figure printed large (« 84 % », « 15 291 ») is not one. */
const HAS_WORD = /\p{L}{3}/u;
/**
 * Nor is a key figure with its unit (« 4,5 mois », « 312 structures »): a number and one word in lower
 * case (a numbered title goes on with a capital, « 2. Gouvernance »; « 2020 en chiffres » is a title), or
 * a share or an amount and a few words (« 38 % des salariés »).
 */
const KEY_FIGURE = /^[+−-]?\d[\d\s.,]*(?:(?:\s+\p{Ll}\S*)?|\s?[%€](?:\s+\p{Ll}\S*){0,4})$/u;
/**
 * A pull quote is a quoted sentence from start to end (« … recruter. »), set large in the text. A quoted
 * title (« « Le métier a changé, pas l’envie » », an interview's) has no full stop.
 */
const PULL_QUOTE = /^[«"“].*[.…]\s*[»"”]$/u;
/**
 * A lead paragraph set large is a long sentence. A heading may be a whole sentence, full stop included
 * (the 2020 report has two, under 100 characters), or long (176 characters in another report), not both.
 */
const LONG_SENTENCE = /^.{160,}[^.]\.$/u;

/**
 * Over a short line smaller than the text (who said it), a sentence set large in italics, full stop
 * included, is a quote, a sidebar's without quotation marks; so is anything in italics between quotation
 * marks, full stop or not: read as a title, it took the sections after it. (An italic title may be a
 * sentence too, but the text follows it; an interview's title, a quotation over who is interviewed, is
 * upright.)
 */
function isSetQuote(lines: Line[], block: { first: number; last: number }, text: string, body: number): boolean {
  const first = lines[block.first] as Line;
  const next = lines[block.last + 1];
  const attributed = next !== undefined && next.page === first.page && next.block === first.block && next.size < body && next.text.split(' ').length <= 8;
  const quoted = /^[«"“].*[»"”]$/u.test(text);
  return attributed && !first.bold && isItalicFont(first.font) && (quoted || /[.…]\s*[»”"]?$/u.test(text));
}

/**
 * A caption names its table or figure by number (« Tableau 1 – Effectifs… », « Graphique 3 : »): set in
 * bold over its table, it is the table's, not a title holding the text after it.
 */
const CAPTION = /^(?:tableau|figure|graphique|schéma|carte|illustration)\s+(?:n°\s*)?\d+\b/iu;

/**
 * A title opens with a capital, a figure or a quotation mark, or a letter numbering it (« a) », « iii. »);
 * a line in small letters set large is the rest of something else (a key figure's unit, « établissements »,
 * broken from its number).
 */
const LOWER_CASE_START = /^(?!(?:[a-z]|[ivx]{1,4})[.)]\s)\p{Ll}/u;

/** Whether the text of a block in a heading style can be a heading at all. */
function readsAsTitle(text: string): boolean {
  return HAS_WORD.test(text) && !LOWER_CASE_START.test(text) && !KEY_FIGURE.test(text) && !PULL_QUOTE.test(text) && !LONG_SENTENCE.test(text) && !CAPTION.test(text);
}

/**
 * A title's lines as one line. A hyphen ending a line is dropped, or, given the document's words, kept
 * where it is a compound's (« rendez-vous », as the text does: repair/hyphenation.ts).
 */
export function joinTitleLines(lines: Line[], vocabulary?: Vocabulary): string {
  const joined = lines.map((line) => line.text).reduce((title, text) => {
    if (title === '') return text;
    return /[-\u2010]$/u.test(title) && /^\p{Ll}/u.test(text) ? (vocabulary ? joinHyphenated(title, text, vocabulary) : title.slice(0, -1) + text) : `${title} ${text}`;
  }, '');
  return normalizeSpaces(joined);
}

/** A line opening with a section or item number (« 2. », « 2.1 », « b) »: not « 15 mars ») starts a title of its own. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|^\d{1,2}(?:\.\d{1,2}){1,3}\s|^[a-z]\)\s/u;

/** Runs of consecutive lines in one heading-like style, on one page and in one block. */
export function titleBlocks(lines: Line[], isCandidate: (line: Line) => boolean): { first: number; last: number }[] {
  const blocks: { first: number; last: number }[] = [];
  lines.forEach((line, index) => {
    // A table's header row, bold, is no title.
    if (!isCandidate(line) || line.cells) return;
    const open = blocks[blocks.length - 1];
    const previous = lines[index - 1];
    const continues =
      open !== undefined && previous !== undefined && open.last === index - 1 && previous.page === line.page && previous.block === line.block &&
      styleKey(styleOf(previous)) === styleKey(styleOf(line)) && previous.font === line.font && previous.y - line.y > 0 && previous.y - line.y <= TITLE_LINE_STEP * line.size &&
      !SECTION_NUMBER.test(line.text);
    if (continues) open.last = index;
    else blocks.push({ first: index, last: index });
  });
  const body = bodySize(lines);
  return blocks.filter((block) => {
    const text = joinTitleLines(lines.slice(block.first, block.last + 1));
    return block.last - block.first < MAX_TITLE_LINES && text.length <= MAX_TITLE_CHARS && readsAsTitle(text) && !isSetQuote(lines, block, text, body);
  });
}

/** Candidate heading blocks with their style, before levels are given. */
export function headingCandidates(lines: Line[]): Heading[] {
  const body = bodySize(lines);
  const larger = titleBlocks(lines, (line) => isHeadingStyle(styleOf(line), body, false));
  const pitch = usualPitch(lines);
  // A title larger than the text on the first page (a cover's, a masthead's) does not count: the
  // report's own headings may still be told by weight alone.
  const firstPage = lines[0]?.page;
  const onePage = lines.every((line) => line.page === firstPage);
  const inTheReport = larger.filter((block) => onePage || lines[block.first]?.page !== firstPage);
  const onlyWeight = !hasLargerStyle(inTheReport.map((block) => styleOf(lines[block.first] as Line)), body);
  const blocks = titleBlocks(lines, (line) => isHeadingStyle(styleOf(line), body, true)).filter((block) => {
    const style = styleOf(lines[block.first] as Line);
    return style.size > body || onlyWeight || standsAlone(block, lines, pitch);
  });
  const headings = blocks.map((block): Heading => {
    const first = lines[block.first] as Line;
    return { ...block, title: joinTitleLines(lines.slice(block.first, block.last + 1)), level: 0, page: first.page, style: styleOf(first) };
  });
  const found = withItalics(withoutStandfirsts(withChapterNumbers(headings, lines)), body, lines);
  return onlyWeight ? withCapitals(found, body) : found;
}

/**
 * Marks the titles in text size set in italics: there, bold and bold italic are two levels, as a word
 * processor's heading styles are. Set larger than the text, a title in italics is the author's emphasis
 * (two of the 2020 report's capitals), its size telling its level.
 */
function withItalics(headings: Heading[], body: number, lines: Line[]): Heading[] {
  return headings.map((heading) =>
    heading.style.size === body && isItalicFont((lines[heading.last] as Line).font) ? { ...heading, style: { ...heading.style, italic: true } } : heading);
}

/**
 * Marks the titles set in capitals in a report whose headings are told from the text by weight alone:
 * there, case is what is left to tell their levels (« RAPPORT MORAL » over « 1. Les visites »). Where
 * headings are set larger than the text, size tells the levels, whatever the case (the 2020 report sets
 * « NOTRE ACTION PENDANT LA CRISE » and « 150 000 départs… » at one level). A short title in capitals
 * (« ÉDITO », or « CCUE », an acronym) counts only where its style has a longer one.
 */
function withCapitals(headings: Heading[], body: number): Heading[] {
  const capitals = (heading: Heading) => {
    const letters = heading.title.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? letters.length : 0;
  };
  const stylesInCapitals = new Set(headings.filter((heading) => heading.style.size === body && capitals(heading) >= MIN_CAPITALS).map((heading) => styleKey(heading.style)));
  return headings.map((heading) => (capitals(heading) > 0 && stylesInCapitals.has(styleKey(heading.style)) ? { ...heading, style: { ...heading.style, caps: true } } : heading));
}

/**
 * A chapter's number printed large on a line of its own above its title, opening its page or its block
 * (a chapter opener), or its label (« Chapitre 2 ») right above it, is part of the title, as « 1 — Une
 * année de combat(s) » is: left alone, a number ended the text before it and a label was a heading
 * outside its chapter. (A key figure above a heading follows its label.) A number or label read as a
 * heading of its own (« III ») is then that title's.
 */
function withChapterNumbers(headings: Heading[], lines: Line[]): Heading[] {
  const numbered = headings.map((heading) => {
    const first = lines[heading.first] as Line;
    const number = lines[heading.first - 1];
    const before = lines[heading.first - 2];
    const opens = before === undefined || before.page !== first.page || before.block !== first.block;
    const above = number !== undefined && number.page === first.page && number.block === first.block;
    const isNumber = above && ((CHAPTER_NUMBER.test(number.text) && number.size >= first.size && opens) || CHAPTER_LABEL.test(number.text));
    return isNumber ? { ...heading, first: heading.first - 1, title: `${number.text} ${heading.title}` } : heading;
  });
  return numbered.filter((heading, index) => numbered[index + 1]?.first !== heading.first);
}

/**
 * A sentence set right under a title far larger, nothing between, in regular weight, is its standfirst
 * (« Représenter, défendre, outiller : retour sur une année… »): the chapter's opening text, not a title
 * under it. (A section's title right under its chapter's is one size down, or bold.)
 */
function withoutStandfirsts(headings: Heading[]): Heading[] {
  return headings.filter((heading, index) => {
    const above = headings[index - 1];
    const standfirst = above !== undefined && above.last === heading.first - 1 && !heading.style.bold && above.style.size >= STANDFIRST_RATIO * heading.style.size;
    return !(standfirst && /[.…]$/u.test(heading.title));
  });
}

/** A standfirst is set at most this fraction of its title's size. */
const STANDFIRST_RATIO = 1.5;

/** A chapter's label over its title, whatever its size: « Chapitre 2 », « Partie IV ». */
const CHAPTER_LABEL = /^(?:chapitre|partie|annexe)\s+(?:\d{1,2}|[IVX]{1,4})\.?$/iu;
/** A chapter number on its own: « 1 », « 02 », « IV ». */
const CHAPTER_NUMBER = /^(?:\d{1,2}|[IVX]{1,4})\.?$/u;

/**
 * A title opens with a capital, after its number when it has one (« 3.2.2 Le foyer », « 1. Des postes
 * vacants », « a) Les dotations », « iii. Les charges »); a figure is no title, and neither is a lone word
 * (a name, a label). (An item « a) par la démission… » goes on in small letters.)
 */
const TITLE_OPENING = /^(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|[ivx]{1,4})[.)]?\s+)?[#«"“(]?\p{Lu}/u;
/** How far (in font sizes) an item's hanging text may start from where its words start. */
const HANG_EMS = 0.6;
/** A list item's mark: a bullet or a dash, or a number or letter of one level. */
const LIST_MARK = /^(?:[•▪◦‣●–—-]|\d{1,2}[.)]|[a-z][.)])\s/u;
/** A number or letter of one level opening a line (« 1. », « 2) », « b) »): a title's, or a list item's. */
const ITEM_NUMBER = /^(?:\d{1,2}|[a-z])[.)]\s/u;

/** A title's last line stops at least this many of its sizes short of its column's right edge… */
const SHORT_LINE_EMS = 2;
/** …unless the line after it is farther than the text's usual line pitch (by this factor): set apart. */
const SET_APART = 1.15;

/**
 * In a document whose headings are larger than its text, bold at the text size is mostly emphasis: a
 * bold lead-in that runs on into its paragraph, a bold list item, a sentence announcing a list, a name.
 * It is a heading (the lowest level, as often set) only when it stands alone: it opens with a capital,
 * has two words or more and does not end on a colon (a list follows) or a question mark (an interview's
 * question, its answer follows); it starts at its column's left edge (a list item
 * is indented); the line after it does not carry on its sentence (a lower-case start) nor, after a
 * number of one level, is or follows another numbered line or hangs indented under it (a bold numbered
 * list); and
 * it does not run on like a lead-in, filling its line with the next one at the usual pitch right below.
 */
function standsAlone(block: { first: number; last: number }, lines: Line[], pitch: number): boolean {
  const title = joinTitleLines(lines.slice(block.first, block.last + 1));
  if (!TITLE_OPENING.test(title) || title.split(' ').length < 2 || /[:?]$/.test(title)) return false;
  const first = lines[block.first] as Line;
  const last = lines[block.last] as Line;
  const column = lines.filter((line) => line.page === last.page && line.block === last.block);
  if (first.x > Math.min(...column.map((line) => line.x)) + first.size) return false;
  const fillsItsLine = last.xEnd > Math.max(...column.map((line) => line.xEnd)) - SHORT_LINE_EMS * last.size;
  const next = lines[block.last + 1];
  if (next === undefined || next.page !== last.page || next.block !== last.block) return !fillsItsLine;
  if (/^\p{Ll}/u.test(next.text)) return false;
  // A bold numbered list: its items follow each other, or each one's text hangs under it, indented past
  // its number (a paragraph's first-line indent is one line only). Read as titles, short items lost their
  // text. A title over a list in regular weight stays one.
  if (ITEM_NUMBER.test(title) && inBoldList(block, lines)) return false;
  return !(fillsItsLine && last.y - next.y <= SET_APART * pitch);
}

/**
 * Whether a bold line numbered « 1. » is an item of a bold numbered list: another bold numbered line
 * comes before or after it, past only the item's hanging text (lines starting where its words start, past
 * its number). Hanging lines alone do not tell: a bulleted list under a title starts there too, its
 * bullets often not in the text.
 */
function inBoldList(block: { first: number; last: number }, lines: Line[]): boolean {
  const first = lines[block.first] as Line;
  const near = (line: Line | undefined): line is Line => line !== undefined && line.page === first.page && line.block === first.block;
  const boldItem = (line: Line | undefined) => near(line) && line.bold && ITEM_NUMBER.test(line.text);
  // An item's own text hangs where the item's words start, past its number (measured with the line's
  // average character width); a list under a title starts elsewhere, its bullets often not in the text.
  const number = ITEM_NUMBER.exec(first.text)?.[0].length ?? 0;
  const wordsStart = first.x + ((first.xEnd - first.x) * number) / Math.max(1, first.text.length);
  const indented = (line: Line | undefined) =>
    near(line) && !line.bold && !LIST_MARK.test(line.text) && line.x > first.x + first.size / 2 && Math.abs(line.x - wordsStart) <= HANG_EMS * first.size;
  let before = block.first - 1;
  while (indented(lines[before])) before -= 1;
  let after = block.last + 1;
  while (indented(lines[after])) after += 1;
  return boldItem(lines[before]) || boldItem(lines[after]);
}

/** Headings from the layout alone, with levels from their ranked styles. */
export function layoutHeadings(lines: Line[]): { title: Heading | null; headings: Heading[] } {
  const { title, headings } = splitDocumentTitle(headingCandidates(lines), lines);
  return { title, headings: assignLevels(headings) };
}
