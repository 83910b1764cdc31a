// Headings found from the layout alone: short blocks of lines in a heading style, a title printed over
// several lines being one heading, levels from the ranked styles. The document's own title (a cover's
// largest heading, or a masthead: document-title.ts) is returned apart, as the markdown reader does with
// its first `#`.
import { titlesBox } from './boxes';
import { isFigure } from './figures';
import { splitDocumentTitle } from './document-title';
import { assignLevels, withAlignment, withCapitals, withItalics } from './levels';
import { quotationBlocks } from './quotes';
import { italicTitles, standsAlone, underGlossary, underQuestions } from './text-size-titles';
import { joinTitleLines } from './title-text';
import { usualPitch } from './paragraphs';
import { bodySize, hasLargerStyle, isHeadingStyle, isItalicFont, styleKey, styleOf, type TextStyle } from './styles';
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


/** A heading is a few short lines; more is a lead paragraph or a quote set large. */
const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 220;
/** Lines of one title follow each other closer than this (in font sizes, baseline to baseline). */
const TITLE_LINE_STEP = 1.7;
/**
 * A pull quote is a quoted sentence from start to end (« … recruter. »), set large in the text. A quoted
 * title (« « Le métier a changé, pas l’envie » », an interview's) has no full stop.
 */
export const PULL_QUOTE = /^[«"“].*[.…]\s*[»"”]$/u;
/**
 * A lead paragraph set large is a long sentence. A heading may be a whole sentence, full stop included
 * (the 2020 report has two, under 100 characters), or long (176 characters in another report), not both.
 */
const LONG_SENTENCE = /^.{160,}[^.]\.$/u;


/**
 * A caption names its table or figure by number (« Tableau 1 – Effectifs… », « Graphique 3 : »): set in
 * bold over its table, it is the table's, not a title holding the text after it.
 */
