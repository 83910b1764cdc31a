// Reports written after the PDF reader, in layouts its rules were not made for (tests/fixtures/pdf/unseen/,
// printed by scripts/make-unseen-fixtures.ts): numbered headings with a running header and folios; a
// two-column magazine with a masthead, a kicker in spaced capitals, pull quotes, key figures and words
// broken by the browser's hyphenation; capitals and small capitals with a table of contents and footnotes;
// and four more, written by a second reader to judge the rules the first three led to (roman-numbered
// parts half a point larger than their bold sub-parts, a three-column newsletter, run-in bold paragraphs
// with footnotes and a glossary, a cover with a welcome text and key figures), and two by a third (labels
// over headings with bold numbered lists and tables; landscape two columns; chapter openers with large
// numbers and standfirsts, sidebar quotes in italics without quotation marks), and three by a fourth,
// written against the rules (titles in italics that are sentences; numbered titles over indented first
// lines and over lists; roman chapter numbers and key figures above headings); and seven more from two
// later rounds (an interview with bold questions and pull quotes; a financial report numbered « A. »,
// « 1) », « a) »; statutes whose levels are bold and bold italic in the text's size; a report in bold
// text only with a contents list; a unique « Éditorial » that is no title; questions that are titles
// under « Questions fréquentes »; a magazine whose interview title is a quotation; titles in italics in the
// text's size; a treasurer's report with captioned tables and lettered items); and four of a tenth round
// (a word-processor export titled « Document sans titre » whose title is one word; centred bold headings
// under a letterhead; chapter titles in small letters; running headers naming each one-page chapter); and
// three of an eleventh (centred bold titles with no paragraph spacing and a signature; key-figure labels
// above their figures; running headers in the text's size and a contents list on the first page).
// Each is read as an operator's PDF would be, and its headings are scored against its HTML's h1–h3.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/ingest/ingest-file';
import { formatStructureTable, meetsStructureThresholds, scoreUnseenFixtures, type StructureScore } from '../../../scripts/lib/structure';
import type { Section } from '../../../src/types';

const DIR = 'tests/fixtures/pdf/unseen';

let scores: Map<string, StructureScore>;
beforeAll(async () => {
  scores = new Map((await scoreUnseenFixtures(DIR)).map((score) => [score.fixture, score]));
}, 120_000);

async function sectionsOf(file: string): Promise<{ title: string; sections: Section[] }> {
  const outcome = await ingestFile({ name: file, bytes: await readFile(`${DIR}/${file}`) });
  if (outcome.status !== 'indexed') throw new Error(`${file} n’a pas été indexé`);
  return { title: outcome.report.meta.title, sections: outcome.report.sections };
}

const allText = (sections: Section[]) => sections.map((section) => `${section.title}\n${section.text}`).join('\n');

