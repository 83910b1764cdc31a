// A title printed beside the last line of a column can come out on that same line
// (« présentiel (au CNAM à Paris) Mobilisation commune et co-construction »): the line is then far
// wider than its column, and its tail reads as a title over the text that follows.
import type { DraftSection } from './assemble-sections';
import type { Block } from './blocks';
import type { SourceLine } from './source-lines';
import { isTitleLike } from './title-rules';

/** A glued line is this much wider than its column. */
const GLUED_FACTOR = 1.6;
const MIN_COLUMN_LINES = 3;
const MIN_TITLE_WORDS = 3;
const MIN_BODY_CHARS = 60;

function columnWidth(block: Block): number {
  const widths = block.lines.slice(0, -1).map((line) => line.text.length).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}

/** Where the column's line ends and the title begins, if the line is a glued pair. */
function titleStart(text: string, width: number): number | null {
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (at < width * 0.5) continue;
    if (at > width * 1.3) break;
    const tail = text.slice(at + 1);
    if (/^\p{Lu}\p{Ll}/u.test(tail) && tail.split(' ').length >= MIN_TITLE_WORDS && isTitleLike(tail)) return at;
  }
  return null;
}

/** Splits the glued last line of a column into the line and a title block of its own; also says which titles were glued. */
export function splitGluedTitles(blocks: Block[]): { blocks: Block[]; gluedTitles: Set<string> } {
  const gluedTitles = new Set<string>();
  const split = blocks.flatMap((block, index) => {
    const last = block.lines[block.lines.length - 1];
    const next = blocks[index + 1];
    if (!last || block.lines.length < MIN_COLUMN_LINES + 1 || !next) return [block];
    const width = columnWidth(block);
    const nextText = next.lines.map((line) => line.text).join(' ');
    if (last.text.length <= width * GLUED_FACTOR || !/^\p{Lu}/u.test(nextText) || nextText.length < MIN_BODY_CHARS) return [block];
    const at = titleStart(last.text, width);
    if (at === null) return [block];
    // The column's sentence goes on elsewhere: its line was wrapped, not ended.
    const lineEnd = { ...last, text: last.text.slice(0, at), end: 'soft' as const };
    const title = { ...last, text: last.text.slice(at + 1), end: 'hard' as const, frameStart: false };
    gluedTitles.add(title.text);
    return [
      { ...block, lines: [...block.lines.slice(0, -1), lineEnd], endsPage: false },
      { ...block, lines: [title] },
    ];
  });
  return { blocks: split, gluedTitles };
}

const FINISHED = /[.!?…:;»”]$/u;
const lastText = (block: SourceLine[] | undefined): string => block?.[block.length - 1]?.text ?? '';

/**
 * The column a glued title interrupted mid-sentence resumes in lower case after that title's text:
 * the resumption and what follows it go back to the interrupted section.
 */
export function returnResumedColumns(sections: DraftSection[], gluedTitles: ReadonlySet<string>): DraftSection[] {
  const result = sections.map((section) => ({ ...section, blocks: section.blocks.slice() }));
  result.forEach((section, index) => {
    const previous = result[index - 1];
    const interrupted = previous?.blocks[previous.blocks.length - 1];
    if (!gluedTitles.has(section.title) || !previous || !interrupted || FINISHED.test(lastText(interrupted))) return;
    const resume = section.blocks.findIndex((block, at) => at > 0 && /^\p{Ll}/u.test(block[0]?.text ?? '') && FINISHED.test(lastText(section.blocks[at - 1])));
    if (resume < 0) return;
    const [resumption = [], ...rest] = section.blocks.splice(resume);
    previous.blocks[previous.blocks.length - 1] = [...interrupted, ...resumption];
    previous.blocks.push(...rest);
  });
  return result;
}
