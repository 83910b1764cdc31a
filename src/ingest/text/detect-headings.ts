// Classifies the blocks of extracted text into headings, box titles and body text.
import type { Block } from './blocks';
import type { SourceLine } from './source-lines';
import { isAllCaps, isBoxTitle, isFigureLine, isMonthLabel, isTitleLike, looksLikePersonLine } from './title-rules';

export type HeadingForm =
  /** The heading is a block of its own. */
  | 'block'
  /** The heading opens a block and its body follows without a blank line. */
  | 'leading';

export type Item =
  | {
      kind: 'heading';
      title: string;
      page: number;
      frame: number;
      form: HeadingForm;
      relocated: boolean;
      /** The title is the last thing printed on its page. */
      endsPage: boolean;
    }
  | { kind: 'box'; title: string; page: number; frame: number; attribution: SourceLine[] }
  | { kind: 'text'; lines: SourceLine[]; page: number; frame: number };

export type TextItem = Extract<Item, { kind: 'text' }>;

const MAX_HEADING_LINES = 5;
const MAX_LEADING_LINES = 4;
/** Short lower-case blocks that end a title split by a blank line (« et prospectif »). */
const MAX_TITLE_TAIL = 60;
const MIN_BODY_CHARS = 20;
/** A one-word title (« Éditorial ») is accepted only on top of its text and when it is a real word. */
const MIN_SINGLE_WORD_TITLE = 5;

const startsLowerCase = (text: string | undefined): boolean => /^\p{Ll}/u.test(text ?? '');
const joinTitle = (lines: SourceLine[]): string => lines.map((line) => line.text).join(' ').replace(/ {2,}/g, ' ');

/** A caption running on after a figure belongs to the figure; lines after a colon continue a sentence. */
function forbidsHeadingAfter(previous: Block | undefined): boolean {
  if (!previous) return false;
  const first = previous.lines[0]?.text ?? '';
  const last = previous.lines[previous.lines.length - 1];
  // « 4 réunions du groupe de travail » + « Placement familial… »: the caption runs on after a blank line.
  const captionRunsOn = isFigureLine(first) && last?.end !== 'hard';
  return captionRunsOn || /:$/.test(last?.text ?? '');
}

function withoutMonthLabels(block: Block): Block {
  const lines = block.lines.filter((line) => !isMonthLabel(line.text));
  return lines.length === block.lines.length ? block : { ...block, lines };
}

/** The block's lines plus following short lower-case blocks of the same frame that finish the title. */
function titleLines(blocks: Block[], index: number): { lines: SourceLine[]; next: number } {
  const block = blocks[index];
  if (!block) return { lines: [], next: index + 1 };
  const lines = block.lines.slice();
  let next = index + 1;
  for (let tail = blocks[next]; tail; tail = blocks[next]) {
    const text = joinTitle(tail.lines);
    const last = lines[lines.length - 1];
    const continues =
      last !== undefined && last.end !== 'hard' && tail.frame === block.frame && tail.lines.length <= 2 &&
      startsLowerCase(text) && text.length <= MAX_TITLE_TAIL && !/[.,;:]$/.test(text);
    if (!continues) break;
    lines.push(...tail.lines);
    next += 1;
  }
  return { lines, next };
}

function leadingHeading(block: Block): { title: string; body: SourceLine[] } | null {
  const limit = Math.min(MAX_LEADING_LINES, block.lines.length - 1);
  for (let count = 1; count <= limit; count += 1) {
    const titlePart = block.lines.slice(0, count);
    const last = titlePart[count - 1];
    if (!last) break;
    // A hard end inside the candidate means it was already a full line of text.
    if (titlePart.slice(0, -1).some((line) => line.end === 'hard')) break;
    if (last.end === 'soft') continue;
    const body = block.lines.slice(count);
    const bodyStart = body[0]?.text ?? '';
    if (!/^(?:\p{Lu}|\d+\.\s)/u.test(bodyStart) || isAllCaps(bodyStart)) continue;
    const title = joinTitle(titlePart);
    const singleWord = /^\p{Lu}\p{Ll}+$/u.test(title) && title.length >= MIN_SINGLE_WORD_TITLE;
    if (!(isTitleLike(title) || singleWord) || looksLikePersonLine(titlePart[0]?.text ?? '')) continue;
    // The body opens with a line of prose, not another label of a list or chart.
    if (bodyStart.length < MIN_BODY_CHARS) continue;
    return { title, body };
  }
  return null;
}

