// A PDF tells what each glyph stands for (its ToUnicode map), and some writers get a ligature's entry wrong.
// Ghostscript 10.00 (Debian 12's), re-distilling a PDF (« print to PDF », « compress PDF » tools, PDF/A),
// writes the sum of a ligature's bytes (« fi », U+FB01, comes out « ü », U+00FC: « ünancier », « eûectif »)
// or each letter byte-swapped (« ti » comes out « 琀椀 »: « Associa琀椀on »). Every reader then gets those
// letters. The document itself gives the cipher away: each garbled character stands for the same letters
// everywhere, and in most words it takes only one reading that gives a word — French, or one the document
// writes elsewhere. A character is read as those letters only when enough words agree on it; French writes
// some of the same letters (« sûr », « capharnaüm »), so a word that is a word as printed stays.
import { isFrenchWord, letterTrigrams, spellsLikeFrench } from '../../analysis';

/** The ligatures fonts draw, which a garbled character may stand for. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'ft', 'fj', 'st', 'ct', 'tt', 'ti', 'tti', 'th'];
/**
 * Characters a garbled ligature comes out as, set among Latin letters: ideographs, syllables, private-use
 * and unassigned characters (no French word has them), and Latin letters French hardly writes.
 */
const SUSPECT = /[ûüýþÿ\p{Script=Han}\p{Script=Hangul}\p{Co}\p{Cn}]/u;
const FRENCH_LOOKING = /[ûüýþÿ]/u;
/** Ghostscript's sums: U+FB00–U+FB04 (ff, fi, fl, ffi, ffl) each come out as U+00FB–U+00FF. */
const SUMMED: Readonly<Record<string, string>> = { û: 'ff', ü: 'fi', ý: 'fl', þ: 'ffi', ÿ: 'ffl' };
const WORD = /(?:[\p{L}\p{Co}\p{Cn}])+(?:[-‐](?:[\p{L}\p{Co}\p{Cn}])+)*/gu;
const LATIN = /[a-zA-Z]/;
/** Prefixes French glues to a word without a hyphen, which the word list does not always hold so. */
const PREFIXES = ['sur', 'sous', 'contre', 'entre', 'inter', 'multi', 'pluri', 'auto', 'super', 'hyper', 'anti', 'pré', 're', 'ré', 'dé', 'co'];
/** At most this many distinct garbled characters in a word that votes: the readings multiply. */
const MAX_VOTING_SUSPECTS = 2;

/** What `char` may stand for: any ligature, and the letters its code's bytes spell once swapped or summed. */
function readingsOf(char: string): string[] {
  const code = char.codePointAt(0)!;
  const high = code >> 8;
  const readings = new Set(LIGATURES);
  if (code <= 0xffff && (code & 0xff) === 0 && /[a-z]/i.test(String.fromCharCode(high))) readings.add(String.fromCharCode(high));
  for (let first = 0x61; first <= 0x7a; first++) if (high - first >= 0x61 && high - first <= 0x7a) readings.add(String.fromCharCode(first, high - first));
  return [...readings];
}

const suspectsOf = (word: string) => [...new Set([...word].filter((char) => SUSPECT.test(char)))];

/** Every reading of `word` with each of `suspects` replaced by one of its readings. */
function readingsOfWord(word: string, suspects: string[]): { text: string; choice: string[] }[] {
  let partial: { text: string; choice: string[] }[] = [{ text: word, choice: [] }];
  for (const char of suspects) {
    partial = partial.flatMap(({ text, choice }) => readingsOf(char).map((reading) => ({ text: text.split(char).join(reading), choice: [...choice, reading] })));
  }
  return partial;
}

/**
 * The repair a document needs: each garbled character read as the letters most of its words agree on,
 * in every word that is no word as printed. Identity for a document without such characters, which is
 * nearly every one.
 */
