// Line-end hyphens in these reports are mostly real compounds (médico-social, sous-financement);
// only a word broken by hyphenation (accom- pagnements) must lose its hyphen.
import { isFrenchWord } from '../../analysis';
import { frequency, type Vocabulary } from './vocabulary';

const LAST_WORD = /[\p{L}\p{N}’']+$/u;
/**
 * A hyphen ending a line: ASCII, or U+2010, which browsers and layout programs print where they break a
 * word themselves (CSS `hyphens: auto`, a soft hyphen).
 */
const LINE_END_HYPHEN = /[-\u2010]$/u;
/** The first word of a line, with an elided part the word goes on with (« d’hui » of « aujour- / d’hui »). */
const FIRST_WORD = /^[\p{L}\p{N}]+(?:['’]\p{L}+)?/u;

/**
 * Whether `left-` + `right` is one word broken by hyphenation: the joined word is used elsewhere in
 * the document, or is a French word where neither form is, and the hyphenated compound is not. A line ending on U+2010 was broken by the program
 * that set the text (browsers print their `hyphens: auto` and soft-hyphen breaks so), which nobody types:
 * the word is joined unless the document writes the compound, or compounds of its first part, elsewhere.
 */
export function isBrokenWord(left: string, right: string, vocabulary: Vocabulary): boolean {
  const leftWord = LAST_WORD.exec(left.replace(LINE_END_HYPHEN, ''))?.[0];
  const firstWord = FIRST_WORD.exec(right)?.[0];
  if (!leftWord || !firstWord) return false;
  const bare = leftWord.replace(/^.*['’]/u, '');
  // The next line's word with the elided part it goes on with (« aujour- / d’hui » is « aujourd’hui »), or
  // without it, as the vocabulary counts « lorsqu » of « lorsqu’elle » (« lors- / qu’elle »).
  return [...new Set([firstWord, firstWord.replace(/['’].*$/u, '')])].some((rightWord) => brokenBefore(left, bare, rightWord, vocabulary));
}

function brokenBefore(left: string, bare: string, rightWord: string, vocabulary: Vocabulary): boolean {
  // An acronym the layout broke (« SES‐ / SAD ») is joined where the document writes it whole; a capital
  // after any other line-end hyphen opens a name (« Saint- / Étienne », « Île-de- / France »).
  if (/\p{Lu}/u.test(rightWord[0] ?? '')) return left.endsWith('\u2010') && isCapitals(bare) && isCapitals(rightWord) && frequency(vocabulary, bare + rightWord) > 0;
  if (frequency(vocabulary, `${bare}-${rightWord}`) > 0) return false;
  if (!left.endsWith('\u2010')) return frequency(vocabulary, bare + rightWord) > 0 || (isBrokenFrenchWord(bare, rightWord) && !writesCompoundsOf(vocabulary, bare));
  // A compound the document writes in another form (« médico-sociaux » where it writes « médico-social »)
  // keeps its hyphen; a first part that opens other compounds does not (« au-trement » beside « au-delà »).
  return frequency(vocabulary, bare + rightWord) > 0 || !writesCompoundLike(vocabulary, bare, rightWord);
}

/**
 * TeX, InDesign and Word print the hyphen of a word they break as the typed one. Where the report writes
 * neither form elsewhere (a short report: « assu- / rance », « compé- / tence »), French settles it: the
 * joined word is one and the compound is not (« médico- / social », « sous- / financement » stay), unless
 * the report writes other compounds of that first part (« inter-foyers »: « inter- / professionnel » is
 * its author's). A fragment of one letter is no broken word (« a-t- / il »): hyphenation leaves two at least.
 */
function isBrokenFrenchWord(first: string, second: string): boolean {
  return first.length >= 2 && second.length >= 2 && isFrenchWord(first + second) && !isFrenchWord(`${first}-${second}`);
}

/** Whether the document writes a compound opening with `first` (« inter-foyers » beside « inter- / professionnel »). */
function writesCompoundsOf(vocabulary: Vocabulary, first: string): boolean {
  const prefix = `${first.toLowerCase()}-`;
  for (const word of vocabulary.keys()) if (word.startsWith(prefix)) return true;
  return false;
}

/** Letters two forms of a word share at least (« soci » of « social » and « sociaux »). */
const SHARED_START = 4;

function isCapitals(word: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(word);
}

function writesCompoundLike(vocabulary: Vocabulary, first: string, second: string): boolean {
  const prefix = `${first}-${second.slice(0, SHARED_START)}`.toLowerCase();
  for (const word of vocabulary.keys()) if (word.startsWith(prefix)) return true;
  return false;
}

/** Joins a line ending with a hyphen to the next line, keeping the hyphen of real compounds. */
export function joinHyphenated(left: string, right: string, vocabulary: Vocabulary): string {
  const stem = left.replace(LINE_END_HYPHEN, '');
  return isBrokenWord(left, right, vocabulary) ? stem + right : `${stem}-${right}`;
}

/** Repairs « médico- sociale » (hyphen then space inside a line) the same way. */
export function repairSpacedHyphens(text: string, vocabulary: Vocabulary): string {
  // The pattern tries every run of letters; most texts have no « - » to repair at all.
  if (!text.includes('- ') && !text.includes('\u2010 ')) return text;
  return text.replace(/([\p{L}]+[-\u2010]) (\p{Ll}[\p{L}]*)/gu, (_match, left: string, right: string) =>
    joinHyphenated(left, right, vocabulary),
  );
}
