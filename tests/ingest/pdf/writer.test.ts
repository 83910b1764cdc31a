// Reports exported by LibreOffice Writer (tests/fixtures/pdf/writer/, scripts/make-writer-fixtures.ts), the
// way member associations write theirs: a cover, a contents page, numbered heading styles, footnotes and a
// table over a page break; a moral and financial report in Carlito with a signature; a report with no
// heading styles at all; a two-column newsletter with a floating key-figures frame; chapters with
// quotations, endnotes numbered i, ii… and a glossary; landscape pages of wide tables. All justified and
// hyphenated by Writer, whose hyphen is a text item of its own, with footnotes at the foot of their page;
// two of them also without bookmarks, so the layout alone gives their structure; and a sixteen-page
// report whose chapters each open a page with the same section, also tagged without bookmarks; and an
// EHPAD's report exported tagged only, whose author used heading styles for a caption, a box and a quote; and
// one chapter of an establishment's project printed on its own, with no cover and no declared title, and
// another whose chapter is a question (« Qui sommes-nous ? »); a service's report under a letterhead whose
// kicker carries the year. Each is read as an operator's PDF would be.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixtureReport, wordsOf } from './fixture-reports';
import { formatStructureTable, meetsStructureThresholds, scoreUnseenFixtures, type StructureScore } from '../../../scripts/lib/structure';

const DIR = 'tests/fixtures/pdf/writer';
const FIXTURES = ['chapitre-extrait-sans-signets.pdf', 'chapitre-question-sans-signets.pdf', 'surtitre-annee-sans-signets.pdf', 'chapitres-notes-fin.pdf', 'colonnes-encadre.pdf', 'colonnes-encadre-sans-signets.pdf', 'couverture-notes.pdf', 'couverture-notes-sans-signets.pdf', 'rapport-moral.pdf', 'sans-styles.pdf', 'tableaux-paysage.pdf'];
/**
 * Sixteen pages, 47 headings numbered to three levels, 21 footnotes, tables, a contents page; and the same
 * exported tagged without bookmarks, as Word saves a PDF by default.
 */
const LONG = ['rapport-long.pdf', 'rapport-long-balises.pdf'];
/**
 * Exported tagged without bookmarks only: heading styles used for a table's caption (Heading 4, right over
 * its table), a box title (Heading 3 in a one-cell table, over the box's text) and a pull quote, and the
 * cover's title in Heading 1.
 */
const TAGGED = ['ehpad-styles-detournes-balises.pdf'];

let scores: Map<string, StructureScore>;
beforeAll(async () => {
  scores = new Map((await scoreUnseenFixtures(DIR)).map((score) => [score.fixture, score]));
}, 120_000);

const read = (file: string) => readFixtureReport(DIR, file);

