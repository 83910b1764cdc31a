// Columns printed side by side come out of the extraction interleaved block by block. A sentence left
// unfinished at the end of one block and resumed in lower case a few blocks later shows where another
// column was slipped in: those blocks belong to a title of the same spread that was left without text.
import { analyzeWord, tokenize } from '../../analysis';
import type { DraftSection } from './assemble-sections';
import type { SourceLine } from './source-lines';

const FINISHED = /[.!?…:;»”)]$/u;
/** An interleaved column is a few blocks, not the rest of a chapter. */
const MAX_INTERLEAVED_BLOCKS = 6;
/** Title words the column must speak of: one shared word (« secteur ») proves nothing. */
const MIN_AFFINITY = 2;

type Lines = SourceLine[];

const startsLowerCase = (block: Lines): boolean => /^\p{Ll}/u.test(block[0]?.text ?? '');
const unfinished = (block: Lines): boolean => !FINISHED.test(block[block.length - 1]?.text ?? '');

function stems(text: string): Set<string> {
  const result = new Set<string>();
  for (const token of tokenize(text)) {
    const analysis = analyzeWord(token.surface);
    if (analysis.stop || analysis.exact.length < 4) continue;
    result.add(analysis.stems[0] ?? analysis.exact);
  }
  return result;
}

/** How many words of a title the blocks speak of. */
function affinity(title: string, blocks: Lines[]): number {
  const words = stems(blocks.flatMap((block) => block.map((line) => line.text)).join(' '));
  return [...stems(title)].filter((stem) => words.has(stem)).length;
}

/** A block that stops inside a sentence (« Avec François Bayrou, »), not on a figure or a label. */
const stopsMidSentence = (block: Lines): boolean => /[\p{L},]$/u.test(block[block.length - 1]?.text ?? '');

/**
 * Where a sentence is interrupted: the blocks slipped between its start and its lower-case resumption.
 * The nearest unfinished block before the resumption is the interrupted one, so nested interruptions
 * resolve from the inside.
 */
function findInterleaved(blocks: Lines[]): { start: number; end: number } | null {
  for (let resume = 1; resume < blocks.length; resume += 1) {
    if (!startsLowerCase(blocks[resume] ?? [])) continue;
    for (let index = resume - 2; index >= 0 && resume - index - 1 <= MAX_INTERLEAVED_BLOCKS; index -= 1) {
      const block = blocks[index];
      if (startsLowerCase(blocks[index + 1] ?? [])) break;
      if (block && stopsMidSentence(block)) return { start: index + 1, end: resume };
    }
  }
  return null;
}

/** Titles left without text around `index`: right before it (its run of titles) or right after it. */
function pendingNeighbours(sections: DraftSection[], index: number, pending: Set<DraftSection>): DraftSection[] {
  const result: DraftSection[] = [];
  for (let at = index - 1; at >= 0 && sections[at] && pending.has(sections[at] as DraftSection); at -= 1) result.push(sections[at] as DraftSection);
  for (let at = index + 1; at < sections.length && sections[at] && pending.has(sections[at] as DraftSection); at += 1) {
    result.push(sections[at] as DraftSection);
  }
  return result;
}

/**
 * Once a column is known to run beside `section`, its later paragraphs are those of the section's
 * remaining blocks, from `from` on, that speak more of the column's title than of the section's own.
 */
function takeOver(section: DraftSection, from: number, column: DraftSection): void {
  for (let index = Math.max(from, 1); index < section.blocks.length; index += 1) {
    const block = section.blocks[index];
    if (!block || startsLowerCase(block)) continue;
    const own = affinity(section.title, [block]);
    const theirs = affinity(column.title, [block]);
    if (theirs < MIN_AFFINITY || theirs <= own) continue;
    section.blocks.splice(index, 1);
    column.blocks.push(block);
    index -= 1;
  }
}

/**
 * Moves each interleaved column to the text-less title around it that its words speak of most
 * (the nearest on a tie; none when no title word occurs in it), with the lower-case resumption of its own last sentence.
 */
export function separateInterleavedColumns(sections: DraftSection[]): DraftSection[] {
  const result = sections.map((section) => ({ ...section, blocks: section.blocks.slice() }));
  // A chapter title heads several sections: a column slipped in belongs to one of them, not to it.
  const pending = new Set(result.filter((section) => section.blocks.length === 0 && !section.chapter));
  result.forEach((section, index) => {
    let searchFrom = 0;
    for (;;) {
      const found = findInterleaved(section.blocks.slice(searchFrom));
      if (!found) return;
      const start = found.start + searchFrom;
      const end = found.end + searchFrom;
      const column = section.blocks.slice(start, end);
      const candidates = pendingNeighbours(result, index, pending);
      let target: DraftSection | undefined;
      let best = MIN_AFFINITY - 1;
      for (const candidate of candidates) {
        const score = affinity(candidate.title, column);
        if (score > best) [target, best] = [candidate, score];
      }
      if (!target) {
        searchFrom = end;
        continue;
      }
      section.blocks.splice(start, column.length);
      // The column's own last sentence resumes further down, after the sentence it interrupted.
      const last = column[column.length - 1];
      if (last && unfinished(last)) {
        const resumption = section.blocks.findIndex((block, at) => at > start && startsLowerCase(block));
        const moved = resumption >= 0 ? section.blocks.splice(resumption, 1)[0] : undefined;
        if (moved) column.push(moved);
      }
      target.blocks.push(...column);
      takeOver(section, start, target);
      searchFrom = start;
    }
  });
  return result;
}
