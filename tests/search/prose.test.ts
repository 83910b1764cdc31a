import { describe, expect, it } from 'vitest';
import { MIN_PROSE_FACTOR, proseFactor } from '../../src/search/prose';

const PARAGRAPH =
  'Nexem a signé en octobre 2020 un partenariat avec l’Agence nationale d’appui à la performance. ' +
  'Il accompagne les associations dans la transformation de leur offre. Les premiers travaux ont porté sur le numérique.';

describe('proseFactor', () => {
  it.each([
    ['a paragraph', PARAGRAPH, 1, 1],
    ['a list of long propositions', 'Reconnaître les métiers du soin et de l’accompagnement à leur juste valeur\nOuvrir des négociations salariales dans toute la branche sans attendre la fin de la crise', 0.9, 1],
    ['a chart legend', 'Handicap : 6055\nProtection enfance : 1613\nInsertion : 785\nSiège : 662', MIN_PROSE_FACTOR, 0.7],
    ['key figures', '11 000 établissements et services\n\n330 000 salariés\n\n16 délégations régionales', MIN_PROSE_FACTOR, 0.7],
    ['labels', 'Handicap\n\nProtection de l’enfance\n\nInsertion sociale\n\nGrand âge', MIN_PROSE_FACTOR, 0.75],
    ['a heading without text', '', 1, 1],
  ])('scores %s between %d and %d', (_, text, min, max) => {
    const factor = proseFactor(text);
    expect(factor).toBeGreaterThanOrEqual(min);
    expect(factor).toBeLessThanOrEqual(max);
  });

  it('ranks a legend below the paragraph it illustrates', () => {
    expect(proseFactor('Insertion : 785\nHandicap : 6055')).toBeLessThan(proseFactor(PARAGRAPH));
  });
});
