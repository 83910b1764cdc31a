// The fixed query mix of the benchmark: what staff and journalists actually type, in every shape
// the engine handles differently (exact acronyms, phrases, prefixes, typos, filters, stop words).
import type { SearchRequest } from '../../../src/types';

export type QueryKind = 'acronym' | 'word' | 'phrase' | 'prefix' | 'typo' | 'filter' | 'edge';

export interface BenchQuery {
  kind: QueryKind;
  request: SearchRequest;
}

const q = (kind: QueryKind, text: string, extra: Omit<SearchRequest, 'q'> = {}): BenchQuery => ({
  kind,
  request: { q: text, ...extra },
});

export const BENCH_QUERIES: readonly BenchQuery[] = [
  q('acronym', 'CCUE'),
  q('acronym', 'Ségur'),
  q('acronym', 'CCN66'),
  q('acronym', 'EHPAD'),
  q('acronym', 'CHRS'),
  q('acronym', 'AXESS'),
  q('acronym', 'PLFSS'),
  q('word', 'négociation'),
  q('word', 'attractivité des métiers'),
  q('word', 'protection de l’enfance'),
  q('word', 'personnes âgées'),
  q('word', 'rémunérations salariés revalorisation'),
  q('word', 'crise sanitaire covid'),
  q('word', 'transformation numérique'),
  q('phrase', '"attractivité des métiers"'),
  q('phrase', '"convention collective unique"'),
  q('phrase', '"non lucratif"'),
  q('phrase', '"prime covid"'),
  q('prefix', 'négo'),
  q('prefix', 'installa'),
  q('prefix', 'médico'),
  q('prefix', 'form'),
  q('typo', 'negotiation'),
  q('typo', 'attractivite des metiers'),
  q('typo', 'remuneration'),
  q('typo', 'solidarite'),
  q('typo', 'convension colective'),
  q('filter', 'CCUE', { year: 2024 }),
  q('filter', 'crise', { year: 2020 }),
  q('filter', 'métiers', { reportId: 'rapport-annuel-2020' }),
  q('filter', 'secteur', { page: 2 }),
  q('edge', 'le de la'),
  q('edge', 'secteur'),
  q('edge', 'Nexem'),
];

/** Query string of `/recherche` (French parameter names, as in the page URLs). */
export function toPageQueryString(request: SearchRequest): string {
  const params = new URLSearchParams({ q: request.q });
  if (request.reportId) params.set('rapport', request.reportId);
  if (request.year !== undefined) params.set('annee', String(request.year));
  if (request.page !== undefined) params.set('page', String(request.page));
  return params.toString();
}

/** Query string of `/api/search` (English parameter names, as documented for scripts). */
export function toApiQueryString(request: SearchRequest): string {
  const params = new URLSearchParams({ q: request.q });
  if (request.reportId) params.set('report', request.reportId);
  if (request.year !== undefined) params.set('year', String(request.year));
  if (request.page !== undefined) params.set('page', String(request.page));
  return params.toString();
}

// A 500-character paste built to be costly: long words (typo variants at two edits), misspellings,
// phrases, OU/OR alternatives, a word being typed at the end. The limits of src/search/query-limits.ts
// must keep it cheap at every scale; the bench prints what it costs.
const HOSTILE_WORDS = [
  'administrativement', 'reconnaissances', 'établissemants', 'accompagnemens', 'professionalisation',
  'intergénérationnel', 'rémunérations', '"convention collective unique"', 'OU', 'transformations',
  'négociationss', 'médicosociaux', 'départementales', 'attractivitée', 'revalorisations', '"prime covid"', 'OR',
  'solidaritées', 'accessibilitée', 'représentativité', 'interministériel', 'gouvernementales', 'financements',
  'expérimentations', 'coordinations', 'territorialisées',
];

function hostileQuery(length: number): string {
  let query = '';
  for (let i = 0; query.length < length; i++) query += `${HOSTILE_WORDS[i % HOSTILE_WORDS.length]} `;
  // Ends on a half-typed word, so the last word is also completed.
  return `${query.slice(0, length - 5).trimEnd()} form`;
}

export const HOSTILE_QUERY = hostileQuery(500);