describe('PDF reports of unseen layouts', () => {
  it.each(['numerote.pdf', 'capitales-sommaire.pdf', 'romain-tailles-proches.pdf', 'lettre-trois-colonnes.pdf', 'chapitres-citations.pdf', 'italiques-phrases.pdf', 'numeros-retraits.pdf', 'romains-chiffres.pdf', 'couverture-adresse.pdf', 'chiffres-couverture.pdf', 'lettrines-chapitres.pdf', 'listes-sous-titres.pdf', 'encadre-sommaire.pdf', 'entretien-citations.pdf', 'faq-entretien.pdf', 'finances-lettres.pdf', 'statuts-serif.pdf', 'editorial-unique.pdf', 'italiques-texte.pdf', 'rapport-financier.pdf', 'ehpad-gras-seul.pdf', 'titre-un-mot.pdf', 'word-centre.pdf', 'chapitres-minuscules.pdf', 'entetes-chapitres.pdf', 'entetes-taille-texte.pdf', 'etiquettes-chiffres.pdf', 'magazine-cesures.pdf', 'notes-glossaire.pdf', 'paysage-deux-colonnes.pdf', 'magazine-citations.pdf', 'gras-centre-serre.pdf', 'etiquettes-listes.pdf'])('%s: every heading found, none invented, each at its level', (file) => {
    const score = scores.get(file)!;
    expect(meetsStructureThresholds(score), formatStructureTable([score])).toBe(true);
    expect(score.missed).toEqual([]);
    expect(score.extra).toEqual([]);
  });

  // The same two layouts printed as tagged PDFs: their heading tags say a box title, a table's caption and
  // glossary terms in bold are paragraphs, as the layout does.
  it.each(['magazine-cesures-balises.pdf', 'notes-glossaire-balises.pdf'])('%s: its heading tags give every heading, none invented, each at its level', (file) => {
    const score = scores.get(file)!;
    expect(meetsStructureThresholds(score), formatStructureTable([score])).toBe(true);
    expect(score.missed).toEqual([]);
    expect(score.extra).toEqual([]);
  });


  it('numbered titles set in bold text are headings, nested under their chapter', async () => {
    const { title, sections } = await sectionsOf('numerote.pdf');
    expect(title).toBe('Rapport d’activité 2023');
    const committee = sections.find((section) => section.title === '2.2.1 Le comité social et économique');
    expect(committee?.breadcrumb).toEqual(['2. Gouvernance et vie associative', '2.2 Les instances représentatives du personnel']);
    // The cover's subtitle and date are the report's opening text, not headings.
    expect(sections[0]?.text).toContain('Association Horizons Solidaires');
    expect(allText(sections)).not.toMatch(/Le dialogue social[^\n]*2\.2\.1 Le comité/);
  });

  it('a masthead is the title, a kicker in spaced capitals reads as words, and words the browser broke are whole', async () => {
    const { title, sections } = await sectionsOf('magazine-cesures.pdf');
    expect(title).toBe('Rapport annuel 2022');
    expect(sections[0]?.text).toContain('FÉDÉRATION DES EMPLOYEURS SOLIDAIRES');
    const text = allText(sections);
    expect(text).toContain('Nos permanences juridiques');
    expect(text).toContain('une classification');
    // No word cut by a hyphen the browser set (U+2010) is left in two.
    expect(text).not.toMatch(/\p{L}\u2010\s/u);
    const quote = sections.find((section) => section.title.startsWith('«'));
    expect(quote).toBeUndefined();
  });

  it('a quoted interview title stays a heading; a report printed without a title takes its masthead', async () => {
    const { title, sections } = await sectionsOf('lettre-trois-colonnes.pdf');
    expect(title).toBe('La Lettre du Réseau');
    expect(sections.map((section) => section.title)).toContain('« Le métier a changé, pas l’envie »');
  });

  it('a bold numbered list stays the text of its section, not titles', async () => {
    const { sections } = await sectionsOf('etiquettes-listes.pdf');
    const section = sections.find((candidate) => candidate.title === 'Préparer les évaluations');
    expect(section?.text).toContain('1. Comprendre le référentiel');
    expect(section?.text).toContain('4. Construire le plan d’amélioration');
    expect(sections.map((candidate) => candidate.title)).not.toContain('1. Comprendre le référentiel');
  });

  it('a title opening with « L’ » set large keeps its L; a roman chapter number joins its title', async () => {
    const { sections } = await sectionsOf('romains-chiffres.pdf');
    const titles = sections.map((section) => section.title);
    expect(titles).toContain('I L’année en bref');
    expect(titles).toContain('II Protection de l’enfance');
    // Taken for drop caps, the chapter's « I » and the title's « L » ended the text before them.
    expect(sections.map((section) => section.text).join('\n')).not.toMatch(/\bI L\b/u);
  });

  it('a drop cap « L’ » opens its word; « Chapitre 2 » joins the title under it; a numbered title over a bulleted list stays one', async () => {
    const { sections } = await sectionsOf('lettrines-chapitres.pdf');
    expect(sections.map((section) => section.text).join('\n')).toContain('L’année 2023 a vu');
    expect(sections.map((section) => section.title)).toContain('Chapitre 2 Protéger et accompagner les enfants');
    const listed = await sectionsOf('listes-sous-titres.pdf');
    expect(listed.sections.map((section) => section.title)).toContain('1. Les visites à domicile');
  });

  it('a report whose headings are bold text nests its sections under the parts in capitals, its table header no title', async () => {
    const { title, sections } = await sectionsOf('listes-sous-titres.pdf');
    expect(title).toBe('Rapport d’activité 2023');
    const phone = sections.find((section) => section.title === 'Le téléphone de l’amitié :');
    expect(phone?.breadcrumb).toEqual(['RAPPORT D’ACTIVITÉ']);
    expect(sections.find((section) => section.title === 'TÉMOIGNAGES')?.text).toContain('ce que l’association leur apporte');
    expect(sections.map((section) => section.title)).not.toContain('Dépenses Montant Recettes Montant');
    expect(meetsStructureThresholds(scores.get('listes-sous-titres.pdf')!), formatStructureTable([scores.get('listes-sous-titres.pdf')!])).toBe(true);
  });

  it('a framed box’s title and a glossary’s terms are text of the section they sit in, a caption giving its unit that of its table’s', async () => {
    const magazine = await sectionsOf('magazine-cesures.pdf');
    const chapter = magazine.sections.find((section) => section.title === 'Attractivité : des métiers en tension');
    expect(chapter?.text).toMatch(/En chiffres\s+1 240\s+postes non pourvus/u);
    expect(magazine.sections.find((section) => section.title === 'Comptes et perspectives')?.text).toContain('Compte de résultat simplifié (en milliers d’euros)');
    const glossary = (await sectionsOf('notes-glossaire.pdf')).sections.find((section) => section.title === 'Glossaire');
    expect(glossary?.text).toMatch(/Ségur de la santé\s+Accords conclus en juillet 2020/u);
  });

  it('a box title half a point larger than the sections does not push them a level down', async () => {
    const { sections } = await sectionsOf('magazine-cesures.pdf');
    const survey = sections.find((section) => /enquête auprès de 312 structures/i.test(section.title));
    expect(survey?.breadcrumb).toEqual(['Attractivité : des métiers en tension']);
    expect(survey?.level).toBe(2);
  });

  it('an editor’s default Title is no title: the page’s own names the report, under a letterhead or in one word; chapters may be titled in small letters', async () => {
    expect((await sectionsOf('titre-un-mot.pdf')).title).toBe('L’Escale');
    expect((await sectionsOf('word-centre.pdf')).title).toBe('RAPPORT MORAL ET D’ACTIVITÉ 2023');
    const { sections } = await sectionsOf('chapitres-minuscules.pdf');
    expect(sections.map((section) => section.title)).toEqual(expect.arrayContaining([expect.stringMatching(/l’essentiel$/u), expect.stringMatching(/repères$/u)]));
  });

  it('a running header naming each one-page chapter is dropped by its fixed part', async () => {
    const text = allText((await sectionsOf('entetes-chapitres.pdf')).sections);
    expect(text).not.toMatch(/Rapport annuel 2023 \d?\.? ?(?:Le mot|Les salariés|Les activités)/u);
    expect(text).toContain('Le mot du président');
  });

  it('a page of text whose sidebar opens with « Sommaire » is kept, not dropped as a table of contents', async () => {
    const text = allText((await sectionsOf('encadre-sommaire.pdf')).sections);
    expect(text).toContain('Le fonds exceptionnel a bénéficié à dix-sept établissements');
    expect(text).toContain('Les évaluatrices et évaluateurs médico-sociaux ont réalisé');
    // A page of short sections and a table, few of its lines ending a sentence.
    expect(text).toContain('La commission des droits et de l’autonomie a prononcé 1 240 orientations');
  });

  it('footnote calls are left out, exponents kept', async () => {
    const text = allText((await sectionsOf('notes-glossaire.pdf')).sections);
    expect(text).toContain('depuis plus de six mois. Les métiers');
    expect(text).toMatch(/\bm2\b/);
    expect(text).toContain('1er avril 2022');
  });

  it('capitals over small capitals keep their order, and footnote calls do not stick to their word', async () => {
    const { sections } = await sectionsOf('capitales-sommaire.pdf');
    const committee = sections.find((section) => /comité d’orientation/i.test(section.title));
    expect(committee?.breadcrumb.map((crumb) => crumb.toLowerCase())).toEqual(['partie i — missions et gouvernance', 'la gouvernance']);
    expect(sections[0]?.text).toContain('OBSERVATOIRE RÉGIONAL DE L’ACTION SOCIALE');
    const text = allText(sections);
    expect(text).toMatch(/\blancement\b/);
    expect(text).not.toMatch(/\p{Ll}{3,}\d\b/u);
  });
});
