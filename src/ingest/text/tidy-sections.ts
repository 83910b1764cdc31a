// Last touches on sectioned text: chart labels repeated on a page, and sections left with a stray figure.
import type { ParagraphedSection } from './cut-sentences';

/** Labels and figures are short; a sentence said twice on purpose is longer. */
const MAX_REPEATED_LINE = 40;
/** Below this, a section holding no sentence is a chart label with its figure, not a text. */
const MIN_SECTION_TEXT = 40;

/** A section without its exact repeats of short lines (« Total : 11 358 » printed under two charts). */
export function dropRepeatedLines<T extends ParagraphedSection>(section: T): T {
  const seen = new Set<string>();
  const paragraphs = section.paragraphs.filter((paragraph) => {
    if (paragraph.length > MAX_REPEATED_LINE) return true;
    const repeated = seen.has(paragraph);
    seen.add(paragraph);
    return !repeated;
  });
  return { ...section, paragraphs };
}

const isSentence = (paragraph: string): boolean => /\p{Ll}{3,}.*[.!?…»]$/u.test(paragraph);

function isStrayLabel(section: ParagraphedSection): boolean {
  const length = section.paragraphs.join(' ').length;
  return length > 0 && length < MIN_SECTION_TEXT && !section.paragraphs.some(isSentence);
}

/**
 * A section whose whole text is a figure or two (« 85/100 ») says nothing on its own: its title and
 * figures become paragraphs of the section before, so a search for the title still finds them.
 */
export function mergeStrayLabels<T extends ParagraphedSection>(sections: T[]): T[] {
  const result: T[] = [];
  for (const section of sections) {
    const previous = result[result.length - 1];
    if (previous && isStrayLabel(section)) {
      result[result.length - 1] = { ...previous, paragraphs: [...previous.paragraphs, section.title, ...section.paragraphs] };
      continue;
    }
    result.push(section);
  }
  return result;
}
