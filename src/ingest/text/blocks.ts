// Blocks: runs of non-blank lines. A blank line or the start of a new text frame ends a block.
import type { SourceLine } from './source-lines';

export interface Block {
  lines: SourceLine[];
  /** Index of the text frame the block belongs to (frames are numbered in reading order). */
  frame: number;
  page: number;
  /** Only a folio follows: the block is the last of its printed page. */
  endsPage: boolean;
}

export function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  let frame = 0;
  let currentFrame = 0;
  const flush = (): void => {
    const first = current[0];
    if (first) blocks.push({ lines: current, frame: currentFrame, page: first.page, endsPage: false });
    current = [];
  };
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const pageChange = previous !== undefined && previous.page !== line.page;
    if (line.frameStart || pageChange) {
      flush();
      frame += 1;
    }
    if (line.text === '') {
      flush();
      const last = blocks[blocks.length - 1];
      if (line.pageEnd && last) last.endsPage = true;
      return;
    }
    if (current.length === 0) currentFrame = frame;
    current.push(line);
  });
  flush();
  return blocks;
}

export function blockText(block: Block): string {
  return block.lines.map((line) => line.text).join(' ');
}
