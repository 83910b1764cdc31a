// A section that opens in lower case starts with the end of a sentence begun elsewhere: the column
// break fell inside it and a title was extracted in between. The fragment goes back to the sentence.
import { looksLikePersonLine } from './title-rules';

export interface ParagraphedSection {
  title: string;
  paragraphs: string[];
}

/** How far back from the end of the previous section a cut sentence is looked for (a chapeau or a
 * caption may be printed after it). */
const LAST_PARAGRAPHS = 3;

const opensLowerCase = (paragraph: string | undefined): boolean => /^\p{Ll}/u.test(paragraph ?? '');
/** Stops on a word or a comma, and is prose rather than a name, a label or a list entry. */
function stopsMidSentence(paragraph: string): boolean {
  return /[\p{L},]$/u.test(paragraph) && !looksLikePersonLine(paragraph) && !/^[•●▪■◦‣∙]/u.test(paragraph);
}

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * Whether `fragment` can finish `start`: a quotation left open must be closed by the fragment, and a
 * figure with its label (« 10 vidéos thématiques ») is no sentence.
 */
function canFinish(start: string, fragment: string): boolean {
  const open = count(start, '«') - count(start, '»');
  // A signature inside the paragraph (« … notre secteur. Manuel Pélissié, directeur… ») ends it.
  if (start.split(/(?<=[.!?»]) /u).some(looksLikePersonLine)) return false;
  return stopsMidSentence(start) && !/^\p{N}/u.test(start) && (open <= 0 || count(fragment, '»') > count(fragment, '«'));
}

/** Where the fragment opening `sections[index]` resumes: the paragraph index in the previous section, or null. */
function cutSentence(sections: ParagraphedSection[], index: number, fragment: string): number | null {
  const paragraphs = sections[index - 1]?.paragraphs ?? [];
  const last = paragraphs.length - 1;
  for (let at = last; at >= 0 && at > last - LAST_PARAGRAPHS; at -= 1) {
    if (canFinish(paragraphs[at] ?? '', fragment)) return at;
  }
  return null;
}

/** A stranded fragment is looked for this far back, over its own section then the one before. */
const STRANDED_REACH = 30;
/** A cut sentence far from its end is a long line of prose stopped on a word, not a label. */
const MIN_CUT_SENTENCE = 80;
const BULLET = /^[•●▪■◦‣∙]/u;

/**
 * A lower-case paragraph inside a section, right after a key figure (« 12 réunions… », « 215 000 c’est… »),
 * is the end of a sentence cut further back by that column of figures; a signature (« Julien Damon,
 * sociologue ») before it proves nothing, the quotation above it may be finished.
 * It goes back with the list it announces (a fragment ending with a colon, then bullets).
 */
function resumeStrandedFragments(sections: ParagraphedSection[], join: (start: string, end: string) => string): void {
  sections.forEach((section, index) => {
    for (let at = 1; at < section.paragraphs.length; at += 1) {
      const fragment = section.paragraphs[at] ?? '';
      const previous = section.paragraphs[at - 1] ?? '';
      if (!opensLowerCase(fragment) || !/^\p{N}/u.test(previous)) continue;
      const candidates = [
        ...section.paragraphs.slice(0, at).map((paragraph, position) => ({ owner: section, position, paragraph })).reverse(),
        ...(sections[index - 1]?.paragraphs ?? []).map((paragraph, position) => ({ owner: sections[index - 1] as ParagraphedSection, position, paragraph })).reverse(),
      ].slice(0, STRANDED_REACH);
      const target = candidates.find(({ paragraph }) => paragraph.length >= MIN_CUT_SENTENCE && /\p{Ll}$/u.test(paragraph) && canFinish(paragraph, fragment));
      if (!target) continue;
      let end = at + 1;
      if (/:$/.test(fragment)) while (BULLET.test(section.paragraphs[end] ?? '')) end += 1;
      const moved = section.paragraphs.splice(at, end - at);
      target.owner.paragraphs.splice(target.position, 1, join(target.paragraph, moved[0] ?? ''), ...moved.slice(1));
      at -= 1;
    }
  });
}

/**
 * Puts each section's opening lower-case fragment back at the end of the sentence it finishes: near the
 * end of the section before, or else further down its own section, where the column it was cut from
 * goes on (« … ainsi qu’avec le Bureau et » + « le Conseil d’administration. »).
 */
export function resumeCutSentences<T extends ParagraphedSection>(sections: T[], join: (start: string, end: string) => string): T[] {
  const result = sections.map((section) => ({ ...section, paragraphs: section.paragraphs.slice() }));
  result.forEach((section, index) => {
    const fragment = section.paragraphs[0];
    if (fragment === undefined || !opensLowerCase(fragment)) return;
    const at = cutSentence(result, index, fragment);
    const previous = result[index - 1];
    const before = at === null ? undefined : previous?.paragraphs[at];
    if (at !== null && previous && before !== undefined) {
      section.paragraphs.shift();
      previous.paragraphs[at] = join(before, fragment);
      return;
    }
    const own = section.paragraphs.findIndex((paragraph, position) => position > 0 && canFinish(paragraph, fragment));
    const start = section.paragraphs[own];
    if (own < 0 || start === undefined) return;
    section.paragraphs[own] = join(start, fragment);
    section.paragraphs.shift();
  });
  resumeStrandedFragments(result, join);
  return result;
}
