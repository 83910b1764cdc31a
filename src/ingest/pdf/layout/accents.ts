// Accents an old TeX font (OT1) draws as glyphs of their own over their letters, put back on them where
// the PDF shows them drawn there (repair/spacing-accents.ts composes them), and babel's stand-in guillemets.
import { accentOnWord, SPACING_ACCENT } from '../../repair/spacing-accents';
import type { TextItem } from './types';

/**
 * An accent drawn on its own over a capital (an old TeX font's « É »: « ´ » raised over « E », a text
 * item of its own), composed with it. Sorted by its position, it fell after the capital's whole item
 * (« Etat des lieux : le fran¸´cais »).
 */
export function withAccentsOnLetters(items: TextItem[]): TextItem[] {
  const accents = items.filter((item) => SPACING_ACCENT.test(item.str));
  if (accents.length === 0) return items;
  const placed = new Set<TextItem>();
  const accented = new Map<TextItem, TextItem>();
  for (const accent of accents) {
    const letter = items.find((other) =>
      !SPACING_ACCENT.test(other.str) && other.y < accent.y && accent.y - other.y < other.size / 2 && accent.x >= other.x - 0.1 * other.size && accent.x <= other.x + 0.5 * other.size);
    if (letter === undefined) continue;
    const current = accented.get(letter) ?? letter;
    const composed = accentOnWord(accent.str, current.str);
    if (composed === null) continue;
    accented.set(letter, { ...current, str: composed });
    placed.add(accent);
  }
  return items.filter((item) => !placed.has(item)).map((item) => accented.get(item) ?? item);
}

/**
 * The text so far with `item` after it, where the text ends with an accent that `item` is drawn back over
 * (it starts left of where the accent ends): an old TeX font's « é » is « ´ » closing one run, « e »
 * opening the next, moved back. A « ´ » typed for an apostrophe (« d´entre ») has its own width: left as is.
 */
export function withAccentDrawnOver(text: string, item: TextItem, end: number): string | null {
  if (!SPACING_ACCENT.test(text.slice(-1)) || item.x >= end - 0.05 * item.size) return null;
  const composed = accentOnWord(text.slice(-1), item.str);
  return composed === null ? null : text.slice(0, -1) + composed;
}

/** babel's stand-in guillemets, much-less-than signs set small (« ≪ texte ≫ » in an old TeX font). */
export const SMALL_GUILLEMETS: Readonly<Record<string, string>> = { '\u226a': '«', '\u226b': '»' };
