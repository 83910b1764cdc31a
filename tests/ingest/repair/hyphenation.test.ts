import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBrokenWord, joinHyphenated, repairSpacedHyphens } from '../../../src/ingest/repair/hyphenation';
import { buildVocabulary, type Vocabulary } from '../../../src/ingest/repair/vocabulary';

// Vocabulary of a small text where « accompagnements » and « médico-social » occur whole.
const vocabulary = buildVocabulary(readFileSync(new URL('../../fixtures/text/magazine-layout.txt', import.meta.url), 'utf8').split('\n'));

// A short report writes neither form elsewhere; TeX, InDesign and Word print their breaks with the typed hyphen.
const none = buildVocabulary(['Une note de deux pages.']);

describe('joinHyphenated', () => {
  it.each<[string, Vocabulary, string, string, string]>([
    ['a word broken by hyphenation loses its hyphen', vocabulary, 'les accom-', 'pagnements se multiplient', 'les accompagnements se multiplient'],
    ['a compound keeps its hyphen', vocabulary, 'établissements médico-', 'sociaux et', 'établissements médico-sociaux et'],
    ['sous- + financement stays a compound', vocabulary, 'le sous-', 'financement persiste', 'le sous-financement persiste'],
    ['a capitalised second part is a name', vocabulary, 'Jégard-', 'Créatis et le cabinet', 'Jégard-Créatis et le cabinet'],
    ['an unknown joined word keeps the hyphen', vocabulary, 'recours-', 'types ont été conçus', 'recours-types ont été conçus'],
    // U+2010 is what a browser prints where it breaks a word itself (hyphens: auto, soft hyphens).
    ['a break set by the layout program (U+2010) is joined, even unknown', vocabulary, 'nos permane\u2010', 'nces juridiques', 'nos permanences juridiques'],
    ['where the report settles nothing, a French word broken in two is joined', none, 'financée par l’assu-', 'rance maladie', 'financée par l’assurance maladie'],
    ['a broken verb form too', none, 'l’association a parti-', 'cipé aux travaux', 'l’association a participé aux travaux'],
    ['a French compound keeps its hyphen', none, 'le secteur médico-', 'social associatif', 'le secteur médico-social associatif'],
    ['two words that make no word together keep it', none, 'un sous-', 'financement chronique', 'un sous-financement chronique'],
    ['a fragment of one letter is no broken word', none, 'a-t-', 'il obtenu', 'a-t-il obtenu'],
    ['a word French does not know keeps it', none, 'la co-', 'construction du projet', 'la co-construction du projet'],
    ['a word going on past an apostrophe, which the report writes whole', buildVocabulary(['Nous sommes aujourd’hui 40.']), 'gère aujour-', 'd’hui sept établissements', 'gère aujourd’hui sept établissements'],
    ['a word going on past an apostrophe, which the report writes elided elsewhere', buildVocabulary(['lorsqu’il arrive']), 'lors-', 'qu’elle est absente', 'lorsqu’elle est absente'],
    ['a first part the report writes in other compounds keeps it', buildVocabulary(['le tournoi inter-foyers']), 'le travail inter-', 'professionnel est organisé', 'le travail inter-professionnel est organisé'],
  ])('%s', (_case, words, left, right, expected) => {
    expect(joinHyphenated(left, right, words)).toBe(expected);
  });
});

describe('joinHyphenated at a break set by the layout program (U+2010)', () => {
  it('keeps the hyphen of a first part the document writes in compounds', () => {
    const withCompounds = buildVocabulary(['le secteur social et médico-social', 'les établissements sociaux']);
    expect(joinHyphenated('établissements médico\u2010', 'sociaux et', withCompounds)).toBe('établissements médico-sociaux et');
    expect(joinHyphenated('les établisse\u2010', 'ments sociaux', withCompounds)).toBe('les établissements sociaux');
  });

  it('joins an acronym the layout broke where the document writes it whole, and leaves a name after a hyphen alone', () => {
    const withAcronym = buildVocabulary(['le SESSAD accompagne 45 enfants', 'Saint-Brieuc']);
    expect(joinHyphenated('le SES\u2010', 'SAD de Quimper', withAcronym)).toBe('le SESSAD de Quimper');
    expect(joinHyphenated('les ITEP et SES\u2010', 'SAMS', withAcronym)).toBe('les ITEP et SES-SAMS');
    expect(joinHyphenated('à Saint-', 'Brieuc', withAcronym)).toBe('à Saint-Brieuc');
  });

  it('joins a word whose first syllable opens other compounds of the document', () => {
    const withCompounds = buildVocabulary(['au-delà des chiffres', 'le sous-financement et la contre-proposition']);
    expect(joinHyphenated('travailler au\u2010', 'trement :', withCompounds)).toBe('travailler autrement :');
    expect(joinHyphenated('les sous\u2010', 'criptions', withCompounds)).toBe('les souscriptions');
    expect(joinHyphenated('une contre\u2010', 'propositions', withCompounds)).toBe('une contre-propositions');
  });
});

describe('isBrokenWord', () => {
  it('needs the joined word in the document and the compound absent from it', () => {
    const withCompound = buildVocabulary(['les accompagnements', 'les accom-pagnements']);
    expect(isBrokenWord('accom-', 'pagnements', vocabulary)).toBe(true);
    expect(isBrokenWord('accom-', 'pagnements', withCompound)).toBe(false);
  });
});

describe('repairSpacedHyphens', () => {
  it.each([
    ['« médico- sociale » inside a line becomes one compound', 'l’action sociale et médico- sociale décentralisée', 'l’action sociale et médico-sociale décentralisée'],
    ['a broken word inside a line is joined', 'les accom- pagnements', 'les accompagnements'],
    ['a layout program’s break inside a line is joined', 'une clas\u2010 sification lisible', 'une classification lisible'],
    ['a spaced dash between words is left alone', 'ASFAD - SEA 35', 'ASFAD - SEA 35'],
  ])('%s', (_case, input, expected) => {
    expect(repairSpacedHyphens(input, vocabulary)).toBe(expected);
  });
});
