import { describe, expect, it } from 'vitest';
import { blockLines, isBoldFont, isSpacedOut } from '../../../src/ingest/pdf/layout/lines';
import { documentLines } from '../../../src/ingest/pdf/layout/read-layout';
import { item, line } from './items';

describe('lines of a block', () => {
  it.each([
    ['words on one baseline, with their spaces', [item('Nexem', 57, 700), item('porte', 90, 700), item('la', 120, 700)], ['Nexem porte la']],
    ['items glued without a gap stay one word', [item('accom', 57, 700), { ...item('pagnement', 82, 700) }], ['accompagnement']],
    ['two baselines are two lines, top first', [item('seconde', 57, 686), item('première', 57, 700)], ['première', 'seconde']],
    ['a superscript stays on its line', [item('1er', 57, 700), { ...item('er', 73, 703, 6) }, item('janvier', 90, 700)], ['1er er janvier']],
    // A footnote call glued to its word made « lancement2 », which no search finds; the note stays in the text.
    ['a footnote call after a word is left out', [item('le lancement', 57, 700), item('2', 117, 703.5, 6), item('de l’étude', 124, 700)], ['le lancement de l’étude']],
    ['punctuation after a footnote call follows its word', [item('six mois', 57, 700), item('1', 97, 703.5, 6), item('. Les métiers', 101, 700)], ['six mois. Les métiers']],
    ['a footnote call after a year is left out', [item('les mesures de 2022', 57, 700), item('4', 152, 703.5, 6), item(', ont été versées', 156, 700)], ['les mesures de 2022, ont été versées']],
    ['an endnote call in roman numerals is left out', [item('inverser la tendance', 57, 700), item('ii', 157, 703.5, 6), item('. Cette étude', 163, 700)], ['inverser la tendance. Cette étude']],
    ['a footnote call after a percentage is left out', [item('un taux de 94,2 %', 57, 700), item('3', 142, 703.5, 6), item('. Le service', 146, 700)], ['un taux de 94,2 %. Le service']],
    ['a power of ten keeps its exponent', [item('10', 57, 700), item('6', 67, 703.5, 6), item('euros', 75, 700)], ['106 euros']],
    ['an exponent after a unit is kept', [item('2 400 m', 57, 700), item('2', 92, 703.5, 6), item('de bureaux', 98, 700)], ['2 400 m2 de bureaux']],
    ['a raised number opening a line is kept', [item('2', 57, 703.5, 6), item('Les avis du comité', 62, 700)], ['2 Les avis du comité']],
    ['a number on the baseline is kept', [item('les', 57, 700), item('2', 80, 700), item('structures', 88, 700)], ['les 2 structures']],
    [
      'capitals spaced letter by letter are read as words',
      [item('F É D É R AT I O N', 57, 700), item('D E', 160, 700), item('L ’ A C T I O N', 180, 700), item('2 0 2 3', 260, 700)],
      ['FÉDÉRATION DE L’ACTION 2023'],
    ],
    ['capitals with one-letter words stay as they are', [item('IL Y A', 57, 700), item('À LA UNE', 100, 700)], ['IL Y A À LA UNE']],
    [
      'a drop cap is glued back to the word it opens',
      [{ ...item('L', 57, 661, 33), width: 23 }, item('e rapport annuel', 83, 678), item('pour les organisations', 83, 665), item('obligé.', 57, 637)],
      ['Le rapport annuel', 'pour les organisations', 'obligé.'],
    ],
    // Scribus kerns the apostrophe after a drop cap « L » under its arm, inside the letter's box.
    [
      'a drop cap « L » opens the line whose apostrophe is kerned under its arm',
      [{ ...item('L', 49.5, 661, 40), width: 29 }, item('’accord du 4 juin 2022 a étendu', 68.4, 690), item('la prime de cent quatre-vingt', 82, 677), item('euros nets.', 49.5, 650)],
      ['L’accord du 4 juin 2022 a étendu', 'la prime de cent quatre-vingt', 'euros nets.'],
    ],
    // Kerning draws the L of « L’année » apart; as large as the title beside it, it is no drop cap.
    [
      'a title’s first letter set apart stays in its title',
      [{ ...item('L', 57, 700, 26), width: 14 }, item('’année en bref', 68, 700, 26), item('Le texte', 57, 670), item('suit, et', 57, 656), item('encore.', 57, 642)],
      ['L’année en bref', 'Le texte', 'suit, et', 'encore.'],
    ],
    [
      'a drop cap printed as a letter and its apostrophe opens its word whole',
      [{ ...item('L', 57, 661, 33), width: 18 }, { ...item('’', 75, 661, 33), width: 6 }, item('année 2023 a vu', 83, 678), item('le secteur changer', 83, 665), item('encore.', 57, 637)],
      ['L’année 2023 a vu', 'le secteur changer', 'encore.'],
    ],
    // Writer and Chromium draw the hyphen of a word they break as a run of its own; a typed hyphen stays in its word's run.
    ['a hyphen drawn as a run of its own after a word is the layout’s break (U+2010)', [item('ouvrir, en sep', 57, 700), item('-', 127, 700)], ['ouvrir, en sep\u2010']],
    ['a hyphen inside its word’s run is typed', [item('le secteur médico-', 57, 700)], ['le secteur médico-']],
    ['a lone hyphen after a single glyph tells nothing', [item('s', 57, 700), item('o', 62, 700), item('-', 67, 700)], ['so-']],
    ['a hyphen set apart from the word before it is a dash', [item('Lyon', 57, 700), item('-', 80, 700)], ['Lyon -']],
    // An old TeX font draws « É » as « ´ » raised over « E », a run of its own a little right of the capital's,
    // and « é » as « ´ » closing a run, « e » opening the next drawn back over it.
    [
      'an accent drawn over a capital is composed with it',
      [item('1', 57, 700, 14), item('Etat des lieux', 82, 700, 14), { ...item('´', 83.2, 703.3, 14), width: 8 }, item('sociaux', 190, 700, 14)],
      ['1 État des lieux sociaux'],
    ],
    [
      'an accent closing a run is composed with the letter of the next run drawn back over it',
      [{ ...item('Les ´', 57, 700), width: 23.4 }, item('etablissements', 76, 700), { ...item('gar¸', 150, 700), width: 20 }, item('con', 167, 700)],
      ['Les établissements garçon'],
    ],
    ['an accent typed inside a run (for an apostrophe) stays', [item('la moitié d´entre eux', 57, 700)], ['la moitié d´entre eux']],
    ['an accent with no capital under it and its own width stays where it is', [item('tr', 57, 700), item('`', 67, 700), item('es', 72, 700)], ['tr`es']],
    [
      'babel’s guillemets, much-less-than signs set small, are guillemets',
      [item('un', 57, 700), item('\u226a', 72, 701, 5), item('accueil', 80, 700), item('\u226b', 117, 701, 5), item('inconditionnel', 122, 700)],
      ['un « accueil » inconditionnel'],
    ],
    ['a large letter with no text beside it stays in its place', [item('Fin du chapitre.', 57, 760), { ...item('I', 57, 700, 40), width: 12 }, item('Les comptes', 57, 650, 20)], ['Fin du chapitre.', 'I', 'Les comptes']],
  ])('%s', (_name, items, expected) => {
    expect(blockLines(1, 0, items).map((line) => line.text)).toEqual(expected);
  });

  it.each<[string, number, boolean]>([
    ['capitals set tight (0.46 of their size a character) are not', 0.46, false],
    ['capitals spaced out (0.6 of their size a character) are', 0.6, true],
  ])('tells a line whose letters are spaced out: %s', (_name, perCharacter, expected) => {
    const text = 'LES CHANTIERS À VENIR';
    expect(isSpacedOut(line(text, { size: 12, x: 57, xEnd: 57 + perCharacter * 12 * text.length }))).toBe(expected);
  });

  it('gives a line the size and weight of most of its characters', () => {
    const [line] = blockLines(3, 2, [item('Le Ségur', 57, 700, 10, 'X+DejaVuSerif-Bold'), item('de la santé et du médico-social', 100, 700, 10, 'X+DejaVuSerif'), item('1', 260, 703, 6)]);
    expect(line).toMatchObject({ page: 3, block: 2, size: 10, bold: false, y: 700 });
  });

  it('gives a line in small capitals the size of its capitals, not of its many small ones', () => {
    const smallCaps = [item('D', 57, 700, 11), item('ES ', 62.5, 700, 7.7), item('R', 74.05, 700, 11), item('ELAIS', 79.55, 700, 7.7)];
    expect(blockLines(1, 0, smallCaps)[0]).toMatchObject({ text: 'DES RELAIS', size: 11 });
    // Capitals and lower case in two sizes are a word set larger, not small capitals.
    const mixed = [item('Nexem', 57, 700, 11), item('porte la parole des associations', 100, 700, 7.7)];
    expect(blockLines(1, 0, mixed)[0]?.size).toBe(7.7);
  });

  it.each<[string, ReturnType<typeof item>[], boolean]>([
    ['a table’s header row, its cells far apart', [item('Dépenses', 83, 255), item('Montant', 219, 255), item('Recettes', 279, 255), item('Montant', 429, 255)], true],
    ['a row of two cells', [item('Indicateur', 83, 255), item('Valeur', 300, 255)], true],
    ['a justified line, its spaces all widened alike', [item('AXESS,', 57, 707), item('LA', 135, 707), item('CONFÉDÉRATION', 189, 707)], false],
    ['a number before its tab stop', [item('1.2', 57, 700), item('Le foyer d’hébergement', 100, 700)], false],
    ['a line of words', [item('Nexem', 57, 700), item('porte', 90, 700), item('la', 120, 700)], false],
    ['a masthead and its issue number, far smaller', [item('Le Fil', 57, 700, 40), item('N° 27', 480, 700, 12)], false],
  ])('tells a table row by its cells standing apart: %s', (_name, items, cells) => {
    expect(blockLines(1, 0, items)[0]?.cells).toBe(cells);
  });

  it('tells a compact table row by its cells lining up with the rows below, not a paragraph or small capitals', () => {
    const cell = (str: string, x: number, y: number, width: number) => ({ ...item(str, x, y), width });
    const table = [
      cell('Tranche d’âge', 70.1, 247.9, 79.4), cell('Femmes', 166.5, 247.9, 46.8), cell('Hommes', 228.1, 247.9, 48.8), cell('Total', 291.8, 247.9, 27.3),
      cell('Moins de 75 ans', 70.1, 227.7, 81.5), cell('2', 206.9, 227.7, 6.4), cell('3', 270.6, 227.7, 6.4), cell('5', 312.8, 227.7, 6.4),
      cell('75 à 84 ans', 70.1, 208.2, 58.8), cell('9', 206.9, 208.2, 6.4), cell('4', 270.6, 208.2, 6.4), cell('13', 306.4, 208.2, 12.8),
    ];
    expect(blockLines(1, 0, table)[0]?.cells).toBe(true);
    const smallCaps = [cell('N', 57, 700, 8), cell('OS', 65, 700, 12), cell('S', 80, 700, 7), cell('ECTEURS', 87, 700, 40)];
    const list = [cell('Handicap', 57, 686, 40), cell('Grand âge', 200, 686, 45), cell('Insertion', 57, 672, 40), cell('Enfance', 200, 672, 38)];
    expect(blockLines(1, 0, [...smallCaps, ...list, ...list.map((i) => ({ ...i, y: i.y - 28 }))])[0]?.cells).toBe(false);
  });

  it.each([
    ['CAAAAA+LiberationSans-Bold', true],
    ['Helvetica-Bold', true],
    ['ABCDEF+Montserrat-Black', true],
    ['Arial-BoldItalicMT', true],
    ['MinionPro-SemiboldIt', true],
    ['DejaVuSerif', false],
    ['Helvetica-Oblique', false],
    ['BOLDAA+Garamond', false], // the subset tag is not part of the name
  ])('%s is bold: %s', (font, bold) => {
    expect(isBoldFont(font)).toBe(bold);
  });
});

// A LaTeX report in OT1 whose author typed « ´ » for some apostrophes: its accents are drawn over their
// letters, its apostrophes are not.
describe('accents of a whole document', () => {
  it('composes only the accents drawn over their letters, whatever the rest of the document does', () => {
    const items = [
      { ...item('Deux cent jeunes ont ´', 57, 700), width: 110 }, item('et´', 163, 700), { ...item('e log´', 176, 700), width: 28 }, item('es.', 201, 700),
      { ...item('La moiti´', 57, 686), width: 38 }, item('e d´entre eux sont apprentis.', 93, 686),
    ];
    expect(documentLines([{ num: 1, width: 595, height: 842, items }]).map((l) => l.text)).toEqual(['Deux cent jeunes ont été logés.', 'La moitié d´entre eux sont apprentis.']);
  });
});
