// A PDF's text items and bookmarks → the report's title and outline (headings with their level, page
// and text), through the layout stages: reading order, lines, furniture, headings, paragraphs.
import type { OutlineEntry } from '../../../types';
import { ligatureRepair } from '../../repair/ligatures';
import { withHyphensClosedUp } from '../../repair/reflow';
import { joinSpacedCapitals } from '../../repair/spaced-capitals';
import { buildVocabulary, type Vocabulary } from '../../repair/vocabulary';
import { headingsFromBookmarks, titleKey } from './bookmarks';
import { footnotes } from './footnotes';
import { outlineOfHeadingTags, withoutSetApartBookmarks } from './heading-tags';
import { dropContentsLists, dropContentsPages, dropFurniture } from './furniture';
import { headingCandidates, layoutHeadings, type Heading } from './headings';
import { joinTitleLines } from './title-text';
import { blockLines, dominant, isSpacedOut } from './lines';
import { paragraphsOf, usualPitch } from './paragraphs';
import { readingOrder } from './reading-order';
import type { Bookmark, HeadingTag, Line, PageItems } from './types';

export interface LayoutReading {
  title: string | null;
  outline: OutlineEntry[];
}

/** Every line of the document in reading order, page by page. */
export function documentLines(pages: PageItems[]): Line[] {
  const lines: Line[] = [];
  for (const page of [...pages].sort((a, b) => a.num - b.num)) {
    const em = dominant(page.items.map((item): [number, number] => [item.size, item.str.length])) ?? 0;
    readingOrder(page.items, em).forEach((group, block) => lines.push(...blockLines(page.num, block, group)));
  }
  return lines;
}

/** Lines without page furniture and tables of contents. */
export function contentLines(pages: PageItems[], bookmarks: Bookmark[] = []): Line[] {
  const named = new Map<number, Set<string>>();
  for (const bookmark of bookmarks) if (bookmark.page !== null) named.set(bookmark.page, (named.get(bookmark.page) ?? new Set()).add(titleKey(bookmark.title)));
  return dropContentsLists(dropContentsPages(dropFurniture(documentLines(pages), pages, named)));
}

/** The outlines a PDF may carry itself: its bookmarks, and the headings a tagged PDF marks. */
export interface DeclaredOutlines {
  bookmarks: Bookmark[];
  headingTags?: HeadingTag[];
}

/**
 * The PDF's own structure first: its bookmarks (less those its tags show are a box's title, a caption or
 * a pull quote), else its heading tags (a Word or Writer export without bookmarks is usually tagged),
 * each kept only when it matches the text; else the layout alone.
 * `declaredTitle`: the title the PDF declares (its Info Title), when it is one (not a file name).
 */
export function readLayout(pages: PageItems[], { bookmarks, headingTags = [] }: DeclaredOutlines, declaredTitle: string | null = null): LayoutReading {
  const printed = contentLines(pages, [...bookmarks, ...headingTags]);
  // Restored before anything reads a word: a title must match the declared one, a heading its bookmark.
  const restore = ligatureRepair(printed.map((line) => line.text));
  const restored = withHyphensClosedUp(printed.map((line) => restore(line.text)));
  const read = printed.map((line, index) => ({ ...line, text: restored[index]! }));
  // Bookmarks are the document's words too, written whole where a line break cut them in the text
  // (« compé-tence » under the bookmark « … sous compétence de l’État »). (A heading tag's text is the
  // printed one, line-end hyphen included.)
  const vocabulary = buildVocabulary([...read.map((line) => line.text), ...bookmarks.map((bookmark) => bookmark.title)]);
  // Only a line whose letters are spaced out was cut by pdf.js where they are drawn apart (« A VENIR » is two words).
  const lines = read.map((line) => (isSpacedOut(line) ? { ...line, text: joinSpacedCapitals(line.text, vocabulary) } : line));
  const candidates = headingCandidates(lines);
  const { title, headings } =
    headingsFromBookmarks(withoutSetApartBookmarks(bookmarks, headingTags), lines, candidates, { declaredTitle, complete: headingTags.length > 0 }) ??
    headingsFromBookmarks(outlineOfHeadingTags(headingTags), lines, candidates, { declaredTitle, complete: true }) ??
    layoutHeadings(lines, declaredTitle);
  // And again once lines are joined: a line-end hyphen may have cut a garbled word (« diþ- / cultés »).
  const outline = outlineOf(lines, headings, title, vocabulary).map((entry) => ({ ...entry, title: restore(entry.title), text: restore(entry.text) }));
  return { title: title?.title ?? null, outline };
}

function outlineOf(lines: Line[], headings: Heading[], title: Heading | null, vocabulary: Vocabulary): OutlineEntry[] {
  const pitch = usualPitch(lines);
  const notes = footnotes(lines);
  const noteLines = new Set(notes.flatMap((note) => note.lines));
  const paragraphs = (of: Line[]) => paragraphsOf(of, pitch, vocabulary);
  // The text of lines `from`–`to`, without the notes printed there, with the notes called from `owner`–`to`
  // (a section's title and text) after it.
  const body = (from: number, to: number, owner = from): string => [
    ...paragraphs(lines.slice(from, to).filter((_, offset) => !noteLines.has(from + offset))),
    ...notes.filter((note) => note.call >= owner && note.call < to).flatMap((note) => paragraphs(note.lines.map((index) => lines[index]!))),
  ].join('\n\n');
  const outline: OutlineEntry[] = [];
  const firstHeading = headings[0]?.first ?? lines.length;
  // What the cover prints around the title (a kicker above it, a subtitle, a date below) opens the text.
  const parts = (title ? [[0, title.first, 0], [title.last + 1, firstHeading, title.first]] : [[0, firstHeading, 0]])
    .map(([from, to, owner]) => ({ page: lines[from!]?.page ?? null, text: body(from!, to!, owner) }))
    .filter((part) => part.text !== '');
  if (parts.length > 0) outline.push({ title: title?.title ?? 'Introduction', level: 1, page: parts[0]!.page, text: parts.map((part) => part.text).join('\n\n') });
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.first ?? lines.length;
    // Joined again with the document's words: a compound's hyphen ending a line stays.
    const title = joinTitleLines(lines.slice(heading.first, heading.last + 1), vocabulary);
    outline.push({ title, level: heading.level, page: heading.page, text: body(heading.last + 1, end, heading.first) });
  });
  return outline;
}
