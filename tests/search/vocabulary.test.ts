import { describe, expect, it } from 'vitest';
import { buildVocabulary, createVocabularyLookup, editDistance } from '../../src/search/vocabulary';

const vocabulary = buildVocabulary([
  'Négociations. Les négociations et la négociation ; NÉGOCIATIONS.',
  'La CCUE, la CCUE. Ségur, le Ségur. Nexem négocie. 2020 2020 2020.',
]);
const lookup = createVocabularyLookup(vocabulary);

describe('vocabulary', () => {
  it('keeps words as written, lowercase when the text has them so, counted over all spellings', () => {
    expect(vocabulary).toEqual(
      expect.arrayContaining([
        ['négociations', 3],
        ['négociation', 1],
        ['CCUE', 2],
        ['Ségur', 2],
      ]),
    );
  });

  it('leaves out stop words and numbers', () => {
    const words = vocabulary.map(([word]) => word);
    expect(words).not.toContain('la');
    expect(words).not.toContain('2020');
  });

  it('leaves out the words of web addresses printed in the text', () => {
    const words = buildVocabulary(['Source : Cour des Comptes https://www.ccomptes.fr/fr/publications/ et www.nexem.fr']).map(([w]) => w);
    expect(words).toEqual(expect.arrayContaining(['Source', 'Cour', 'Comptes']));
    for (const fragment of ['https', 'www', 'ccomptes', 'fr', 'publications', 'nexem']) expect(words).not.toContain(fragment);
  });

  it.each([
    ['négo', ['négociations', 'négociation', 'négocie']],
    ['NEGO', ['négociations', 'négociation', 'négocie']],
    ['ccu', ['CCUE']],
    ['xyz', []],
    ['', []],
  ])('completes %j with %j, most frequent first', (prefix, words) => {
    expect(lookup.completions(prefix, 10)).toEqual(words);
  });

  it.each([
    ['negociatoins', 2, 'négociations'],
    ['segurr', 1, 'Ségur'],
    ['négociations', 2, 'négociation'],
    ['licorne', 2, undefined],
  ])('finds the closest other word to %j within %i edits', (word, edits, closest) => {
    expect(lookup.closest(word, edits)).toBe(closest);
  });
});

describe('editDistance', () => {
  it.each([
    ['segur', 'segur', 0],
    ['segur', 'seguur', 1],
    ['negotiation', 'negociation', 1],
    ['abc', 'xyz', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('gives up past its limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
