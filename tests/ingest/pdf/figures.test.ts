import { describe, expect, it } from 'vitest';
import { isFigure } from '../../../src/ingest/pdf/layout/figures';

describe('figures set large', () => {
  it.each<[string, boolean]>([
    ['84 %', true],
    ['1 240', true],
    ['4,5 mois', true],
    ['38 % des établissements', true],
    // A row of key figures read as one line.
    ['78 % 44,2 ans', true],
    ['2,9 % 31', true],
    ['27,6 M€ 11', true],
    // Titles with figures in them.
    ['0 à 3 ans', false],
    ['11 à 17 ans', false],
    ['2023 en 10 dates', false],
    ['2020 en chiffres', false],
    ['2. Gouvernance', false],
  ])('« %s » is a figure: %s', (text, expected) => {
    expect(isFigure(text)).toBe(expected);
  });
});
