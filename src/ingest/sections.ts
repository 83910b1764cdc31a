import type { OutlineEntry, Section } from '../types';
import { slugify } from './slug';

/**
 * Turns any reader's outline into searchable sections: breadcrumbs from the enclosing headings,
 * ids that are unique within the report and identical from one reindex to the next.
 *
 * A heading without text (a group title such as « Éditorial », or a heading whose content was an
 * image) is not a section — it would be an empty search result — but it still names its children
 * in their breadcrumbs.
 */
export function buildSections(reportId: string, outline: OutlineEntry[]): Section[] {
  const enclosing: OutlineEntry[] = [];
  const usedIds = new Set<string>();
  const sections: Section[] = [];
  for (const entry of outline) {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1]?.level ?? 0) >= entry.level) enclosing.pop();
    const breadcrumb = enclosing.map((parent) => parent.title);
    enclosing.push(entry);
    const text = entry.text.trim();
    if (text === '') continue;
    const id = uniqueId(slugify(entry.title), usedIds);
    sections.push({ id, reportId, title: entry.title, breadcrumb, level: entry.level, page: entry.page, text });
  }
  return sections;
}

/** `-2`, `-3`… in document order; loops because « Bilan 2 » may already own `bilan-2`. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
