// Titles set in the text's size, told from the text by their weight: a bold line is a title only where it
// stands alone (headings.ts asks, for bold lines at the body size).
import { looksLikePersonLine } from '../../repair/signatures';
import { columnEdges, isCentred } from './lines';
import { joinTitleLines } from './title-text';
import type { Line } from './types';

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
 * has two words or more (« L’hébergement » has two) and does not end on a colon (a list follows) or a
 * question mark (an interview's question, its answer follows; but under « Questions fréquentes », the
 * questions are titles); it starts at its column's left edge (a list item is indented) or where its text
 * starts; the line after it does not carry on its sentence (a lower-case start) nor, after a number of
 * one level, is or follows another numbered line or hangs indented under it (a bold numbered list); and
 * it does not run on like a lead-in, filling its line with the next one at the usual pitch right below.
 */
export function standsAlone(block: { first: number; last: number }, lines: Line[], pitch: number, byWeightOnly: boolean, questionsAllowed: boolean): boolean {
  const title = joinTitleLines(lines.slice(block.first, block.last + 1));
  // Where headings are told by weight alone, they may be one word (« TÉMOIGNAGES ») or end on a colon;
  // in a part of frequent questions, the questions are its titles.
  // (A bold sentence of eight words or more is emphasis there too; a shorter one may be a title.)
  const wordsAllowed = byWeightOnly ? !EMPHASIS.test(title) : title.split(/[\s’']+/u).length >= 2 && !/:$/.test(title) && (questionsAllowed || !/\?$/.test(title));
  if (!TITLE_OPENING.test(title) || !wordsAllowed || DATE_LABEL.test(title)) return false;
  const first = lines[block.first] as Line;
  const last = lines[block.last] as Line;
  const edges = columnEdges(lines, last);
  const { left, right } = edges;
  const next = lines[block.last + 1];
  // At the column's left edge, or centred as a word processor may set it (a signature set right is none),
  // or indented with its text as a legal outline sets its lowest level (« 1.1.1 Le fondement légal » over
  // lines starting where it starts and running to the right edge); not a list item's lead-in ending its
  // sentence (« …et sa base documentaire. »), an item of a numbered list, a person over their words
  // (« Kevin, 34 ans, ouvrier en espaces verts ») or a title over a quotation.
  const centred = byWeightOnly && isCentred(first, edges);
  const indentedWithText =
    next !== undefined && next.page === last.page && next.block === last.block && !next.bold && Math.abs(next.x - first.x) <= 1 && next.xEnd > right - SHORT_LINE_EMS * next.size &&
    !/\.$/u.test(title) && !ITEM_NUMBER.test(title) && !isSpeaker(title) && !/^[«"“]/u.test(next.text);
  if (first.x > left + first.size && !indentedWithText && !(centred && setApartAbove(block, lines, pitch, right))) return false;
  const fillsItsLine = last.xEnd > right - SHORT_LINE_EMS * last.size;
  // A bold sentence that holds no text (another bold line or the end follows) is emphasis: a closing
  // thanks, « Je vous remercie de votre attention. ».
  if (byWeightOnly && /[.!]$/u.test(title) && (next === undefined || next.bold)) return false;
  // Nor is the document's last line a title: it holds nothing (a signature's name, set apart to sign).
  if (byWeightOnly && next === undefined) return false;
  if (next === undefined || next.page !== last.page || next.block !== last.block) return !fillsItsLine;
  if (/^\p{Ll}/u.test(next.text)) return false;
  // A sentence announcing a list: its items are indented.
  if (/:$/.test(title) && next.x > first.x + first.size) return false;
  // A bold numbered list: its items follow each other, or each one's text hangs under it, indented past
  // its number (a paragraph's first-line indent is one line only). Read as titles, short items lost their
  // text. A title over a list in regular weight stays one.
  if (ITEM_NUMBER.test(title) && inBoldList(block, lines)) return false;
  // A lettered line whose text follows at the line pitch is a list's label (« a) Réserve : 60 000 euros »).
  if (/^[a-z][.)]\s/u.test(title) && last.y - next.y <= SET_APART * pitch) return false;
  return !(fillsItsLine && last.y - next.y <= SET_APART * pitch);
}

/**
 * Who speaks: a name and a role (« Martine Leroy, présidente »), a civility (« Mme Ferreira, bénévole »),
 * a first name and an age (« Marie-Claude, 63 ans, aidante »). « Accueil, hébergement et insertion » is a title.
 */
function isSpeaker(title: string): boolean {
  return looksLikePersonLine(title) || /^(?:M\.|Mme|Mlle|Dr|Pr)\s+\p{Lu}/u.test(title) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s+\d{1,3}\s+ans\b/u.test(title);
}

/** A date and time alone (« Jeudi 16 mai, 14 h »): an agenda's label over what happens then. */
const DATE_LABEL = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?(?:\s*[,–-]?\s*(?:à\s+)?\d{1,2}\s*h(?:\s*\d{2})?)?\s*:?$/iu;

/** A sentence of eight words or more, a full stop or an exclamation mark at its end. */
const EMPHASIS = /^(?:\S+\s+){7,}\S*[.!]$/u;

/**
 * Whether a centred line stands as a title does: set apart from the line above it, or opening its page or
 * block, or under a paragraph's last line (a sentence ended short of the right edge, set left: a word
 * processor without paragraph spacing). A name at the line pitch under « la trésorière, » ends a centred
 * signature.
 */
function setApartAbove(block: { first: number }, lines: Line[], pitch: number, right: number): boolean {
  const [first, above] = [lines[block.first] as Line, lines[block.first - 1]];
  if (above === undefined || above.page !== first.page || above.block !== first.block || above.y - first.y > SET_APART * pitch) return true;
  const paragraphEnd = /[.!?…]$/u.test(above.text) && above.xEnd < right - SHORT_LINE_EMS * above.size;
  const aboveCentred = Math.abs(above.x - first.x) > first.size && Math.abs(above.xEnd - right) > first.size && Math.abs(above.x + above.xEnd - first.x - first.xEnd) <= 2 * first.size;
  return paragraphEnd && !aboveCentred;
}

/** A part whose titles are the questions it answers. */
const QUESTIONS_PART = /\b(?:faq|foire aux questions|questions[- ]r[ée]ponses|questions fr[ée]quentes|vos questions)\b/iu;

/** Whether the nearest heading set larger than a block names a part of frequent questions. */
export function underQuestions(block: { first: number }, larger: { first: number; last: number }[], lines: Line[]): boolean {
  const enclosing = larger.filter((heading) => heading.first < block.first).pop();
  return enclosing !== undefined && QUESTIONS_PART.test(joinTitleLines(lines.slice(enclosing.first, enclosing.last + 1)));
}

/**
 * A part that defines words, named so and only so (« Glossaire », « Lexique », « Liste des sigles »,
 * « Annexe 2 – Sigles et acronymes »; « Lexique LSF : un dictionnaire en ligne » is a project's): its
 * terms, set bold on a line of their own over their definition, are entries, not titles.
 */
const GLOSSARY_PART =
  /^(?:(?:annexe\s*)?[\dIVX]*[.)]?\s*[:–—-]?\s*)?(?:glossaire|lexique|sigles|acronymes|abr[ée]viations|(?:liste|table|index) des (?:sigles|acronymes|abr[ée]viations))(?:\s+(?:et|des|du|de la|de l[’']|d[’']|&)\s*[\p{L}’' ]{0,40})?$/iu;

/**
 * Whether a block is a glossary's term: under a heading set larger that names one, with no heading set at
 * least as large between them (a sub-part set smaller, « Termes techniques », is still the glossary's),
 * and over its definition: a bold line over another bold line (« Le vocabulaire sportif » over « Division
 * AB ») groups terms, a sub-part's title.
 */
export function underGlossary(block: { first: number; last: number }, larger: { first: number; last: number }[], lines: Line[]): boolean {
  if (lines[block.last + 1]?.bold) return false;
  const before = larger.filter((heading) => heading.first < block.first);
  const size = (heading: { first: number }) => (lines[heading.first] as Line).size;
  // (« Glossaire » over « Sigles » and « Termes techniques »: the glossary is the outer one.)
  return before.some(
    (heading, index) =>
      GLOSSARY_PART.test(joinTitleLines(lines.slice(heading.first, heading.last + 1))) && before.slice(index + 1).every((after) => size(after) < size(heading)),
  );
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
  // The item before or after: bold and numbered, or of any weight numbered next to it (« b) » over « c) »).
  const rank = (text: string) => {
    const mark = ITEM_NUMBER.exec(text)?.[0].trim().slice(0, -1);
    return mark === undefined ? NaN : /\d/.test(mark) ? Number(mark) : mark.charCodeAt(0);
  };
  // Items of one list share their size and their kind of number (« 1) L’actif », a title over « a) », is none).
  const sameKind = (line: Line) => /^\d/.test(line.text) === /^\d/.test(first.text) && Math.abs(line.size - first.size) < 0.5;
  const item = (line: Line | undefined, step: number): boolean =>
    near(line) && ITEM_NUMBER.test(line.text) && sameKind(line) && (line.bold || rank(line.text) === rank(first.text) + step);
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
  return item(lines[before], -1) || item(lines[after], 1);
}

/** Italic titles in the text's size are set closer to their text than to what comes before: … */
const BOUND_BEFORE = 1.3;
/** …at least this many line pitches above them, at most this many below. */
const BOUND_AFTER = 1.35;
/** A report sets at least this many titles in italics, or none. */
const MIN_ITALIC_TITLES = 2;

/**
 * Titles set in italics in the text's size, neither bold nor larger (a word processor's lowest level):
 * a line or two at the column's left edge, opening with a capital, ending on no punctuation, set apart
 * from the text above and bound to the text below. An italic quotation is indented or quoted, a legal
 * reference stands as far from the text after it as from the text before: both stay text.
 */
export function italicTitles(blocks: { first: number; last: number }[], lines: Line[], pitch: number): { first: number; last: number }[] {
  const bound = blocks.filter((block) => {
    const [first, last] = [lines[block.first] as Line, lines[block.last] as Line];
    const title = joinTitleLines(lines.slice(block.first, block.last + 1));
    if (block.last - block.first > 1 || !TITLE_OPENING.test(title) || /[.!?…:;,»”"]$/u.test(title) || /^[«"“]/u.test(title)) return false;
    if (first.x > columnEdges(lines, first).left + first.size) return false;
    const [before, after] = [lines[block.first - 1], lines[block.last + 1]];
    if (after === undefined || after.page !== last.page || after.block !== last.block) return false;
    const opens = before === undefined || before.page !== first.page || before.block !== first.block;
    return (opens || before.y - first.y >= BOUND_BEFORE * pitch) && last.y - after.y <= BOUND_AFTER * pitch;
  });
  return bound.length >= MIN_ITALIC_TITLES ? bound : [];
}
