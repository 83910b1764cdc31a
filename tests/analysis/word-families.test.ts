import { describe, expect, it } from 'vitest';
import { derivedForms } from '../../src/analysis';

describe('related word forms', () => {
  it.each([
    ['numérisation', 'numerique'],
    ['numérique', 'numerisation'],
    ['territoires', 'territorial'],
    ['territorial', 'territoire'],
    ['européen', 'europe'],
    ['Europe', 'europeen'],
    ['solidarité', 'solidaire'],
    ['professionnel', 'profession'],
    ['départemental', 'departement'],
    ['inclusion', 'inclusif'],
  ])('« %s » is related to « %s »', (word, related) => {
    expect(derivedForms(word)).toContain(related);
  });

  it.each([['général', 'generation'], ['mobilité', 'mobilisation'], ['social', 'societe'], ['ESAT', 'esatique']])(
    '« %s » is not related to « %s »',
    (word, unrelated) => expect(derivedForms(word)).not.toContain(unrelated),
  );

  it('never derives from a stem too short to tell words apart', () => {
    expect(derivedForms('rie')).toEqual([]);
  });
});
