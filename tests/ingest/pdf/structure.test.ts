// The structure read from five PDF renderings of the 2020 report (one column with bookmarks; two columns
// with running header, folio, drop caps and partial bookmarks; a magazine without bookmarks, three
// columns from chapter 3; and two made after the reader, as reports it had not seen: justified columns
// with bold text-size titles, small capitals) against the markdown's own headings: what
// `npm run eval:structure` prints.
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveWith2020From, casesOf2020 } from '../../../scripts/lib/pdf-relevance';
import { evaluate, MIN_TOP3_SHARE } from '../../../scripts/lib/relevance';
import {
  formatStructureTable,
  MIN_LEVEL_ACCURACY,
  MIN_PRECISION,
  MIN_RECALL,
  readGold,
  scoreFixture,
  type StructureScore,
} from '../../../scripts/lib/structure';
import { STRUCTURE_LAYOUTS } from '../../../scripts/lib/structure-layouts';
import { RELEVANCE_CASES } from '../../search/relevance.cases';

const FIXTURES = 'tests/fixtures/pdf/structure';

describe.each(STRUCTURE_LAYOUTS.map((layout) => [layout.file, layout.description]))('PDF structure of %s (%s)', (file) => {
  let score: StructureScore;
  beforeAll(async () => {
    score = await scoreFixture(FIXTURES, file, await readGold());
  }, 120_000);

  it(`finds ≥ ${MIN_RECALL * 100} % of the headings, ≥ ${MIN_PRECISION * 100} % of its titles are headings, ≥ ${MIN_LEVEL_ACCURACY * 100} % at their level`, () => {
    const table = formatStructureTable([score]);
    expect(score.recall, table).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(score.precision, table).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.levelAccuracy, table).toBeGreaterThanOrEqual(MIN_LEVEL_ACCURACY);
  });

  it('never takes a running header, a folio or a table-of-contents line for a title', () => {
    expect(score.furnitureTitles).toEqual([]);
  });

  it('gives every section its page', () => {
    expect(score.sections.filter((section) => section.page === null).map((section) => section.title)).toEqual([]);
    expect(score.sections.every((section) => (section.page ?? 0) >= 3)).toBe(true); // cover and contents come first
  });

  it('files « La mission Laforcade » under « Les prises de position de Nexem »', () => {
    const laforcade = score.sections.find((section) => section.title === 'La mission Laforcade');
    expect(laforcade?.breadcrumb.map((title) => title.toLowerCase())).toContain('les prises de position de nexem');
    expect(laforcade?.text).toMatch(/^La mission sur « les métiers de l'autonomie » confiée à Michel Laforcade/);
  });
});

// Printed with bookmarks, these renderings are tagged too (`tagged: true`): the tags show which lines are
// no headings (a link's label set large, « Télécharger le Livre Blanc »), and the level-3 titles the
// bookmarks leave out are a style that recurs through the report.
describe.each(STRUCTURE_LAYOUTS.filter((layout) => layout.bookmarkedLevels.length > 0).map((layout) => [layout.file]))('tagged and bookmarked %s', (file) => {
  it('finds every heading and invents none', async () => {
    const score = await scoreFixture(FIXTURES, file, await readGold());
    expect(score.missed, formatStructureTable([score])).toEqual([]);
    expect(score.extra, formatStructureTable([score])).toEqual([]);
  }, 120_000);
});

describe('relevance of the 2020 queries on an index built from a PDF rendering', () => {
  const cases = casesOf2020(RELEVANCE_CASES);

  it.each(STRUCTURE_LAYOUTS.map((layout) => layout.file))(`%s keeps ≥ ${MIN_TOP3_SHARE * 100} % of answers in the top 3`, async (file) => {
    const result = await evaluate(await archiveWith2020From(`${FIXTURES}/${file}`), cases);
    const misses = result.rows.filter((row) => !row.ok).map((row) => `${row.query} → ${row.firstHit}`);
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(result.top3, misses.join('\n')).toBeGreaterThanOrEqual(MIN_TOP3_SHARE);
  }, 120_000);
});
