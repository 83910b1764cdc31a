// A tagged PDF's headings (H1–H6 of its structure tree) as an outline. Heading styles are used for more
// than sections: a box's title in a table cell or a sidebar, a table's caption, a pull quote; those are
// left out as the layout leaves them out. Authors skip levels too (sections in Heading 2 under a title
// paragraph, or H1 then H3): bookmarks are nested, so their depth has no gap; the tags' levels are
// ranked the same way.
import { titleKey } from './bookmarks';
import { PULL_QUOTE } from './headings';
import type { Bookmark, HeadingTag } from './types';

/** The tags of headings set apart from the sections: a box's title, a caption style, a pull quote. */
function setApart(tags: HeadingTag[]): Set<HeadingTag> {
  // A level used only right over tables and figures is a caption style (« Tableau 1 — … » in Heading 4).
  const captionLevels = new Set(tags.filter((tag) => tags.every((other) => other.level !== tag.level || other.overTable)).map((tag) => tag.level));
  return new Set(tags.filter((tag) => tag.inBox || captionLevels.has(tag.level) || PULL_QUOTE.test(tag.title)));
}

/** The heading tags that are sections, with their levels ranked: the shallowest used is 1, the next 2… */
export function outlineOfHeadingTags(tags: HeadingTag[]): Bookmark[] {
  const apart = setApart(tags);
  const sections = tags.filter((tag) => !apart.has(tag));
  const used = [...new Set(sections.map((tag) => tag.level))].sort((a, b) => a - b);
  return sections.map(({ title, level, page, top }) => ({ title, level: used.indexOf(level) + 1, page, top }));
}

/**
 * The bookmarks without those the heading tags show are set apart: an exporter bookmarks every heading
 * style (Word, Writer and Chromium alike), a box's title and a caption included.
 */
export function withoutSetApartBookmarks(bookmarks: Bookmark[], tags: HeadingTag[]): Bookmark[] {
  const apart = [...setApart(tags)].map((tag) => `${tag.page} ${titleKey(tag.title)}`);
  if (apart.length === 0) return bookmarks;
  return bookmarks.filter((bookmark) => !apart.includes(`${bookmark.page} ${titleKey(bookmark.title)}`));
}
