// Heading levels from ranked styles, then checked against how the headings nest: a style ranked between
// two others is a level only if the headings under it come under it.
import type { Heading } from './headings';
import { columnEdges, isCentred } from './lines';
import { isItalicFont, rankStyles, styleKey } from './styles';
import type { Line } from './types';

/** Levels from the ranked styles (styles.ts), with levels nothing nests under merged into the next. */
export function assignLevels(headings: Heading[], lines: Line[] = []): Heading[] {
  const styled = withDriftMerged(headings);
  const levels = rankStyles(styled.map((heading) => heading.style));
  return withMatterBesideChapters(withoutSkippedLevels(styled.map((heading) => ({ ...heading, level: levels.get(styleKey(heading.style)) ?? 1 }))), lines);
}

/**
 * The front and back matter of a long report (« Éditorial », « Glossaire », « Annexe 1 ») set a little
 * smaller than its chapters, each opening a page as the chapters do, ranked as a level between the
 * chapters and their sections: every section went one level down, and the glossary and annexes were filed
 * under the last chapter. That level joins the chapters' when each of its headings comes before the first
 * chapter or after the last, opens a page and holds no section, each chapter opens a page too, and no
 * chapter opens straight onto one of them (parts over one-page chapters do). One-page sheets between
 * chapters (a division's establishments) stay under them.
 */
function withMatterBesideChapters(headings: Heading[], lines: Line[]): Heading[] {
  const opensPage = (heading: Heading) => heading.first === 0 || lines[heading.first - 1]?.page !== heading.page;
  const holdsSections = (index: number) => (headings[index + 1]?.level ?? 0) > (headings[index] as Heading).level;
  const at = (level: number) => headings.flatMap((heading, index) => (heading.level === level ? [index] : []));
  const [chapters, matter] = [at(1), at(2)];
  if (lines.length === 0 || chapters.length < 2 || matter.length === 0) return headings;
  // Front or back matter: before the first chapter or after the last (a page between chapters is theirs).
  const outside = (index: number) => index < chapters[0]! || index > chapters[chapters.length - 1]!;
  const fits = matter.every((index) => outside(index) && opensPage(headings[index]!) && !holdsSections(index)) &&
    chapters.every((index) => opensPage(headings[index]!) && headings[index + 1]?.level !== 2) && chapters.some(holdsSections);
  return fits ? headings.map((heading) => (heading.level >= 2 ? { ...heading, level: heading.level - 1 } : heading)) : headings;
}

/** Two sizes this close (in points), in one weight, may be one style set a little differently. */
const DRIFT = 0.5;

/**
 * One level of a long report set half a point apart from one chapter to the next (11.5 pt in chapters
 * 1–4, 12 pt in 5–7), by a template edited along the way, is one style: ranked apart, the smaller pushed
 * its level and every level under it one down in those chapters. Two such sizes are merged (into the
 * larger) when no chapter — the run of headings from one of the largest style to the next — uses both;
 * a real level half a point under another is used beside it, in the same chapters.
 */
function withDriftMerged(headings: Heading[]): Heading[] {
  const top = Math.max(...headings.map((heading) => heading.style.size));
  const chaptersOf = new Map<string, Set<number>>();
  let chapter = 0;
  for (const heading of headings) {
    if (heading.style.size === top) chapter += 1;
    else chaptersOf.set(styleKey(heading.style), (chaptersOf.get(styleKey(heading.style)) ?? new Set()).add(chapter));
  }
  const styles = [...new Map(headings.filter((heading) => heading.style.size !== top).map((heading) => [styleKey(heading.style), heading.style])).values()];
  const merged = new Map<string, Heading['style']>();
  for (const larger of styles) {
    for (const smaller of styles) {
      const sameLook = larger.bold === smaller.bold && Boolean(larger.italic) === Boolean(smaller.italic) && Boolean(larger.caps) === Boolean(smaller.caps);
      const drift = smaller.size < larger.size && larger.size - smaller.size <= DRIFT;
      const apart = [...chaptersOf.get(styleKey(smaller))!].every((index) => !chaptersOf.get(styleKey(larger))!.has(index));
      if (sameLook && drift && apart && !merged.has(styleKey(larger))) merged.set(styleKey(smaller), larger);
    }
  }
  return merged.size === 0 ? headings : headings.map((heading) => ({ ...heading, style: merged.get(styleKey(heading.style)) ?? heading.style }));
}

/**
 * A level held by a single heading, which the next level down goes without elsewhere, is no level of the
 * outline but a one-off style: a box's title half a point larger than the sections (« En chiffres »), an
 * appendix's title set apart, ranked between the chapters and their sections, pushed every section one
 * level down. It joins the next level: the sections that skip it show it does not hold them. A level of
 * several headings stays, skipped or not (a « En bref » part may go straight to its briefs' titles), so
 * does one heading between sections of its part (an interview within a file), and so does the top level
 * (what opens a report before its first chapter comes under none).
 */
