// The geometry reading order works on: text items as boxes, bands of them separated by horizontal white
// space, and the vertical white strips (gutters) between boxes.
import type { TextItem } from './types';

export interface Box {
  item: TextItem;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Interval {
  from: number;
  to: number;
}

/** Ascent and descent of a glyph as fractions of its size (close enough for any text font). */
const ASCENT = 0.78;
const DESCENT = 0.22;

/** A line closer than this (in body sizes) below another follows it (below a run of columns, it continues its left column). */
const NEXT_LINE_EMS = 1;

export function boxOf(item: TextItem): Box {
  return { item, left: item.x, right: item.x + item.width, top: item.y + item.size * ASCENT, bottom: item.y - item.size * DESCENT };
}

/** Bands of boxes separated by horizontal white space, top first. */
export function bands(boxes: Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => b.top - a.top);
  const result: Box[][] = [];
  let current: Box[] = [];
  let floor = Infinity;
  for (const box of sorted) {
    if (current.length > 0 && box.top < floor) {
      result.push(current);
      current = [];
      floor = Infinity;
    }
    current.push(box);
    floor = Math.min(floor, box.bottom);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** A heading's number set apart from its title (LaTeX puts a quad after « 2.2.1 »). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?$/u;

/**
 * White vertical strips at least `minWidth` wide between the boxes (not at the edges). The space after
 * a heading's number, under one and a half of its sizes before its title's first word, is none: it cut
 * « 1 Introduction » from the columns under it.
 */
export function gutters(boxes: Box[], minWidth: number): Interval[] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const result: Interval[] = [];
  let reach = sorted[0]?.right ?? 0;
  let last = sorted[0];
  for (const box of sorted.slice(1)) {
    const afterNumber = last !== undefined && last.right === reach && SECTION_NUMBER.test(last.item.str.trim()) && /^\p{L}/u.test(box.item.str.trim()) &&
      box.item.size === last.item.size && box.left - reach < 1.5 * last.item.size;
    if (box.left - reach >= minWidth && !afterNumber) result.push({ from: reach, to: box.left });
    if (box.right >= reach) [reach, last] = [box.right, box];
  }
  return result;
}

export function intersect(a: Interval[], b: Interval[], minWidth: number): Interval[] {
  const result: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (to - from >= minWidth) result.push({ from, to });
    }
  }
  return result;
}

/**
 * What a band with text on one side of every strip leaves white of it, in pieces `minWidth` wide at least;
 * nothing where the band has text on both sides of a strip.
 */
export function oneSidedWhite(strips: Interval[], boxes: Box[], minWidth: number): Interval[] {
  return strips.flatMap((strip) => {
    const left = boxes.some((box) => box.left < strip.from);
    const right = boxes.some((box) => box.right > strip.to);
    if (left === right) return [];
    const from = left ? Math.max(strip.from, ...boxes.map((box) => box.right)) : strip.from;
    const to = right ? Math.min(strip.to, ...boxes.map((box) => box.left)) : strip.to;
    return to - from >= minWidth ? [{ from, to }] : [];
  });
}

/** Whether a box reaches over the middle of a gutter (the gutter seen so far may be narrower than the real one). */
export function crosses(boxes: Box[], strips: Interval[]): boolean {
  return boxes.some((box) => strips.some((strip) => box.left < (strip.from + strip.to) / 2 && box.right > (strip.from + strip.to) / 2));
}

export const topOf = (band: Box[]): number => Math.max(...band.map((box) => box.top));
export const bottomOf = (band: Box[]): number => Math.min(...band.map((box) => box.bottom));

/** Whether `lower` is the next line of text under `upper`, with no more space between than `em`. */
export function adjacent(upper: Box[], lower: Box[], em: number, ems = NEXT_LINE_EMS): boolean {
  return bottomOf(upper) - topOf(lower) <= ems * em;
}

/** The boxes on each side of the gutters, left to right (empty sides left out). */
export function splitColumns(boxes: Box[], strips: Interval[]): Box[][] {
  const cuts = strips.map((strip) => (strip.from + strip.to) / 2).sort((a, b) => a - b);
  const columns: Box[][] = [...cuts.map(() => []), []];
  for (const box of boxes) columns[cuts.filter((cut) => box.left >= cut).length]?.push(box);
  return columns.filter((column) => column.length > 0);
}
