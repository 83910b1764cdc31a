// A tagged PDF's headings (H1–H6 of its structure tree) as an outline. Heading styles are used for more
// than sections: a box's title in a table cell or a sidebar, a table's caption, a pull quote; those are
// left out as the layout leaves them out. Authors skip levels too (sections in Heading 2 under a title
// paragraph, or H1 then H3): bookmarks are nested, so their depth has no gap; the tags' levels are
// ranked the same way.
import { PULL_QUOTE } from './headings';
import type { Bookmark, HeadingTag } from './types';

/** The heading tags that are sections, with their levels ranked: the shallowest used is 1, the next 2… */
export function outlineOfHeadingTags(tags: HeadingTag[]): Bookmark[] {
  // A level used only right over tables and figures is a caption style (« Tableau 1 — … » in Heading 4).
  const captionLevels = new Set(tags.filter((tag) => tags.every((other) => other.level !== tag.level || other.overTable)).map((tag) => tag.level));
  const sections = tags.filter((tag) => !tag.inBox && !captionLevels.has(tag.level) && !PULL_QUOTE.test(tag.title));
  const used = [...new Set(sections.map((tag) => tag.level))].sort((a, b) => a - b);
  return sections.map(({ title, level, page, top }) => ({ title, level: used.indexOf(level) + 1, page, top }));
}
