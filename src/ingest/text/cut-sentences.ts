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
  return /[\p{Ll},]$/u.test(paragraph) && !looksLikePersonLine(paragraph) && !/^[•●▪■◦‣∙]/u.test(paragraph);
}

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * Whether `fragment` can finish `start`: a quotation left open must be closed by the fragment, and a
 * figure with its label (« 10 vidéos thématiques ») is no sentence.
 */
function canFinish(start: string, fragment: string): boolean {
  const open = count(start, '«') - count(start, '»');
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

/** Puts each section's opening lower-case fragment back at the end of the sentence it finishes. */
export function resumeCutSentences<T extends ParagraphedSection>(sections: T[], join: (start: string, end: string) => string): T[] {
  const result = sections.map((section) => ({ ...section, paragraphs: section.paragraphs.slice() }));
  result.forEach((section, index) => {
    const fragment = section.paragraphs[0];
    if (fragment === undefined || !opensLowerCase(fragment)) return;
    const at = cutSentence(result, index, fragment);
    const target = result[index - 1];
    const start = at === null ? undefined : target?.paragraphs[at];
    if (at === null || !target || start === undefined) return;
    section.paragraphs.shift();
    target.paragraphs[at] = join(start, fragment);
  });
  return result;
}
