import { describe, expect, it } from 'vitest';
import { frenchWordShare, isFrenchWord } from '../../src/analysis';

describe('isFrenchWord', () => {
  it.each<[string, boolean]>([
    ['assurance', true],
    ['participé', true],
    ['Compétence', true],
    ['médico-social', true],
    ['assu', false],
    ['médicosocial', false],
    ['sousfinancement', false],
  ])('%s → %s', (word, expected) => {
    expect(isFrenchWord(word)).toBe(expected);
  });
});

describe('frenchWordShare', () => {
  it.each<[string, string, number, number, number]>([
    ['a sentence of a report, elisions and punctuation aside', 'L’association a renforcé l’accompagnement des familles (2023).', 6, 1, 1],
    ['a name and an acronym count as words that are not French', 'Le CCAS de Villeneuve accueille.', 5, 0.6, 1],
    ['English: few French words, all spelt as words', 'The project brought together partners from five countries.', 8, 0, 1],
    ['glyph numbers a font without a Unicode map gives', '5DSSRUW ®QDQFLHU GH OüH[HUFLFH', 4, 0, 0.25],
    ['control characters standing for letters', '\u0007\u0012\u0013 \u0014\u0015 de', 3, 1 / 3, 1 / 3],
    ['figures and dashes are no words', '2023 – 45 % : 12', 0, 1, 1],
  ])('%s', (_name, text, words, share, spelt) => {
    const read = frenchWordShare([text]);
    expect(read.words).toBe(words);
    expect(read.share).toBeCloseTo(share, 5);
    expect(read.spelt).toBeCloseTo(spelt, 5);
  });
});
