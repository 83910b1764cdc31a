// A tagged PDF's headings (H1–H6 of its structure tree) as an outline. Authors skip levels: a report
// whose sections are Heading 2 under a title paragraph, or H1 then H3. Bookmarks are nested, so their
// depth has no gap; the tags' levels are ranked the same way.
import type { Bookmark } from './types';

/** The heading tags with their levels ranked: the shallowest used is 1, the next one used is 2… */
export function outlineOfHeadingTags(tags: Bookmark[]): Bookmark[] {
  const used = [...new Set(tags.map((tag) => tag.level))].sort((a, b) => a - b);
  return tags.map((tag) => ({ ...tag, level: used.indexOf(tag.level) + 1 }));
}
