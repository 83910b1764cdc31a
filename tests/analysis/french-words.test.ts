import { describe, expect, it } from 'vitest';
import { isFrenchWord } from '../../src/analysis';

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
