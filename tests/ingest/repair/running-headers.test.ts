import { describe, expect, it } from 'vitest';
import { dropRunningHeaders, isSpreadFolio, type PagedLine } from '../../../src/ingest/repair/running-headers';

const onPage = (page: number, ...texts: string[]): PagedLine[] => texts.map((text) => ({ text, page }));

describe('isSpreadFolio', () => {
  it.each([
    ['20 21', true],
    ['36 37', true],
    ['3 500', false],
    ['2 047', false],
    ['11 358', false],
    ['122', false],
  ])('%j → %s', (text, expected) => {
    expect(isSpreadFolio(text)).toBe(expected);
  });
});

describe('dropRunningHeaders', () => {
  it('blanks a spread folio and the all-caps running header printed next to it, and marks the page end', () => {
    const lines = onPage(1, 'régionale', '', 'RENFORCER L’ACCOMPAGNEMENT ADHÉRENTS RAPPORT D’ACTIVITÉ 2024   NEXEM', '', '36 37', 'HAUTS-DE-FRANCE');
    const result = dropRunningHeaders(lines, 1);
    expect(result.map((line) => line.text)).toEqual(['régionale', '', '', '', '', 'HAUTS-DE-FRANCE']);
    expect(result[4]?.pageEnd).toBe(true);
  });

  it('keeps chart figures that only look like numbers', () => {
    const lines = onPage(1, 'NORMANDIE', '122', '3 500', '2 047');
    expect(dropRunningHeaders(lines, 1)).toEqual(lines);
  });

  it('blanks lines repeated on many pages and bare page numbers of a multi-page export', () => {
    const lines = [
      ...onPage(1, 'Fédération — Rapport 2031', 'Éditorial', 'Le texte du premier jour.', '1'),
      ...onPage(2, 'Fédération — Rapport 2031', 'Négociations', 'Le texte du deuxième jour.', '2'),
      ...onPage(3, 'Fédération — Rapport 2031', 'Numérique', 'Le texte du troisième jour.', '3'),
    ];
    const kept = dropRunningHeaders(lines, 3).map((line) => line.text).filter((text) => text !== '');
    expect(kept).toEqual(['Éditorial', 'Le texte du premier jour.', 'Négociations', 'Le texte du deuxième jour.', 'Numérique', 'Le texte du troisième jour.']);
  });

  it('counts only the pages that have text: a header on both readable pages of a damaged 3-page file is still a header', () => {
    const lines = [
      ...onPage(1, 'Fédération — Rapport 2031', 'Éditorial', 'Le texte du premier jour.', '1'),
      ...onPage(3, 'Fédération — Rapport 2031', 'Numérique', 'Le texte du troisième jour.', '3'),
    ];
    const kept = dropRunningHeaders(lines, 3).map((line) => line.text).filter((text) => text !== '');
    expect(kept).toEqual(['Éditorial', 'Le texte du premier jour.', 'Numérique', 'Le texte du troisième jour.']);
  });
});
