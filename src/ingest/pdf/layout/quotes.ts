// Quotations set large in the text (a pull quote, a sidebar's quote) look like titles: a short block in a
// larger style. Read as titles, they took the sections after them.
import { joinTitleLines } from './title-text';
import { isItalicFont, styleKey, styleOf } from './styles';
import type { Line } from './types';

interface Block {
  first: number;
  last: number;
}

/**
 * Over a short line smaller than the text (who said it), a sentence set large in italics, full stop
 * included, is a quote, a sidebar's without quotation marks; so is anything in italics between quotation
 * marks, full stop or not, set in a column of text: read as a title, it took the sections after it.
 * (An italic title may be a sentence too, but the text follows it; an interview's title, a quotation
 * alone in its block over who is interviewed, « Entretien avec… », stays a title.)
 */
function isSetQuote(lines: Line[], block: Block, text: string, body: number): boolean {
  const first = lines[block.first] as Line;
  const next = lines[block.last + 1];
  const inBlock = (line: Line | undefined): line is Line => line !== undefined && line.page === first.page && line.block === first.block;
  const attributed = inBlock(next) && styleOf(next).size < body && next.text.split(' ').length <= 8;
  if (!attributed || first.bold || !isItalicFont(first.font)) return false;
  const inText = inBlock(lines[block.first - 1]) || inBlock(lines[block.last + 2]);
  return /[.…]\s*[»”"]?$/u.test(text) || (/^[«"“].*[»"”]$/u.test(text) && inText);
}

/** Whether lines of a block's column come before and after it: it is set in running text. */
function inRunningText(lines: Line[], block: Block): boolean {
  const first = lines[block.first] as Line;
  const inColumn = (line: Line | undefined) => line !== undefined && line.page === first.page && line.block === first.block;
  return inColumn(lines[block.first - 1]) && inColumn(lines[block.last + 1]);
}

const QUOTED = /^[«"“].*[»"”]$/u;

/**
 * The blocks of a heading style that are quotations: set quotes (over who said it), and pull quotes
 * without attribution, between quotation marks in italics inside a column of text, in a style the
 * report uses for such quotations only (two at least).
 */
export function quotationBlocks(lines: Line[], blocks: Block[], body: number): Set<Block> {
  const textOf = (block: Block) => joinTitleLines(lines.slice(block.first, block.last + 1));
  const quotation = (block: Block) => QUOTED.test(textOf(block)) && isItalicFont((lines[block.first] as Line).font);
  const byStyle = new Map<string, Block[]>();
  for (const block of blocks) {
    const key = styleKey(styleOf(lines[block.first] as Line));
    byStyle.set(key, [...(byStyle.get(key) ?? []), block]);
  }
  const quotationStyles = new Set([...byStyle].filter(([, styled]) => styled.length >= 2 && styled.every(quotation)).map(([key]) => key));
  return new Set(blocks.filter((block) =>
    isSetQuote(lines, block, textOf(block), body) ||
    (quotationStyles.has(styleKey(styleOf(lines[block.first] as Line))) && inRunningText(lines, block))));
}
