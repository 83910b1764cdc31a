// Boxes (« encadrés ») and panels set beside the text: « En chiffres » over key figures, « Repères » or
// « À retenir » over a short paragraph. Their title names the box, not a part of the report: the text
// after the box still belongs to the section around it, and a box title set between two heading sizes
// pushed every heading under it a level down.
import { isFigure } from './figures';
import { columnEdges } from './lines';
import { joinTitleLines } from './title-text';
import type { Line } from './types';

/** A frame's padding, at least this many text sizes on each side of its text… */
const MIN_PADDING_EMS = 0.4;
/** …a box title at most this many text sizes (a chapter printed on a coloured band is larger). */
const MAX_TITLE_EMS = 1.5;
/**
 * A box holds at least this many lines under its title (a one-line section indented with its title can't
 * be told from it), and at most this many: an interview set in a frame over a column is a part of the report.
 */
const MIN_BOX_LINES = 2;
const MAX_BOX_LINES = 12;
/** A panel's small print is smaller than the text's by this many points at least. */
const SMALLER_PRINT = 0.5;

type Block = { first: number; last: number };

/**
 * The labels a box goes by in French reports (« En bref », « À retenir », « Repères », « Le saviez-vous ? »,
 * « Chiffres clés », « Zoom sur… », « Témoignage »). The shapes below alone are no proof: a chapter on a
 * padded band, resolutions indented on both sides, an antenna's address block, a heading over an epigraph
 * in small print or over a column of figures take them too. (With the label, a title over a paragraph in
 * small print in the column, the text going on after it, was still more often a real section's than a
 * box's: « Repères chronologiques », « Focus sur le GR 34 » over a photo's caption. Floated beside the
 * text, it is a box's.)
 */
const BOX_LABEL =
  /^(?:(?:en (?:bref|chiffres|résumé|pratique|savoir plus)|[àa] (?:retenir|noter|savoir)|bon [àa] savoir|le saviez-vous|rep[èe]res|(?:les |nos )?(?:chiffres[- ]cl[ée]s|chiffres de l[’']ann[ée]e)|zoom(?: sur)?|focus(?: sur)?|t[ée]moignages?|paroles? de|agenda|encadr[ée]|pour aller plus loin|le point sur|info(?:rmation)?s? pratiques?)(?![\p{L}])|paroles? d[’'])/iu;

/**
 * Whether a heading candidate titles a short box or a panel of key figures: named as boxes are, and set
 * in one of two ways:
 * - in a frame: inset from its column's left edge, the lines under it starting where it starts and none
 *   back at the column's edge until the box ends, every line of the box ending short of the column's
 *   right edge (a title indented with its text as a legal outline sets it runs to the right edge; a
 *   centred title has no text starting where it starts);
 * - over a panel: the lines under it, to the end of the block it opens, are figures set larger than the
 *   text or lines set smaller, none in the text's size, beside the text (a panel floated in it: key
 *   figures and their labels, a short paragraph; a glossary's table opening its page is none); or it
 *   stands inset right over a figure set larger than it. A section « L’année en chiffres » starts at its
 *   column's edge, in a block of the report's text.
 */
export function titlesBox(heading: Block, lines: Line[], body: number): boolean {
  const first = lines[heading.first] as Line;
  if (first.size > MAX_TITLE_EMS * body || !BOX_LABEL.test(joinTitleLines(lines.slice(heading.first, heading.last + 1)))) return false;
  return inFrame(heading, lines, body) || panel(heading, lines, body);
}

function inFrame(heading: Block, lines: Line[], body: number): boolean {
  const first = lines[heading.first] as Line;
  const { left, right } = columnEdges(lines, first);
  const padding = MIN_PADDING_EMS * body;
  const inside = (line: Line | undefined): line is Line => line !== undefined && line.page === first.page && line.block === first.block && line.x >= left + padding;
  if (!inside(first)) return false;
  let end = heading.last + 1;
  while (inside(lines[end])) end += 1;
  const held = end - heading.last - 1;
  const under = lines[heading.last + 1];
  if (held < MIN_BOX_LINES || held > MAX_BOX_LINES || under === undefined || Math.abs(under.x - first.x) > 1) return false;
  return lines.slice(heading.first, end).every((line) => line.xEnd <= right - padding);
}

function panel(heading: Block, lines: Line[], body: number): boolean {
  const first = lines[heading.first] as Line;
  const under = lines[heading.last + 1];
  if (under === undefined || under.page !== first.page) return false;
  const figure = (line: Line) => isFigure(line.text) && line.size > body;
  const smallPrint = (line: Line) => line.size <= body - SMALLER_PRINT;
  const rest = lines.slice(heading.last + 1).filter((line) => line.page === first.page && line.block === first.block);
  const opensBlock = lines.slice(0, heading.first).every((line) => line.page !== first.page || line.block !== first.block);
  const figures = rest.some(figure);
  // Figures take two lines each (a figure, its label), text a line: a panel holds a few of either.
  const short = rest.length >= (figures ? 1 : MIN_BOX_LINES) && rest.length <= (figures ? 2 : 1) * MAX_BOX_LINES;
  if (opensBlock && short && rest.every((line) => figure(line) || smallPrint(line)) && besideText([first, ...rest], lines)) return true;
  return figure(under) && under.size > first.size && first.x >= columnEdges(lines, first).left + MIN_PADDING_EMS * body;
}

/** Whether a block's lines sit beside another block's on their page (text wrapped around a float), not over or under it. */
function besideText(block: Line[], lines: Line[]): boolean {
  const [page, number] = [block[0]!.page, block[0]!.block];
  const top = Math.max(...block.map((line) => line.y));
  const bottom = Math.min(...block.map((line) => line.y));
  const left = Math.min(...block.map((line) => line.x));
  const right = Math.max(...block.map((line) => line.xEnd));
  return lines.some((line) => line.page === page && line.block !== number && line.y <= top && line.y >= bottom && (line.xEnd < left || line.x > right));
}
