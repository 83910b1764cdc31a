// Heading levels from ranked styles, then checked against how the headings nest: a style ranked between
// two others is a level only if the headings under it come under it.
import type { Heading } from './headings';
import { rankStyles, styleKey } from './styles';

/** Levels from the ranked styles (styles.ts), with levels nothing nests under merged into the next. */
export function assignLevels(headings: Heading[]): Heading[] {
  const levels = rankStyles(headings.map((heading) => heading.style));
  return withoutSkippedLevels(headings.map((heading) => ({ ...heading, level: levels.get(styleKey(heading.style)) ?? 1 })));
}

/**
 * A level held by a single heading, which the next level down goes without elsewhere, is no level of the
 * outline but a one-off style: a box's title half a point larger than the sections (« En chiffres »), an
 * appendix's title set apart, ranked between the chapters and their sections, pushed every section one
 * level down. It joins the next level: the sections that skip it show it does not hold them. A level of
 * several headings stays, skipped or not (a « En bref » part may go straight to its briefs' titles), and
 * so does the top level (what opens a report before its first chapter comes under none).
 */
export function withoutSkippedLevels(headings: Heading[]): Heading[] {
  let current = headings;
  for (let level = 2; level < Math.max(0, ...current.map((heading) => heading.level)); level += 1) {
    const at = current.filter((heading) => heading.level === level).length;
    const below = current.filter((heading) => heading.level === level + 1).length;
    if (at !== 1 || below < 2 || !skips(current, level)) continue;
    current = current.map((heading) => (heading.level > level ? { ...heading, level: heading.level - 1 } : heading));
    level -= 1;
  }
  return current;
}

/** Whether a heading of `level + 1` follows a heading above `level` with none of `level` between. */
function skips(headings: Heading[], level: number): boolean {
  let enclosing: number | null = null;
  for (const heading of headings) {
    if (heading.level === level + 1 && enclosing !== null && enclosing < level) return true;
    if (heading.level <= level) enclosing = heading.level;
  }
  return false;
}
