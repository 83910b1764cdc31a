import { describe, expect, it } from 'vitest';
import { buildVocabulary, revisedVocabulary } from '../../../src/ingest/repair/vocabulary';

const sorted = (vocabulary: ReadonlyMap<string, number>) => [...vocabulary].sort(([a], [b]) => (a < b ? -1 : 1));

describe('revisedVocabulary', () => {
  it.each([
    ['a drop cap reattached', ['N', 'exem agit pour', 'le secteur'], ['', 'Nexem agit pour', 'le secteur']],
    ['a word whose only occurrence goes', ['Ségur pour tous', 'les oubliés'], ['Ségur pour tous', '']],
    ['nothing changed', ['le médico-social', 'l’attractivité'], ['le médico-social', 'l’attractivité']],
    ['a line added at the end', ['les salariés'], ['les salariés', 'les salariés du secteur']],
  ])('after %s, counts what building it again counts', (_case, before, after) => {
    expect(sorted(revisedVocabulary(buildVocabulary(before), before, after))).toEqual(sorted(buildVocabulary(after)));
  });

  it('leaves the vocabulary it was given as it was', () => {
    const before = ['N', 'exem'];
    const vocabulary = buildVocabulary(before);
    revisedVocabulary(vocabulary, before, ['', 'Nexem']);
    expect(sorted(vocabulary)).toEqual([['exem', 1], ['n', 1]]);
  });
});