const CAPTION = /^(?:tableau|figure|graphique|schéma|carte|illustration)\s+(?:n°\s*)?\d+\b/iu;
/** A title giving the unit of figures (« Compte de résultat simplifié (en milliers d’euros) », « Effectifs (en ETP) »). */
const UNIT = /\(\s*en\s+(?:(?:milliers|millions|milliards)\s+d[’']euros|[km]?€|euros|%|pourcentage|ETP|nombre[^()]*|jours|heures|mois|années)\s*\)$/iu;

/**
 * A title giving its figures' unit, set no larger than the text, right over a table (its header or its
 * rows: small print, cells or a bold header) is the table's caption; over prose, or set larger (even half a
 * point: a Writer heading over its table), a section's title (« Évolution des charges (en euros) »,
 * « Répartition des charges (en milliers d’euros) »).
 */
function captionsTable(text: string, lines: Line[], block: { last: number }, body: number): boolean {
  const [last, next] = [lines[block.last] as Line, lines[block.last + 1]];
  return UNIT.test(text) && last.size <= body && next !== undefined && next.page === last.page && next.block === last.block && (next.cells || next.bold || next.size < body - 0.25);
}

/**
 * A title may open in small letters as a designer sets it (« l’essentiel », « repères »), but not in a
 * style that sets figures, nor right under a figure: there, a line in small letters is a figure's unit
 * (« établissements » of « 14 », « personnes aidées » under « 2 140 »). A chapter's number opening its
 * page (« 01 ») is no figure.
 */
const LOWER_CASE_START = /^(?!(?:[a-z]|[ivx]{1,4})[.)]\s)\p{Ll}/u;

function underFigure(lines: Line[], index: number): boolean {
  const line = lines[index] as Line;
  const above = lines[index - 1];
  if (above === undefined || above.page !== line.page || !isFigure(above.text)) return false;
  const before = lines[index - 2];
  const opens = before === undefined || before.page !== line.page || opensChapter(before, above);
  return !(opens && CHAPTER_NUMBER.test(above.text));
}

/** A chapter's number set far below the text before it (a chapter begun under the end of the last one). */
const CHAPTER_GAP = 1.5;

function opensChapter(before: Line, number: Line): boolean {
  return before.y - number.y > CHAPTER_GAP * number.size;
}

/** Whether the text of a block in a heading style can be a heading at all. */
function readsAsTitle(text: string): boolean {
  return !isFigure(text) && !PULL_QUOTE.test(text) && !LONG_SENTENCE.test(text) && !CAPTION.test(text);
}


/** A line opening with a section or item number (« 2. », « 2.1 », « b) »: not « 15 mars ») starts a title of its own. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|^\d{1,2}(?:\.\d{1,2}){1,3}\s|^[a-z]\)\s/u;

/** Rows this many of a line's sizes apart at most are one table's. */
const ROW_STEP = 2;

/**
 * A line set tight between two rows of a table, in its block: a group's label (« Groupe II — Dépenses
 * afférentes au personnel »), one of the table's rows, though set in bold over no figures.
 */
function betweenRows(lines: Line[], index: number): boolean {
  const [before, line, after] = [lines[index - 1], lines[index] as Line, lines[index + 1]];
  const row = (other: Line | undefined): other is Line => other !== undefined && other.cells && other.page === line.page && other.block === line.block;
  return row(before) && row(after) && before.y - line.y <= ROW_STEP * line.size && line.y - after.y <= ROW_STEP * line.size;
}

/** Runs of consecutive lines in one heading-like style, on one page and in one block. */
export function titleBlocks(lines: Line[], isCandidate: (line: Line) => boolean): { first: number; last: number }[] {
  const blocks: { first: number; last: number }[] = [];
  lines.forEach((line, index) => {
    // A table's header row, bold, is no title; nor is a group's label between its rows.
    if (!isCandidate(line) || line.cells || betweenRows(lines, index)) return;
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
  const quotations = quotationBlocks(lines, blocks, body);
  const textOf = (block: { first: number; last: number }) => joinTitleLines(lines.slice(block.first, block.last + 1));
  const styleOfBlock = (block: { first: number }) => styleKey(styleOf(lines[block.first] as Line));
  const figureStyles = new Set(blocks.filter((block) => isFigure(textOf(block))).map(styleOfBlock));
  return blocks.filter((block) => {
    const text = textOf(block);
    const unit = LOWER_CASE_START.test(text) && (figureStyles.has(styleOfBlock(block)) || underFigure(lines, block.first));
    return block.last - block.first < MAX_TITLE_LINES && text.length <= MAX_TITLE_CHARS && readsAsTitle(text) && !unit && !quotations.has(block) && !captionsTable(text, lines, block, body);
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
  const bold = titleBlocks(lines, (line) => isHeadingStyle(styleOf(line), body, true)).filter((block) => {
    const style = styleOf(lines[block.first] as Line);
    return style.size > body || (!underGlossary(block, larger, lines) && standsAlone(block, lines, pitch, onlyWeight, underQuestions(block, larger, lines)));
  });
  const italic = italicTitles(titleBlocks(lines, (line) => !line.bold && styleOf(line).size === body && isItalicFont(line.font)), lines, pitch);
  const blocks = [...bold, ...italic].sort((a, b) => a.first - b.first);
  const headings = blocks.map((block): Heading => {
    const first = lines[block.first] as Line;
    return { ...block, title: joinTitleLines(lines.slice(block.first, block.last + 1)), level: 0, page: first.page, style: styleOf(first) };
  });
  const found = withItalics(withoutStandfirsts(withoutRuns(withChapterNumbers(headings, lines))), body, lines).filter((heading) => !titlesBox(heading, lines, body));
  return onlyWeight ? withAlignment(withCapitals(found, body), lines) : found;
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
    const above = number !== undefined && number.page === first.page && number.block === first.block;
    const opens = before === undefined || before.page !== first.page || before.block !== first.block || (above && opensChapter(before, number));
    const isNumber = above && ((CHAPTER_NUMBER.test(number.text) && number.size >= first.size && opens) || CHAPTER_LABEL.test(number.text));
    return isNumber ? { ...heading, first: heading.first - 1, title: `${number.text} ${heading.title}` } : heading;
  });
  return numbered.filter((heading, index) => numbered[index + 1]?.first !== heading.first);
}

/** Lines in one heading style that follow each other with no text between, this many or more, may be a list. */
const MIN_LIST_RUN = 3;
/** A key figure opens its line: « 14 établissements et services », « 1 260 personnes accompagnées ». */
const OPENS_WITH_FIGURE = /^[+−-]?\d/u;

/**
 * Headings in one style, one right under the other with no text between them, three or more on a page,
 * most of them opening with a figure and none with a section number, are a list of key figures set in
 * bold, not sections that each hold nothing. (A chapter, its section and its sub-section stacked with no
 * text between, « 2. » / « 2.1 » / « 2.1.1 », are numbered: headings.)
 */
function withoutRuns(headings: Heading[]): Heading[] {
  const inRun = new Set<Heading>();
  let start = 0;
  for (let index = 1; index <= headings.length; index++) {
    const previous = headings[index - 1] as Heading;
    const heading = headings[index];
    const continues = heading !== undefined && heading.first === previous.last + 1 && heading.page === previous.page && styleKey(heading.style) === styleKey(previous.style);
    if (continues) continue;
    const run = headings.slice(start, index);
    const figures = run.filter((h) => OPENS_WITH_FIGURE.test(h.title)).length;
    if (run.length >= MIN_LIST_RUN && 2 * figures >= run.length && !run.some((h) => SECTION_NUMBER.test(h.title))) run.forEach((h) => inRun.add(h));
    start = index;
  }
  return headings.filter((heading) => !inRun.has(heading));
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

/**
 * A subtitle: smaller and in regular weight right under a bold title, in a style the report uses only
 * there (« Maison d’enfants à caractère social, placement familial… » under the name of a pole). Read
 * as a heading, it took the section's text from its title. (Once the report's own title is set apart:
 * a cover's subtitle is the cover's text already.)
 */
function withoutSubtitles(headings: Heading[]): Heading[] {
  const underBold = (heading: Heading, index: number) => {
    const above = headings[index - 1];
    return above !== undefined && above.last === heading.first - 1 && above.style.bold && !heading.style.bold && heading.style.size < above.style.size;
  };
  const subtitleStyles = new Set(headings.map((heading) => styleKey(heading.style)));
  headings.forEach((heading, index) => {
    if (!underBold(heading, index)) subtitleStyles.delete(styleKey(heading.style));
  });
  return headings.filter((heading) => !subtitleStyles.has(styleKey(heading.style)));
}

/** A standfirst is set at most this fraction of its title's size. */
const STANDFIRST_RATIO = 1.5;

/** A chapter's label over its title, whatever its size: « Chapitre 2 », « Partie IV ». */
const CHAPTER_LABEL = /^(?:chapitre|partie|annexe)\s+(?:\d{1,2}|[IVX]{1,4})\.?$/iu;
/** A chapter number on its own: « 1 », « 02 », « IV ». */
const CHAPTER_NUMBER = /^(?:\d{1,2}|[IVX]{1,4})\.?$/u;

/** Headings from the layout alone, with levels from their ranked styles. */
export function layoutHeadings(lines: Line[], declaredTitle: string | null = null): { title: Heading | null; headings: Heading[] } {
  const { title, headings } = splitDocumentTitle(headingCandidates(lines), lines, declaredTitle);
  return { title, headings: assignLevels(withoutSubtitles(headings), lines) };
}