describe('PDF reports exported by LibreOffice Writer', () => {
  it('reads the fixtures this suite knows, and no other', () => {
    expect([...scores.keys()].sort()).toEqual([...FIXTURES, ...LONG, ...TAGGED].sort());
  });

  it.each([...FIXTURES, ...LONG, ...TAGGED])('%s: its headings found, none invented, each at its level', (file) => {
    const score = scores.get(file)!;
    expect(meetsStructureThresholds(score), formatStructureTable([score])).toBe(true);
    expect(score.extra).toEqual([]);
  });

  // Words Writer broke at a line end (« sep- / tembre »), footnote calls glued to a year (« 20224 ») or a
  // word (« tendanceii »), a table's cells cut from their row: each is a word the report does not write.
  it.each(FIXTURES)('%s: every word read is a word of the report (list bullets and endnote numbers aside)', async (file) => {
    const { text, gold } = await read(file);
    const written = new Set(wordsOf(gold.text));
    expect(wordsOf(text).filter((word) => !written.has(word) && !/^(?:•|[ivx]{1,4})$/u.test(word))).toEqual([]);
  });

  it.each(['couverture-notes.pdf', 'couverture-notes-sans-signets.pdf'])('%s: the cover’s title and its year name the report, its motto is no heading', async (file) => {
    const { report } = await read(file);
    expect(report.meta.title).toBe('Rapport d’activité 2023');
    expect(report.sections.map((section) => section.title)).not.toContain('Accompagner les personnes en situation de handicap depuis 1968');
  });

  it('names a chapter printed on its own, with no cover and no declared title, after that chapter, whose sections are the report’s first level', async () => {
    const { report } = await read('chapitre-extrait-sans-signets.pdf');
    expect(report.meta.title).toBe('L’accueil de jour Les Tilleuls : bilan et orientations');
    expect(report.sections.find((section) => section.title === 'Le budget de la première année')).toMatchObject({ level: 1, breadcrumb: [] });
    expect(report.sections.find((section) => section.title === 'Les aidants')).toMatchObject({ level: 2, breadcrumb: ['Le public accueilli'] });
  });

  it('names a report after its kicker carrying the year and the title under it, not after the service alone', async () => {
    const { report } = await read('surtitre-annee-sans-signets.pdf');
    expect(report.meta.title).toBe('RAPPORT D’ACTIVITÉ 2023 Service d’AEMO du Cher');
    expect(report.sections.map((section) => section.title)).not.toContain('Service d’AEMO du Cher');
  });

  it('keeps a chapter that opens with a question, printed on its own, as the report’s first heading, named after its file', async () => {
    const { report } = await read('chapitre-question-sans-signets.pdf');
    expect(report.meta.title).toBe('Chapitre question sans signets');
    expect(report.sections[0]).toMatchObject({ title: 'Qui sommes-nous ?', level: 1 });
  });

  it('reads a table that runs across the page row by row: each establishment beside its figures, a row a paragraph', async () => {
    const { text } = await read('tableaux-paysage.pdf');
    const paragraphs = text.split(/\n+/);
    expect(paragraphs).toContain('MECS Les Tilleuls, Orléans 42 71 15 904 14 560 109,2 % 16,4');
    expect(paragraphs).toContain('AEMO renforcée 48 41 35 54 89 12');
  });

  it('files each footnote under the section that calls it, not the one that ends its page', async () => {
    const { report } = await read('couverture-notes.pdf');
    const sectionOf = (start: string) => report.sections.find((section) => section.text.split('\n\n').some((paragraph) => paragraph.startsWith(start)))?.title;
    expect(sectionOf('1 CPOM 2023-2027')).toBe('1 Présentation de l’association');
    expect(sectionOf('2 Dispositif prévu')).toBe('2.1.1 Les admissions et les sorties');
    expect(sectionOf('4 Accord de méthode')).toBe('3.1 Les effectifs et le recrutement');
  });

  it.each(LONG)('%s: keeps every heading of a long report, those that open a page at the same height in chapter after chapter too', async (file) => {
    const score = scores.get(file)!;
    expect(score.missed).toEqual([]);
    const { report } = await read(file);
    expect(report.sections.filter((section) => /^\d\.3 Les ressources humaines$/u.test(section.title))).toHaveLength(6);
  });

  it('takes no caption, box title or pull quote set in a heading style for a heading; the cover’s Heading 1 names the report', async () => {
    const { report } = await read(TAGGED[0]!);
    expect(report.meta.title).toBe('Rapport d’activité 2023');
    const titles = report.sections.map((section) => section.title);
    expect(titles.filter((title) => /^Tableau 1|^À retenir|^«/u.test(title))).toEqual([]);
    const profile = report.sections.find((section) => section.title === 'Le profil des résidents')!;
    expect(profile.text).toContain('À retenir');
  });

  it('keeps the endnotes apart from the glossary’s last definition', async () => {
    const { report } = await read('chapitres-notes-fin.pdf');
    const glossary = report.sections.find((section) => section.title === 'Glossaire')!;
    const paragraphs = glossary.text.split('\n\n');
    expect(paragraphs.filter((paragraph) => /^i{1,3} \p{Lu}|^iv \p{Lu}|^v \p{Lu}/u.test(paragraph))).toHaveLength(5);
  });
});
