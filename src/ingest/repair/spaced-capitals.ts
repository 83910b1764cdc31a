// Words of a line in capitals that a PDF reader cut where their letters were spaced out.
import { wordSurfaces } from '../../analysis';
import type { Vocabulary } from './vocabulary';

/** At most this many pieces make one word (« E N FA N C E »). */
const MAX_PIECES = 8;

/**
 * A line set in capitals with its letters spaced out (a letterhead, a kicker) comes out of pdf.js with
 * spaces wherever two letters were drawn a little further apart: « ASSOCIATI ON SAU VEGARD E DE
 * L’ENFANCE DU CH ER ». A run of pieces is joined when the joined word is one the document writes and one
 * of the pieces is not (« CH » + « ER »: « cher »); pieces that are all words stay apart. Lines with a
 * small letter are left alone: pieces of one or two letters are handled as they are read
 * (`withoutLetterSpacing`), and running text is not spaced out. Callers pass only lines whose letters are
 * spaced out (`isSpacedOut`): set tight, « LES CHANTIERS A VENIR » is four words, though the document
 * writes « avenir » elsewhere and never « venir ».
 */
export function joinSpacedCapitals(text: string, vocabulary: Vocabulary): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return text;
  const pieces = text.split(' ');
  // The document's words less this line's own: its pieces are in the vocabulary because it was read.
  const own = new Map<string, number>();
  for (const word of wordSurfaces(text)) own.set(word.toLowerCase(), (own.get(word.toLowerCase()) ?? 0) + 1);
  const elsewhere = (word: string) => (vocabulary.get(word) ?? 0) > (own.get(word) ?? 0);
  const known = (piece: string) => [...wordSurfaces(piece)].every((word) => elsewhere(word.toLowerCase()));
  const joined: string[] = [];
  for (let start = 0; start < pieces.length; ) {
    let end = Math.min(pieces.length, start + MAX_PIECES);
    for (; end > start + 1; end--) {
      const run = pieces.slice(start, end);
      const word = run.join('');
      if (/^\p{Lu}+$/u.test(word) && elsewhere(word.toLowerCase()) && !run.every(known)) break;
    }
    joined.push(pieces.slice(start, end).join(''));
    start = end;
  }
  return joined.join(' ');
}
