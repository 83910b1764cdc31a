// Whether a string is a French word: a list of its written forms (an-array-of-french-words, 336,000
// forms with their plurals, feminines and conjugations, compounds with their hyphens). Read on first use
// only: the reindex needs it for line-end hyphens a report alone cannot settle, searching never does.
import { createRequire } from 'node:module';

let words: ReadonlySet<string> | null = null;

function frenchWords(): ReadonlySet<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-french-words') as string[]);
  return words;
}

/** « assurance », « médico-social », « participé »: yes; « assu », « médicosocial »: no. Lower case. */
export function isFrenchWord(word: string): boolean {
  return frenchWords().has(word.toLowerCase());
}
