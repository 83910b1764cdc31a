// Reports from producers the layout rules were not written on (tests/fixtures/pdf/producers/, printed by
// scripts/make-producer-fixtures.ts): pdfLaTeX — an ESAT's report with a title page over larger chapters,
// a contents page, footnotes and a table; a two-page AEMO report in LaTeX's old OT1 encoding, whose accents
// are drawn apart from their letters; a two-column note (multicol, 10 pt apart) with hyperref's bookmarks,
// which leave out the section numbers, under a title that asks a question — and a LibreOffice Impress
// deck exported with its bookmarks, one per slide, all at one level — and a Chromium report with its
// bookmarks, as printed and re-distilled by Ghostscript 10.00, which garbles its ligatures (« ünancier »)
// and nests each chapter's bookmark under the one before. Each is read as an operator's PDF is.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixtureReport, wordsOf } from './fixture-reports';
import { formatStructureTable, meetsStructureThresholds, scoreUnseenFixtures, type StructureScore } from '../../../scripts/lib/structure';

const DIR = 'tests/fixtures/pdf/producers';
const LATEX = ['aemo-accents-ot1.pdf', 'esat-rapport-chapitres.pdf', 'segur-deux-colonnes-signets.pdf'];
const IMPRESS = ['mecs-diaporama-signets.pdf'];
const GHOSTSCRIPT = ['orientation-romain-signets.pdf', 'orientation-romain-signets-ghostscript.pdf'];
const ALL = [...LATEX, ...IMPRESS, ...GHOSTSCRIPT];

let scores: Map<string, StructureScore>;
beforeAll(async () => {
  scores = new Map((await scoreUnseenFixtures(DIR)).map((score) => [score.fixture, score]));
}, 60_000);

const read = (file: string) => readFixtureReport(DIR, file);

describe('PDF reports from LaTeX, LibreOffice Impress and Ghostscript', () => {
  it('reads the fixtures this suite knows, and no other', () => {
    expect([...scores.keys()].sort()).toEqual([...ALL].sort());
  });

  it.each(ALL)('%s: its headings found, none invented, each at its level', (file) => {
    const score = scores.get(file)!;
    expect(meetsStructureThresholds(score), formatStructureTable([score])).toBe(true);
    expect(score.extra).toEqual([]);
  });

  // Accents drawn apart (« activit´e »), words TeX broke at a line end (« assu- / rance »), the two columns
  // read across, a running header printed on one page run into the text: each a word the report does not write.
  // A deck's contents slide, without page numbers, is no text either; nor is a garbled ligature (« déücit »).
  it.each(ALL)('%s: every word read is a word of the report (list bullets aside)', async (file) => {
    const { text, gold } = await read(file);
    const written = new Set(wordsOf(`${gold.title}\n${gold.text}`));
    expect(wordsOf(text).filter((word) => !written.has(word) && word !== '•')).toEqual([]);
  });

  it.each<[string, string]>([
    ['aemo-accents-ot1.pdf', 'Rapport d’activité 2023 du service d’action éducative en milieu ouvert'],
    ['esat-rapport-chapitres.pdf', 'Rapport d’activité 2023 de l’ESAT Les Ateliers du Val'],
    ['segur-deux-colonnes-signets.pdf', 'Ségur pour tous et convention collective unique : où en est-on ?'],
    ['mecs-diaporama-signets.pdf', 'Maison d’enfants Le Phare'],
    ['orientation-romain-signets-ghostscript.pdf', 'Rapport d’orientation 2024'],
  ])('%s is named « %s »', async (file, title) => {
    expect((await read(file)).report.meta.title).toBe(title);
  });

  it('reads each key figure of a slide with its label, and each dashed item as a paragraph', async () => {
    const { report } = await read('mecs-diaporama-signets.pdf');
    expect(report.sections.find((section) => section.title === 'Les jeunes accueillis en chiffres')?.text).toBe('42 places 69 enfants accueillis 14,3 ans d’âge moyen 38 % de filles');
    expect(report.sections.find((section) => section.title === 'Les admissions')?.text.split('\n\n')).toEqual([
      '• 27 admissions et 25 sorties au cours de l’année',
      '– Neuf admissions en urgence, la nuit ou le week-end',
      '– Quatre fratries accueillies ensemble',
      '• Une durée moyenne de séjour de 22 mois',
    ]);
  });
});
