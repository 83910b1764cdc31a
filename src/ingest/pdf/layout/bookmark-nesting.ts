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

/** Every reading of a title's number, as « series:value » (« I. » reads roman 1 and letter 9). */
function numberReadings(title: string): { series: string; value: number }[] {
  const match = NUMBER.exec(title) ?? PART_NUMBER.exec(title);
  if (!match) return [];
  const [, arabic, roman, letter] = match;
  if (arabic) return [{ series: 'arabic', value: Number(arabic) }];
  const readings: { series: string; value: number }[] = [];
  const numeral = roman ?? letter!;
  if (/^[IVXLC]+$/u.test(numeral)) readings.push({ series: 'roman', value: romanValue(numeral) });
  if (numeral.length === 1) readings.push({ series: 'letter', value: numeral.charCodeAt(0) - 64 });
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
 * Bookmarked headings with their peers lifted out of each other. The fault shows where a heading sits
 * right under its parent, printed in its style and numbered next to it (« II. » under « I. »), with no
 * sibling before it in its series (a chapter « 1. » in the style of its sections « 1. », « 2. » keeps
 * them). Then every heading printed in its parent's style, right under it, is its peer (« Conclusion »
 * after « III. »): lifted with what it holds.
 */
export function liftNestedPeers(matched: readonly Heading[]): Heading[] {
  const headings = matched.map((heading) => ({ ...heading }));
  const nestedPeer = (index: number, numbered: boolean): boolean => {
    const parent = parentOf(headings, index);
    if (parent === -1) return false;
    const [above, heading] = [headings[parent]!, headings[index]!];
    if (above.level !== heading.level - 1 || !sameStyle(above, heading)) return false;
    if (!numbered) return true;
    const siblings = headings.slice(parent + 1, index).filter((sibling) => sibling.level === heading.level);
    const series = new Set(numberReadings(heading.title).map((reading) => reading.series));
    return numberedNext(above.title, heading.title) && !siblings.some((sibling) => numberReadings(sibling.title).some((reading) => series.has(reading.series)));
  };
  if (!headings.some((_, index) => nestedPeer(index, true))) return headings;
  for (let index = 0; index < headings.length; index++) {
    if (!nestedPeer(index, false)) continue;
    const level = headings[index]!.level;
    for (let next = index; next < headings.length && (next === index || headings[next]!.level > level); next++) headings[next]!.level -= 1;
  }
  return headings;
}
