import { describe, expect, it } from 'vitest';
import { joinContinuations, reflowLines, withHyphensClosedUp, type WrappedLine } from '../../../src/ingest/repair/reflow';
import { buildVocabulary } from '../../../src/ingest/repair/vocabulary';

const vocabulary = buildVocabulary(['les accompagnements', 'le médico-social']);

/** A trailing `~` marks a soft wrap, `‖` a forced break; no mark is a hard end. */
function wrapped(...texts: string[]): WrappedLine[] {
  return texts.map((raw) => ({
    text: raw.replace(/[~‖]$/, ''),
    end: raw.endsWith('~') ? 'soft' : raw.endsWith('‖') ? 'forced' : 'hard',
  }));
}

describe('reflowLines', () => {
  it.each([
    {
      name: 'soft and forced wraps join into one paragraph',
      lines: wrapped('Nexem s’est fortement investie~', 'dans le cadre du projet‖', 'de loi de finances.'),
      expected: ['Nexem s’est fortement investie dans le cadre du projet de loi de finances.'],
    },
    {
      name: 'a hard end before a capital starts a new paragraph',
      lines: wrapped('Les acteurs ont appelé à agir.', 'Concrètement, une FAQ a été diffusée.'),
      expected: ['Les acteurs ont appelé à agir.', 'Concrètement, une FAQ a été diffusée.'],
    },
    {
      name: 'a hard end before a lower-case word does not end the sentence',
      lines: wrapped('la mise en place d’une étagère', 'solidaire au sein de l’école.'),
      expected: ['la mise en place d’une étagère solidaire au sein de l’école.'],
    },
    {
      name: 'each bullet is a paragraph',
      lines: wrapped('autour de 4 axes clés :', '• Garantir le financement~', 'de la CCUE ;', '• Compenser les primes.'),
      expected: ['autour de 4 axes clés :', '• Garantir le financement de la CCUE ;', '• Compenser les primes.'],
    },
    {
      name: 'line-end hyphens: broken word joined, compound kept',
      lines: wrapped('la demande d’accom-', 'pagnements du secteur médico-', 'social.'),
      expected: ['la demande d’accompagnements du secteur médico-social.'],
    },
    {
      name: 'a hyphen set apart from its word breaks it where the halves make one, else it is a dash',
      lines: wrapped('les services de l’associa -', 'tion et du complé \u2010', 'ment ; le service -', 'qui accueille - reste ouvert ; le conseil s’est réuni -', 'on le rappelle - et le parti -', 'sans doute discutable.'),
      expected: ['les services de l’association et du complément ; le service - qui accueille - reste ouvert ; le conseil s’est réuni - on le rappelle - et le parti - sans doute discutable.'],
    },
    {
      name: 'a URL split over lines is joined without spaces',
      lines: wrapped('Source : https://www.ccomptes.fr/fr/publications/', 'la-situation-des-finances-publiques-', 'debut-2025'),
      expected: ['Source : https://www.ccomptes.fr/fr/publications/la-situation-des-finances-publiques-debut-2025'],
    },
    {
      name: 'an endnote numbered in roman numerals is a paragraph',
      lines: wrapped('étendus au secteur médico-social.', 'i Accords du 28 mai 2021.', 'ii Le questionnaire a été~', 'diffusé par les fédérations.'),
      expected: ['étendus au secteur médico-social.', 'i Accords du 28 mai 2021.', 'ii Le questionnaire a été diffusé par les fédérations.'],
    },
    {
      name: 'an endnote opens its paragraph after a sentence’s end, though the line before it wrapped',
      lines: wrapped('i Projet d’établissement 2023-2027.~', 'ii Le travail pair est reconnu.'),
      expected: ['i Projet d’établissement 2023-2027.', 'ii Le travail pair est reconnu.'],
    },
    {
      name: 'items numbered in lower case after the sentence announcing them are paragraphs',
      lines: wrapped('Le service a trois missions :', 'i. accueillir les familles ;', 'ii. évaluer~', 'les situations ;', 'iii. orienter.'),
      expected: ['Le service a trois missions :', 'i. accueillir les familles ;', 'ii. évaluer les situations ;', 'iii. orienter.'],
    },
    {
      name: 'an enumeration inside a justified sentence stays one paragraph',
      lines: wrapped('trois objectifs : a) accueillir ; b) évaluer les situations ;~', 'c) renforcer les liens avec les partenaires.'),
      expected: ['trois objectifs : a) accueillir ; b) évaluer les situations ; c) renforcer les liens avec les partenaires.'],
    },
    {
      name: 'a dash opening a line inside a sentence is not a bullet',
      lines: wrapped('Un appel d’offres~', '– travaillé paritairement – est en cours.'),
      expected: ['Un appel d’offres – travaillé paritairement – est en cours.'],
    },
  ])('$name', ({ lines, expected }) => {
    expect(reflowLines(lines, vocabulary)).toEqual(expected);
  });
});

describe('joinContinuations', () => {
  it.each([
    {
      name: 'a paragraph cut by a column break is joined to its end',
      paragraphs: ['la distinction divise notre secteur, mettant de ce fait', 'à mal la cohérence du périmètre.'],
      expected: ['la distinction divise notre secteur, mettant de ce fait à mal la cohérence du périmètre.'],
    },
    {
      name: 'a finished paragraph is left alone',
      paragraphs: ['Le texte est fini.', 'et un fragment suit.'],
      expected: ['Le texte est fini.', 'et un fragment suit.'],
    },
    {
      name: 'a chart label takes its figure',
      paragraphs: ['NORMANDIE', '122', 'BRETAGNE', '85'],
      expected: ['NORMANDIE 122', 'BRETAGNE 85'],
    },
    {
      name: 'nothing is appended to the signature under a quotation',
      paragraphs: ['Julien Damon, sociologue, expert de l’investissement social', 'du management a été travaillé.'],
      expected: ['Julien Damon, sociologue, expert de l’investissement social', 'du management a été travaillé.'],
    },
    {
      name: 'nothing is appended to a URL',
      paragraphs: ['Source : https://www.ccomptes.fr/rapport', 'reconnu et soutenu par les pouvoirs publics.'],
      expected: ['Source : https://www.ccomptes.fr/rapport', 'reconnu et soutenu par les pouvoirs publics.'],
    },
  ])('$name', ({ paragraphs, expected }) => {
    expect(joinContinuations(paragraphs, vocabulary)).toEqual(expected);
  });
});

describe('withHyphensClosedUp', () => {
  it('closes up every hyphen set apart in a document that sets its hyphens so, halves that are words too', () => {
    const redistilled = ['les services de l’associa -', 'tion et de l’entre -', 'prise adaptée.'];
    expect(withHyphensClosedUp(redistilled)).toEqual(['les services de l’associa-', 'tion et de l’entre-', 'prise adaptée.']);
  });

  it('leaves a document whose only spaced dashes at line ends may be typed between words', () => {
    const typed = ['le conseil s’est réuni -', 'on le rappelle - et le parti -', 'sans doute a voté.'];
    expect(withHyphensClosedUp(typed)).toEqual(typed);
  });
});
