// Bookmarks give titles, levels and pages directly, but only what their author (or exporter) put in:
// each one is checked against the text of its page, and the layout fills in the headings they miss.
import { foldAccents } from '../../../analysis';
import { liftNestedPeers } from './bookmark-nesting';
import { NUMBERED_TITLE, splitDocumentTitle, withYearAround, wordedAsTitle } from './document-title';
import type { Heading } from './headings';
import { assignLevels } from './levels';
import { joinTitleLines } from './title-text';
import { bodySize, rankStyles, styleKey, styleOf, type TextStyle } from './styles';
import type { Bookmark, Line } from './types';

/** Bookmarks are trusted only when most of them are found in the text. */
const MIN_MATCHED_SHARE = 0.5;
/** A bookmark's title may be printed over this many lines. */
const MAX_TITLE_LINES = 4;

/** Letters and digits only: exporters drop the space at a title's line break, or add one. */
export function titleKey(title: string): string {
  return foldAccents(title.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The number a heading is printed with and its bookmark may leave out (LaTeX's bookmarks are « Introduction »
 * for « 1 Introduction », « Le financement » for « 2.2 Le financement »).
 */
const SECTION_NUMBER = /^(?:(?:chapitre|partie)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s+(?=\p{L})/iu;

/** Where a bookmark's title is printed: a layout heading of its page (with its number), else a few lines of its page. */
function locate(bookmark: Bookmark, lines: Line[], candidates: Heading[], used: Set<number>): Heading | null {
  const key = titleKey(bookmark.title);
  if (key === '') return null;
  const onPage = (page: number) => bookmark.page === null || Math.abs(page - bookmark.page) <= 1;
  const heading = candidates.find((candidate) => !used.has(candidate.first) && onPage(candidate.page) && [titleKey(candidate.title), titleKey(candidate.title.replace(SECTION_NUMBER, ''))].includes(key));
  if (heading) return heading;
  for (let first = 0; first < lines.length; first += 1) {
    const line = lines[first] as Line;
    if (used.has(first) || !onPage(line.page) || !key.startsWith(titleKey(line.text)) || titleKey(line.text) === '') continue;
    for (let last = first; last < Math.min(lines.length, first + MAX_TITLE_LINES); last += 1) {
      const span = lines.slice(first, last + 1);
      const spanKey = titleKey(span.map((l) => l.text).join(''));
      // A heading tag's text holds the footnote call the line leaves out (« Le DITEP de Kerfeunteun⁵ »).
      const withCalls = spanKey + titleKey(span.flatMap((l) => l.calls ?? []).join(''));
      if (spanKey === key || withCalls === key) return { first, last, title: joinTitleLines(span), level: 0, page: line.page, style: styleOf(line) };
      if (!key.startsWith(spanKey)) break;
    }
  }
  return null;
}

export interface OutlineSource {
  /** The title the PDF declares (its Info Title), when usable. */
  declaredTitle?: string | null;
  /**
   * Every heading styled as one is in it: a tagged PDF marks each heading style (H1–H6) and every other
   * line as what it is (P, Caption, TD…), where bookmarks may stop at a level.
   */
  complete?: boolean;
}

/**
 * Headings from the bookmarks (or heading tags) when they match the text (title as printed, level from
 * the bookmark tree), plus the layout headings in styles smaller than every bookmarked one (bookmarks that
 * stop at level 2 miss the level-3 titles); from a complete source, only those of a larger style that
 * recurs. Null when the bookmarks cannot be trusted: the layout decides alone.
 */
export function headingsFromBookmarks(
  bookmarks: Bookmark[],
  lines: Line[],
  candidates: Heading[],
  { declaredTitle = null, complete = false }: OutlineSource = {},
): { title: Heading | null; headings: Heading[] } | null {
  if (bookmarks.length === 0) return null;
  const used = new Set<number>();
  const matched: Heading[] = [];
  for (const bookmark of bookmarks) {
    const heading = locate(bookmark, lines, candidates, used);
    if (!heading) continue;
    used.add(heading.first);
    matched.push({ ...heading, level: bookmark.level });
  }
  if (matched.length < bookmarks.length * MIN_MATCHED_SHARE) return null;
  matched.splice(0, matched.length, ...liftNestedPeers(matched));
  // One bookmark per slide or page, all at one level (Impress names each after its slide), tells no
  // levels: where the headings they find are set in several styles, smaller ones between larger ones (a
  // deck's content slides between its dividers), the styles do. Chapters bookmarked alone, with annexes
  // or a preface set smaller after or before them, stay one level.
  if (new Set(bookmarks.map((bookmark) => bookmark.level)).size === 1 && nestsSmallerStyles(matched)) {
    matched.splice(0, matched.length, ...assignLevels(matched, lines));
  }
  const unused = candidates.filter((candidate) => !used.has(candidate.first));
  const withDeeperLayoutHeadings = (found: Heading[], layoutOnes: Heading[]) => withDeeperHeadings(found, complete ? recurringHeadingStyles(layoutOnes, lines) : layoutOnes);
  const opening = titleRoot(matched, lines, candidates, declaredTitle);
  if (opening !== null) {
    // The report's title, or its subtitle, bookmarked as the root of its outline (Chromium bookmarks the
    // h1, Writer a Heading 1 used on the cover): its children are the outline's top level, and what its
    // page prints besides the title (the organisation, a date) is the report's opening text.
    const { root, title } = opening;
    const children = matched.filter((heading) => heading !== root).map((heading) => ({ ...heading, level: heading.level - 1 }));
    return { title, headings: withDeeperLayoutHeadings(children, unused.filter((heading) => heading.page !== root.page)) };
  }
  // Among headings the bookmarks left, the title is one that opens the document, a cover's (a first
  // page that holds no bookmarked heading), or the one the layout takes for the title among them all (a
  // masthead set over the first bookmarked chapter).
  const cover = splitDocumentTitle(unused, lines, declaredTitle);
  const isCover = cover.cover && !matched.some((heading) => heading.page === lines[0]?.page);
  // (Opening the document, it is the title only if no bookmarked heading is as large: a letterhead is not.)
  const opensLargest = cover.title?.first === 0 && !matched.some((heading) => heading.style.size >= cover.title!.style.size);
  if (cover.title !== null && (opensLargest || isCover)) return { title: cover.title, headings: withDeeperLayoutHeadings(matched, cover.headings) };
  const overAll = splitDocumentTitle(candidates, lines, declaredTitle).title;
  const title = overAll !== null && !matched.some((heading) => spans(overAll, heading.first)) ? overAll : null;
  return { title, headings: withDeeperLayoutHeadings(matched, unused.filter((heading) => heading.first < (title?.first ?? 0) || heading.first > (title?.last ?? -1))) };
}

/** Whether a heading in a smaller style comes between two in a larger one. */
function nestsSmallerStyles(headings: Heading[]): boolean {
  return headings.some((heading, index) =>
    headings.slice(0, index).some((before) => before.style.size > heading.style.size) &&
    headings.slice(index + 1).some((after) => after.style.size > heading.style.size));
}

/** Whether line `index` is one of the title's (which may take a kicker above it or a year below). */
function spans(title: Heading, index: number): boolean {
  return title.first <= index && index <= title.last;
}


/**
 * The single root of the bookmarks when it opens the report: the first bookmark, alone at the top level,
 * unnumbered, and the title the layout finds among all the headings (a masthead), or on a cover. On a
 * page of text, a larger title the bookmarks leave out keeps its place over a chapter the author
 * bookmarked alone. On a cover the root is the title, unless a larger line the bookmarks leave out reads
 * as one (the root is then its subtitle); a logo or an acronym (« HORIZON », « SAUVEGARDE 29 ») does not.
 */
function titleRoot(matched: Heading[], lines: Line[], candidates: Heading[], declaredTitle: string | null): { root: Heading; title: Heading } | null {
  const [first] = matched;
  if (first === undefined || matched.length < 2 || NUMBERED_TITLE.test(first.title)) return null;
  const top = Math.min(...matched.map((heading) => heading.level));
  if (first.level !== top || matched.some((heading) => heading !== first && heading.level === top)) return null;
  const overAll = splitDocumentTitle(candidates, lines, declaredTitle);
  if (overAll.title !== null && spans(overAll.title, first.first)) return { root: first, title: overAll.title };
  if (!overAll.cover || first.page !== lines[0]?.page) return null;
  const larger = overAll.title;
  return { root: first, title: larger !== null && wordedAsTitle(larger.title) ? larger : withYearAround(first, lines) };
}

/**
 * A style larger than the text used for this many titles, on more than one page, is a level of titles:
 * a caption or a quote is rarer, and a list of key figures set large stays on its page.
 */
const MIN_RECURRING = 3;

/** The layout headings in a style larger than the text that recurs through the report: titles set by hand. */
function recurringHeadingStyles(layoutOnes: Heading[], lines: Line[]): Heading[] {
  const body = bodySize(lines);
  const uses = new Map<string, Heading[]>();
  for (const heading of layoutOnes) uses.set(styleKey(heading.style), [...(uses.get(styleKey(heading.style)) ?? []), heading]);
  const recurs = (style: TextStyle) => {
    const same = uses.get(styleKey(style)) ?? [];
    return same.length >= MIN_RECURRING && new Set(same.map((heading) => heading.page)).size > 1;
  };
  return layoutOnes.filter((heading) => heading.style.size > body && recurs(heading.style));
}

/** The bookmarked headings, with the layout's in styles smaller than every bookmarked one below them. */
function withDeeperHeadings(matched: Heading[], layoutOnes: Heading[]): Heading[] {
  // By size and weight: a bookmarked level's style in italics or capitals here and there is still its own.
  const sizeAndWeight = (style: TextStyle) => styleKey({ size: style.size, bold: style.bold });
  const bookmarkedStyles = new Set(matched.map((heading) => sizeAndWeight(heading.style)));
  const smallest = Math.min(...matched.map((heading) => heading.style.size));
  const deepest = Math.max(...matched.map((heading) => heading.level));
  const deeper = layoutOnes.filter((heading) => !bookmarkedStyles.has(sizeAndWeight(heading.style)) && heading.style.size <= smallest);
  const ranks = rankStyles(deeper.map((heading) => heading.style));
  const added = deeper.map((heading) => ({ ...heading, level: deepest + (ranks.get(styleKey(heading.style)) ?? 1) }));
  return [...matched, ...added].sort((a, b) => a.first - b.first);
}
