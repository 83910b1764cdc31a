// Puts headings back where a reader sees them. In these magazine layouts a page's titles are
// extracted AFTER the text they open (title, chapeau and chapter title close the text frame), and
// a column may resume mid-sentence right after a heading.
import type { Item } from './detect-headings';

const FINISHED = /[.!?…:;»”)]$/u;
/** A frame that opens with at least this much text is body text, not a stray label. */
const MIN_PROSE_CHARS = 60;

type Heading = Extract<Item, { kind: 'heading' }>;

function textLength(item: Item | undefined): number {
  return item?.kind === 'text' ? item.lines.reduce((sum, line) => sum + line.text.length, 0) : 0;
}

function framesInOrder(items: Item[]): Item[][] {
  const frames: Item[][] = [];
  let current: Item[] = [];
  let frame: number | undefined;
  for (const item of items) {
    if (item.kind === 'box') continue;
    if (item.frame !== frame && current.length > 0) {
      frames.push(current);
      current = [];
    }
    frame = item.frame;
    current.push(item);
  }
  if (current.length > 0) frames.push(current);
  return frames;
}

function nextNonBox(items: Item[], item: Item): Item | undefined {
  for (let index = items.indexOf(item) + 1; index < items.length; index += 1) {
    const candidate = items[index];
    if (candidate?.kind !== 'box') return candidate;
  }
  return undefined;
}

/** The heading that titles a frame's opening text although it was extracted after it, if any. */
function displacedTitle(frame: Item[], items: Item[]): Heading | undefined {
  if (textLength(frame[0]) < MIN_PROSE_CHARS) return undefined;
  // The frame ends with a run of titles: the first of them opens the frame.
  let start = frame.length;
  while (start > 0 && frame[start - 1]?.kind === 'heading') start -= 1;
  const trailing = frame[start];
  const last = frame[frame.length - 1];
  // A title closing a printed page opens the next page instead.
  const opensNextPage = last?.kind === 'heading' && last.endsPage;
  if (start < frame.length && trailing?.kind === 'heading') return opensNextPage ? undefined : trailing;
  // A stand-alone title followed by another title has no body of its own: it closes the text above.
  const firstHeading = frame.find((item): item is Heading => item.kind === 'heading');
  if (firstHeading?.form === 'block' && nextNonBox(items, firstHeading)?.kind === 'heading') return firstHeading;
  return undefined;
}

/** Moves each displaced title to the start of the text it titles. */
export function relocateDisplacedTitles(items: Item[]): Item[] {
  const result = items.slice();
  const frames = framesInOrder(items);
  const moves: { heading: Heading; before: Item }[] = [];
  frames.forEach((frame, index) => {
    const opening = frame[0];
    if (!opening) return;
    const heading = displacedTitle(frame, items);
    if (heading) {
      moves.push({ heading, before: opening });
      return;
    }
    // A frame holding only titles closes the previous frame when that one has none.
    const previous = frames[index - 1];
    const titlesOnly = frame.every((item) => item.kind === 'heading' && item.form === 'block');
    if (titlesOnly && opening.kind === 'heading' && previous && previous[0] && textLength(previous[0]) >= MIN_PROSE_CHARS &&
      previous.every((item) => item.kind === 'text')) {
      moves.push({ heading: opening, before: previous[0] });
    }
  });
  for (const { heading, before } of moves) {
    result.splice(result.indexOf(heading), 1);
    result.splice(result.indexOf(before), 0, { ...heading, relocated: true });
  }
  return result;
}

const opensLowerCase = (item: Item): boolean => item.kind === 'text' && /^\p{Ll}/u.test(item.lines[0]?.text ?? '');

/** A finished paragraph set between a cut sentence and the titles (a chapeau of the next page) is skipped. */
const MAX_SKIPPED_BEFORE = 1;

/** The nearest text before `start`, over at most one finished paragraph, that stops mid-sentence. */
function interruptedBefore(items: Item[], start: number): number | null {
  for (let at = start - 1; at >= 0 && at >= start - 1 - MAX_SKIPPED_BEFORE; at -= 1) {
    const item = items[at];
    if (item?.kind !== 'text') return null;
    if (!FINISHED.test(item.lines[item.lines.length - 1]?.text ?? '')) return at;
  }
  return null;
}

/**
 * A text that opens in lower case right after a heading, while the text before the heading stopped
 * mid-sentence, is the same paragraph resumed in the next column: it goes back after the cut sentence.
 * When the resumption opens a text frame of its own, the lower-case texts right after it in that
 * frame resume the same column (« la toute première » … « préoccupation des Français ») and go back too.
 */
export function restoreInterruptedSentences(items: Item[]): Item[] {
  const result = items.slice();
  for (let start = 0; start < result.length; start += 1) {
    if (result[start]?.kind !== 'heading') continue;
    let end = start;
    while (result[end + 1]?.kind === 'heading') end += 1;
    const after = result[end + 1];
    const run = result.slice(start, end + 1);
    const placedByUs = run.some((item) => item.kind === 'heading' && item.relocated);
    const cut = placedByUs ? null : interruptedBefore(result, start);
    if (cut !== null && after?.kind === 'text' && opensLowerCase(after)) {
      let count = 1;
      if (after.lines[0]?.frameStart) {
        for (let next = result[end + 1 + count]; next?.kind === 'text' && next.frame === after.frame && opensLowerCase(next); next = result[end + 1 + count]) count += 1;
      }
      const moved = result.splice(end + 1, count);
      result.splice(cut + 1, 0, ...moved);
      start += count;
      end += count;
    }
    start = end;
  }
  return result;
}
