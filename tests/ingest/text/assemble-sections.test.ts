import { describe, expect, it } from 'vitest';
import { assembleSections, attachBoxes } from '../../../src/ingest/text/assemble-sections';
import type { Item } from '../../../src/ingest/text/detect-headings';

const line = (text: string) => ({ text, end: 'hard' as const, frameStart: false, page: 1 });
const text = (...lines: string[]): Item => ({ kind: 'text', lines: lines.map(line), page: 1, frame: 1 });
const heading = (title: string, form: 'block' | 'leading' = 'block', relocated = false): Item => ({
  kind: 'heading', title, page: 1, frame: 1, form, relocated, endsPage: false,
});
const box = (title: string, ...attribution: string[]): Item => ({ kind: 'box', title, page: 1, frame: 1, attribution: attribution.map(line) });

const COLUMN = 'une ligne de colonne étroite';
const WIDE = 'une ligne de boîte bien plus large que les lignes des colonnes voisines';

function outline(items: Item[]): [string, string[]][] {
  const { items: placed, boxBodies } = attachBoxes(items);
  return assembleSections(placed, boxBodies, 'Rapport')
    .filter((section) => section.blocks.length > 0)
    .map((section) => [section.title, section.blocks.map((block) => block[0]?.text ?? '')]);
}

describe('assembleSections', () => {
  it.each<{ name: string; items: Item[]; expected: [string, string[]][] }>([
    {
      name: 'text before the first heading goes to the document title',
      items: [text(COLUMN), heading('Première partie'), text(COLUMN, COLUMN)],
      expected: [['Rapport', [COLUMN]], ['Première partie', [COLUMN]]],
    },
    {
      name: 'in a run of stand-alone titles the first, main title owns the text',
      items: [heading('CCUE : les négociations'), heading('Une mobilisation sans relâche'), text(COLUMN, COLUMN)],
      expected: [['CCUE : les négociations', [COLUMN]]],
    },
    {
      name: 'a title printed on top of its text owns it',
      items: [heading('Handicap'), heading('SERAFIN-PH : garder le cap', 'leading'), text(COLUMN, COLUMN)],
      expected: [['SERAFIN-PH : garder le cap', [COLUMN]]],
    },
    {
      name: 'a title moved to the start of its text owns it',
      items: [heading('Des difficultés de recrutement'), heading('CCUE et revalorisations', 'block', true), text(COLUMN, COLUMN)],
      expected: [['CCUE et revalorisations', [COLUMN]]],
    },
    {
      name: 'a box title takes the wide blocks before it; the text after the box continues the section around it',
      items: [heading('Vers un OPP'), text(COLUMN, COLUMN), text(WIDE, WIDE, WIDE), box('CCN66 : LE HAUT DEGRÉ DE SOLIDARITÉ'), text(COLUMN, COLUMN)],
      expected: [['Vers un OPP', [COLUMN, COLUMN]], ['CCN66 : LE HAUT DEGRÉ DE SOLIDARITÉ', [WIDE]]],
    },
    {
      name: 'a box title without a box before it is an ordinary title over the text after it',
      items: [text(COLUMN, COLUMN), box('L’ENJEU DES CONTRATS EN ALTERNANCE'), text(COLUMN, COLUMN)],
      expected: [['Rapport', [COLUMN]], ['L’ENJEU DES CONTRATS EN ALTERNANCE', [COLUMN]]],
    },
    {
      name: 'the attribution under a box title ends the box',
      items: [text(COLUMN, COLUMN, COLUMN), text(WIDE, WIDE), box('PAROLE À : SANDRA BERTEZENE', 'professeur au CNAM')],
      expected: [['Rapport', [COLUMN]], ['PAROLE À : SANDRA BERTEZENE', [WIDE, 'professeur au CNAM']]],
    },
  ])('$name', ({ items, expected }) => {
    expect(outline(items)).toEqual(expected);
  });
});
