import { describe, expect, it } from 'vitest';
import { lineEnds, paragraphsOf, usualPitch } from '../../../src/ingest/pdf/layout/paragraphs';
import { buildVocabulary } from '../../../src/ingest/repair/vocabulary';
import type { Line } from '../../../src/ingest/pdf/layout/types';
import { line } from './items';

/** Lines of one block from the top, each `[text, y, xEnd]`. */
const block = (rows: [string, number, number][], fields: Partial<Line> = {}): Line[] => rows.map(([text, y, xEnd]) => line(text, { y, xEnd, ...fields }));

describe('paragraphs from the geometry', () => {
  it('takes the usual pitch from consecutive lines of one block', () => {
    expect(usualPitch(block([['a', 700, 285], ['b', 686, 285], ['c', 672, 285], ['d', 650, 285]]))).toBe(14);
  });

  it.each<[string, Line[], string[]]>([
    ['wrapped lines are one paragraph', block([['Nexem porte la parole', 700, 285], ['de ses adhérents.', 686, 200]]), ['Nexem porte la parole de ses adhérents.']],
    [
      'each row of a table is a paragraph of its own, and so is the text over it',
      [
        ...block([['Les postes vacants se concentrent sur', 700, 285], ['quatre métiers', 686, 285]]),
        ...block([['Éducateur spécialisé 34 9 5 mois', 672, 285], ['Infirmier 12 6 7 mois', 658, 285]], { cells: true }),
      ],
      ['Les postes vacants se concentrent sur quatre métiers', 'Éducateur spécialisé 34 9 5 mois', 'Infirmier 12 6 7 mois'],
    ],
    [
      'a full first cell wrapping onto the next line stays in its row, whatever its case; a group’s label under a short one does not',
      [
        line('Dotation globale notifiée par la 2 912 400 3 046 800', { y: 700, xEnd: 285, cells: true, firstCell: { end: 190, nextStart: 215 } }),
        line('DDETS du Morbihan', { y: 688, xEnd: 142 }),
        line('Participation des personnes 48 200 51 300', { y: 676, xEnd: 285, cells: true, firstCell: { end: 130, nextStart: 225 } }),
        line('Groupe II', { y: 664, xEnd: 102 }),
        line('Loyers et charges 24 000 24 500', { y: 652, xEnd: 285, cells: true, firstCell: { end: 142, nextStart: 225 } }),
        line('Les produits progressent.', { y: 640, xEnd: 185 }),
      ],
      ['Dotation globale notifiée par la 2 912 400 3 046 800 DDETS du Morbihan', 'Participation des personnes 48 200 51 300', 'Groupe II', 'Loyers et charges 24 000 24 500', 'Les produits progressent.'],
    ],
    [
      'a first cell is measured against its own table’s first column, not another table’s of the page',
      [
        line('AEMO judiciaire (article 375-2), 412 188', { y: 700, xEnd: 285, cells: true, firstCell: { end: 160, nextStart: 200 } }),
        line('Brest et Morlaix', { y: 688, xEnd: 135 }),
        line('AEMO renforcée 48 41', { y: 676, xEnd: 285, cells: true, firstCell: { end: 120, nextStart: 200 } }),
        line('Les motifs de la mesure.', { y: 640, xEnd: 180 }),
        line('Troubles du comportement de l’enfant et conflits 38 %', { y: 610, xEnd: 285, cells: true, firstCell: { end: 230, nextStart: 260 } }),
        line('Carences éducatives 27 %', { y: 598, xEnd: 285, cells: true, firstCell: { end: 150, nextStart: 260 } }),
      ],
      ['AEMO judiciaire (article 375-2), 412 188 Brest et Morlaix', 'AEMO renforcée 48 41', 'Les motifs de la mesure.', 'Troubles du comportement de l’enfant et conflits 38 %', 'Carences éducatives 27 %'],
    ],
    [
      'a row’s text wrapping in its cell stays in its row',
      [
        line('2019 Adoption du schéma ; le', { y: 700, xEnd: 285, cells: true }),
        line('Département lance la concertation.', { y: 686, x: 110, xEnd: 285 }),
        line('2021 Bilan à mi-parcours', { y: 672, xEnd: 285, cells: true }),
      ],
      ['2019 Adoption du schéma ; le Département lance la concertation.', '2021 Bilan à mi-parcours'],
    ],
    [
      'a word broken at a soft hyphen (a word processor’s optional hyphen) is joined, though the report never writes it whole',
      block([['la demande d’accom\u00ad', 700, 285], ['pagnements éducatifs.', 686, 200]]),
      ['la demande d’accompagnements éducatifs.'],
    ],
    [
      'a wider space between lines opens a paragraph',
      block([['Première phrase', 700, 285], ['finie.', 686, 285], ['Seconde', 664, 285], ['phrase.', 650, 285]]),
      ['Première phrase finie.', 'Seconde phrase.'],
    ],
    [
      'a short line ending a sentence closes its paragraph',
      block([['Première phrase', 700, 285], ['finie.', 686, 120], ['Seconde', 672, 285], ['phrase.', 658, 285]]),
      ['Première phrase finie.', 'Seconde phrase.'],
    ],
    [
      'a word hyphenated at a line end is joined when the document uses it whole',
      block([['un accompagnement sur mesure et un accom-', 700, 285], ['pagnement adapté.', 686, 200]]),
      ['un accompagnement sur mesure et un accompagnement adapté.'],
    ],
    [
      'a real compound keeps its hyphen',
      block([['le secteur médico-', 700, 285], ['social.', 686, 200]]),
      ['le secteur médico-social.'],
    ],
    [
      'a short bold line over regular text is a label of its own',
      [line('Deuxième résolution', { y: 700, xEnd: 180, bold: true }), ...block([['L’assemblée générale décide d’affecter le résultat', 686, 285], ['au fonds associatif.', 672, 200]])],
      ['Deuxième résolution', 'L’assemblée générale décide d’affecter le résultat au fonds associatif.'],
    ],
    [
      'each item of a dashed list is a paragraph, a wrapped item whole',
      [
        line('– Neuf admissions en urgence, la nuit ou', { y: 700, x: 80, xEnd: 285 }),
        line('le week-end', { y: 686, x: 92, xEnd: 150 }),
        line('– Quatre fratries accueillies ensemble', { y: 672, x: 80, xEnd: 260 }),
        line('– Une durée de séjour de 22 mois', { y: 658, x: 80, xEnd: 240 }),
      ],
      ['– Neuf admissions en urgence, la nuit ou le week-end', '– Quatre fratries accueillies ensemble', '– Une durée de séjour de 22 mois'],
    ],
    [
      'a dash opening a line inside a sentence is no list item',
      block([['Les accords, négociés en commission mixte', 700, 285], ['– et signés en juin – ouvrent la voie', 686, 285], ['à une convention unique. – Le texte', 672, 285], ['suit.', 658, 100]]),
      ['Les accords, négociés en commission mixte – et signés en juin – ouvrent la voie à une convention unique. – Le texte suit.'],
    ],
    [
      'a dash under an item’s dash opens no item where the item’s line runs on (an incise in a reply)',
      [
        line('– Comment as-tu vécu ton arrivée au foyer, toi qui venais de quitter ta famille', { y: 700, x: 57, xEnd: 285 }),
        line('– et ta ville – à dix-sept ans, pour un apprentissage ?', { y: 686, x: 57, xEnd: 240 }),
        line('– Au début, très mal.', { y: 672, x: 57, xEnd: 150 }),
      ],
      ['– Comment as-tu vécu ton arrivée au foyer, toi qui venais de quitter ta famille – et ta ville – à dix-sept ans, pour un apprentissage ?', '– Au début, très mal.'],
    ],
    [
      'a sentence cut by a column break goes on in the next column',
      [...block([['Nexem a défendu', 700, 285]]), ...block([['les associations.', 700, 450]], { block: 1, x: 310 })],
      ['Nexem a défendu les associations.'],
    ],
  ])('%s', (_name, lines, expected) => {
    const vocabulary = buildVocabulary(lines.map((l) => l.text));
    expect(paragraphsOf(lines, usualPitch(lines), vocabulary)).toEqual(expected);
  });

  it('ends a paragraph at a short line closing a sentence, even at the bottom of a block', () => {
    expect(lineEnds(block([['Une phrase qui', 700, 285], ['se termine.', 686, 150]]), 14).map((l) => l.end)).toEqual(['soft', 'hard']);
  });
});
