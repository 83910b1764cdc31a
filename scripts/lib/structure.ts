// Structure evaluation shared by `npm run eval:structure` and tests/ingest/pdf/structure.test.ts: the
// headings read from a PDF rendering of the 2020 report against the markdown's own headings, and those
// of the reports in tests/fixtures/pdf/unseen/ against their HTML's own (scripts/make-unseen-fixtures.ts).
//
// The gold is what src/ingest/markdown.ts reads from corpus/rapport-annuel-2020.md: every heading with
// its level, the document title (`# Rapport annuel 2020`) apart, the « Sommaire » dropped, and the chapter
// markers `# 1` + `## Une année de combat(s)` read as one level-1 heading « 1 — Une année de combat(s) ».
// The fixtures print those chapter titles the same way (scripts/make-structure-fixtures.ts), so the
// comparison is title against title. Titles are compared on their letters and digits only (case,
// accents, punctuation and spaces ignored: a magazine sets its headings in capitals).
import { readdir, readFile } from 'node:fs/promises';
import { readMarkdown } from '../../src/ingest/markdown';
import { readPdf } from '../../src/ingest/pdf/read-pdf';
import { titleKey } from '../../src/ingest/pdf/layout/bookmarks';
import { buildSections } from '../../src/ingest/sections';
import type { OutlineEntry, Section } from '../../src/types';
import { STRUCTURE_LAYOUTS } from './structure-layouts';

export const MIN_RECALL = 0.9;
export const MIN_PRECISION = 0.9;
export const MIN_LEVEL_ACCURACY = 0.8;
/** The fixtures print the cover on page 1 and the table of contents on page 2. */
const CONTENTS_PAGE = 2;

export interface StructureScore {
  fixture: string;
  gold: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
  /** Share of the matched headings found at the gold level. */
  levelAccuracy: number;
  missed: string[];
  extra: string[];
  /** Titles that are page furniture: a folio, a running header or footer, a table-of-contents line. */
  furnitureTitles: string[];
  sectionsWithoutPage: number;
  /**
   * Share of the PDF text's word trigrams (titles and text, in reading order) that the markdown also
   * has: words out of order, glued or split show here. Reported, not a threshold.
   */
  textInOrder: number;
  sections: Section[];
}

export interface Gold {
  title: string | null;
  headings: { title: string; level: number }[];
  /** Word trigrams of the markdown's titles and text. */
  trigrams: Set<string>;
  /** The page printing the table of contents, whose lines are no headings. */
  contentsPage: number | null;
}

/** The gold of a report of tests/fixtures/pdf/unseen/, as scripts/make-unseen-fixtures.ts writes it. */
export interface UnseenGold {
  title: string;
  contentsPage: number | null;
  headings: { title: string; level: number }[];
  /** The report's text as a reader sees it (titles included). */
  text: string;
}

export async function readGold(markdownFile = 'corpus/rapport-annuel-2020.md'): Promise<Gold> {
  const { title, outline } = readMarkdown(await readFile(markdownFile, 'utf8'));
  return {
    title,
    headings: outline.map(({ title: heading, level }) => ({ title: heading, level })),
    trigrams: trigramsOf(outline.flatMap((entry) => [entry.title, entry.text]).join(' ')),
    contentsPage: CONTENTS_PAGE,
  };
}

export async function readUnseenGold(file: string): Promise<Gold> {
  const gold = JSON.parse(await readFile(file, 'utf8')) as UnseenGold;
  return { title: gold.title, headings: gold.headings, trigrams: trigramsOf(gold.text), contentsPage: gold.contentsPage };
}

function trigramsOf(text: string): Set<string> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  const trigrams = new Set<string>();
  for (let index = 0; index + 2 < words.length; index += 1) trigrams.add(words.slice(index, index + 3).join(' '));
  return trigrams;
}

function isFurniture(entry: OutlineEntry, gold: Gold): boolean {
  const key = titleKey(entry.title);
  return /^\d*$/.test(key) || key === 'sommaire' || (gold.title !== null && gold.title !== '' && key.includes(titleKey(gold.title))) || entry.page === gold.contentsPage;
}

/**
 * A title's key for matching: a chapter number before it (« II », « 02 », « Chapitre 2 ») is left out on both sides, since
 * whether a report prints it inside its title or above it is typography, not structure.
 */
function matchKey(title: string): string {
  return titleKey(title.replace(/^(?:(?:chapitre|partie|annexe)\s+)?(?:\d{1,2}|[IVX]{1,4})\.?\s+(?=\S)/iu, ''));
}

