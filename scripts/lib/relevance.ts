// Relevance evaluation shared by `npm run eval` and tests/search/relevance.test.ts: run each query
// against an archive and find where the section a reader expects comes in the results.
import { foldWord } from '../../src/analysis/index';
import type { SearchRequest, SearchResponse } from '../../src/types';

/** What kind of typing a case stands for, so a failing kind shows at a glance in the table. */
export type QueryKind =
  | 'acronym' | 'name' | 'number' | 'phrase' | 'topic' | 'unaccented' | 'typo' | 'prefix'
  // People's own words (tests/search/questions.cases.ts).
  | 'question' | 'spelled-out' | 'synonym' | 'word-form';

export interface ExpectedSection {
  reportId: string;
  /** A distinctive part of the heading of the answering section, compared folded (accents, case, apostrophes). */
  titleIncludes: string;
}

export interface RelevanceCase {
  query: string;
  kind: QueryKind;
  /** One section, or alternatives that answer the query equally well. */
  expected: ExpectedSection | ExpectedSection[];
  /** The answer must be within this many first hits. */
  top: 1 | 3;
  /** The words of the report that make this section the answer. */
  why: string;
}

/** `evaluate` only needs to search, so a whole Archive or a test double both fit. */
export interface Searchable {
  search(request: SearchRequest): Promise<SearchResponse>;
}

export interface RelevanceRow {
  query: string;
  kind: QueryKind;
  expected: ExpectedSection[];
  /** 1-based position of the first hit matching an expected section, null when not in the first 10. */
  rank: number | null;
  top: 1 | 3;
  ok: boolean;
  /** What came first instead, to tell a ranking problem from a heading problem. */
  firstHit: string | null;
}

export interface RelevanceResult {
  rows: RelevanceRow[];
  /** Share of cases whose answer is the first hit. */
  top1: number;
  /** Share of cases whose answer is within the first three hits. */
  top3: number;
  /** Mean reciprocal rank over the first 10 hits. */
  mrr: number;
}

export const RESULTS_LOOKED_AT = 10;

/** Thresholds under which `npm run eval` fails and the suite test fails. */
export const MIN_TOP3_SHARE = 0.9;
export const MIN_MRR = 0.8;

/** Headings are compared the way a reader reads them: accents, case, apostrophes and spacing do not count. */
export function foldTitle(title: string): string {
  return foldWord(title).replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

export function expectedSections(testCase: RelevanceCase): ExpectedSection[] {
  return Array.isArray(testCase.expected) ? testCase.expected : [testCase.expected];
}

export function matchesExpected(hit: { reportId: string; title: string }, expected: ExpectedSection[]): boolean {
  const title = foldTitle(hit.title);
  return expected.some((e) => e.reportId === hit.reportId && title.includes(foldTitle(e.titleIncludes)));
}

export async function evaluateCase(archive: Searchable, testCase: RelevanceCase): Promise<RelevanceRow> {
  const expected = expectedSections(testCase);
  const { hits } = await archive.search({ q: testCase.query, limit: RESULTS_LOOKED_AT });
  const index = hits.findIndex((hit) => matchesExpected(hit, expected));
  const rank = index === -1 ? null : index + 1;
  const first = hits[0];
  return {
    query: testCase.query,
    kind: testCase.kind,
    expected,
    rank,
    top: testCase.top,
    ok: rank !== null && rank <= testCase.top,
    firstHit: first ? `${first.reportId} › ${first.title}` : null,
  };
}

export async function evaluate(archive: Searchable, cases: readonly RelevanceCase[]): Promise<RelevanceResult> {
  const rows: RelevanceRow[] = [];
  for (const testCase of cases) rows.push(await evaluateCase(archive, testCase));
  const share = (keep: (row: RelevanceRow) => boolean) => (rows.length === 0 ? 0 : rows.filter(keep).length / rows.length);
  return {
    rows,
    top1: share((row) => row.rank === 1),
    top3: share((row) => row.rank !== null && row.rank <= 3),
    mrr: rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + (row.rank === null ? 0 : 1 / row.rank), 0) / rows.length,
  };
}

export function meetsThresholds(result: RelevanceResult): boolean {
  return result.top3 >= MIN_TOP3_SHARE && result.mrr >= MIN_MRR;
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The first expected heading, and how many alternatives follow, keeps the table readable in a terminal. */
function describeExpected(expected: ExpectedSection[]): string {
  const [first, ...others] = expected;
  if (!first) return '';
  const year = first.reportId.match(/\d{4}/)?.[0] ?? first.reportId;
  return `${year} › ${shorten(first.titleIncludes, 40)}${others.length > 0 ? ` (+${others.length})` : ''}`;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** An aligned plain-text table, one line per query, then the shares and the MRR (French: operators read it). */
export function formatTable(result: RelevanceResult): string {
  const header = ['', 'requête', 'type', 'rang', 'attendu', 'section attendue', 'premier résultat si raté'];
  const lines = result.rows.map((row) => [
    row.ok ? 'ok' : 'KO',
    row.query,
    row.kind,
    row.rank === null ? '—' : String(row.rank),
    `top ${row.top}`,
    describeExpected(row.expected),
    row.ok ? '' : shorten(row.firstHit ?? '(aucun résultat)', 70),
  ]);
  const table = [header, ...lines];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const failed = result.rows.filter((row) => !row.ok).length;
  return [
    render(header),
    render(widths.map((width) => '-'.repeat(width))),
    ...lines.map(render),
    '',
    `${result.rows.length} requêtes, ${failed} hors de leur rang attendu`,
    `Dans le top 1 : ${percent(result.top1)}`,
    `Dans le top 3 : ${percent(result.top3)} (minimum ${percent(MIN_TOP3_SHARE)})`,
    `MRR : ${result.mrr.toFixed(3)} (minimum ${MIN_MRR.toFixed(2)})`,
  ].join('\n');
}

export interface TopDifference {
  query: string;
  left: string[];
  right: string[];
}

/** Queries whose first three hits differ between two archives (order included), with both lists. */
export async function differingTop3(left: Searchable, right: Searchable, cases: readonly RelevanceCase[]): Promise<TopDifference[]> {
  const top3 = async (archive: Searchable, q: string) =>
    (await archive.search({ q, limit: 3 })).hits.map((hit) => `${hit.reportId.match(/\d{4}/)?.[0] ?? hit.reportId} › ${shorten(hit.title, 38)}`);
  const differences: TopDifference[] = [];
  for (const { query } of cases) {
    const [a, b] = [await top3(left, query), await top3(right, query)];
    if (a.join('\n') !== b.join('\n')) differences.push({ query, left: a, right: b });
  }
  return differences;
}
