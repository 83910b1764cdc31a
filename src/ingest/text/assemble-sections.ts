// Items in reading order → titled sections with their lines.
import type { Leveled } from './chapters';
import type { Item, TextItem } from './detect-headings';
import type { SourceLine } from './source-lines';
import { looksLikePersonLine } from './title-rules';

export interface DraftSection extends Leveled {
  title: string;
  page: number;
  /** Text blocks in reading order; reflowed into paragraphs later. */
  blocks: SourceLine[][];
}

/** Box text is set wider than the columns around it. */
const WIDE_FACTOR = 1.3;

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function columnWidth(items: Item[]): number {
  const lengths = items.flatMap((item) => (item.kind === 'text' ? item.lines.map((line) => line.text.length) : []));
  return median(lengths.filter((length) => length >= 15));
}

/**
 * A box title is printed after its box: the wide text blocks right before it are its body.
 * Without such blocks it is an ordinary heading followed by its text.
 */
export function attachBoxes(items: Item[]): { items: Item[]; boxBodies: Map<Item, TextItem[]> } {
  const width = columnWidth(items);
  const isWide = (item: Item | undefined): item is TextItem =>
    item?.kind === 'text' && median(item.lines.map((line) => line.text.length)) >= width * WIDE_FACTOR;
  const result: Item[] = [];
  const boxBodies = new Map<Item, TextItem[]>();
  for (const item of items) {
    if (item.kind !== 'box') {
      result.push(item);
      continue;
    }
    const body: TextItem[] = [];
    // The text right under a heading is that heading's body, not the box's.
    const ownedByHeading = (): boolean => result[result.length - 2]?.kind === 'heading';
    // A quotation signed by someone is a box of its own.
    const signed = (text: TextItem): boolean => text.lines.some((line) => looksLikePersonLine(line.text));
    for (let last = result[result.length - 1]; isWide(last) && !ownedByHeading() && !signed(last); last = result[result.length - 1]) {
      body.unshift(last);
      result.pop();
    }
    if (body.length > 0) {
      result.push(item);
      boxBodies.set(item, body);
    } else {
      result.push({ kind: 'heading', title: item.title, page: item.page, frame: item.frame, form: 'block', relocated: false, endsPage: false });
      if (item.attribution.length > 0) result.push({ kind: 'text', lines: item.attribution, page: item.page, frame: item.frame });
    }
  }
  return { items: result, boxBodies };
}

/** Which heading of a run of consecutive headings owns the text that follows the run. */
function owner(run: Extract<Item, { kind: 'heading' }>[]): number {
  const relocated = run.findIndex((heading) => heading.relocated);
  if (relocated >= 0) return relocated;
  // A heading printed right on top of its text owns it; otherwise the run's first, main title.
  return run[run.length - 1]?.form === 'leading' ? run.length - 1 : 0;
}

export function assembleSections(
  items: Item[],
  boxBodies: Map<Item, TextItem[]>,
  introTitle: string,
  chapters: ReadonlySet<Item> = new Set(),
): DraftSection[] {
  const sections: DraftSection[] = [];
  let current: DraftSection = { title: introTitle, page: items[0]?.page ?? 1, blocks: [] };
  sections.push(current);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (!item) continue;
    if (item.kind === 'text') {
      current.blocks.push(item.lines);
    } else if (item.kind === 'box') {
      const body = boxBodies.get(item) ?? [];
      const blocks = body.map((text) => text.lines);
      if (item.attribution.length > 0) blocks.push(item.attribution);
      // The text after a box continues the section the box was set in.
      sections.push({ title: item.title, page: item.page, blocks });
    } else {
      const run: Extract<Item, { kind: 'heading' }>[] = [item];
      while (items[index + 1]?.kind === 'heading') {
        index += 1;
        run.push(items[index] as Extract<Item, { kind: 'heading' }>);
      }
      const sectionsOfRun = run.map((heading): DraftSection => ({
        title: heading.title,
        page: heading.page,
        blocks: [],
        ...(chapters.has(heading) ? { chapter: true } : {}),
        ...(heading.relocated ? { displaced: true } : {}),
      }));
      sections.push(...sectionsOfRun);
      current = sectionsOfRun[owner(run)] ?? current;
    }
  }
  return sections;
}