/**
 * Exports without blank lines (pdf.js) run a page into one block: a title line standing between
 * the end of one paragraph and the start of the next opens a block of its own.
 */
function splitAtInnerTitles(block: Block): Block[] {
  const parts: Block[] = [];
  let start = 0;
  block.lines.forEach((line, index) => {
    const previous = block.lines[index - 1];
    const next = block.lines[index + 1];
    const standsAlone = previous?.end === 'hard' && line.end === 'hard' && next !== undefined;
    if (standsAlone && isTitleLike(line.text) && /^\p{Lu}/u.test(next.text) && next.text.length >= MIN_BODY_CHARS) {
      parts.push({ ...block, lines: block.lines.slice(start, index), endsPage: false });
      start = index;
    }
  });
  parts.push({ ...block, lines: block.lines.slice(start) });
  return parts;
}

/** Month labels in one frame from which it is a timeline. */
const MIN_TIMELINE_MONTHS = 3;

/**
 * Frames that hold a timeline (several month labels). Its events are extracted out of order and
 * under the wrong month, so titling each event would file some under a neighbour's title: the
 * timeline stays one text, each event's heading line a paragraph next to its own text.
 */
function timelineFrames(blocks: Block[]): Set<number> {
  const months = new Map<number, number>();
  for (const block of blocks) {
    const labels = block.lines.filter((line) => isMonthLabel(line.text)).length;
    months.set(block.frame, (months.get(block.frame) ?? 0) + labels);
  }
  return new Set([...months].filter(([, labels]) => labels >= MIN_TIMELINE_MONTHS).map(([frame]) => frame));
}

export function detectHeadings(rawBlocks: Block[]): Item[] {
  const timeline = timelineFrames(rawBlocks);
  const blocks = rawBlocks
    .map(withoutMonthLabels)
    .flatMap(splitAtInnerTitles)
    .filter((block) => block.lines.length > 0);
  const items: Item[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index];
    if (!block) break;
    const { frame, page } = block;
    if (timeline.has(frame)) {
      items.push({ kind: 'text', lines: block.lines, page, frame });
      index += 1;
      continue;
    }
    const first = block.lines[0];
    const blocked = forbidsHeadingAfter(blocks[index - 1]);
    if (!blocked && first && isBoxTitle(first.text)) {
      const attribution = block.lines.slice(1);
      let next = index + 1;
      for (let tail = blocks[next]; tail && tail.frame === frame && tail.lines.length <= 2 && startsLowerCase(tail.lines[0]?.text); tail = blocks[next]) {
        attribution.push(...tail.lines);
        next += 1;
      }
      items.push({ kind: 'box', title: first.text, page, frame, attribution });
      index = next;
      continue;
    }
    const candidate = titleLines(blocks, index);
    const title = joinTitle(candidate.lines);
    const following = blocks[candidate.next];
    // The sentence goes on in the next block of the same frame: this was prose, not a title.
    const lastLine = candidate.lines[candidate.lines.length - 1];
    const proseGoesOn =
      following?.frame === frame && lastLine?.end !== 'hard' && startsLowerCase(following.lines[0]?.text) && !first?.frameStart;
    // Each line of a multi-line title is wrapped; a hard end inside means separate items (labels, lists).
    const oneTitle = candidate.lines.slice(0, -1).every((line) => line.end !== 'hard');
    // Lines that all wrap softly, the last one included, are a sentence cut by a column break
    // (« Nexem s’est par ailleurs investie / activement dans l’interfédérale »); a one-line title
    // with a stray trailing space proves nothing.
    const runsOn = candidate.lines.length > 1 && candidate.lines.every((line) => line.end === 'soft');
    if (
      !blocked && oneTitle && !runsOn && candidate.lines.length <= MAX_HEADING_LINES && isTitleLike(title) &&
      !looksLikePersonLine(first?.text ?? '') && !proseGoesOn
    ) {
      const endsPage = blocks[candidate.next - 1]?.endsPage ?? false;
      items.push({ kind: 'heading', title, page, frame, form: 'block', relocated: false, endsPage });
      index = candidate.next;
      continue;
    }
    const leading = blocked ? null : leadingHeading(block);
    if (leading) {
      items.push({ kind: 'heading', title: leading.title, page, frame, form: 'leading', relocated: false, endsPage: false });
      items.push({ kind: 'text', lines: leading.body, page, frame });
    } else {
      items.push({ kind: 'text', lines: block.lines, page, frame });
    }
    index += 1;
  }
  return items;
}
