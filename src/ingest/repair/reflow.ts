// Wrapped lines back into paragraphs: one line of prose per paragraph.
import { isFrenchWord } from '../../analysis';
import { isBrokenWord, joinHyphenated, repairSpacedHyphens } from './hyphenation';
import { growingText, type GrowingText } from './growing-text';
import { looksLikePersonLine } from './signatures';
import type { Vocabulary } from './vocabulary';

export interface WrappedLine {
  text: string;
  end: 'hard' | 'soft' | 'forced';
}

// Dashes are left out: « – travaillé paritairement – » opens lines inside sentences.
const BULLET = /^[•●▪■◦‣∙]/u;
/** A figure alone (« 122 », « 2 047 », « 73% »): the value of the chart label before it. */
const FIGURE = /^\d[\d ,./]*\s*(?:%|€)?$/u;
const MAX_LABEL = 40;
/** A paragraph that ends like this is finished; anything else may continue in the next block. */
const FINISHED = /[.!?…:;»”)]$/u;

/** The text after the last whitespace, found from the end: a regex anchored with `$` scans the whole text. */
function lastToken(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start);
}

/** The last token of a line that is part of a URL split over lines (known noise of PDF exports). */
function endsInsideUrl(text: string): boolean {
  const last = lastToken(text);
  return /[/-]$/.test(last) && (/^https?:\/\//.test(last) || /^[a-z0-9]+(?:-[a-z0-9]+){2,}-$/.test(last) || /\/$/.test(last) && last.includes('.'));
}

function endsWithUrl(text: string): boolean {
  return /https?:\/\/\S/.test(lastToken(text));
}

/** A line-end hyphen set apart from its word (« associa - »), as a re-distilled Writer report reads. */
const HYPHEN_APART = /(\p{L}+) [-\u2010]$/u;
const NEXT_WORD = /^\p{Ll}[\p{L}’']*/u;

/** The word before a line-end hyphen set apart from it (« associa » of « … de l’associa - »), if any. */
function wordBeforeHyphenApart(text: string): string | undefined {
  return text.endsWith(' -') || text.endsWith(' \u2010') ? HYPHEN_APART.exec(text)?.[1] : undefined;
}

/**
 * Whether `left`, before a hyphen set apart, and the word opening `next` can only be one word broken in
 * two: the next line goes on in lower case and one of them is no word on its own (« associa - / tion »);
 * « réuni - / on le rappelle » may be a dash typed between two words.
 */
function oneHalfIsNoWord(left: string, next: string): boolean {
  const right = NEXT_WORD.exec(next)?.[0];
  return right !== undefined && !(isFrenchWord(left) && isFrenchWord(right));
}

/**
 * One line end that can only be a word broken so shows how the document sets its hyphens (a dash typed
 * in a sentence stands between two words).
 */
const MIN_HYPHENS_APART = 1;

/**
 * Line texts (in reading order) with each line-end hyphen set apart from its word closed up
 * (« associa - » → « associa- »: `joinLine` then settles it as any line-end hyphen), where the document
 * sets its hyphens so: a line end where the halves make a French word and one of them is none
 * (« associa - / tion »). Elsewhere only such line ends are joined (`joinLine`), and a spaced dash
 * between two words stays (« réuni - / on le rappelle »).
 */
export function withHyphensClosedUp(texts: readonly string[]): string[] {
  let breaks = 0;
  texts.forEach((text, index) => {
    const left = wordBeforeHyphenApart(text);
    const next = texts[index + 1] ?? '';
    if (left !== undefined && oneHalfIsNoWord(left, next) && isFrenchWord(left + NEXT_WORD.exec(next)![0])) breaks++;
  });
  if (breaks < MIN_HYPHENS_APART) return [...texts];
  return texts.map((text, index) => (wordBeforeHyphenApart(text) !== undefined && NEXT_WORD.test(texts[index + 1] ?? '') ? `${text.slice(0, -2)}${text.slice(-1)}` : text));
}

/** Appends `next` to `text`, handling line-end hyphens and URLs. */
export function joinLine(text: string, next: string, vocabulary: Vocabulary): string {
  if (text === '') return next;
  if (endsInsideUrl(text)) return text + next;
  if (/\p{L}[-\u2010]$/u.test(text.slice(-3)) && /^\p{L}/u.test(next)) return joinHyphenated(text, next, vocabulary);
  // A hyphen set apart from its word, as a justified line may draw it (a re-distilled Writer report reads
  // « associa - / tion »), breaks that word when the two halves make one and one of them is no word on its
  // own; else it is a dash typed between words, and stays (« réuni - / on le rappelle »).
  const left = wordBeforeHyphenApart(text);
  const closedUp = `${text.slice(0, -2)}${text.slice(-1)}`;
  if (left !== undefined && oneHalfIsNoWord(left, next) && isBrokenWord(closedUp, next, vocabulary)) return text.slice(0, -2) + next;
  return `${text} ${next}`;
}

/** A note numbered in small roman numerals, as word processors number endnotes (« ii Le questionnaire… »). */
const ROMAN_NOTE = /^[ivx]{1,4} \p{Lu}/u;

/** A list item numbered in lower case (« i. », « ii) », « a) »). */
const LOWER_CASE_ITEM = /^(?:[ivx]{1,4}|[a-z])[.)] /u;

function breaksAfter(line: WrappedLine, next: WrappedLine): boolean {
  if (BULLET.test(next.text)) return true;
  // After a sentence's end, a note opens however its line ended: a note whose first line fills most of its
  // width was read as the previous note going on.
  if (ROMAN_NOTE.test(next.text) && /[.!?»)]$/u.test(line.text)) return true;
  // An item is laid out as one: the line before ends hard (« … ; c) renforcer » inside a justified
  // sentence is an enumeration, not a list).
  if (LOWER_CASE_ITEM.test(next.text) && line.end !== 'soft' && /[.:;]$/u.test(line.text)) return true;
  // A hard end is a paragraph end, unless the sentence visibly goes on in lower case.
  return line.end === 'hard' && !/^\p{Ll}/u.test(next.text);
}

