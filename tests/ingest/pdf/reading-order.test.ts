import { describe, expect, it } from 'vitest';
import { blockLines } from '../../../src/ingest/pdf/layout/lines';
import { readingOrder } from '../../../src/ingest/pdf/layout/reading-order';
import type { TextItem } from '../../../src/ingest/pdf/layout/types';
import { column, item } from './items';

/** The page's lines as read, block after block. */
function read(items: TextItem[]): string[] {
  return readingOrder(items, 10).flatMap((group, block) => blockLines(1, block, group).map((line) => line.text));
}

const lines = (text: string, count: number) => Array.from({ length: count }, (_, index) => `${text} ${index + 1}`);
const title = (text: string, y: number, size = 20): TextItem => ({ ...item(text, 57, y, size), font: 'DejaVuSans-Bold' });

describe('reading order of a page', () => {
  it.each<[string, TextItem[], string[]]>([
    ['one column, top to bottom', column('ligne', 57, 700, 4, 480), lines('ligne', 4)],
    ['two columns: the left one first', [...column('droite', 310, 700, 5), ...column('gauche', 57, 700, 5)], [...lines('gauche', 5), ...lines('droite', 5)]],
    [
      'a title across the columns comes before them',
      [...column('gauche', 57, 700, 4), title('Le titre', 740), ...column('droite', 310, 700, 4)],
      ['Le titre', ...lines('gauche', 4), ...lines('droite', 4)],
    ],
    [
      'three columns',
      [...column('c', 400, 700, 4, 140), ...column('a', 57, 700, 4, 140), ...column('b', 228, 700, 4, 140)],
      [...lines('a', 4), ...lines('b', 4), ...lines('c', 4)],
    ],
    [
      'a page mixing two columns, a title across, then three columns',
      [
        ...column('a', 57, 700, 4), ...column('b', 310, 700, 4),
        title('Chapitre suivant', 620),
        ...column('c', 57, 580, 4, 140), ...column('d', 228, 580, 4, 140), ...column('e', 400, 580, 4, 140),
      ],
      [...lines('a', 4), ...lines('b', 4), 'Chapitre suivant', ...lines('c', 4), ...lines('d', 4), ...lines('e', 4)],
    ],
    [
      'a left column longer than the right one keeps its tail',
      [...column('gauche', 57, 700, 6), ...column('droite', 310, 700, 4)],
      [...lines('gauche', 6), ...lines('droite', 4)],
    ],
    [
      'a left column going on after the right one ended, across a paragraph break, keeps its tail',
      [...column('gauche', 57, 700, 4), ...column('droite', 310, 700, 3), ...column('suite', 57, 630, 3)],
      [...lines('gauche', 4), ...lines('suite', 3), ...lines('droite', 3)],
    ],
    [
      'a title below balanced columns is read after both',
      [...column('gauche', 57, 700, 4), ...column('droite', 310, 700, 3), title('Section suivante', 630, 14), ...column('texte', 57, 605, 2, 480)],
      [...lines('gauche', 4), ...lines('droite', 3), 'Section suivante', ...lines('texte', 2)],
    ],
    [
      'a right column starting higher (the left one opens with a title) is still the second column',
      [title('Éditorial', 760), ...column('droite', 310, 730, 5), title('Un titre de section', 715, 13), ...column('gauche', 57, 696, 4)],
      ['Éditorial', 'Un titre de section', ...lines('gauche', 4), ...lines('droite', 5)],
    ],
    [
      'a title left at the foot of the left column, its text at the top of the right one, is read between them',
      [...column('gauche', 57, 700, 5), ...column('droite', 310, 700, 5), title('Le Ségur de la santé', 615, 10)],
      [...lines('gauche', 5), 'Le Ségur de la santé', ...lines('droite', 5)],
    ],
    // Rows 20 points apart leave gutters between a table's columns: read column by column, a label lost its figures.
    [
      'a table whose columns hold figures is read row by row',
      ['Foyer de vie', 'Foyer d’hébergement', 'ESAT', 'SAVS'].flatMap((label, row) => [
        item(label, 57, 700 - 20 * row), { ...item(`${12 + row}`, 300, 700 - 20 * row), width: 65 }, { ...item(`${80 + row} %`, 420, 700 - 20 * row), width: 65 },
      ]),
      ['Foyer de vie 12 80 %', 'Foyer d’hébergement 13 81 %', 'ESAT 14 82 %', 'SAVS 15 83 %'],
    ],
    [
      'prose beside a column of key figures on baselines of their own is two columns',
      [...column('texte', 57, 700, 5), ...['1 200', '38 %', '4,5'].map((figure, row) => ({ ...item(figure, 310, 695 - 30 * row, 20), width: 70 }))],
      [...lines('texte', 5), '1 200', '38 %', '4,5'],
    ],
    [
      'key figures set large over their labels, each in its own column: a figure with its label',
      [
        item('312', 57, 600, 26), item('46', 240, 600, 26), item('18', 420, 600, 26),
        item('rendez-vous avec les élus et les', 57, 570, 9), item('amendements déposés', 240, 570, 9), item('auditions parlementaires', 420, 570, 9),
        item('cabinets', 57, 559, 9),
      ],
      ['312', 'rendez-vous avec les élus et les', 'cabinets', '46', 'amendements déposés', '18', 'auditions parlementaires'],
    ],
    // Scribus sets « 183 » and « € » as two runs, and a label's apostrophe as a run of its own.
    [
      'a key figure in two runs, one with its unit word, and a label in pieces are still a row',
      [
        item('310', 50, 600, 30), item('183', 215, 600, 30), { ...item('€', 266, 600, 30), width: 21 }, item('9 mois', 380, 600, 30),
        item('questions traitées', 50, 575, 9), item('nets par mois', 215, 575, 9), item('d', 380, 575, 9), { ...item('’', 386, 575, 9), width: 3 }, item('attente', 389, 575, 9),
      ],
      ['310', 'questions traitées', '183 €', 'nets par mois', '9 mois', 'd’attente'],
    ],
    // A slide's footer, its white in the middle, continues the row's run and narrowed its gutters to two.
    [
      'a row of key figures keeps its own gutters over a footer far below whose white falls across them',
      [
        item('42', 94, 257, 48), item('69', 275, 257, 48), item('14,3', 431, 257, 48), item('38 %', 606, 257, 48),
        item('places', 102, 208, 16), item('enfants accueillis', 240, 208, 16), item('ans d’âge moyen', 421, 208, 16), item('de filles', 641, 208, 16),
        item('MECS Le Phare – Rapport 2023', 34, 19), item('Avril 2024 | 8', 693, 19),
      ],
      ['42', 'places', '69', 'enfants accueillis', '14,3', 'ans d’âge moyen', '38 %', 'de filles', 'MECS Le Phare – Rapport 2023 Avril 2024 | 8'],
    ],
    [
      'years set large over a table’s row, two of them too close for a gutter, are no row of key figures',
      [
        item('2024', 200, 600, 13), item('2025', 232, 600, 13), item('2026', 420, 600, 13),
        item('Déménager le SESSAD', 200, 580, 9.5), item('Ouvrir l’unité', 420, 580, 9.5),
      ],
      ['2024 2025 2026', 'Déménager le SESSAD Ouvrir l’unité'],
    ],
    [
      'a table of figures, its first row as large as its others, is read row by row',
      [
        item('2022', 57, 600), item('312', 240, 600), item('18', 420, 600),
        item('2023', 57, 586), item('346', 240, 586), item('21', 420, 586),
      ],
      ['2022 312 18', '2023 346 21'],
    ],
  ])('%s', (_name, items, expected) => {
    expect(read(items)).toEqual(expected);
  });

  it('reads a justified title with wide spaces as one line, not as columns', () => {
    const words = [item('AXESS,', 57, 700, 11), item('LA', 129, 700, 11), item('CONFÉDÉRATION', 172, 700, 11), item('STRUCTURANTE', 57, 685, 11)];
    expect(read([...words, ...column('texte', 57, 665, 3)])).toEqual(['AXESS, LA CONFÉDÉRATION', 'STRUCTURANTE', ...lines('texte', 3)]);
  });

  it('reads justified lines of a narrow column whose wide word spaces line up as lines, not as columns', () => {
    // Measured on a two-column PDF printed by Chromium: three justified lines whose spaces share a white strip.
    const words = [
      item('hospitalier,', 57, 644), item('leur', 170, 644), item('mission', 245, 644),
      item('d’accompagnement', 57, 630), item('des', 187, 630), item('personnes', 232, 630),
      item('fragiles.', 57, 617),
    ];
    expect(read([...column('texte', 57, 700, 3), ...words])).toEqual([
      ...lines('texte', 3), 'hospitalier, leur mission', 'd’accompagnement des personnes', 'fragiles.',
    ]);
  });

  // LaTeX sets two columns 10 pt apart, under one body size (multicol, twocolumn); each line is one run.
  it('reads two columns a gutter narrower than a body size apart, when it runs down eight lines or more', () => {
    const left = column('gauche', 57, 700, 9);
    const right = column('droite', 57 + 228 + 8, 700, 9);
    expect(read([...left, ...right])).toEqual([...lines('gauche', 9), ...lines('droite', 9)]);
  });

  // LaTeX: each column opens with a numbered heading, the number a quad apart from its title; the left one
  // is short, so the white over the columns' first band looks far wider than the gutter under it.
  it('reads columns that open with short numbered headings column by column', () => {
    const headings = [
      item('1', 57, 720, 14), item('Introduction', 79, 720, 14),
      item('2.2.1', 310, 720, 12), item('Les établissements sous compé-', 344, 720, 12), item('tence de l’État', 310, 706, 12),
    ];
    const left = [{ ...item('Deux ans après l’extension des revalorisa-', 67, 694), width: 218 }, ...column('gauche', 57, 680, 6)];
    const right = column('droite', 310, 676, 7);
    expect(read([...headings, ...left, ...right])).toEqual([
      '1 Introduction', 'Deux ans après l’extension des revalorisa-', ...lines('gauche', 6),
      '2.2.1 Les établissements sous compé-', 'tence de l’État', ...lines('droite', 7),
    ]);
  });

  // A drop cap three lines tall joins the lines beside it into one band of the page: two columns there are
  // one band holding their lines, not three bands.
  it('reads two columns opened by a drop cap column by column', () => {
    const dropCap = { ...item('N', 57, 672, 36), width: 30 };
    const left = [item('otre association a fêté', 90, 700), item('cette année ses cinquante', 90, 686), item('ans, au service des', 57, 672)];
    const right = [item('adultes en situation de', 310, 700), item('handicap du bocage', 310, 686), item('vendéen.', 310, 672)];
    expect(read([dropCap, ...left, ...right])).toEqual(['Notre association a fêté', 'cette année ses cinquante', 'ans, au service des', 'adultes en situation de', 'handicap du bocage', 'vendéen.']);
  });

  it('reads two runs a narrow strip apart as lines when it runs down fewer lines', () => {
    const left = column('gauche', 57, 700, 4);
    const right = column('droite', 57 + 228 + 8, 700, 4);
    expect(read([...left, ...right])).toEqual([1, 2, 3, 4].map((n) => `gauche ${n} droite ${n}`));
  });

  it('has nothing to order on an empty page', () => {
    expect(readingOrder([], 10)).toEqual([]);
  });
});