export function ligatureRepair(texts: readonly string[]): (text: string) => string {
  // Most reports write some of those letters only in French words (« coût », « sûr »): nothing to learn.
  const suspectWords = texts.flatMap((text) => (SUSPECT.test(text) ? text.match(WORD)?.filter((word) => SUSPECT.test(word)) ?? [] : []));
  if (suspectWords.every((word) => isFrenchWord(word))) return (text) => text;
  const written = new Set<string>();
  const garbled = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      if (SUSPECT.test(word)) garbled.add(word);
      else written.add(word.toLowerCase());
    }
  }
  const listed = (word: string) => written.has(word.toLowerCase()) || isFrenchWord(word);
  // A word the list does not hold whole is known by its prefix (« surcoûts », « surfinancement »).
  const known = (word: string) => listed(word) || PREFIXES.some((prefix) => word.length > prefix.length + 2 && word.toLowerCase().startsWith(prefix) && listed(word.slice(prefix.length)));
  const cipher = learnCipher([...garbled].filter((word) => LATIN.test(word) && !known(word)), known);
  if (cipher.size === 0) return (text) => text;
  const spelt = new Set([...written].flatMap(letterTrigrams));
  const restore = (word: string): string => {
    const suspects = suspectsOf(word).filter((char) => cipher.has(char));
    if (suspects.length === 0 || !LATIN.test(word) || known(word)) return word;
    const restored = suspects.reduce((text, char) => text.split(char).join(cipher.get(char)!), word);
    const joined = restored.replace(/[-‐]/gu, '');
    if (joined !== restored && known(joined)) return joined;
    if (known(restored) || !suspects.some((char) => FRENCH_LOOKING.test(char))) return restored;
    // A name is read too where it then spells like French or like the document (« Seraün » → « Serafin »),
    // for a letter other languages write: « Müller », « Gül », « L’Haÿ » stay.
    const parts = restored.split(/[-‐]/u);
    return word.split(/[-‐]/u).every((part, index) => !SUSPECT.test(part) || spellsLikeFrench(parts[index]!, spelt)) ? restored : word;
  };
  const decided = new Map<string, string>();
  return (text) =>
    SUSPECT.test(text)
      ? text.replace(WORD, (word) => {
          let restored = decided.get(word);
          if (restored === undefined) decided.set(word, (restored = restore(word)));
          return restored;
        })
      : text;
}

/**
 * Each garbled character → the letters it stands for, where the words that have it agree: each word that
 * is no word as printed votes for the readings that make it a word (a share of one vote when several do).
 * The best reading must have twice the votes of the next, and a character French writes needs two words —
 * or one, once another of Ghostscript's sums is read as its own ligature (« ÿ » of the only « aÿuence »).
 * A word with more garbled characters votes once the others are settled (« 昀氀uidi昀椀er »).
 */
function learnCipher(words: string[], known: (word: string) => boolean): Map<string, string> {
  const cipher = new Map<string, string>();
  for (let settled = -1; cipher.size > settled; ) {
    settled = cipher.size;
    for (const [char, reading] of settledReadings(words, cipher, known)) cipher.set(char, reading);
  }
  return cipher;
}

function settledReadings(words: string[], cipher: ReadonlyMap<string, string>, known: (word: string) => boolean): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const garbled of words) {
    const word = [...cipher].reduce((text, [char, reading]) => text.split(char).join(reading), garbled);
    const suspects = suspectsOf(word);
    if (suspects.length === 0 || suspects.length > MAX_VOTING_SUSPECTS) continue;
    const readings = readingsOfWord(word, suspects).filter(({ text }) => known(text) || known(text.replace(/[-‐]/gu, '')));
    for (const { choice } of readings) {
      suspects.forEach((char, index) => {
        const tally = votes.get(char) ?? new Map<string, number>();
        tally.set(choice[index]!, (tally.get(choice[index]!) ?? 0) + 1 / readings.length);
        votes.set(char, tally);
      });
    }
  }
  const best = new Map<string, [string, number]>();
  for (const [char, tally] of votes) {
    const [first, second] = [...tally].sort((a, b) => b[1] - a[1]);
    if (first && first[1] >= 2 * (second?.[1] ?? 0)) best.set(char, first);
  }
  const summed = [...cipher, ...[...best].filter(([, [, count]]) => count >= 2).map(([char, [reading]]) => [char, reading] as const)].some(([char, reading]) => SUMMED[char] === reading);
  const settled = new Map<string, string>();
  for (const [char, [reading, count]] of best) {
    const needed = !FRENCH_LOOKING.test(char) || (summed && SUMMED[char] === reading) ? 1 : 2;
    if (count >= needed) settled.set(char, reading);
  }
  return settled;
}