export function withoutSkippedLevels(headings: Heading[]): Heading[] {
  let current = headings;
  for (let level = 2; level < Math.max(0, ...current.map((heading) => heading.level)); level += 1) {
    const at = current.filter((heading) => heading.level === level).length;
    const below = current.filter((heading) => heading.level === level + 1).length;
    if (at !== 1 || below < 2 || !skips(current, level) || (splitsRun(current, level) && !variantOfNext(current, level))) continue;
    current = current.map((heading) => (heading.level > level ? { ...heading, level: heading.level - 1 } : heading));
    // Once merged, a one-off level above has more headings under it (a box title over another one-off): again from the top.
    level = 1;
  }
  return current;
}

/**
 * Whether the one heading of `level` comes between headings of the level below within one part, some
 * before it and some after: an interview inside a file, over its own sections, is a level. (A box title
 * opens its part, or closes it.)
 */
function splitsRun(headings: Heading[], level: number): boolean {
  const index = headings.findIndex((heading) => heading.level === level);
  const partStart = headings.slice(0, index).findLastIndex((heading) => heading.level < level);
  const nextPart = headings.findIndex((heading, other) => other > index && heading.level < level);
  const before = headings.slice(partStart + 1, index).some((heading) => heading.level === level + 1);
  const after = headings.slice(index + 1, nextPart === -1 ? undefined : nextPart).some((heading) => heading.level === level + 1);
  return before && after;
}

/** Sizes this close (points) are one style set a little larger: a box's title, not a level. */
const SIZE_VARIANT = 0.5;

/**
 * Whether the one heading of `level` is the next level's style set half a point larger, in its weight:
 * a word processor's frame floats where it is anchored, mid-section, so such a box title may split a run
 * of sections; an interview's title, a level of its own, stands out by more.
 */
function variantOfNext(headings: Heading[], level: number): boolean {
  const one = headings.find((heading) => heading.level === level);
  return one !== undefined && headings.some((heading) => heading.level === level + 1 &&
    Math.abs(heading.style.size - one.style.size) <= SIZE_VARIANT && heading.style.bold === one.style.bold);
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

/** A title in capitals has this many letters at least: « CCUE » or « SÉGUR » is an acronym or a name. */
const MIN_CAPITALS = 8;

/**
 * Marks the titles in text size set in italics: there, bold and bold italic are two levels, as a word
 * processor's heading styles are. Set larger than the text, a title in italics is the author's emphasis
 * (two of the 2020 report's capitals), its size telling its level.
 */
export function withItalics(headings: Heading[], body: number, lines: Line[]): Heading[] {
  return headings.map((heading) =>
    heading.style.size === body && isItalicFont((lines[heading.last] as Line).font) ? { ...heading, style: { ...heading.style, italic: true } } : heading);
}

/**
 * Marks the titles set in capitals in a report whose headings are told from the text by weight alone:
 * there, case is what is left to tell their levels (« RAPPORT MORAL » over « 1. Les visites »). Where
 * headings are set larger than the text, size tells the levels, whatever the case (the 2020 report sets
 * « NOTRE ACTION PENDANT LA CRISE » and « 150 000 départs… » at one level). A short title in capitals
 * (« ÉDITO », or « CCUE », an acronym) counts only where its style has a longer one.
 */
export function withCapitals(headings: Heading[], body: number): Heading[] {
  const capitals = (heading: Heading) => {
    const letters = heading.title.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? letters.length : 0;
  };
  const inCapitals = headings.filter((heading) => heading.style.size === body && capitals(heading) >= MIN_CAPITALS);
  const stylesInCapitals = new Set(inCapitals.map((heading) => styleKey(heading.style)));
  // Numbers outrank case: « 2.1 EHPAD » under « 2. L’OFFRE DE SERVICES » is a section, in capitals or not.
  const depth = (heading: Heading) => /^\d{1,2}(?:\.\d{1,2})*/u.exec(heading.title)?.[0].split('.').length ?? 0;
  const capitalsDepth = Math.min(...inCapitals.map(depth).filter((value) => value > 0));
  const marked = (heading: Heading) => capitals(heading) > 0 && stylesInCapitals.has(styleKey(heading.style)) && !(depth(heading) > capitalsDepth);
  return headings.map((heading) => (marked(heading) ? { ...heading, style: { ...heading.style, caps: true } } : heading));
}

/**
 * Marks the titles set centred in a report whose headings are told by weight alone, where others of
 * their style are set at the left edge: a word processor's « Titre 2 » centred over its « Titre 3 »
 * flush left, one size and weight.
 */
export function withAlignment(headings: Heading[], lines: Line[]): Heading[] {
  const flags = headings.map((heading) => {
    const first = lines[heading.first] as Line;
    return isCentred(first, columnEdges(lines, first));
  });
  const byStyle = (value: boolean) => new Set(headings.filter((_, index) => flags[index] === value).map((heading) => styleKey(heading.style)));
  const [centredStyles, leftStyles] = [byStyle(true), byStyle(false)];
  return headings.map((heading, index) =>
    flags[index] && leftStyles.has(styleKey(heading.style)) && centredStyles.has(styleKey(heading.style)) ? { ...heading, style: { ...heading.style, centred: true } } : heading);
}
