import { describe, expect, it } from 'vitest';
import { reattachDropCaps, type LayoutLine } from '../../../src/ingest/repair/drop-caps';
import { buildVocabulary } from '../../../src/ingest/repair/vocabulary';

/** `|` separates lines; a trailing `~` marks a soft wrap, a leading `^` a new text frame. */
function lines(...texts: string[]): LayoutLine[] {
  return texts.map((raw) => ({
    text: raw.replace(/^\^/, '').replace(/~$/, ''),
    end: raw.endsWith('~') ? 'soft' : 'hard',
    frameStart: raw.startsWith('^'),
  }));
}

const texts = (result: LayoutLine[]) => result.map((line) => line.text).filter((text) => text !== '');

describe('reattachDropCaps', () => {
  it.each([
    {
      name: 'N + « exem » far below → « Nexem » (a frequent word of the document)',
      input: lines('N', '', 'Un autre paragraphe sans rapport.', '', 'exem a initié un travail~', 'systémique et collaboratif.'),
      vocabulary: ['Nexem', 'Nexem', 'Nexem'],
      expected: ['Un autre paragraphe sans rapport.', 'Nexem a initié un travail', 'systémique et collaboratif.'],
    },
    {
      name: 'fragment printed before its letter',
      input: lines('n janvier 2024, sans attendre~', 'la finalisation.', '', 'E'),
      vocabulary: ['En', 'en'],
      expected: ['En janvier 2024, sans attendre', 'la finalisation.'],
    },
    {
      name: 'two letters, two fragments: each letter gets the fragment that makes a word',
      input: lines('T', '', 'A', '', 'utre élément de contexte~', 'qui pèse.', '', 'out au long de l’année~', 'sur fond de taux.'),
      vocabulary: ['autre', 'tout', 'tout'],
      expected: ['Autre élément de contexte', 'qui pèse.', 'Tout au long de l’année', 'sur fond de taux.'],
    },
    {
      name: 'À is a word of its own: it goes in front of the fragment with a space',
      input: lines('^l’écoute du terrain, Nexem~', 'a développé une offre.', '', 'À'),
      vocabulary: ['écoute'],
      expected: ['À l’écoute du terrain, Nexem', 'a développé une offre.'],
    },
    {
      name: 'a line continuing a hyphenated word is not a fragment',
      input: lines('un document sur le secteur médico-', 'social. Ce manifeste a suivi.', '', 'À'),
      vocabulary: ['social'],
      expected: ['un document sur le secteur médico-', 'social. Ce manifeste a suivi.', 'À'],
    },
    {
      name: 'a letter with no fragment that makes a word stays as it is',
      input: lines('Q', '', 'de France, plusieurs départements~', 'ont refusé.'),
      vocabulary: ['France'],
      expected: ['Q', 'de France, plusieurs départements', 'ont refusé.'],
    },
  ])('$name', ({ input, vocabulary, expected }) => {
    expect(texts(reattachDropCaps(input, buildVocabulary(vocabulary)))).toEqual(expected);
  });
});
