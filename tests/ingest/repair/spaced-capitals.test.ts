import { describe, expect, it } from 'vitest';
import { joinSpacedCapitals } from '../../../src/ingest/repair/spaced-capitals';
import { buildVocabulary } from '../../../src/ingest/repair/vocabulary';

/** The document: the line itself, as every line is in its vocabulary, and the text around it. */
const read = (line: string, text: string) => joinSpacedCapitals(line, buildVocabulary([line, text]));

describe('words of a line in spaced capitals, cut where their letters were drawn apart', () => {
  it.each<[string, string, string, string]>([
    [
      'pieces of uneven length, each joined into a word the document writes',
      'ASSOCIATI ON DE L’ENFANCE DU CH ER',
      'L’association intervient dans le département du Cher depuis 1968.',
      'ASSOCIATION DE L’ENFANCE DU CHER',
    ],
    ['a word in six pieces', 'PROTECTION DE L’ E N FA N C E', 'La protection de l’enfance reste notre priorité.', 'PROTECTION DE L’ ENFANCE'],
    ['« L A » becomes the article the text writes', 'DÉPARTEMENT DE L A VIENNE-HAUTE', 'Le département a signé la convention.', 'DÉPARTEMENT DE LA VIENNE-HAUTE'],
    ['a word the document never writes whole stays cut: no evidence', 'SAU VEGARD E DU CHER', 'Le service du Cher.', 'SAU VEGARD E DU CHER'],
    ['two real words are never joined, though together they make one', 'EN CORE', 'Encore une année, en core de métier.', 'EN CORE'],
    ['a line with small letters is running text, left alone', 'Associati on du Ch er', 'L’association du Cher.', 'Associati on du Ch er'],
  ])('%s', (_name, line, text, expected) => {
    expect(read(line, text)).toBe(expected);
  });
});
