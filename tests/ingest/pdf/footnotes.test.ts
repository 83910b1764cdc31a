import { describe, expect, it } from 'vitest';
import { footnotes } from '../../../src/ingest/pdf/layout/footnotes';
import type { Line } from '../../../src/ingest/pdf/layout/types';
import { line } from './items';

const prose = 'Les associations ont poursuivi leurs missions auprès des personnes fragiles.';
const text = (y: number, fields: Partial<Line> = {}) => line(prose, { y, ...fields });
const note = (content: string, y: number, page = 1) => line(content, { y, size: 8, page });

describe('footnotes', () => {
  it.each<[string, Line[], { lines: number[]; call: number }[]]>([
    [
      'a note at the foot of the page, over two lines, belongs to the line that calls it',
      [text(700), text(686, { calls: ['1'] }), text(672), text(658), note('1 Selon l’enquête emploi de 2022, menée auprès', 80), note('de 1 200 structures.', 70)],
      [{ lines: [4, 5], call: 1 }],
    ],
    [
      'two notes of one page, each to its call',
      [text(700, { calls: ['3'] }), text(686), text(672, { calls: ['4'] }), note('3 Décret du 28 avril 2022.', 80), note('4 Accord de méthode.', 70)],
      [{ lines: [3], call: 0 }, { lines: [4], call: 2 }],
    ],
    ['a note numbered in roman numerals', [text(700, { calls: ['ii'] }), text(686), note('ii Accords dits « Laforcade ».', 80)], [{ lines: [2], call: 0 }]],
    ['small print opening with a number no call names is text (a caption, a figure)', [text(700), text(686), note('12 établissements en 2023', 80)], []],
    ['a call of another page names no note here', [text(700, { calls: ['1'] }), text(686), text(700, { page: 2 }), note('1 Note de la page suivante.', 80, 2)], []],
    ['a line set in the text’s size is no note', [text(700, { calls: ['1'] }), text(686), line('1 Les missions', { y: 80 })], []],
    [
      'two calls of one line, each to its note',
      [text(700, { calls: ['1', '2'] }), text(686), note('1 Décret du 28 avril 2022.', 80), note('2 Accord de méthode.', 70)],
      [{ lines: [2], call: 0 }, { lines: [3], call: 0 }],
    ],
    [
      'small print with the page’s text after it is no note (a key-figures table set small)',
      [text(700, { calls: ['1', '2'] }), note('1 850 personnes accompagnées', 600), note('2 pôles, enfance et adultes', 588), text(560), note('1 CPOM signé en juin 2023.', 80), note('2 Accord du 4 juin 2024.', 70)],
      [{ lines: [4], call: 0 }, { lines: [5], call: 0 }],
    ],
    [
      'a call is answered once: a small line right under its note, opening with the same number, goes on with that note',
      [text(700, { calls: ['3'] }), text(686), note('3 Programme de la conférence des financeurs.', 120), note('3 juillet Rencontre des aidants', 100)],
      [{ lines: [2, 3], call: 0 }],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(footnotes(lines)).toEqual(expected);
  });
});