export function scoreStructure(fixture: string, gold: Gold, read: OutlineEntry[]): StructureScore {
  // What a cover prints around the title (a kicker, a subtitle) opens the report, in an entry named after
  // the title (the document's, or the words of it the page prints: « Rapport d’activité 2023 » of « Les
  // Passerelles — Rapport d’activité 2023 »): the report's opening, not a heading found.
  const openingKey = read[0] === undefined ? '' : titleKey(read[0].title);
  const opening = openingKey !== '' && gold.title !== null && titleKey(gold.title).includes(openingKey) ? 1 : 0;
  const outline = read.slice(opening);
  const unmatchedGold = gold.headings.map((heading) => ({ ...heading, key: matchKey(heading.title) }));
  let matched = 0;
  let atLevel = 0;
  const extra: string[] = [];
  for (const entry of outline) {
    const index = unmatchedGold.findIndex((heading) => heading.key === matchKey(entry.title));
    if (index === -1) {
      extra.push(entry.title);
      continue;
    }
    matched += 1;
    if (unmatchedGold[index]?.level === entry.level) atLevel += 1;
    unmatchedGold.splice(index, 1);
  }
  const sections = buildSections(fixture.replace(/\.pdf$/, ''), read);
  const trigrams = trigramsOf(read.flatMap((entry) => [entry.title, entry.text]).join(' '));
  const inOrder = [...trigrams].filter((trigram) => gold.trigrams.has(trigram)).length;
  return {
    fixture,
    gold: gold.headings.length,
    found: outline.length,
    matched,
    recall: matched / Math.max(1, gold.headings.length),
    precision: matched / Math.max(1, outline.length),
    levelAccuracy: atLevel / Math.max(1, matched),
    missed: unmatchedGold.map((heading) => heading.title),
    extra,
    furnitureTitles: outline.filter((entry) => isFurniture(entry, gold)).map((entry) => entry.title),
    sectionsWithoutPage: sections.filter((section) => section.page === null).length,
    textInOrder: inOrder / Math.max(1, trigrams.size),
    sections,
  };
}

export async function scoreFixture(dir: string, file: string, gold: Gold): Promise<StructureScore> {
  const read = await readPdf(file, await readFile(`${dir}/${file}`));
  if (!read.ok) throw new Error(read.problem.message);
  return scoreStructure(file, gold, read.outline);
}

export async function scoreAllFixtures(dir = 'tests/fixtures/pdf/structure'): Promise<StructureScore[]> {
  const gold = await readGold();
  const scores: StructureScore[] = [];
  for (const layout of STRUCTURE_LAYOUTS) scores.push(await scoreFixture(dir, layout.file, gold));
  return scores;
}

/** The reports of tests/fixtures/pdf/unseen/, each against its own gold. */
export async function scoreUnseenFixtures(dir = 'tests/fixtures/pdf/unseen'): Promise<StructureScore[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.pdf')).sort();
  return Promise.all(files.map(async (file) => scoreFixture(dir, file, await readUnseenGold(`${dir}/${file.replace(/\.pdf$/, '.gold.json')}`))));
}

export function meetsStructureThresholds(score: StructureScore): boolean {
  return (
    score.recall >= MIN_RECALL && score.precision >= MIN_PRECISION && score.levelAccuracy >= MIN_LEVEL_ACCURACY &&
    score.furnitureTitles.length === 0 && score.sectionsWithoutPage === 0
  );
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** One line per fixture, then what was missed or added (French: operators read it). */
export function formatStructureTable(scores: StructureScore[]): string {
  const header = ['', 'PDF', 'titres (or / lus / justes)', 'rappel', 'précision', 'niveaux', 'mobilier', 'sans page', 'texte dans l’ordre'];
  const rows = scores.map((score) => [
    meetsStructureThresholds(score) ? 'ok' : 'KO',
    score.fixture,
    `${score.gold} / ${score.found} / ${score.matched}`,
    percent(score.recall),
    percent(score.precision),
    percent(score.levelAccuracy),
    String(score.furnitureTitles.length),
    String(score.sectionsWithoutPage),
    percent(score.textInOrder),
  ]);
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const details = scores.flatMap((score) => [
    ...(score.missed.length > 0 ? [`${score.fixture} — manqués : ${score.missed.map((t) => `« ${t} »`).join(', ')}`] : []),
    ...(score.extra.length > 0 ? [`${score.fixture} — en trop : ${score.extra.map((t) => `« ${t} »`).join(', ')}`] : []),
  ]);
  return [
    render(header),
    render(widths.map((width) => '-'.repeat(width))),
    ...rows.map(render),
    '',
    `Seuils : rappel ≥ ${percent(MIN_RECALL)}, précision ≥ ${percent(MIN_PRECISION)}, niveaux ≥ ${percent(MIN_LEVEL_ACCURACY)} ; aucun titre pris dans le mobilier (titre courant, folio, sommaire) ; chaque section a sa page. « Texte dans l’ordre » : part des suites de trois mots du PDF que le markdown contient aussi.`,
    ...details,
  ].join('\n');
}
