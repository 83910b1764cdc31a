import { describe, expect, it } from 'vitest';
import { hasWrapSignals, inferLineEnds } from '../../../src/ingest/repair/line-ends';

describe('hasWrapSignals', () => {
  it.each([
    ['a layout export with trailing spaces', ['Le secteur est ainsi mal connu \nde 3 jeunes sur 5.'], true],
    ['pdf.js text without trailing spaces', ['Le secteur est ainsi mal connu\nde 3 jeunes sur 5.'], false],
    ['empty input', [''], false],
  ])('%s → %s', (_case, pages, expected) => {
    expect(hasWrapSignals(pages)).toBe(expected);
  });
});

describe('inferLineEnds', () => {
  it('ends a line at sentence punctuation, on a short line (title) and before a bullet; wraps the others', () => {
    const texts = [
      'Négociations salariales',
      'La revalorisation des rémunérations est restée',
      'notre priorité, avec douze réunions paritaires.',
      'Trois accords ont été signés avec les partenaires',
      '• sur la prévoyance et la qualité de vie au travail',
    ];
    const ends = inferLineEnds(texts.map((text) => ({ text, end: 'hard' as const, page: 1 }))).map((line) => line.end);
    expect(ends).toEqual(['hard', 'soft', 'hard', 'hard', 'hard']);
  });
});
