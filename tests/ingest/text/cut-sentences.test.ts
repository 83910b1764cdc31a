import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resumeCutSentences } from '../../../src/ingest/text/cut-sentences';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

const join = (start: string, end: string) => `${start} ${end}`;
const section = (title: string, ...paragraphs: string[]) => ({ title, paragraphs });

describe('resumeCutSentences', () => {
  it('puts a section’s lower-case opening back after the sentence it finishes in the section before', () => {
    const resumed = resumeCutSentences(
      [section('Avant', 'Pour ce faire, la fédération a construit', 'Un encadré fini.'), section('Après', 'un partenariat avec l’université.', 'Suite.')],
      join,
    );
    expect(resumed).toEqual([
      section('Avant', 'Pour ce faire, la fédération a construit un partenariat avec l’université.', 'Un encadré fini.'),
      section('Après', 'Suite.'),
    ]);
  });

  it('finishes a sentence stopped on an acronym', () => {
    const resumed = resumeCutSentences(
      [section('Avant', 'Les mutations du travail et du cadre conventionnel de la branche avec la CCUE'), section('Après', 'impactent les structures.', 'Suite.')],
      join,
    );
    expect(resumed[0]?.paragraphs).toEqual(['Les mutations du travail et du cadre conventionnel de la branche avec la CCUE impactent les structures.']);
  });

  it('without a cut sentence in the section before, finishes the first one further down its own section', () => {
    const resumed = resumeCutSentences(
      [section('Avant', 'Une phrase finie.'), section('Après', 'le Conseil d’administration.', 'Tous ont été réunis.', 'Lancé en 2023, il s’est poursuivi avec le Bureau et', 'Puis, plus loin, avec', 'Suite.')],
      join,
    );
    expect(resumed[1]).toEqual(
      section('Après', 'Tous ont été réunis.', 'Lancé en 2023, il s’est poursuivi avec le Bureau et le Conseil d’administration.', 'Puis, plus loin, avec', 'Suite.'),
    );
  });

  it.each([
    ['the section before ends its sentences', ['Une phrase finie.'], 'dans le même temps.'],
    ['the candidate is a figure with its label', ['10 vidéos thématiques'], 'impactent les structures.'],
    ['the candidate leaves a quotation open that the fragment does not close', ['Elle rappelle que la santé est « la toute première'], 'dans sa déclaration.'],
    ['the candidate is a signature', ['Cyril Durand, directeur général'], 'et la suite.'],
    ['the section opens in upper case', ['Pour ce faire, Nexem a construit'], 'Un partenariat.'],
  ])('leaves the text in place when %s', (_why, before, opening) => {
    const sections = [section('Avant', ...before), section('Après', opening, 'Suite.')];
    expect(resumeCutSentences(sections, join)).toEqual(sections);
  });
});

describe('resumeCutSentences: fragments stranded after a key figure', () => {
  const cut = 'Dans le même temps est signé un accord qui prévoit un cadre rénové permettant aux structures d’adapter';
  it('gives the fragment back to the long sentence cut on a word, in the section before', () => {
    const resumed = resumeCutSentences(
      [section('Accord', cut), section('Combat', '215 000 c’est le nombre de professionnels concernés', 'sur le terrain leur temps de travail.', 'Suite.')],
      join,
    );
    expect(resumed).toEqual([
      section('Accord', `${cut} sur le terrain leur temps de travail.`),
      section('Combat', '215 000 c’est le nombre de professionnels concernés', 'Suite.'),
    ]);
  });

  it.each([
    ['it follows a signature, not a figure', 'Julien Damon, sociologue', cut],
    ['the candidate is short', '215 000 professionnels', 'Un accord qui permet d’adapter'],
    ['the candidate ends with a signature', '215 000 professionnels', `Nous avancerons. Manuel Pélissié, directeur général de l’institut et membre du bureau de la fédération`],
  ])('leaves it in place when %s', (_why, previous, candidate) => {
    const sections = [section('Accord', candidate), section('Combat', previous, 'sur le terrain leur temps de travail.')];
    expect(resumeCutSentences(sections, join)).toEqual(sections);
  });
});

describe('cut sentences in the 2024 report', () => {
  const report = readFileSync(new URL('../../../corpus/retrospective-2024.txt', import.meta.url), 'utf8');
  const outline = parseExtractedText([report]).outline;

  it('continues « Pour ce faire, Nexem a construit » with its partnership, out of the next section', () => {
    const managerial = outline.find((entry) => entry.title.startsWith('Lancement d’un dispositif d’accompagnement managérial'));
    expect(managerial?.text).toContain('Pour ce faire, Nexem a construit un partenariat avec le CNAM');
    const next = outline.find((entry) => entry.title.startsWith('Renforcer l’accompagnement adhérents'));
    expect(next?.text).not.toContain('un partenariat avec le CNAM');
  });

  it('leaves at most one section opening mid-sentence (four before chapters and resumed columns)', () => {
    const midSentence = outline.filter((entry) => /^\p{Ll}/u.test(entry.text)).map((entry) => `${entry.title} : ${entry.text.slice(0, 30)}`);
    expect(midSentence.length, midSentence.join('\n')).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Humanifest : un plan d’action ambitieux', 'ainsi qu’avec le Bureau et le Conseil d’administration.'],
    ['Lancement d’un dispositif d’accompagnement managérial', 'du cadre conventionnel de la branche avec la CCUE impactent les structures du secteur'],
    ['Un contexte politique perturbé', 'dans sa déclaration de politique générale, le nouveau locataire de Matignon'],
  ])('« %s » holds the resumed sentence « %s »', (title, sentence) => {
    expect(outline.find((entry) => entry.title.startsWith(title))?.text).toContain(sentence);
  });

  it('ends « Accord de méthode pour la CCUE » with its own sentence, out of « Le combat pour l’effectivité… »', () => {
    const method = outline.find((entry) => entry.title.startsWith('Accord de méthode pour la CCUE'));
    expect(method?.text).toContain('adapter sur le terrain leurs modalités d’aménagement du temps de travail');
    const fight = outline.find((entry) => entry.title.startsWith('Le combat pour l’effectivité'));
    expect(fight?.text).not.toContain('sur le terrain leurs modalités');
  });
});