/** Lines of one block → paragraphs, each one line of clean prose. */
export function reflowLines(lines: WrappedLine[], vocabulary: Vocabulary): string[] {
  const paragraphs: string[] = [];
  let current = growingText();
  lines.forEach((line, index) => {
    if (line.text === '') return;
    current.setTail(joinLine(current.tail(), line.text, vocabulary));
    const next = lines[index + 1];
    if (!next || breaksAfter(line, next)) {
      paragraphs.push(current.text());
      current = growingText();
    }
  });
  if (current.length() > 0) paragraphs.push(current.text());
  return paragraphs.map((paragraph) => repairSpacedHyphens(paragraph, vocabulary).replace(/ {2,}/g, ' ').trim());
}

/**
 * Joins paragraphs split by a column or frame break: an unfinished paragraph followed by one that
 * opens in lower case is the same sentence.
 */
export function joinContinuations(paragraphs: string[], vocabulary: Vocabulary): string[] {
  const joined: GrowingText[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined[joined.length - 1];
    const tail = previous?.tail() ?? '';
    // Only the end of `previous` is looked at, or all of it while it is short enough to be a label.
    const resumesSentence =
      previous !== undefined && !FINISHED.test(tail.slice(-1)) && !endsWithUrl(tail) && !looksLikePersonLine(previous.opening()) &&
      /^\p{Ll}/u.test(paragraph);
    const labelAndFigure =
      previous !== undefined && FIGURE.test(paragraph) && previous.length() <= MAX_LABEL && !FIGURE.test(tail) && !BULLET.test(tail);
    if (previous !== undefined && (resumesSentence || labelAndFigure)) {
      previous.setTail(repairSpacedHyphens(joinLine(tail, paragraph, vocabulary), vocabulary));
    } else {
      joined.push(growingText(paragraph));
    }
  }
  return joined.map((paragraph) => paragraph.text());
}
