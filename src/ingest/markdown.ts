import type { OutlineEntry } from '../types';
import { cleanInline } from './markdown-inline';

export interface MarkdownResult {
  /** The document title when the file opens with one (`# Rapport annuel 2020`), else null. */
  title: string | null;
  outline: OutlineEntry[];
}

type BlockKind = 'plain' | 'list' | 'row';

interface Block {
  kind: BlockKind;
  /** Raw Markdown lines joined: ' ' after a hard break, '\n' after a soft one. */
  raw: string;
  hardBreak: boolean;
}

interface RawHeading {
  level: number;
  title: string;
  blocks: Block[];
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^\s*(?:[-*+]|(\d{1,3}[.)]))\s+(.*)$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_OF_CONTENTS = /^(sommaire|table des mati[eè]res)$/i;
const CHAPTER_NUMBER_ONLY = /^\d{1,2}$/;
const CHAPTER_NUMBER_AND_TITLE = /^(\d{1,2})\s+(\p{L}.*)$/u;
/** A paragraph that ends like this is finished; otherwise a lowercase start continues it. */
const SENTENCE_END = /[.!?…:;»)\]"]$/;
/** A key figure (« 15 291 », « 84 % ») printed above its caption: one statement once joined. */
const FIGURE_ONLY = /^[\d\s.,%€+]+$/u;

/**
 * Reads a Markdown report into a heading tree. Choices made on the 2020 report:
 * - the first `#` heading is the document title when it has no text of its own (or is the only `#`);
 * - « Sommaire » is dropped: a table of contents only repeats headings and would outrank the real sections;
 * - chapter markers `# 1` + `## Une année de combat(s)` become one level-1 chapter
 *   « 1 — Une année de combat(s) » (the following `##` are its sections); `# 3 Les chiffres clefs 2020`
 *   becomes « 3 — Les chiffres clefs 2020 » the same way;
 * - paragraphs cut by a stray blank line (« Plus que » / « jamais, la mission… ») are joined again, and so
 *   are key figures and their caption (« 15 291 » / « Consultations écrites »).
 * Headings without text stay in the outline (they name their children); buildSections skips them.
 */
export function readMarkdown(source: string): MarkdownResult {
  const { preamble, headings } = splitBlocks(source.replace(/\r\n?/g, '\n'));
  let title: string | null = null;
  const first = headings[0];
  const levelOnes = headings.filter((heading) => heading.level === 1).length;
  if (first && first.level === 1 && preamble.length === 0 && (first.blocks.length === 0 || levelOnes === 1)) {
    title = first.title || null;
    if (first.blocks.length === 0) headings.shift();
  }
  const outline: OutlineEntry[] = [];
  if (preamble.length > 0) outline.push(entry(title ?? 'Introduction', 1, preamble));
  for (const heading of mergeChapterMarkers(dropTableOfContents(headings))) {
    outline.push(entry(heading.title, heading.level, heading.blocks));
  }
  return { title, outline };
}

function entry(title: string, level: number, blocks: Block[]): OutlineEntry {
  return { title, level, page: null, text: paragraphsOf(blocks).join('\n\n') };
}

function splitBlocks(source: string): { preamble: Block[]; headings: RawHeading[] } {
  const preamble: Block[] = [];
  const headings: RawHeading[] = [];
  let target = preamble;
  let open: Block | null = null;
  let inFence = false;
  const start = (kind: BlockKind, raw: string): void => {
    open = { kind, raw, hardBreak: false };
    target.push(open);
  };
  for (const rawLine of source.split('\n')) {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      open = null;
      continue;
    }
    if (inFence) {
      if (rawLine.trim() === '') open = null;
      else if (open) (open as Block).raw += `\n${rawLine}`;
      else start('plain', rawLine);
      continue;
    }
    const line = rawLine.replace(/^\s{0,3}>\s?/, '');
    const heading = HEADING.exec(line);
    if (heading) {
      const blocks: Block[] = [];
      headings.push({ level: heading[1]?.length ?? 1, title: cleanInline(heading[2] ?? '').replace(/\n/g, ' '), blocks });
      target = blocks;
      open = null;
      continue;
    }
    if (line.trim() === '' || THEMATIC_BREAK.test(line) || TABLE_SEPARATOR.test(line)) {
      open = null;
      continue;
    }
    const hardBreak = / {2,}$|\\$/.test(line);
    const content = line.replace(/\\$/, '');
    const item = LIST_ITEM.exec(content);
    if (item) {
      // Ordered lists keep their number (it often carries meaning: « 1. la reconduction… »).
      start('list', item[1] ? `${item[1]} ${item[2] ?? ''}` : (item[2] ?? ''));
    } else if (content.includes('\t') || /^\s*\|/.test(content)) {
      start('row', tableRow(content));
    } else if (open) {
      const previous: Block = open;
      // In these converted reports a hard break wraps a phrase (« Sessions de formation  ⏎ dispensées… »)
      // while a soft break separates rows of a figure table: keep the latter as a line.
      previous.raw += (previous.hardBreak ? ' ' : '\n') + content;
    } else {
      start('plain', content);
    }
    if (open) (open as Block).hardBreak = hardBreak;
  }
  return { preamble, headings };
}

function tableRow(line: string): string {
  return line
    .replace(/^\s*\||\|\s*$/g, '')
    .split(/\t+|\|/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' · ');
}

function paragraphsOf(blocks: Block[]): string[] {
  const paragraphs: { kind: BlockKind; text: string }[] = [];
  for (const block of blocks) {
    const text = cleanInline(block.raw);
    if (text === '') continue;
    const previous = paragraphs[paragraphs.length - 1];
    const continues =
      previous !== undefined &&
      previous.kind === 'plain' &&
      block.kind === 'plain' &&
      ((!SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(text)) || FIGURE_ONLY.test(previous.text));
    if (continues) previous.text += ` ${text}`;
    else paragraphs.push({ kind: block.kind, text });
  }
  return paragraphs.map((paragraph) => paragraph.text);
}

function dropTableOfContents(headings: RawHeading[]): RawHeading[] {
  const kept: RawHeading[] = [];
  let droppedLevel: number | null = null;
  for (const heading of headings) {
    if (droppedLevel !== null && heading.level > droppedLevel) continue;
    droppedLevel = TABLE_OF_CONTENTS.test(heading.title.trim()) ? heading.level : null;
    if (droppedLevel === null) kept.push(heading);
  }
  return kept;
}

function mergeChapterMarkers(headings: RawHeading[]): RawHeading[] {
  const merged: RawHeading[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    if (!heading) continue;
    const next = headings[i + 1];
    const numberOnly = heading.level === 1 && CHAPTER_NUMBER_ONLY.test(heading.title);
    if (numberOnly && heading.blocks.length === 0 && next && next.level === 2) {
      merged.push({ level: 1, title: `${heading.title} — ${next.title}`, blocks: next.blocks });
      i++;
      continue;
    }
    const numbered = heading.level === 1 ? CHAPTER_NUMBER_AND_TITLE.exec(heading.title) : null;
    merged.push(numbered ? { ...heading, title: `${numbered[1]} — ${numbered[2]}` } : heading);
  }
  return merged;
}
