// The regional pages label their items with place names in capitals (« BRETAGNE », « CENTRE-VAL DE
// LOIRE »), printed as a group before the items of that spread. Extracted as text, they would end the
// section before them as a list of names; they name the regional items that follow instead.
import { foldAccents } from '../../analysis';
import type { DraftSection } from './assemble-sections';
import type { SourceLine } from './source-lines';
import { isAllCaps, isMonthLabel } from './title-rules';

/** A place name is a few words: « AUVERGNE-RHÔNE-ALPES », « PAYS DE LA LOIRE ». */
const MAX_LABEL_WORDS = 4;

function isPlaceName(text: string): boolean {
  return isAllCaps(text) && /^[\p{Lu}'’ -]+$/u.test(text) && text.split(' ').length <= MAX_LABEL_WORDS && !isMonthLabel(text);
}

/** The place names of a line: several when printed side by side (« PACA    GRAND EST »). */
function placeNames(line: SourceLine): string[] | null {
  const names = line.cells ?? [line.text];
  return names.every(isPlaceName) ? names : null;
}

/** The place names of a block made of place names only, else null. */
function labelBlock(block: SourceLine[]): string[] | null {
  const names: string[] = [];
  for (const line of block) {
    const found = placeNames(line);
    if (!found) return null;
    names.push(...found);
  }
  return names.length > 0 ? names : null;
}

/** Lower case, no accents, words separated by single spaces: « Île-de-France » ~ « ILE-DE-FRANCE ». */
const folded = (text: string): string => ` ${foldAccents(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function sectionText(section: DraftSection): string {
  return folded([section.title, ...section.blocks.flatMap((block) => block.map((line) => line.text))].join(' '));
}

/** The one place of the group an item speaks of by name, if exactly one. */
function mentionedPlace(section: DraftSection, places: string[]): string | null {
  const text = sectionText(section);
  const found = places.filter((place) => text.includes(folded(place)));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The items a group of places labels: the next ones, as many as places, plus those naming one of them. */
function labelledItems(sections: DraftSection[], groupEnd: number, places: string[], groups: Map<number, string[]>): number[] {
  const items: number[] = [];
  for (let index = groupEnd + 1; index < sections.length; index += 1) {
    const section = sections[index];
    if (!section) break;
    // A new group of places, or a box (all-caps title) set across the page, ends the regional items.
    if (index > groupEnd + 1 && groups.has(index - 1)) break;
    if (isAllCaps(section.title)) break;
    if (section.blocks.length === 0) continue;
    if (items.length >= places.length && mentionedPlace(section, places) === null) break;
    items.push(index);
  }
  return items;
}

/**
 * Which place each item belongs to. One place labels all its items. Several places printed together
 * are matched to items by name first; the rest only when the names confirmed the group (the layout
 * alone does not say which column is which): in order when as many places as items are left,
 * otherwise an unnamed item follows the place of the item before it.
 */
function assignPlaces(sections: DraftSection[], items: number[], places: string[]): Map<number, string> {
  const result = new Map<number, string>();
  const [only] = places;
  if (places.length === 1 && only !== undefined) {
    for (const item of items) result.set(item, only);
    return result;
  }
  for (const item of items) {
    const section = sections[item];
    const place = section ? mentionedPlace(section, places) : null;
    if (place !== null) result.set(item, place);
  }
  if (result.size === 0) return result;
  const namedPlaces = new Set(result.values());
  const leftPlaces = places.filter((place) => !namedPlaces.has(place));
  const leftItems = items.filter((item) => !result.has(item));
  if (leftPlaces.length === leftItems.length) {
    leftItems.forEach((item, position) => result.set(item, leftPlaces[position] as string));
    return result;
  }
  let previous: string | undefined;
  for (const item of items) {
    const place = result.get(item) ?? previous;
    if (place !== undefined) result.set(item, place);
    previous = place;
  }
  return result;
}

export interface PlacedSections {
  sections: DraftSection[];
  /** For each section, the place (region) it is an item of, or null. */
  places: (string | null)[];
}

/**
 * Takes the groups of place names out of the text they end, and labels the items after each group
 * with their place. A group whose items cannot be told apart is only taken out of the text.
 */
export function labelPlaces(drafts: DraftSection[]): PlacedSections {
  const groups = new Map<number, string[]>();
  const sections = drafts.map((section, index) => {
    let keep = section.blocks.length;
    const names: string[] = [];
    for (let block = section.blocks[keep - 1]; block; block = section.blocks[keep - 1]) {
      const found = labelBlock(block);
      if (!found) break;
      names.unshift(...found);
      keep -= 1;
    }
    // Labels closing the document label nothing.
    if (names.length === 0 || index === drafts.length - 1) return section;
    groups.set(index, names);
    return { ...section, blocks: section.blocks.slice(0, keep) };
  });
  const places: (string | null)[] = sections.map(() => null);
  for (const [groupEnd, names] of groups) {
    const items = labelledItems(sections, groupEnd, names, groups);
    for (const [item, place] of assignPlaces(sections, items, names)) places[item] = place;
  }
  return { sections, places };
}
