// The report's own title, found from the layout: the largest heading of a cover, or a masthead opening
// the first page. What a cover prints besides it (a kicker, a subtitle, a date) is its text, not headings.
import type { Heading } from './headings';
import { bodySize, styleKey, styleOf } from './styles';
import type { Line } from './types';

/** A cover page holds the title and little else (a subtitle, a date, the organisation). */
const MAX_COVER_LINES = 5;
/** …or this many, none of them running text (an address block, the names of a board). */
const MAX_COVER_LINES_WITHOUT_TEXT = 12;
/** A masthead title is at least this many times the size of the next largest heading. */
const MASTHEAD_RATIO = 1.5;
/** A title set apart from the text is followed by at most this many lines before the next heading. */
const MAX_TITLE_FOLLOWERS = 3;
/** Names of a report's parts, not of a report. */
const SECTION_NAME =
  /^(?:[ée]dito(?:rial)?|pr[ée]ambule|avant-propos|pr[ée]face|introduction|sommaire|(?:le\s+)?mot\s+d[eu]|pr[ée]sentation|chiffres\s+cl[ée]s|faits\s+marquants|remerciements|conclusion|glossaire|annexes?)(?![\p{L}\p{N}])/iu;

/** Whether the title the PDF declares (its Info Title) holds every word of a heading. */
function names(declaredTitle: string | null, heading: string): boolean {
  if (declaredTitle === null) return false;
  const words = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);
  const declared = new Set(words(declaredTitle));
  const own = words(heading);
  return own.length > 0 && own.every((word) => declared.has(word));
}

/**
 * A chapter or a part opens with its number (« 1 — Une année… », « 01 Le réseau », « Chapitre 2 », « II. »);
 * a report's title does not.
 */
export const NUMBERED_TITLE = /^(?:(?:chapitre|partie)\s+)?(?:\d{1,2}|[IVX]{1,4})\b/iu;

/** Six words in a row: a line of running text (a letter-spaced name, « N E X E M », is not). */
const RUNNING_TEXT = /(?:\p{L}{2,}\S*\s+){5}\p{L}{2,}/u;

/**
 * The document's title is the largest heading of its first page, larger than any other heading. On a
 * cover (a page of few lines besides its headings) the cover's other headings (a kicker above the
 * title, a subtitle, a date set large) are the cover's text, not the outline's: ranked as levels, they
 * pushed every real heading one or two levels down. Without a cover, the largest heading is the title
 * only as a masthead (`isMasthead`): far larger than every other heading, the only one larger than the
 * text, set apart from the text, the first heading of a report of several pages that declares no title
 * (a chapter printed on its own), or named by the title the PDF declares (`declaredTitle`, its Info Title
 * when usable); never a part's name, nor a question the PDF does not declare. Otherwise it stays a heading.
 */
export function splitDocumentTitle(candidates: Heading[], lines: Line[], declaredTitle: string | null = null): { title: Heading | null; headings: Heading[]; cover: boolean } {
  const coverPage = lines[0]?.page;
  const onCover = candidates.filter((heading) => heading.page === coverPage);
  // The largest; of several in one size (« ADAPEI DE LA LOIRE » over « RAPPORT D’ACTIVITÉ 2023 »), the one the PDF's declared title names.
  const largestOnCover = onCover.filter((heading) => onCover.every((other) => other.style.size <= heading.style.size));
  const title = largestOnCover.find((heading) => names(declaredTitle, heading.title)) ?? largestOnCover[0];
  if (title === undefined) return { title: null, headings: candidates, cover: false };
  const largest = candidates.every((heading) => heading === title || heading.style.size < title.style.size);
  // A title page whose title is set no larger than the chapters (LaTeX's \maketitle at 17 pt under 25 pt
  // chapters, a deck's title slide in its dividers' size) still names the report, when it reads as a title.
  // (In capitals, « RAPPORT D’ACTIVITÉ », when the title the PDF declares names it.)
  const titlePage = !largest && lines.some((line) => line.page !== coverPage) && (wordedAsTitle(title.title) || names(declaredTitle, title.title)) && !NUMBERED_TITLE.test(title.title) && !SECTION_NAME.test(title.title) && !/\?$/u.test(title.title);
  if (!largest && !titlePage) return { title: null, headings: candidates, cover: false };
  if (isCover(onCover, lines)) return { title: withYearAround(title, lines), headings: candidates.filter((heading) => heading.page !== coverPage), cover: true };
  if (!largest) return { title: null, headings: candidates, cover: false };
  if (!isMasthead(title, candidates, lines, declaredTitle)) return { title: null, headings: candidates, cover: false };
  const named = withYearAround(title, lines);
  return { title: named, headings: afterMasthead(named, candidates.slice(candidates.indexOf(title) + 1).filter((heading) => heading.first > named.last), lines), cover: false };
}

