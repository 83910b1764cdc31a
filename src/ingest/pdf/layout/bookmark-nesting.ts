// Ghostscript 10.00 (Debian 12's), re-distilling a PDF (« print to PDF », « compress PDF » tools), writes
// its bookmarks back nested one level too deep after the first chapter: « II. » becomes a child of « I. »,
// « III. » of « II. », each with its own sections under it. Every reader shows that tree; the printed
// page still shows the chapters as peers.
import type { Heading } from './headings';

/**
 * A title's number: « II. », « 2) », « 2 Les… », « B. » (« I », « V », « X », « C » may be roman or
 * letters), or a chapter's (« Chapitre 2 – … », « Partie II »).
 */
const NUMBER = /^(?:(\d{1,2})(?:[.)]|(?=\s+\p{Lu}))|([IVXLC]{1,6})[.)]|([A-Z])[.)])\s/u;
const PART_NUMBER = /^(?:chapitre|partie)\s+(?:(\d{1,2})|([IVXLC]{1,6}))\b/iu;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * Every reading of a title's number, as a series and a value (« I. » reads roman 1 and letter 9); a
 * chapter's or a part's number is a series of its own (« Partie 2 » is not followed by « 3. »).
 */
function numberReadings(title: string): { series: string; value: number }[] {
  const part = PART_NUMBER.exec(title);
  const match = part ?? NUMBER.exec(title);
  if (!match) return [];
  const form = part ? `${part[0].split(/\s/u)[0]!.toLowerCase()} ` : '';
  const [, arabic, roman, letter] = match;
  if (arabic) return [{ series: `${form}arabic`, value: Number(arabic) }];
  const readings: { series: string; value: number }[] = [];
  const numeral = roman ?? letter!;
  if (/^[IVXLC]+$/u.test(numeral)) readings.push({ series: `${form}roman`, value: romanValue(numeral) });
  if (numeral.length === 1 && !part) readings.push({ series: 'letter', value: numeral.charCodeAt(0) - 64 });
  return readings;
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]!]!;
    total += value < (ROMAN[numeral[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}

/** Whether `after` is numbered next to `before` in one series (« I. » then « II. », « A. » then « B. »). */
function numberedNext(before: string, after: string): boolean {
  return numberReadings(before).some((first) => numberReadings(after).some((next) => next.series === first.series && next.value === first.value + 1));
}

const sameStyle = (a: Heading, b: Heading) => a.style.size === b.style.size && a.style.bold === b.style.bold;

/** The index of the heading `index` is nested under, by the levels as they stand. */
function parentOf(headings: readonly Heading[], index: number): number {
  for (let j = index - 1; j >= 0; j--) if (headings[j]!.level < headings[index]!.level) return j;
  return -1;
}

/**
 * Whether heading `index` is a peer nested under its parent: right under it, printed in its style and
 * numbered next to it (« II. » under « I. »), with no sibling before it numbered earlier in that series
 * (a chapter « 1. » set in the style of its sections « 1. », « 2. » keeps them; « C. » after « A. », « B. »
 * is no roman 100 before « III. »).
 */
function isNestedPeer(headings: readonly Heading[], index: number): boolean {
  const parent = parentOf(headings, index);
  if (parent === -1) return false;
  const [above, heading] = [headings[parent]!, headings[index]!];
  if (above.level !== heading.level - 1 || !sameStyle(above, heading) || !numberedNext(above.title, heading.title)) return false;
  const readings = numberReadings(heading.title);
  return !headings
    .slice(parent + 1, index)
    .filter((sibling) => sibling.level === heading.level)
    .some((sibling) => numberReadings(sibling.title).some((earlier) => readings.some((reading) => reading.series === earlier.series && earlier.value < reading.value)));
}

/**
 * Whether heading `index`, printed in the style of the heading right above it in the tree, comes after
 * sections of that heading in another style: it ends that chapter's sections as the next chapter would
 * (« Glossaire » after « 3.2 Fidéliser »), where annexes set as chapters open « Annexes » in its style.
 */
function followsOtherSections(headings: readonly Heading[], index: number): boolean {
  const parent = parentOf(headings, index);
  if (parent === -1) return false;
  const [above, heading] = [headings[parent]!, headings[index]!];
  return above.level === heading.level - 1 && sameStyle(above, heading) &&
    headings.slice(parent + 1, index).some((sibling) => sibling.level === heading.level && !sameStyle(sibling, heading));
}

/** The headings with `index`, and its siblings after it printed in its style, lifted a level with what they hold. */
function lift(headings: Heading[], index: number): void {
  const levels = headings.map((heading) => heading.level);
  const level = levels[index]!;
  let lifting = false;
  for (let next = index; next < headings.length && levels[next]! >= level; next++) {
    if (levels[next] === level) lifting = next === index || sameStyle(headings[next]!, headings[index]!);
    if (lifting) headings[next]!.level -= 1;
  }
}

/**
 * Bookmarked headings with their peers lifted out of each other: a nested peer, and the siblings after it
 * printed in its style (« Conclusion » after « III. »), each with what it holds, up to its parent's
 * level; again until none is left (« III. » was under « II. » under « I. »). Once the bookmarks show that
 * fault, a heading in its parent's style after that parent's sections in another style is lifted too
 * (« Glossaire » nested at the end of « Chapitre 3 »). Siblings in another style stay where they are.
 */
export function liftNestedPeers(matched: readonly Heading[]): Heading[] {
  const headings = matched.map((heading) => ({ ...heading }));
  let faulty = false;
  for (let lifts = 0; lifts < headings.length; lifts++) {
    let index = headings.findIndex((_, at) => isNestedPeer(headings, at));
    if (index === -1 && faulty) index = headings.findIndex((_, at) => followsOtherSections(headings, at));
    if (index === -1) break;
    faulty = true;
    lift(headings, index);
  }
  return headings;
}
