// The words of every section in order, coded at reindex, so that a phrase (« "non lucratif" ») or a
// multi-word alternative is checked without analysing anything at query time. MiniSearch stores no
// positions; analysing a candidate section to check a phrase cost about a millisecond at 100×, and a
// phrase of common words has hundreds of candidates (before this index, a per-request limit left the
// rest unchecked, so the same query found more as the cache filled).
//
// Each distinct word gets a fixed-width code of printable ASCII (base 91, no quote or backslash, so
// JSON stores it as is); a section's words become one string, and a phrase is found by the engine's
// native `indexOf` on its coded words, at a position that is a multiple of the width.
import type { Section } from '../types';
import { phraseText } from './section-words';

export interface PhraseIndexData {
  /** Characters per word code. */
  width: number;
  /** The coded words: a word's code is its position here, in base 91 on `width` characters. */
  words: string[];
  /**
   * Per section (same order as the sections): its title's phrase words, its text's phrase words, its
   * title's match keys and its text's match keys (see section-words.ts), coded.
   */
  sections: [string, string, string, string][];
}

export interface PhraseLookup {
  /** Whether section `index` has `words` (phrase words) in a row, in its title or in its text. */
  hasPhrase(index: number, words: readonly string[]): boolean;
  /** Whether section `index` has `keys` (match keys of a multi-word alternative) in a row, in its title or in its text. */
  hasKeys(index: number, keys: readonly string[]): boolean;
}

const FIRST_CHAR = 0x23; // '#': after the space, « ! » and the quote
const BACKSLASH = 0x5c;
const BASE = 0x7e - FIRST_CHAR; // '#' to '~' without the backslash: 91 characters

function digitChar(digit: number): string {
  const code = FIRST_CHAR + digit;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

/** Characters needed to give `count` words a code each. */
export function codeWidth(count: number): number {
  let width = 1;
  for (let capacity = BASE; capacity < count; capacity *= BASE) width++;
  return width;
}

function encode(id: number, width: number): string {
  let code = '';
  for (let k = 0; k < width; k++) {
    code = digitChar(id % BASE) + code;
    id = Math.floor(id / BASE);
  }
  return code;
}

export function buildPhraseIndex(sections: readonly Pick<Section, 'title' | 'text'>[]): PhraseIndexData {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
    }
    return id;
  };
  // Ids first, codes once the vocabulary's size (and so the width) is known.
  const sequences = sections.map((section) => {
    const title = phraseText(section.title);
    const text = phraseText(section.text);
    return [title.phraseWords, text.phraseWords, title.keys, text.keys].map((list) => Uint32Array.from(list, idOf));
  });
  const width = codeWidth(words.length);
  const codes = words.map((_, id) => encode(id, width));
  return {
    width,
    words,
    sections: sequences.map((four) => four.map((list) => Array.from(list, (id) => codes[id]!).join('')) as PhraseIndexData['sections'][number]),
  };
}

export function createPhraseLookup(data: PhraseIndexData): PhraseLookup {
  const { width } = data;
  let ids: Map<string, number> | undefined; // built on the first phrase, not while a server starts
  // A phrase's coded words, per array of words (a compiled query keeps its arrays); null when one of its
  // words is in no section, so no section can hold it.
  const needles = new WeakMap<readonly string[], string | null>();
  const needleOf = (words: readonly string[]): string | null => {
    let needle = needles.get(words);
    if (needle === undefined) {
      ids ??= new Map(data.words.map((word, id) => [word, id]));
      const known = words.map((word) => ids!.get(word));
      needle = words.length === 0 || known.some((id) => id === undefined) ? null : known.map((id) => encode(id!, width)).join('');
      needles.set(words, needle);
    }
    return needle;
  };
  const holds = (coded: string, needle: string): boolean => {
    for (let at = coded.indexOf(needle); at !== -1; at = coded.indexOf(needle, at + 1)) {
      if (at % width === 0) return true;
    }
    return false;
  };
  const find = (index: number, words: readonly string[], title: 0 | 2, text: 1 | 3): boolean => {
    const needle = needleOf(words);
    const coded = data.sections[index];
    return needle !== null && coded !== undefined && (holds(coded[text], needle) || holds(coded[title], needle));
  };
  return {
    hasPhrase: (index, words) => find(index, words, 0, 1),
    hasKeys: (index, keys) => find(index, keys, 2, 3),
  };
}