/** A year or a period (« 2023 », « 2022-2023 », « 2022/23 »), the pattern the year tests below share. */
const PERIOD = String.raw`(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?`;
/** A year or a period alone on its line. */
const YEAR_LINE = new RegExp(`^${PERIOD}$`, 'u');

/** Several words, not all in capitals: a title, where a logo is a word or an acronym (« HORIZON », « SAUVEGARDE 29 »). */
export function wordedAsTitle(text: string): boolean {
  return text.trim().split(/\s+/).length >= 2 && /\p{Ll}/u.test(text);
}

/** A logo set as text: a word in capitals, with a department's number at most (« HORIZON », « SAUVEGARDE 29 »). */
function isLogo(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}-]*(?:\s+\d{1,3})?$/u.test(text.trim());
}

/** A year in a line of display text (« RAPPORT D’ACTIVITÉ 2023 », « Bilan (2023) »). */
const HAS_YEAR = new RegExp(`(?:^|[\\s(])${PERIOD}(?=$|[\\s,.:;)])`, 'u');
/**
 * A kicker naming the report's year ends with it (« RAPPORT D’ACTIVITÉ 2023 », « Rapport annuel
 * 2022-2023 »); a date (« Assemblée générale du 14 juin 2024 ») or a founding year (« depuis 1968 ») is
 * no part of a title, nor a figure (« Plus de 2000 familles »), nor a law (« ASSOCIATION LOI 1901 »).
 */
const KICKER_YEAR = new RegExp(`(?:^|[\\s(])${PERIOD}\\)?$`, 'u');
const NOT_THE_REPORTS_YEAR =
  /(?:^|[^\p{L}])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|depuis|loi|d[ée]cret|fond[ée]e?s?|cr[ée]{2}e?s?)(?![\p{L}])/iu;
/** A logo stands over a report's year or a short period; over a longer one it is an anniversary's (« 1962 – 2022 »). */
const MAX_REPORT_SPAN = 5;

/** Years a year line covers: 0 for one year, 1 for « 2022-2023 », 60 for « 1962 – 2022 ». */
function yearSpan(text: string): number {
  const [from, to] = (text.match(/\d{2,4}/gu) ?? []).map(Number);
  if (from === undefined || to === undefined) return 0;
  return (to < 100 ? to + 100 * Math.floor(from / 100) : to) - from;
}

/**
 * The title with the year printed large around it, which a reader takes as part of it: on the line right
 * under it (« Rapport d’activité » / « 2023 »), after one more display line (« SAUVEGARDE 29 » /
 * « Rapport d’activité » / « 2023 »), or in a kicker right above it (« RAPPORT D’ACTIVITÉ 2023 » over
 * « Service d’AEMO du Cher »). Left out, it gave every annual report of an association the same title.
 * A title that holds a year already, and lines of running text, are left as they are.
 */
export function withYearAround(title: Heading, lines: Line[]): Heading {
  if (HAS_YEAR.test(title.title)) return title;
  const body = bodySize(lines);
  const display = (line: Line | undefined): line is Line => line !== undefined && line.page === title.page && line.size > body && !RUNNING_TEXT.test(line.text);
  const [next, afterNext] = [lines[title.last + 1], lines[title.last + 2]];
  if (display(next) && YEAR_LINE.test(next.text)) return { ...title, last: title.last + 1, title: `${title.title} ${next.text}` };
  if (display(next) && display(afterNext) && YEAR_LINE.test(afterNext.text) && !HAS_YEAR.test(next.text)) {
    // Over the report's name and year, a logo (« SAUVEGARDE 29 ») is the organisation's mark, not its title.
    const named = `${next.text} ${afterNext.text}`;
    if (!isLogo(title.title)) return { ...title, last: title.last + 2, title: `${title.title} ${named}` };
    if (yearSpan(afterNext.text) <= MAX_REPORT_SPAN) return { ...title, first: title.last + 1, last: title.last + 2, title: named };
    return title;
  }
  const above = lines[title.first - 1];
  if (display(above) && KICKER_YEAR.test(above.text) && !NOT_THE_REPORTS_YEAR.test(above.text)) return { ...title, first: title.first - 1, title: `${above.text} ${title.title}` };
  return title;
}

/**
 * A cover: its first page holds few lines besides its headings. With other headings on it, a page with a
 * sentence of text is a short page of the report, not a cover; an address block or a list of members is
 * many short lines, but no running text.
 */
function isCover(onCover: Heading[], lines: Line[]): boolean {
  const coverPage = lines[0]?.page;
  const inHeadings = (index: number) => onCover.some((heading) => index >= heading.first && index <= heading.last);
  const others = lines.filter((line, index) => line.page === coverPage && !inHeadings(index));
  const runningText = others.some((line) => RUNNING_TEXT.test(line.text));
  return (others.length <= MAX_COVER_LINES && !(onCover.length > 1 && runningText)) || (others.length <= MAX_COVER_LINES_WITHOUT_TEXT && !runningText);
}

