import { describe, expect, it } from 'vitest';
import { accentOnWord, accentsDrawnApart, composeSpacingAccents, withComposedAccents } from '../../../src/ingest/repair/spacing-accents';

// Lines as pdf.js gives them from a LaTeX report set in its old default encoding (OT1, no `fontenc`).
const OT1_PAGE = [
  'Les ´etablissements m´edico-sociaux ont ´et´e tr`es sollicit´es.',
  'Gar¸con, na¨ıf, ˆıle, c\u0153ur, d´ej`a, o`u, l’´el`eve, ≪ Ségur ≫.',
];

describe('accents an old font draws apart from their letters', () => {
  it.each<[string, string, string]>([
    ['acute, grave and circumflex before their letter', 'Les ´etablissements ont ´et´e tr`es sollicit´es, ˆetre', 'Les établissements ont été très sollicités, être'],
    ['a capital', '´Ecole, `A propos', 'École, À propos'],
    ['a cedilla before its c', 'Gar¸con, fran¸cais', 'Garçon, français'],
    ['a dotless i takes the accent of an i', 'na¨ıf, ˆıle, ma¨ıs', 'naïf, île, maïs'],
    ['babel’s guillemets made of much-less-than signs', '≪ guillemets ≫', '« guillemets »'],
    ['an accent French never puts on that letter is left: no invented letter', 'x´y, `q', 'x´y, `q'],
    ['an accent before a space or a figure is left', 'a ´ b, ` 2', 'a ´ b, ` 2'],
  ])('%s', (_name, text, expected) => {
    expect(composeSpacingAccents(text)).toBe(expected);
  });
});

describe('whether a document draws its accents apart', () => {
  it.each<[string, string[], boolean]>([
    ['a page of a LaTeX report in OT1', OT1_PAGE, true],
    ['ordinary French, with « ´ » typed for an apostrophe', ['L´équipe de l´établissement a été renforcée.', 'L´île et l´église, déjà réouvertes.'], false],
    ['two stray accents are no encoding', ['l´equipe', 'd´ejà'], false],
    ['a page with no accent at all', ['Rapport annuel 2023'], false],
  ])('%s', (_name, texts, expected) => {
    expect(accentsDrawnApart(texts)).toBe(expected);
  });

  it('composes a whole document, and leaves an ordinary one as it is', () => {
    expect(withComposedAccents(OT1_PAGE)).toEqual([
      'Les établissements médico-sociaux ont été très sollicités.',
      'Garçon, naïf, île, c\u0153ur, déjà, où, l’élève, « Ségur ».',
    ]);
    const typed = ['L´équipe de l´établissement a été renforcée.', 'L´île, déjà.'];
    expect(withComposedAccents(typed)).toEqual(typed);
  });
});

describe('accentOnWord (an accent a PDF draws over the next letter)', () => {
  it.each<[string, string, string | null]>([
    ['´', 'etablissements', 'établissements'],
    ['¸', 'cais', 'çais'],
    ['¨', '\u0131f', 'ïf'],
    ['´', 'xylophone', null],
  ])('%s + %s → %s', (accent, word, expected) => {
    expect(accentOnWord(accent, word)).toBe(expected);
  });
});
