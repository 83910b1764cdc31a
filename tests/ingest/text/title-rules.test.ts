import { describe, expect, it } from 'vitest';
import { isBoxTitle, isFigureLine, isMonthLabel, isTitleLike, looksLikePersonLine } from '../../../src/ingest/text/title-rules';

describe('isTitleLike', () => {
  it.each([
    'CCUE : les négociations se poursuivent dans la tourmente politique',
    'Un climat d’incertitude inédit et durable',
    'La Mêlée Nexem transforme l’essai !',
    'L’exposition photos « Des vies ensemble » de Valérie Couteron',
    'Créer la Caisse Nationale des Solidarités (CNS) et la positionner comme un organe de financement unique',
    'CCN66 : LE HAUT DEGRÉ DE SOLIDARITÉ EN SOUTIEN DES MAHORAIS',
    '3 QUESTIONS À ALEXANDRA CHAPELLE',
    'Accélérateur 21 : l’intrapreneuriat fait florès',
    'Rapport d’activité 2024',
  ])('accepts « %s »', (title) => {
    expect(isTitleLike(title)).toBe(true);
  });

  it.each([
    ['a map label', 'NORMANDIE'],
    ['a short all-caps label', 'PAYS DE LA LOIRE'],
    ['a figure', '3 500'],
    ['a figure with a label', 'Total : 11 358'],
    ['a name', 'Emmanuel Afonso'],
    ['a label in capitalised words', 'Réforme SERAFIN-PH'],
    ['a quotation', '« Travailler sur l’arrivée des résidents »'],
    ['a list line', '• Une conférence sur le travail social et l’IA'],
    ['a sentence', 'Le budget 2025 sera officiellement adopté en février 2025.'],
    ['an interview question', 'Pourquoi cette implication dans le projet PIPPA ?'],
    ['a lead-in to a list', 'Parmi les propositions avancées :'],
    ['a line cut out of a quotation', 'En janvier 2025, rappelant que la santé est « la toute première'],
    ['lower case: the middle of a sentence', 'les 9 et 10 octobre au centre des congrès de Reims'],
    ['two sentences', 'Institut Saint-André, association Adèle de Glaubitz. Cernay, le 9 juillet 2024'],
    ['a call to action too long for a title', 'Pour revivre les meilleurs moments de La Mêlée Nexem 2024, rendez-vous sur notre chaîne YouTube !'],
    ['a table of contents entry with its page', '1 UNE ANNÉE DE COMBAT(S) 04'],
    ['a table of contents entry with dot leaders', 'Le projet conventionnel ........ 17'],
    ['over 160 characters', `Un titre ${'très '.repeat(40)}long`],
  ])('rejects %s', (_case, title) => {
    expect(isTitleLike(title)).toBe(false);
  });
});

describe('timeline months, figures, people, box titles', () => {
  it.each([
    ['OCTOBRE', true],
    ['Février', true],
    ['MARS 2024', true],
    ['Mars et avril', false],
  ])('isMonthLabel(%j) → %s', (text, expected) => {
    expect(isMonthLabel(text)).toBe(expected);
  });

  it.each([
    ['122', true],
    ['2 047', true],
    ['• 6 530', true],
    ['73%', true],
    ['85/100', true],
    ['7 conseils d’administration Nexem', false],
  ])('isFigureLine(%j) → %s', (text, expected) => {
    expect(isFigureLine(text)).toBe(expected);
  });

  it.each([
    ['Cyril Durand,', true],
    ['Didier Arnal, Directeur Délégué Pôle Développement Durable', true],
    ['Un contexte politique perturbé,', false],
    ['Pépitch, le concours', false],
    ['Mathieu de Poorter,', true],
    ['EHPAD. Avec PIPPA, il s’agit d’innover', false],
  ])('looksLikePersonLine(%j) → %s', (text, expected) => {
    expect(looksLikePersonLine(text)).toBe(expected);
  });

  it.each([
    ['L’ENJEU DES CONTRATS EN ALTERNANCE ET DES CDDI', true],
    ['PAROLE À : SANDRA BERTEZENE', true],
    ['AUVERGNE-RHÔNE-ALPES', false],
    ['Accord Ségur pour tous : une victoire', false],
  ])('isBoxTitle(%j) → %s', (text, expected) => {
    expect(isBoxTitle(text)).toBe(expected);
  });
});
