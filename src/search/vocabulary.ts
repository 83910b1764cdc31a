// The words of the reports as people write them (« négociations », « Ségur », « CCUE ») with their
// frequency: MiniSearch only knows index terms (folded words and stems), which are no words to offer.
import SearchableMap from 'minisearch/SearchableMap';
import { analyzeWord, foldWord, wordSurfaces } from '../analysis';

/** `[word as written, occurrences]`, most frequent first. */
export type VocabularyEntry = [word: string, count: number];

// localeCompare(…, 'fr') made a collator per comparison: most of the vocabulary's time at 100×,
// where thousands of words occur once and are told apart by their spelling.
const FRENCH = new Intl.Collator('fr');

// Web addresses printed in footnotes (« https://www.ccomptes.fr/… ») are no words to suggest.
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

export function buildVocabulary(texts: Iterable<string>): VocabularyEntry[] {
  const counter = new VocabularyCounter();
  for (const text of texts) counter.add(text);
  return counter.entries();
}

/** buildVocabulary one text at a time, taking its words when they are already read (a reindex reads each text once). */
export class VocabularyCounter {
  // folded form → written form → count
  private readonly byFolded = new Map<string, Map<string, number>>();

  /** `surfaces`: the words of `text` as wordSurfaces gives them, if already read. */
  add(text: string, surfaces?: Iterable<string>): void {
    WEB_ADDRESS.lastIndex = 0;
    const words = surfaces && !WEB_ADDRESS.test(text) ? surfaces : wordSurfaces(text.replace(WEB_ADDRESS, ' '));
    for (const surface of words) {
      const analysis = analyzeWord(surface);
      if (analysis.stop || analysis.kind === 'number') continue;
      // foldWord(surface), already computed.
      const folded = analysis.exact;
      let forms = this.byFolded.get(folded);
      if (!forms) this.byFolded.set(folded, (forms = new Map()));
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
    }
  }

  entries(): VocabularyEntry[] {
    const entries: VocabularyEntry[] = [];
    for (const forms of this.byFolded.values()) {
      let total = 0;
      for (const count of forms.values()) total += count;
      entries.push([displayForm(forms), total]);
    }
    return entries.sort((a, b) => b[1] - a[1] || FRENCH.compare(a[0], b[0]));
  }
}

// A word capitalised only at the start of a sentence is offered in lowercase; a proper noun or an
// acronym (never written in lowercase) keeps its capitals. Among equals, the accented spelling wins
// over a stray accentless one because it is the more frequent in edited reports.
function displayForm(forms: Map<string, number>): string {
  const ranked = [...forms.entries()].sort((a, b) => b[1] - a[1]);
  const lowercase = ranked.find(([form]) => form === form.toLowerCase());
  return (lowercase ?? ranked[0]!)[0];
}

/** Lookups over a vocabulary, by folded form so « nego » and « négo » find the same words. */
export interface VocabularyLookup {
  completions(prefix: string, limit: number): string[];
  /** The most frequent word within `maxEdits` of `word` (folded), other than the word itself. */
  closest(word: string, maxEdits: number): string | undefined;
  has(word: string): boolean;
  /** Folded words within `maxEdits` of `word` (folded), the word itself excluded, most frequent first. */
  neighbours(word: string, maxEdits: number, limit: number): string[];
  /** The word as the reports write it (« attractivite » → « attractivité »), if they contain it. */
  writtenForm(word: string): string | undefined;
}

export function createVocabularyLookup(entries: VocabularyEntry[]): VocabularyLookup {
  const folded = entries.map(([word]) => foldWord(word));
  const written = new Map(folded.map((key, i) => [key, entries[i]![0]]));
  // A radix tree walks only the branches within reach of the word: scanning the whole vocabulary took
  // ~0.4 ms per unknown word, and a long query of misspelt words has a dozen.
  let tree: SearchableMap<number> | undefined;
  const positions = () => (tree ??= SearchableMap.from(folded.map((key, i): [string, number] => [key, i])));
  return {
    completions(prefix, limit) {
      const key = foldWord(prefix);
      if (!key) return [];
      const words: string[] = [];
      for (let i = 0; i < entries.length && words.length < limit; i++) {
        if (folded[i]!.startsWith(key)) words.push(entries[i]![0]);
      }
      return words;
    },
    closest(word, maxEdits) {
      const key = foldWord(word);
      let best: { index: number; distance: number } | undefined;
      for (const [candidate, [index, distance]] of positions().fuzzyGet(key, maxEdits)) {
        if (candidate === key) continue;
        // Entries are sorted by frequency: keep the most frequent at the smallest distance.
        if (!best || distance < best.distance || (distance === best.distance && index < best.index)) best = { index, distance };
      }
      return best ? entries[best.index]![0] : undefined;
    },
    has(word) {
      return written.has(foldWord(word));
    },
    neighbours(word, maxEdits, limit) {
      const key = foldWord(word);
      const found: string[] = [];
      for (let i = 0; i < entries.length && found.length < limit; i++) {
        const candidate = folded[i]!;
        if (candidate === key || Math.abs(candidate.length - key.length) > maxEdits) continue;
        if (editDistance(key, candidate, maxEdits) <= maxEdits) found.push(candidate);
      }
      return found;
    },
    writtenForm(word) {
      return written.get(foldWord(word));
    },
  };
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
