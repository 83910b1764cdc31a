// Chapter titles. A title standing alone, followed with no text between by a title printed right on
// top of its own text, heads the sections that follow it: « La bataille du financement continue »
// then « Accord Ségur pour tous : … » and its text. Font sizes would say it directly; extracted text
// only keeps that order.
import type { Item } from './detect-headings';

type Heading = Extract<Item, { kind: 'heading' }>;

/** A chapter title, maybe its subtitle, then the section: more titles in a row are a list of titles (a table of contents). */
const MAX_CHAPTER_RUN = 3;

/** The headings that open a chapter, by identity. */
export function chapterTitles(items: Item[]): Set<Item> {
  const chapters = new Set<Item>();
  for (let start = 0; start < items.length; start += 1) {
    if (items[start]?.kind !== 'heading') continue;
    let end = start;
    while (items[end + 1]?.kind === 'heading') end += 1;
    const first = items[start] as Heading;
    const last = items[end] as Heading;
    // A displaced title is the page's own title printed late, not the head of what follows it.
    const length = end - start + 1;
    if (length > 1 && length <= MAX_CHAPTER_RUN && first.form === 'block' && !first.relocated && last.form === 'leading') chapters.add(first);
    start = end;
  }
  return chapters;
}

export interface Leveled {
  /** The section's title opens a chapter. */
  chapter?: boolean;
  /** The section's title is its page's displaced main title: the chapter before it has ended. */
  displaced?: boolean;
}

/**
 * The nesting depth of each section: 0 outside a chapter, 1 inside one. A chapter runs until the next
 * chapter title, the next displaced page title, or the next title left without text once the chapter
 * has sections (a group title of its own, such as a chapter title not recognised as one): without
 * them a wrong chapter would swallow the rest of the document.
 */
export function chapterDepths(sections: (Leveled & { paragraphs: string[] })[]): number[] {
  let open = false;
  let hasSections = false;
  return sections.map((section) => {
    if (section.chapter) {
      open = true;
      hasSections = false;
      return 0;
    }
    const textless = section.paragraphs.length === 0;
    if (section.displaced || (textless && hasSections)) open = false;
    if (!textless) hasSections = true;
    return open ? 1 : 0;
  });
}
