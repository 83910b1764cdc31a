import type { Section } from '../types';

export interface TocEntry {
  title: string;
  /** The section's anchor; absent for a heading with no text of its own, shown to group its children. */
  id?: string;
  children: TocEntry[];
}

/**
 * Nests the sections the way the report does: each one under the headings of its breadcrumb. A
 * heading without text of its own is no section (see buildSections) yet still names its children's
 * breadcrumbs, so it appears here as a group; levels that skip a step (1 then 3) nest one step.
 */
export function tableOfContents(sections: ReadonlyArray<Pick<Section, 'id' | 'title' | 'breadcrumb'>>): TocEntry[] {
  const top: TocEntry[] = [];
  // The entries the next section may belong to, outermost first.
  const open: TocEntry[] = [];
  const append = (entry: TocEntry) => {
    (open.at(-1)?.children ?? top).push(entry);
    open.push(entry);
  };
  for (const section of sections) {
    let shared = 0;
    while (shared < open.length && shared < section.breadcrumb.length && open[shared]?.title === section.breadcrumb[shared]) shared++;
    open.length = shared;
    for (const title of section.breadcrumb.slice(shared)) append({ title, children: [] });
    append({ id: section.id, title: section.title, children: [] });
  }
  return top;
}