/**
 * A masthead: the title opens the first page (under a letterhead or a kicker at most), set far larger
 * than the headings set larger than the text after it. In a report of several pages, it may also be the
 * only heading larger than the text, over headings set in bold text; or stand apart from the text, a few
 * lines and no sentence (a subtitle, a date) before the next heading; or be the report's first heading
 * when the PDF declares no title; or be named by the title the PDF declares. Never a part's name
 * (« Éditorial »), nor a question unless the PDF declares it. (On a single page, it is as likely that
 * page's chapter title.)
 */
function isMasthead(title: Heading, candidates: Heading[], lines: Line[], declaredTitle: string | null): boolean {
  // A few lines at most come before it; headings among them only as a letterhead or a kicker, with no
  // running text (a chapter's text before a larger title makes it no masthead).
  if (title.first > MAX_COVER_LINES) return false;
  // A part's name or a question (« Qui sommes-nous ? ») opens a chapter, whatever its size; a question
  // the PDF declares as its title is the report's (« Ségur pour tous : où en est-on ? »).
  if (SECTION_NAME.test(title.title) || (/\?$/u.test(title.title) && !names(declaredTitle, title.title))) return false;
  // (A notice or an address in small print is the letterhead's.)
  const body = bodySize(lines);
  if (candidates[0] !== title && lines.slice(0, title.first).some((line) => RUNNING_TEXT.test(line.text) && styleOf(line).size >= body)) return false;
  const after = candidates.slice(candidates.indexOf(title) + 1);
  const next = Math.max(...after.filter((heading) => heading.style.size > body).map((heading) => heading.style.size));
  if (Number.isFinite(next) && title.style.size >= MASTHEAD_RATIO * next) return true;
  const severalPages = after.length > 0 && lines.some((line) => line.page !== lines[0]?.page);
  if (!severalPages) return false;
  const overBoldText = !Number.isFinite(next);
  // A byline or a date set smaller than the text under it belongs to a chapter (« Éditorial », over who
  // signs it); a section's name is no report's title, and a word alone is one only over its subtitle.
  const following = lines.slice(title.last + 1, after[0]?.first ?? title.last + 1);
  const subtitled = after[0] !== undefined && after[0].first === title.last + 1 && !after[0].style.bold && usedOnce(after[0], after);
  const apart = following.length <= MAX_TITLE_FOLLOWERS && !following.some((line) => /[.!?…]$/u.test(line.text) || styleOf(line).size < body) &&
    (title.title.split(' ').length >= 2 || subtitled);
  // The first heading, larger than all the others, is the root every other heading falls under: left a
  // heading, it pushed the report's whole outline one level down and the report was named after its file.
  // A PDF that declares another title says that heading is its first chapter's.
  const opens = candidates[0] === title && declaredTitle === null;
  return overBoldText || apart || opens || names(declaredTitle, title.title);
}

function usedOnce(heading: Heading, headings: Heading[]): boolean {
  return headings.filter((other) => styleKey(other.style) === styleKey(heading.style)).length === 1;
}

/**
 * The headings after a masthead. What its page prints before the first heading in the largest style left
 * (a subtitle, an issue line) is the masthead's text, as a cover's is; so are lines right under the title
 * in regular weight, in a style the report uses nowhere else (a subtitle, the establishment's name, an
 * author over a date).
 */
function afterMasthead(title: Heading, rest: Heading[], lines: Line[]): Heading[] {
  const top = Math.max(...rest.map((heading) => heading.style.size));
  const opening = rest.findIndex((heading) => heading.style.size === top || heading.page !== title.page);
  // A heading with running text between it and the title is a section of that page, not the masthead's text.
  const afterText = (heading: Heading) => lines.slice(title.last + 1, heading.first).some((line) => RUNNING_TEXT.test(line.text));
  if (opening !== 0) return opening < 0 ? rest : [...rest.slice(0, opening).filter(afterText), ...rest.slice(opening)];
  // Lines one right under the other under the title, in regular weight (an author and a date in one style).
  let under = 0;
  let above = title.last;
  for (const heading of rest) {
    if (heading.first !== above + 1 || heading.style.bold) break;
    above = heading.last;
    under += 1;
  }
  // Of those, the ones whose style the report uses nowhere else.
  const stack = rest.slice(0, under);
  const onlyThere = (heading: Heading) => rest.every((other) => styleKey(other.style) !== styleKey(heading.style) || stack.includes(other));
  const skipped = stack.findIndex((heading) => !onlyThere(heading));
  return rest.slice(skipped < 0 ? under : skipped);
}
