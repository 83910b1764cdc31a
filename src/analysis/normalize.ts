// Character-level normalisation shared by every step that compares words.

const TYPOGRAPHIC_APOSTROPHES = /[’‘ʼ`´]/g;
const ANY_APOSTROPHE = /['’‘ʼ`´]/;

/** Snowball's French elision rule only knows the ASCII apostrophe, so every variant becomes '. */
export function normalizeApostrophes(text: string): string {
  return text.replace(TYPOGRAPHIC_APOSTROPHES, "'");
}

/** Whether `text` holds an apostrophe, typographic or not (a cheap test before elision rules). */
export function hasApostrophe(text: string): boolean {
  return ANY_APOSTROPHE.test(text);
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };

/**
 * Removes diacritics (é→e, ç→c) and expands ligatures (œ→oe, æ→ae), keeping case.
 * The result has no combining marks, so two spellings of a word compare equal.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒæÆß]/g, (ch) => LIGATURES[ch] ?? ch);
}

/** Lowercase and accent-free: the form under which words are compared. */
export function foldWord(word: string): string {
  return foldAccents(normalizeApostrophes(word).toLowerCase());
}
