// A drop cap is extracted as a lone capital line (« N ») while the rest of its word (« exem … »)
// starts a paragraph that may be dozens of lines away. The document's own word frequencies tell
// which fragment completes which letter: N + exem = « Nexem », a word the report uses a lot.
import { tokenize } from '../../analysis';
import { frequency, type Vocabulary } from './vocabulary';

export interface LayoutLine {
  text: string;
  end: 'hard' | 'soft' | 'forced';
  frameStart: boolean;
}

/** How far (in lines) a fragment may sit from its letter. */
const MAX_DISTANCE = 150;
/** Capitals that are French words on their own (« À l’écoute »), so they may precede a whole word. */
const STANDALONE_WORD_LETTERS = new Set(['À', 'A', 'Y', 'Ô', 'O']);

interface Pairing {
  letterIndex: number;
  fragmentIndex: number;
  glued: boolean;
  score: number;
  distance: number;
}

function isDropCap(text: string): boolean {
  return /^\p{Lu}$/u.test(text);
}

/** A paragraph opening with a lower-case letter: where the rest of a drop-capped word can be. */
function opensParagraph(lines: LayoutLine[], index: number): boolean {
  const line = lines[index];
  if (!line || !/^\p{Ll}/u.test(line.text)) return false;
  const previous = lines[index - 1];
  if (previous?.text.endsWith('-')) return false;
  return line.frameStart || !previous || previous.text === '' || previous.end === 'hard' || isDropCap(previous.text);
}

function candidatePairings(lines: LayoutLine[], vocabulary: Vocabulary): Pairing[] {
  const letters = lines.flatMap((line, index) => (isDropCap(line.text) ? [index] : []));
  // The drop-capped word opens a paragraph that goes on over several lines.
  const fragments = lines.flatMap((_line, index) =>
    opensParagraph(lines, index) && (lines[index + 1]?.text ?? '') !== '' ? [index] : [],
  );
  const pairings: Pairing[] = [];
  for (const letterIndex of letters) {
    const letter = lines[letterIndex]?.text ?? '';
    for (const fragmentIndex of fragments) {
      const distance = Math.abs(fragmentIndex - letterIndex);
      if (distance > MAX_DISTANCE) continue;
      const text = lines[fragmentIndex]?.text ?? '';
      const head = /^\p{L}+/u.exec(text)?.[0] ?? '';
      const score = frequency(vocabulary, letter + head);
      if (score > 0) pairings.push({ letterIndex, fragmentIndex, glued: true, score, distance });
      else if (STANDALONE_WORD_LETTERS.has(letter) && frequency(vocabulary, tokenize(text)[0]?.surface ?? '') > 0) {
        pairings.push({ letterIndex, fragmentIndex, glued: false, score: 0, distance });
      }
    }
  }
  // Glued words first (strong evidence), then the nearest fragment, then the most frequent word.
  return pairings.sort(
    (a, b) =>
      Number(b.glued) - Number(a.glued) ||
      a.distance - b.distance ||
      b.score - a.score ||
      a.letterIndex - b.letterIndex ||
      a.fragmentIndex - b.fragmentIndex,
  );
}

/**
 * Puts every drop cap back in front of its fragment and blanks the lone letter line.
 * Letters with no plausible fragment are left as they are.
 */
export function reattachDropCaps<T extends LayoutLine>(lines: T[], vocabulary: Vocabulary): T[] {
  const result = lines.slice();
  const usedLetters = new Set<number>();
  const usedFragments = new Set<number>();
  for (const pairing of candidatePairings(lines, vocabulary)) {
    if (usedLetters.has(pairing.letterIndex) || usedFragments.has(pairing.fragmentIndex)) continue;
    usedLetters.add(pairing.letterIndex);
    usedFragments.add(pairing.fragmentIndex);
    const letterLine = result[pairing.letterIndex];
    const fragmentLine = result[pairing.fragmentIndex];
    if (!letterLine || !fragmentLine) continue;
    const joiner = pairing.glued ? '' : ' ';
    result[pairing.fragmentIndex] = { ...fragmentLine, text: letterLine.text + joiner + fragmentLine.text };
    result[pairing.letterIndex] = { ...letterLine, text: '', end: 'hard' };
  }
  return result;
}
